# Shell, navigation and messages shared by every page.

app-name = Lotse
app-tagline = Your guide to a new start
skip-to-content = Skip to content
nav-home = Home
nav-caseload = Caseload
nav-sign-out = Sign out
nav-signed-in-as = Signed in as { $name }
language-label = Language
language-submit = Change language
footer-privacy = Your data is stored by your municipality and is only seen by the people who work on your case.
offline-title = You are offline
offline-body = This page is not saved on your phone yet. Connect to the internet and try again.
form-errors-heading = Please check the marked fields.
field-required = Please fill in this field.
field-too-long = This is too long (at most { $max } characters).
date-invalid = Please enter a date like 2026-03-31.
date-in-future = This date cannot be in the future.
phone-invalid = Please enter a phone number with digits only (spaces, + and - are fine).
optional = optional
save = Save
cancel = Cancel
back = Back
# Error pages
error-title = Something went wrong
error-not-found = This page does not exist, or you may not open it.
error-forbidden = You may not open this page.
error-bad-request = The form could not be read. Please try again.
error-too-large = What you sent is too large. Please send less.
error-cross-site = This form was sent from another website, so it was not accepted. Please open Lotse directly and try again.
error-internal = Something went wrong on our side. Nothing was saved. Please try again in a moment.
error-unavailable = Lotse cannot be reached right now. Please try again in a moment.
error-back-home = Go to the start page
# Names of languages that clients speak (ISO 639 codes).
language-ar = Arabic
language-fa = Farsi
language-prs = Dari
language-ps = Pashto
language-ti = Tigrinya
language-ku = Kurdish
language-so = Somali
language-tr = Turkish
language-ru = Russian
language-uk = Ukrainian
language-en = English
language-fr = French
language-de = German
language-am = Amharic

## Paged lists (staff, caseload)
pager-pages = Pages
pager-previous = Previous
pager-next = Next
pager-page-of = Page { $page } of { $pages }
pager-page = Page { $page }
read-aloud = Read aloud
read-aloud-stop = Stop reading
