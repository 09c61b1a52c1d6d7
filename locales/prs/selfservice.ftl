# The client's self-service: deadlines, "ask my guide", "my data", offline.
# Plain, short sentences: many readers have little schooling.

## Home
client-new-answers = { $count ->
    [0] جواب نو از رهنمای ادغام شما نرسیده است.
    [one] رهنمای ادغام شما به شما جواب داد.
   *[other] رهنمای ادغام شما { $count } جواب برای شما فرستاده است.
}
client-requests-heading = سوال از رهنمای ادغام من
client-requests-intro = یک سوال کوتاه برای رهنمای ادغام خود بفرستید. می‌توانید عکس یک نامه را هم همراه آن بفرستید.
client-requests-open = باز کردن سوال‌های من
client-deadlines-empty = شما هنوز هیچ مهلت ندارید.
client-deadlines-none-soon = فعلاً هیچ مهلتی نزدیک نیست.
client-deadlines-open = باز کردن مهلت‌های من
client-data-intro = ببینید چه معلوماتی در باره شما ذخیره شده است و چه کسی دوسیه شما را باز کرده است.
client-data-open = باز کردن معلومات من
my-appointment-call = زنگ زدن

## Deadlines
my-deadlines-title = مهلت‌های من
my-deadlines-intro = تاریخ‌های مهم. ⁦Lotse⁩ به وقتش به شما یادآوری می‌کند، اینجا و در تقویم موبایل شما.
my-deadlines-empty = شما هنوز هیچ مهلت ندارید.
my-deadlines-calendar = مهلت‌ها در تقویم موبایل من
deadline-kind-residence_permit = اعتبار کارت اقامت (⁦Aufenthaltstitel⁩) ختم می‌شود
deadline-kind-benefit_renewal = کمک‌های دولتی را دوباره درخواست کنید
deadline-kind-registration = ثبت آدرس محل بودوباش (⁦Anmeldung⁩)
deadline-kind-document = سند
deadline-kind-other = تاریخ دیگر
deadline-today = امروز
deadline-in-days = { $days ->
    [0] امروز
    [one] فردا
   *[other] { $days } روز بعد
}
deadline-days-ago = { $days ->
    [0] امروز
    [one] دیروز
   *[other] { $days } روز پیش
}
deadline-remind-days = { $days ->
    [0] همان روز
    [one] ۱ روز پیش از آن
   *[other] { $days } روز پیش از آن
}
my-deadline-from-file = از دوسیه شما
my-deadline-own = شما آن را نوشته‌اید
my-deadline-from = { $name } آن را نوشته است
my-deadline-done = انجامش دادم
my-deadline-undo = هنوز انجام نشده
my-deadline-remove = پاک کردن
my-deadline-reminder = به زودی: لطفاً همین حالا کاری کنید
my-deadline-is-done = انجام شده
my-deadline-add = نوشتن یک مهلت
my-deadline-kind = این چیست؟
my-deadline-title = توضیح کوتاه
my-deadline-title-hint = مثلاً: نامه را به جاب‌سنتر (⁦Jobcenter⁩) بفرستید
my-deadline-title-needed = لطفاً بنویسید که این تاریخ برای چیست.
my-deadline-date = تاریخ
my-deadline-remind = به من یادآوری شود
my-deadline-save = ذخیره کردن مهلت
my-deadline-saved = ذخیره شد.
my-deadline-removed = پاک شد.
ics-deadline = مهلت: { $title }

## Ask my guide
my-request-new = سوال نو
my-request-category = در باره چیست؟
my-request-text = پیام شما
my-request-text-hint = چند جمله کافی است.
my-request-photo = عکس یک نامه
my-request-photo-hint = یک عکس (⁦JPEG⁩، ⁦PNG⁩ یا ⁦WebP⁩)، بیشتر از ۵ میگابایت نباشد.
my-request-photo-type = این عکس نیست. لطفاً یک عکس ⁦JPEG⁩، ⁦PNG⁩ یا ⁦WebP⁩ انتخاب کنید.
my-request-photo-size = این عکس بسیار کلان است. لطفاً یک عکس کوچک‌تر بفرستید (بیشتر از ۵ میگابایت نباشد).
my-request-photo-limit = شما امروز عکس‌های زیادی فرستاده‌اید. لطفاً این عکس را فردا بفرستید، یا نامه را به رهنمای ادغام خود نشان بدهید.
my-request-send = فرستادن
my-request-sent-notice = فرستاده شد. رهنمای ادغام شما همین‌جا به شما جواب می‌دهد.
my-requests-earlier = سوال‌های من
my-requests-empty = شما هنوز هیچ سوالی نفرستاده‌اید.
my-request-sent = فرستاده شده به تاریخ { $date }
my-request-has-photo = با عکس
my-request-new-answer = جواب نو
my-request-answer-by = جواب { $name } به تاریخ { $date }:
request-category-question = سوال
request-category-letter = نامه‌ای که به من رسیده
request-category-appointment = وقت ملاقات
request-category-documents = اسناد
request-category-money = پول
request-category-other = چیز دیگر
request-category-move_appointment = تغییر وقت ملاقات
request-category-revoke_consent = پس گرفتن رضایت
request-status-open = منتظر جواب
request-status-answered = جواب داده شد
request-status-closed = بسته شد

## My data
my-data-title = معلومات من
my-data-intro = این‌ها همه چیزهایی است که ⁦Lotse⁩ در باره شما ذخیره می‌کند. می‌توانید آن را دانلود یا چاپ کنید.
my-data-download = دانلود (فایل ⁦JSON⁩)
my-data-print = صفحه برای چاپ
my-data-nothing = چیزی ذخیره نشده است.
my-data-person = در باره من
my-data-name = نام
my-data-birth-date = تاریخ تولد
my-data-phone = تیلفون
my-data-number = نمبر ⁦Lotse⁩
my-data-household = خانواده من
my-data-notes = یادداشت‌هایی که رهنمای ادغام شما به شما نشان داده است
my-data-consents = رضایت‌های من
my-data-consents-intro = شما به رهنمای ادغام خود اجازه داده‌اید که معلومات شما را به دیگران بدهد. هر وقت بخواهید، می‌توانید این اجازه را پس بگیرید.
my-data-no-consents = شما هیچ رضایتی نداده‌اید.
my-consent-given = داده شده به تاریخ { $date }
my-consent-revoked = پس گرفته شده به تاریخ { $date }
my-consent-revoke = پس گرفتن
my-consent-revoke-asked = شما خواستید که رضایت را پس بگیرید. رهنمای ادغام شما آن را ثبت می‌کند.
my-consent-revoke-body = لطفاً رضایت مرا پس بگیرید: { $what }
my-consent-revoke-sent = درخواست شما به رهنمای ادغام شما رسید.
my-data-access = چه کسی دوسیه مرا باز کرده است
my-data-access-intro = کارمندانی که دوسیه شما را خوانده یا تغییر داده‌اند، با تاریخ.
my-data-no-access = هنوز هیچ کارمندی دوسیه شما را باز نکرده است.
my-access-when = چه وقت
my-access-who = چه کسی
my-access-what = چه چیزی

## Offline
offline-last-updated = شما به انترنت وصل نیستید. این صفحه از { $time } است.
offline-outbox = منتظر وصل شدن به انترنت. چیزی که فرستادید، خودش فرستاده می‌شود.
offline-pending = منتظر فرستادن
