# The end of a case: closing, episodes of support, reopening (staff), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = Closing
case-closed-banner = This case has been closed since { $date }. It can only be read.
case-closed-more = Closing and reopening
error-case-closed = This support has ended. Everything can still be read, but nothing can be changed any more.

closing-title = Close case
closing-intro = The aim of integration support is that it is no longer needed. Record why the support is ending and what became of the open goals. The client sees on their start page that the support has ended and whom they can turn to.
closing-reason = Reason
closing-reason-independent = Now independent
closing-reason-regular_services = Handed over to mainstream services
closing-reason-moved = Moved away
closing-reason-unreachable = No longer reachable
closing-reason-declined = Declined further support
closing-reason-other = Other reason
closing-handed-to = Handed over to
closing-handed-to-none = No handover
closing-only-handed = only when handed over to mainstream services
closing-moved-to = Moved to
closing-only-moved = only if the client has moved
closing-outcomes = What became of the open goals?
goal-outcome-achieved = Achieved
goal-outcome-partly = Partly achieved
goal-outcome-not_achieved = Not achieved
goal-outcome-no_longer_relevant = No longer relevant
closing-note = Closing note
closing-note-hint = Briefly: what was achieved and what remains open.
closing-submit = Close case
closing-own-guide-only = Only the client's own integration guide can close the case.
closing-closed-heading = Closed
closing-kept-until = The case is kept until { $date }. Until then, the client can read it and it can be reopened.
closing-reopen-intro = Does the client need support again? Then a new episode of support begins.
closing-reopen = Reopen case
closing-episodes = Episodes of support
closing-no-episodes = No completed episode of support yet.
closing-closed-by = Closed by { $name }
closing-reopened-by = Reopened on { $date } by { $name }
closing-done = The case is closed.
closing-reopened = The case has been reopened.
closing-goals-changed = The open goals have changed in the meantime. Please check the outcomes again.
closing-too-late = The retention period has expired. The case can no longer be reopened.
closing-handed-to-needed = Choose who the case was handed over to.
closing-moved-to-needed = Where has the client moved to?
closing-outcome-needed = Please choose an outcome for each open goal.
handed-to-jobcenter = the job centre (Jobcenter, case management)
handed-to-migration_advice = the migration advice service for adults (MBE)
handed-to-youth_migration = the youth migration service (JMD)
handed-to-social_services = the social welfare office
handed-to-other = another service
caseload-state = Cases
caseload-state-open = Open cases
caseload-state-closed = Closed cases

access-detail-closing = Closing
access-detail-closed = Case closed
access-detail-reopened = Case reopened
access-detail-history = Log
access-detail-consents = Consent
access-detail-caseload = Caseload

client-ended-heading = Your support has ended
client-ended-on = Your integration support ended on { $date }.
client-ended-handed = Now { $service } will help you.
client-ended-moved = In { $place }, the local integration office will help you.
client-ended-independent = You can manage on your own now. Good luck!
client-ended-again = Do you need help again? Contact the integration office in { $municipality }.
client-ended-read = You can read your plan and your data until { $date }.

moves-title = Transfer cases
moves-intro = When someone leaves or a team is split: transfer some or all of a guide's cases in one step to one or more other guides at the same provider. Within the provider, no new consent is needed; each new guide sees what the previous guide saw, no more. Each transfer is recorded like an individual handover.
moves-from = Cases of
moves-choose = Select
moves-open-cases = { $count ->
    [one] 1 open case
   *[other] { $count } open cases
}
moves-inactive = deactivated
moves-clients-of = Cases of { $name }
moves-no-clients = This guide has no open cases.
moves-which-clients = Which cases?
moves-to-whom = To whom?
moves-to-whom-hint = If you choose several guides, each next case goes to the one who has the fewest cases at that point.
moves-preview = Preview
moves-choose-both = Choose at least one case and at least one guide.
moves-preview-heading = { $count ->
    [one] Preview: 1 case will be transferred
   *[other] Preview: { $count } cases will be transferred
}
moves-caseload-change = { $now } → { $after } cases (target 1:{ $target })
moves-over-target = above target
moves-sees-team = Same team: sees the file as before.
moves-sees-provider = Same provider, different team: sees the file as before, without new consent.
moves-client = Client
moves-new-guide = New guide
moves-reason = Reason
moves-confirm = Transfer now
moves-default-reason = Cases transferred
moves-done = The cases have been transferred.
moves-done-one = The case has been transferred.
moves-changed = Something about these cases has changed in the meantime. Nothing was transferred; please look at the preview again.
access-detail-moved = Case transferred

deputy-title = Deputies
deputy-intro = During holidays or illness, a colleague from the team stands in. During that time, the deputy opens the cases exactly as the guide sees them, no more. Every access is logged under the deputy's name. Clients see on their start page who is standing in.
deputy-current = Now and upcoming
deputy-none = No deputy has been entered.
deputy-line = { $deputy } is standing in for { $guide }
deputy-period = from { $from } to { $to }
deputy-end = End
deputy-new = Enter a deputy
deputy-for = Standing in for
deputy-who = Deputy
deputy-from = From
deputy-to = To
deputy-save = Enter
deputy-saved = The deputy has been entered.
deputy-ended = The deputy arrangement has ended.
deputy-not-self = A person cannot stand in for themselves.
deputy-past = This period is already over.
deputy-order = The end date is before the start date.
deputy-too-long = At most { $max } days. For a longer absence, transfer the cases.
client-deputy = At the moment, { $name } helps you instead of your integration guide. You can contact { $name }.
