# Group offers (clients) and shifts (volunteers).
groups-title = Group offers
groups-intro = Meet people, learn German, do sports. All offers are free.
groups-empty = There are no group offers yet.
groups-filter-target = For whom?
groups-filter-any = Everyone and all groups
groups-filter-submit = Show
group-next = Next date: { $when }
group-no-sessions = No dates planned at the moment.
group-seats = { $free ->
    [0] Full. You can join the waiting list.
    [one] 1 place free
   *[other] { $free } places free
}
group-childcare = Childcare offered
group-barrier-free = Barrier-free access
group-target-women = Women
group-target-parents = Parents with small children
group-target-children = Children
group-target-youth = Young people
group-target-beginners = Beginners (A1)
group-target-everyone = Everyone
group-category-language_cafe = Language café
group-category-tandem = Language tandem
group-category-parents_children = Parents and children
group-category-womens_group = Women's group
group-category-sports = Sports
group-category-cooking = Cooking together
group-category-forms_help = Help with forms
group-category-homework = Homework help
group-category-crafts = Sewing and crafts
group-category-other = Other
group-sessions = Dates
group-session-cancelled = Cancelled: { $reason }
group-session-moved = Moved: { $reason }
group-where = Where?
group-contact = Contact
group-join = Sign me up
group-share-name = The volunteers may see my first name.
group-joined = You are signed up. See you there!
group-waitlist = You are on the waiting list, place { $position }.
group-waitlist-info = If a place becomes free, you move up by yourself.
group-leave = Give up my place
group-left = You are no longer signed up.
group-already = You are already signed up.
group-status-confirmed = You are signed up.
group-status-waitlist = Waiting list, place { $position }
client-groups-open = See group offers
shifts-title = My shifts
shifts-intro = Shifts in your groups for the next eight weeks.
shifts-show-all = Show all dates
shifts-show-open = Show only open shifts and mine
shifts-empty = You are not in a group yet. Your coordinator will add you.
shift-role-lead = Lead
shift-role-helper = Helper
shift-role-childcare = Childcare
shift-role-interpreter = Interpreting
shift-filled = { $filled } of { $needed } taken
shift-sign-up = Take this shift
shift-cancel = Cancel my shift
shift-mine = Your shift
shift-full = Full
shift-done = Thank you! The shift is yours.
shift-cancelled = Your shift is cancelled.
shift-cancelled-soon = Your shift is cancelled. It starts in less than two days: please tell the group's contact person too.
shift-taken = Someone was quicker: this place is taken.
shift-not-open = This shift cannot be taken (any more).
shift-participants = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
shift-first-names = First names: { $names }
volunteer-shifts-open = See my shifts
