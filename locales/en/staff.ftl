# The manager view for guides, team leads, coordinators and admins.

caseload-title = Caseload
caseload-scope-own = My clients
caseload-scope-team = Clients of team { $team }
caseload-scope-municipality = Clients in { $municipality }
caseload-count = { $count ->
    [one] One client
   *[other] { $count } clients
}
caseload-empty = No clients yet.
caseload-new-client = New client
caseload-col-name = Name
caseload-col-languages = Languages
caseload-col-household = Household
caseload-col-last-contact = Last contact
caseload-col-guide = Guide
caseload-household-size = { $count ->
    [one] 1 person
   *[other] { $count } people
}
caseload-no-contact = none yet
client-new-title = New client
client-new-intro = Only the name is required. Everything else can be added later together with the client.
client-first-name = First name
client-last-name = Last name
client-birth-date = Date of birth
client-preferred-lang = Language for the client's app
client-languages = Languages spoken
client-phone = Phone
client-create = Create client
client-detail-personal = Personal data
client-detail-household = Household
client-detail-household-empty = No other household members recorded.
client-detail-guide = Integration guide
client-detail-last-contact = Last contact
client-relation-partner = Partner
client-relation-child = Child
client-relation-parent = Parent
client-relation-other = Other relative
household-add-heading = Add household member
household-first-name = First name
household-relation = Relation
household-birth-date = Date of birth
household-add = Add
household-added = Household member added.
client-created = The client was created.
activation-heading = Access to the app
activation-active = The client has activated their access.
activation-pending = The activation code has been issued and is valid until { $date }.
activation-none = No valid activation code. Issue a new one to give the client access.
activation-issue = Issue new activation code
activation-reissue-note = A new code makes any earlier code invalid.
activation-code-heading = Activation code for { $name }
activation-code-instructions = Hand this code to the client. It works once and is valid until { $date }. The client scans the QR code or opens the activation page and enters the code.
activation-code-once = This code is shown only now. Print it or write it down.
activation-print = Print
activation-qr-label = QR code that opens the activation page
activation-number = The client signs in with number { $number } and their PIN.
admin-home-title = Administration
admin-home-intro = Here you manage staff, the organisation (municipalities, providers, teams) and two-step sign-in.
admin-two-factor-title = Two-step sign-in
admin-two-factor-intro = Administrators always sign in in two steps. Here you choose in which municipalities guides and coordinators must do so too.
admin-two-factor-required = Required for guides and coordinators in:
admin-two-factor-save = Save
admin-two-factor-saved = Saved.
coordinator-note = As coordinator you see the list, not the case files.
caseload-groups = Plan group offers
caseload-directory = Edit the directory

# Linked households: adults of one household with their own case.
household-linked-heading = Adults in the household with their own case
household-linked-hint = Each person has their own plan. You see linked cases together and can write one note for several of them.
household-linked-empty = No case linked yet.
household-others = { $count ->
    [one] One more household member is supported by another guide.
   *[other] { $count } more household members are supported by other guides.
}
household-link-heading = Link a household member's case
household-link-member = Client from your cases
household-choose = Please choose
household-choose-error = Please choose a person from your cases.
household-link = Link
household-unlink = Unlink { $name } from the household
household-unlink-short = Unlink
household-case-closed = Case closed
household-linked = The cases are now linked as one household.
household-unlinked = The link has been removed.
client-lang-not-offered = The municipality does not offer this language in the app.
