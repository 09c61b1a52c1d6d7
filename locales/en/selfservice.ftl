# The client's self-service: deadlines, "ask my guide", "my data", offline.
# Plain, short sentences: many readers have little schooling.

## Home
client-new-answers = { $count ->
    [one] Your guide has answered you.
   *[other] Your guide has sent you { $count } answers.
}
client-requests-heading = Ask my guide
client-requests-intro = Send a short question to your guide. You can add a photo of a letter.
client-requests-open = Open my questions
client-deadlines-empty = You have no deadlines yet.
client-deadlines-none-soon = No deadline is coming soon.
client-deadlines-open = Open my deadlines
client-data-intro = See what is stored about you and who opened your file.
client-data-open = Open my data
my-appointment-call = Call

## Deadlines
my-deadlines-title = My deadlines
my-deadlines-intro = Important dates. Lotse reminds you in time, here and in your phone calendar.
my-deadlines-empty = You have no deadlines yet.
my-deadlines-calendar = Deadlines in my phone calendar
deadline-kind-residence_permit = Residence permit ends
deadline-kind-benefit_renewal = Renew benefits
deadline-kind-registration = Registration
deadline-kind-document = Document
deadline-kind-other = Other date
deadline-today = Today
deadline-in-days = { $days ->
    [one] Tomorrow
   *[other] In { $days } days
}
deadline-days-ago = { $days ->
    [one] Yesterday
   *[other] { $days } days ago
}
deadline-remind-days = { $days ->
    [one] 1 day before
   *[other] { $days } days before
}
my-deadline-from-file = From your file
my-deadline-own = Added by you
my-deadline-from = Added by { $name }
my-deadline-done = Done
my-deadline-undo = Not done yet
my-deadline-remove = Delete
my-deadline-reminder = Soon: please act now
my-deadline-is-done = Done
my-deadline-add = Add a deadline
my-deadline-kind = What is it?
my-deadline-title = Short description
my-deadline-title-hint = For example: Send the letter to the Jobcenter
my-deadline-title-needed = Please write what the date is for.
my-deadline-date = Date
my-deadline-remind = Remind me
my-deadline-save = Save deadline
my-deadline-saved = Saved.
my-deadline-removed = Deleted.
ics-deadline = Deadline: { $title }

## Ask my guide
my-request-new = New question
my-request-category = What is it about?
my-request-text = Your message
my-request-text-hint = A few sentences are enough.
my-request-photo = Photo of a letter
my-request-photo-hint = A photo (JPEG, PNG or WebP), at most 5 MB.
my-request-photo-type = This is not a photo. Please choose a JPEG, PNG or WebP picture.
my-request-photo-size = The photo is too big. Please send a smaller photo (at most 5 MB).
my-request-photo-limit = You sent many photos today. Please send this photo tomorrow, or show the letter to your guide.
my-request-send = Send
my-request-sent-notice = Sent. Your guide will answer you here.
my-requests-earlier = My questions
my-requests-empty = You have not sent any questions yet.
my-request-sent = Sent on { $date }
my-request-has-photo = With a photo
my-request-new-answer = New answer
my-request-answer-by = Answer from { $name } on { $date }:
request-category-question = Question
request-category-letter = A letter I got
request-category-appointment = Appointment
request-category-documents = Documents
request-category-money = Money
request-category-other = Something else
request-category-move_appointment = Move an appointment
request-category-revoke_consent = Withdraw a consent
request-status-open = Waiting for an answer
request-status-answered = Answered
request-status-closed = Closed

## My data
my-data-title = My data
my-data-intro = This is everything Lotse stores about you. You can download it or print it.
my-data-download = Download (JSON file)
my-data-print = Page to print
my-data-nothing = Nothing stored.
my-data-person = About me
my-data-name = Name
my-data-birth-date = Date of birth
my-data-phone = Phone
my-data-number = Lotse number
my-data-household = My family
my-data-notes = Notes your guide shared with you
my-data-consents = My consents
my-data-consents-intro = You allowed your guide to share information. You can withdraw this at any time.
my-data-no-consents = You have not given any consent.
my-consent-given = Given on { $date }
my-consent-revoked = Withdrawn on { $date }
my-consent-revoke = Withdraw
my-consent-revoke-asked = You asked to withdraw it. Your guide will do it.
my-consent-revoke-body = Please withdraw my consent: { $what }
my-consent-revoke-sent = Your guide got your request.
my-data-access = Who opened my file
my-data-access-intro = Staff who read or changed your file, with the date.
my-data-no-access = Nobody from the staff has opened your file yet.
my-access-when = When
my-access-who = Who
my-access-what = What

## Offline
offline-last-updated = You are offline. This page is from { $time }.
offline-outbox = Waiting for a connection. What you sent will go out by itself.
offline-pending = Waiting to send
