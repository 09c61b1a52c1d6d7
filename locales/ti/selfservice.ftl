# The client's self-service: deadlines, "ask my guide", "my data", offline.
# Plain, short sentences: many readers have little schooling.

## Home
client-new-answers = { $count ->
    [0] ካብ ኣማኻሪ ምውህሃድኩም ሓድሽ መልሲ የለን።
    [one] ኣማኻሪ ምውህሃድኩም መልሲ ሂቡኩም እዩ።
   *[other] ኣማኻሪ ምውህሃድኩም { $count } መልስታት ሰዲዱልኩም እዩ።
}
client-requests-heading = ሕቶ ናብ ኣማኻሪ ምውህሃደይ
client-requests-intro = ናብ ኣማኻሪ ምውህሃድኩም ሓጺር ሕቶ ስደዱ። ስእሊ ደብዳበ እውን ክትውስኹ ትኽእሉ ኢኹም።
client-requests-open = ሕቶታተይ ክፈቱ
client-deadlines-empty = ገና ግዜ ገደብ የብልኩምን።
client-deadlines-none-soon = ኣብ ቀረባ እዋን ዝበጽሕ ግዜ ገደብ የለን።
client-deadlines-open = ግዜ ገደባተይ ክፈቱ
client-data-intro = ብዛዕባኹም እንታይ ከም ዝተዓቀበ ርኣዩ። ፋይልኩም መን ከም ዝኸፈቶ እውን ርኣዩ።
client-data-open = ሓበሬታይ ክፈቱ
my-appointment-call = ደውሉ

## Deadlines
my-deadlines-title = ግዜ ገደባተይ
my-deadlines-intro = ኣገደስቲ ዕለታት። Lotse ብግዜኡ የዘኻኽረኩም፡ ኣብዚን ኣብ ዓውደ ኣዋርሕ ተሌፎንኩምን።
my-deadlines-empty = ገና ግዜ ገደብ የብልኩምን።
my-deadlines-calendar = ግዜ ገደባት ኣብ ዓውደ ኣዋርሕ ተሌፎነይ
deadline-kind-residence_permit = ግዜ ፍቓድ መንበሪ ይውዳእ
deadline-kind-benefit_renewal = ሓገዝ ገንዘብ ምሕዳስ
deadline-kind-registration = ምዝገባ
deadline-kind-document = ሰነድ
deadline-kind-other = ካልእ ዕለት
deadline-today = ሎሚ
deadline-in-days = { $days ->
    [0] ሎሚ
    [one] ጽባሕ
   *[other] ድሕሪ { $days } መዓልቲ
}
deadline-days-ago = { $days ->
    [0] ሎሚ
    [one] ትማሊ
   *[other] ቅድሚ { $days } መዓልቲ
}
deadline-remind-days = { $days ->
    [0] ኣብ ተመሳሳሊ መዓልቲ
    [one] 1 መዓልቲ ቅድሚኡ
   *[other] { $days } መዓልቲ ቅድሚኡ
}
my-deadline-from-file = ካብ ፋይልኩም
my-deadline-own = ባዕልኹም ዝወሰኽኩምዎ
my-deadline-from = ብ{ $name } ዝተወሰኸ
my-deadline-done = ገይረዮ ኣለኹ
my-deadline-undo = ገና ኣይተፈጸመን
my-deadline-remove = ደምስሱ
my-deadline-reminder = ግዜኡ ቀሪቡ። በጃኹም ሕጂ ግበርዎ።
my-deadline-is-done = ተፈጺሙ
my-deadline-add = ግዜ ገደብ ወስኹ
my-deadline-kind = እንታይ እዩ?
my-deadline-title = ሓጺር መግለጺ
my-deadline-title-hint = ንኣብነት፦ ነቲ ደብዳበ ናብ ቤት ጽሕፈት ስራሕ (Jobcenter) ስደዱ
my-deadline-title-needed = በጃኹም እዚ ዕለት ንምንታይ ምዃኑ ጽሓፉ።
my-deadline-date = ዕለት
my-deadline-remind = ኣዘኻኽሩኒ
my-deadline-save = ግዜ ገደብ ዓቕቡ
my-deadline-saved = ተዓቂቡ።
my-deadline-removed = ተደምሲሱ።
ics-deadline = ግዜ ገደብ፦ { $title }

## Ask my guide
my-request-new = ሓድሽ ሕቶ
my-request-category = ብዛዕባ እንታይ እዩ?
my-request-text = መልእኽትኹም
my-request-text-hint = ሒደት ሓረጋት ይኣክል።
my-request-photo = ስእሊ ደብዳበ
my-request-photo-hint = ሓደ ስእሊ (JPEG፡ PNG ወይ WebP)፡ እንተበዝሐ 5 MB።
my-request-photo-type = እዚ ስእሊ ኣይኮነን። በጃኹም ስእሊ JPEG፡ PNG ወይ WebP ምረጹ።
my-request-photo-size = እቲ ስእሊ ኣዝዩ ዓቢ እዩ። በጃኹም ዝነኣሰ ስእሊ ስደዱ (እንተበዝሐ 5 MB)።
my-request-photo-limit = ሎሚ ብዙሓት ስእልታት ሰዲድኩም። በጃኹም እዚ ስእሊ ጽባሕ ስደዱ፡ ወይ ነቲ ደብዳቤ ንኣማኻሪ ምውህሃድኩም ኣርእዩ።
my-request-send = ስደዱ
my-request-sent-notice = ተሰዲዱ። ኣማኻሪ ምውህሃድኩም ኣብዚ ክምልሰልኩም እዩ።
my-requests-earlier = ሕቶታተይ
my-requests-empty = ገና ዝኾነ ሕቶ ኣይሰደድኩምን።
my-request-sent = ኣብ { $date } ተሰዲዱ
my-request-has-photo = ምስ ስእሊ
my-request-new-answer = ሓድሽ መልሲ
my-request-answer-by = መልሲ ካብ { $name }፡ ኣብ { $date }፦
request-category-question = ሕቶ
request-category-letter = ዝበጽሓኒ ደብዳበ
request-category-appointment = ቆጸራ
request-category-documents = ሰነዳት
request-category-money = ገንዘብ
request-category-other = ካልእ ነገር
request-category-move_appointment = ቆጸራ ምቕያር
request-category-revoke_consent = ፍቓድ ምስሓብ
request-status-open = መልሲ ይጽበ ኣሎ
request-status-answered = ተመሊሱ
request-status-closed = ተዓጽዩ

## My data
my-data-title = ሓበሬታይ
my-data-intro = Lotse ብዛዕባኹም ዝዓቀቦ ኩሉ ሓበሬታ እዚ እዩ። ከተውርድዎ ወይ ክትሕትምዎ ትኽእሉ ኢኹም።
my-data-download = ኣውርዱ (JSON ፋይል)
my-data-print = ገጽ ንምሕታም
my-data-nothing = ዝተዓቀበ የለን።
my-data-person = ብዛዕባይ
my-data-name = ስም
my-data-birth-date = ዕለት ልደት
my-data-phone = ተሌፎን
my-data-number = ናይ Lotse ቁጽሪ
my-data-household = ስድራቤተይ
my-data-notes = ኣማኻሪ ምውህሃድኩም ዘካፈለኩም መዘኻኸሪታት
my-data-consents = ፍቓዳተይ
my-data-consents-intro = ኣማኻሪ ምውህሃድኩም ሓበሬታ ንኻልኦት ክህብ ፈቒድኩም ኢኹም። ነዚ ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም።
my-data-no-consents = ዝኾነ ፍቓድ ኣይሃብኩምን።
my-consent-given = ኣብ { $date } ተዋሂቡ
my-consent-revoked = ኣብ { $date } ተሰሒቡ
my-consent-revoke = ስሓቡ
my-consent-revoke-asked = ክስሓብ ሓቲትኩም ኢኹም። ኣማኻሪ ምውህሃድኩም ክገብሮ እዩ።
my-consent-revoke-body = በጃኹም ነዚ ፍቓደይ ስሓብዎ፦ { $what }
my-consent-revoke-sent = ሕቶኹም ናብ ኣማኻሪ ምውህሃድኩም በጺሑ እዩ።
my-data-access = ፋይለይ መን ከፊትዎ
my-data-access-intro = ፋይልኩም ዘንበቡ ወይ ዝቐየሩ ሰራሕተኛታት፡ ምስ ዕለቱ።
my-data-no-access = ገና ካብ ሰራሕተኛታት ፋይልኩም ዝኸፈተ የለን።
my-access-when = መዓስ
my-access-who = መን
my-access-what = እንታይ

## Offline
offline-last-updated = ምስ ኢንተርነት ኣይተራኸብኩምን። እዚ ገጽ ናይ { $time } እዩ።
offline-outbox = ምስ ኢንተርነት ክራኸብ ይጽበ ኣሎ። ዝሰደድኩምዎ ርክብ ምስ ተመልሰ ባዕሉ ክለኣኽ እዩ።
offline-pending = ክለኣኽ ይጽበ ኣሎ
