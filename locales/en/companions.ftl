# Volunteer one-to-one support: mentoring, going with someone to an appointment,
# rides. The guide's pages (tab of the case file) and the volunteers' pages.

case-tab-companions = Accompaniment
consent-purpose-companion = A volunteer who goes with you may learn your first name, the time and the place
companion-consent-recipient = Volunteer companion

companion-kind = Type of accompaniment
companion-kind-mentoring = Mentoring (regular meetings)
companion-kind-accompaniment = Going with you to an appointment
companion-kind-ride = A ride to an appointment
companion-status-open = looking for someone
companion-status-matched = arranged
companion-status-ended = ended
companion-status-cancelled = cancelled
companion-answer-accepted = said yes
companion-answer-declined = said no
companion-answer-withdrawn = no longer needed
companion-answer-waiting = no answer yet

companion-intro = Volunteers go with clients to appointments, drive them there or meet them regularly (mentoring). They only learn the first name, time, place, language and what to bring – never the case file.
companion-empty = No accompaniment requested yet.
companion-new = Request accompaniment
companion-appointment = For which appointment?
companion-no-appointment = – no appointment (mentoring) –
companion-appointment-hint = With an appointment, Lotse takes the time, duration, place and what to bring from it, unless you enter something else.
companion-date = Date (for mentoring: first meeting)
companion-time = Time
companion-minutes = Duration in minutes
companion-place = Meeting point
companion-place-hint = As the companion needs to know it, e.g. "Doctor's practice at the market, Marktstraße 3".
companion-district = District
companion-language = Language the companion should speak
companion-bring = What to bring
companion-bring-hint = One item per line.
companion-checkin = Mentor's check-in
companion-checkin-every = every { $days } days
companion-for-mentoring = only for mentoring
companion-ends-on = Planned end
companion-consent-legend = The client's consent
companion-consent-hint = The companion learns the first name, time, place and language. This needs consent; it is stored with the consents in the case file and can be withdrawn there.
companion-consent-given = The signed consent is on file.
companion-consent-on = Given on
companion-consent-on-file = Consent to share with a volunteer companion is on file.
companion-consent-missing = The consent has been withdrawn: the companion no longer sees this task.
companion-consent-required = Please confirm that the consent is on file.
companion-appointment-or-date = Please choose an appointment or enter a date and time.
companion-in-past = This time is in the past.
companion-save = Request accompaniment
companion-saved = The request has been created. Now ask one of the suggested people.
companion-back = All accompaniments

companion-with = with { $name }
companion-bring-line = Bring: { $bring }
companion-ends-line = Planned end: { $date }
companion-checkin-late = Check-in overdue
companion-call-me-badge = Please call
companion-proposals = Suggestions
companion-proposals-hint = Volunteers who speak the language, have the required skill and a valid police certificate, and are free at this time. At the top are those who can make this time and reach the district.
companion-proposals-none = Nobody fits right now. Ask the volunteer coordinator.
companion-fits-time = can make this time
companion-fits-place = reaches the district
companion-active-tasks = { $count ->
    [0] no ongoing accompaniment
    [one] one ongoing accompaniment
   *[other] { $count } ongoing accompaniments
}
companion-ask = Ask { $name }
companion-asked = The request has been sent.
companion-asks = Asked
companion-meetings = Meetings and check-ins
companion-meeting-minutes = { $minutes } minutes
companion-cancel = Withdraw request
companion-end = End accompaniment
companion-closed = The accompaniment has ended.
conflict-companion = The accompaniment has been changed in the meantime. Here is the current version.

# The volunteers' pages
companion-v-heading = Accompaniment
companion-v-asked = Request for you
companion-v-yours = you said yes
companion-v-with-mentoring = Mentoring with { $name }
companion-v-with-accompaniment = Going with { $name }
companion-v-with-ride = Driving { $name }
companion-v-language = Language: { $language }
companion-v-answer = Can you do it?
companion-v-answer-hint = If you say yes, you will see the first name. Only say yes if you are sure you can.
companion-v-accept = Yes, I'll do it
companion-v-decline = No, not this time
companion-v-accepted = Thank you! The accompaniment is arranged.
companion-v-declined = You said no. Thank you for answering.
companion-v-gone = This request is no longer open.
companion-v-done = After the appointment
companion-v-done-hint = Enter your time. Then the accompaniment is complete and counts towards your hours.
companion-v-checkin = Record a meeting
companion-v-checkin-hint = Record every meeting. The integration guide only sees the date, the duration and whether you would like a call.
companion-v-met-on = Date
companion-v-minutes = Time in minutes
companion-v-call-me = Please call me (something is not right)
companion-v-recorded = Your time has been recorded.
companion-mail-subject = Lotse: A request to accompany someone
companion-mail-body = Hello { $name },

    We would like to ask whether you can accompany someone. You will find all the details in Lotse:
    { $link }

    Thank you very much!
notice-companion-asked = Can you go with someone on { $when }? Please reply.
hours-one-to-one = Accompaniment and mentoring

# The client's page
my-appointment-companion-accompaniment = { $name } will go with you. { $name } is a volunteer.
my-appointment-companion-ride = { $name } will drive you there. { $name } is a volunteer.
my-appointment-companion-mentoring = { $name } is your volunteer mentor.

# Profile and organisation
profile-districts = Where I can go
profile-districts-hint = The districts you can reach easily.
organisation-districts = Districts
organisation-districts-hint = One district per line. Volunteers choose where they can go; accompaniment requests say where they take place.
organisation-districts-too-many = At most 100 districts.

# Record of processing activities
record-name-companions = One-to-one support by volunteers
record-purpose-companions = Proposing, asking and matching volunteers for mentoring, accompaniment to appointments and rides; recognising their time as hours.
record-basis-companions = Art. 6(1)(a) GDPR (the client's consent to share); Art. 9(2)(a) GDPR when the accompaniment is to a doctor; § 72a SGB VIII for police certificates.
record-subjects-companions = Clients, volunteers.
record-data-companions = Kind, time, meeting place, district, language and what to bring; the client's first name for the volunteer who accepted; answers, meetings with their length and a request for a call.
record-recipients-companions = The responsible integration guide; the volunteer asked sees only time, place, language and what to bring, and after accepting the first name, while the task runs and the consent stands.
companion-already-asked = This person has already been asked.
companion-v-met-before = This date is before the accompaniment began.
companion-overview-title = One-to-one tasks at a glance
companion-overview-intro = All mentoring pairs, accompaniments and rides of the municipality: what still needs someone, who took what, what ended lately. No client names, no places.
companion-overview-open = { $count ->
    [0] No request is waiting for someone.
    [one] One request still needs someone.
   *[other] { $count } requests still need someone.
}
companion-overview-empty = No one-to-one tasks are running.
companion-overview-caption = One-to-one tasks of the last three months, open ones first
companion-overview-col-status = Status
companion-overview-col-when = When
companion-overview-col-language = Language
companion-overview-col-volunteer = Volunteer
companion-overview-asked = { $asked } asked, { $declined } declined
