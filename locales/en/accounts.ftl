# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = Staff
admin-organisation-link = Organisation
admin-log-link = Change log

staff-title = Staff
staff-more = Administration
staff-invite = Invite someone
staff-invite-intro = The person gets a link that works once and expires after 7 days. With it they choose their password. If a mail server is set up, the link is also sent by e-mail.
staff-invite-submit = Invite
staff-invited = Invited. Pass the link on; it is shown only now.
staff-search = Name or e-mail
staff-search-submit = Search
staff-include-inactive = Also show deactivated accounts
staff-found = { $count ->
    [one] 1 account found
   *[other] { $count } accounts found
}
staff-back = Back to staff
staff-role = Role
staff-role-any = All roles
staff-role-guide = Integration guide
staff-role-lead = Team lead
staff-role-coordinator = Coordinator
staff-role-volunteer_coordinator = Volunteer coordinator
staff-role-county_coordinator = County coordinator
staff-role-admin = Administrator
staff-municipality = Municipality
staff-no-municipality = No municipality
staff-team = Team
staff-no-team = No team
staff-name = Name
staff-email = E-mail address
staff-state-active = Active
staff-state-inactive = Deactivated
staff-state-invited = Invited, not signed in yet
staff-clients = { $count ->
    [one] 1 client
   *[other] { $count } clients
}
staff-account = Account
staff-save = Save
staff-saved = Saved.
staff-own-account = This is your own account. Only someone else can deactivate it.
staff-own-rights = The role, municipality and team of your own account are changed by someone else.
staff-team-fixed = { $count ->
    [one] This person supports 1 client. Team and role can only change once the case has been handed over.
   *[other] This person supports { $count } clients. Team and role can only change once the cases have been handed over.
}
staff-access = Access
staff-deactivate-intro = Deactivating ends all of the person's sessions at once. They can no longer sign in. Their name stays on everything they have written.
staff-deactivate = Deactivate
staff-deactivated = Deactivated. All sessions have been ended.
staff-deactivate-clients = { $count ->
    [one] 1 client is still assigned to this person. Hand the case over so that the client continues to be supported.
   *[other] { $count } clients are still assigned to this person. Hand the cases over so that the clients continue to be supported.
}
staff-reactivate-intro = Reactivate: the person can sign in again with their previous password.
staff-reactivate = Reactivate
staff-reactivated = Reactivated.
staff-reset-intro = Forgotten password? A new link that works once lets the person choose a new password. Their sessions end as soon as they do.
staff-reset = Create new password link
staff-new-invite-intro = The invitation has not been accepted yet. A new link replaces the old one.
staff-new-invite = Create new invitation link
staff-link-title = Link for this person
staff-link-once = This link is shown only now and works once, for 7 days.
staff-link-made = New link created. It is shown only now.
staff-refused-last-admin = This is the last active administrator. The account keeps this role until someone else has it.
staff-refused-has-clients = This person still supports clients. Hand the cases over first; then team and role can change.
staff-refused-conflict = Someone has changed this account in the meantime. The page now shows the latest version; your entries are still in the form.
staff-email-taken = Another account already has this e-mail address.
staff-role-not-yours = You cannot assign this role.
staff-team-needed = Integration guides belong to a team.
staff-municipality-needed = Choose the municipality.
staff-team-elsewhere = This team belongs to another municipality.
staff-mail-subject = Your access to Lotse
staff-mail-body = Hello { $name },

    An account for Lotse has been created for you. Choose your password here (the link works for { $days } days and only once):

    { $link }
staff-reset-mail-subject = New password for Lotse
staff-reset-mail-body = Hello { $name },

    Choose a new password for Lotse here (the link works for { $days } days and only once):

    { $link }

staff-log-title = Change log
staff-log-intro = Who changed which account and which part of the organisation, and when. It contains no client data.
staff-change-invited = Invited
staff-change-invited-again = Invited again
staff-change-reset-link = New password link created
staff-change-password-set = Password chosen
staff-change-changed = Account changed
staff-change-deactivated = Deactivated
staff-change-reactivated = Reactivated
staff-change-municipality-added = Municipality created
staff-change-municipality-changed = Municipality changed
staff-change-provider-added = Provider created
staff-change-provider-changed = Provider changed
staff-change-team-added = Team created
staff-change-team-changed = Team changed

staff-password-title = Welcome to Lotse
staff-password-reset-title = Choose a new password
staff-password-intro = Hello { $name }. Choose your password; then sign in with it.
staff-password = Password
staff-password-hint = At least 12 characters. A sentence you can remember works well.
staff-password-submit = Save password
staff-password-set = Password saved
staff-password-set-next = Now sign in with your e-mail address and the new password.
staff-signin-now = Go to sign-in

organisation-title = Organisation
organisation-county = County
organisation-no-county = none created yet
organisation-county-name = Name of the county
organisation-municipalities = Municipalities
organisation-municipality-new = New municipality
organisation-municipality-name = Name of the municipality
organisation-caseload-target = Target: clients per full-time position
organisation-caseload-target-hint = For example 80 for "at most 1:80".
organisation-ratio = { $clients } open cases, { $staff } staff, target 1:{ $target }
organisation-edit = Edit
organisation-retention = Keeping closed cases (months)
organisation-retention-hint = For this long, clients can still read their data and the case can be reopened. After that it is deleted.
organisation-retention-range = A number from 6 to 120.
organisation-save = Save
organisation-add = Create
organisation-saved = Saved.
organisation-added = Created.
organisation-providers = Providers
organisation-providers-intro = The organisations that employ the teams, for example Caritas, Diakonie, AWO, DRK or the town itself.
organisation-provider-new = New provider
organisation-provider-name = Name of the provider
organisation-provider-contact = Contact
organisation-provider-teams = { $count ->
    [one] 1 team
   *[other] { $count } teams
}
organisation-teams = Teams
organisation-team-new = New team
organisation-team-name = Name of the team
organisation-team-municipality = Municipality
organisation-team-provider = Provider
organisation-team-lead = Team lead
organisation-team-no-lead = none
organisation-team-members = { $count ->
    [one] 1 person
   *[other] { $count } people
}
organisation-team-staff = Staff of this team
organisation-name-taken = This name already exists here.
organisation-target-range = A number from 10 to 300.
organisation-county-first = First create a municipality (with its county).
organisation-choose = Please choose.

# Which languages a municipality's clients may choose.
organisation-client-langs = Languages for clients
organisation-client-langs-hint = The clients' app offers only these languages.
organisation-client-langs-needed = Please choose at least one language.
