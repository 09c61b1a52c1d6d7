# The client's self-service: deadlines, "ask my guide", "my data", offline.
# Plain, short sentences: many readers have little schooling.

## Home
client-new-answers = { $count ->
    [0] پاسخ تازه‌ای از مشاور ادغام شما نرسیده است.
    [one] مشاور ادغام شما به شما پاسخ داد.
   *[other] مشاور ادغام شما { $count } پاسخ برای شما فرستاده است.
}
client-requests-heading = سؤال از مشاور ادغام من
client-requests-intro = یک سؤال کوتاه برای مشاور ادغام خود بفرستید. می‌توانید عکس یک نامه را هم اضافه کنید.
client-requests-open = باز کردن سؤال‌های من
client-deadlines-empty = شما هنوز هیچ مهلتی ندارید.
client-deadlines-none-soon = فعلاً هیچ مهلتی نزدیک نیست.
client-deadlines-open = باز کردن مهلت‌های من
client-data-intro = ببینید چه اطلاعاتی درباره شما ذخیره شده است و چه کسی پرونده شما را باز کرده است.
client-data-open = باز کردن اطلاعات من
my-appointment-call = تماس

## Deadlines
my-deadlines-title = مهلت‌های من
my-deadlines-intro = تاریخ‌های مهم. ⁦Lotse⁩ به موقع به شما یادآوری می‌کند، اینجا و در تقویم گوشی شما.
my-deadlines-empty = شما هنوز هیچ مهلتی ندارید.
my-deadlines-calendar = مهلت‌ها در تقویم گوشی من
deadline-kind-residence_permit = کارت اقامت تمام می‌شود
deadline-kind-benefit_renewal = درخواست دوباره کمک‌هزینه
deadline-kind-registration = ثبت محل سکونت (⁨Anmeldung⁩)
deadline-kind-document = مدرک
deadline-kind-other = تاریخ دیگر
deadline-today = امروز
deadline-in-days = { $days ->
    [0] امروز
    [one] فردا
   *[other] { $days } روز دیگر
}
deadline-days-ago = { $days ->
    [0] امروز
    [one] دیروز
   *[other] { $days } روز پیش
}
deadline-remind-days = { $days ->
    [0] همان روز
    [one] ۱ روز قبل
   *[other] { $days } روز قبل
}
my-deadline-from-file = از پرونده شما
my-deadline-own = اضافه‌شده توسط شما
my-deadline-from = اضافه‌شده توسط { $name }
my-deadline-done = انجامش دادم
my-deadline-undo = هنوز انجام نشده
my-deadline-remove = پاک کردن
my-deadline-reminder = به زودی: لطفاً همین حالا اقدام کنید
my-deadline-is-done = انجام شده
my-deadline-add = افزودن مهلت
my-deadline-kind = این چیست؟
my-deadline-title = توضیح کوتاه
my-deadline-title-hint = برای مثال: نامه را به جاب‌سنتر (⁦Jobcenter⁩) بفرستید
my-deadline-title-needed = لطفاً بنویسید این تاریخ برای چیست.
my-deadline-date = تاریخ
my-deadline-remind = به من یادآوری شود
my-deadline-save = ذخیره مهلت
my-deadline-saved = ذخیره شد.
my-deadline-removed = پاک شد.
ics-deadline = مهلت: { $title }

## Ask my guide
my-request-new = سؤال جدید
my-request-category = درباره چه چیزی است؟
my-request-text = پیام شما
my-request-text-hint = چند جمله کافی است.
my-request-photo = عکس یک نامه
my-request-photo-hint = یک عکس (⁦JPEG⁩، ⁦PNG⁩ یا ⁦WebP⁩)، حداکثر ۵ مگابایت.
my-request-photo-type = این عکس نیست. لطفاً یک عکس ⁦JPEG⁩، ⁦PNG⁩ یا ⁦WebP⁩ انتخاب کنید.
my-request-photo-size = این عکس خیلی بزرگ است. لطفاً یک عکس کوچک‌تر بفرستید (حداکثر ۵ مگابایت).
my-request-photo-limit = امروز عکس‌های زیادی فرستاده‌اید. لطفاً این عکس را فردا بفرستید، یا نامه را به مشاور ادغام خود نشان دهید.
my-request-send = فرستادن
my-request-sent-notice = فرستاده شد. مشاور ادغام شما همین‌جا به شما پاسخ می‌دهد.
my-requests-earlier = سؤال‌های من
my-requests-empty = شما هنوز هیچ سؤالی نفرستاده‌اید.
my-request-sent = فرستاده‌شده در تاریخ { $date }
my-request-has-photo = با عکس
my-request-new-answer = پاسخ جدید
my-request-answer-by = پاسخ { $name } در تاریخ { $date }:
request-category-question = سؤال
request-category-letter = نامه‌ای که به دستم رسید
request-category-appointment = وقت ملاقات
request-category-documents = مدارک
request-category-money = پول
request-category-other = چیز دیگر
request-category-move_appointment = تغییر وقت ملاقات
request-category-revoke_consent = پس گرفتن رضایت
request-status-open = منتظر پاسخ
request-status-answered = پاسخ داده شد
request-status-closed = بسته شد

## My data
my-data-title = اطلاعات من
my-data-intro = این‌ها همه چیزهایی است که ⁦Lotse⁩ درباره شما ذخیره می‌کند. می‌توانید آن را دانلود یا چاپ کنید.
my-data-download = دانلود (فایل ⁦JSON⁩)
my-data-print = صفحه برای چاپ
my-data-nothing = چیزی ذخیره نشده است.
my-data-person = درباره من
my-data-name = نام
my-data-birth-date = تاریخ تولد
my-data-phone = تلفن
my-data-number = شماره ⁦Lotse⁩
my-data-household = خانواده من
my-data-notes = یادداشت‌هایی که مشاور ادغام شما به شما نشان داده است
my-data-consents = رضایت‌های من
my-data-consents-intro = شما به مشاور ادغام خود اجازه داده‌اید که اطلاعات را به دیگران بدهد. هر زمان بخواهید، می‌توانید این اجازه را پس بگیرید.
my-data-no-consents = شما هیچ رضایتی نداده‌اید.
my-consent-given = داده‌شده در تاریخ { $date }
my-consent-revoked = پس‌گرفته‌شده در تاریخ { $date }
my-consent-revoke = پس گرفتن
my-consent-revoke-asked = شما خواستید رضایت را پس بگیرید. مشاور ادغام شما آن را ثبت می‌کند.
my-consent-revoke-body = لطفاً پس گرفتن رضایت من را ثبت کنید: { $what }
my-consent-revoke-sent = درخواست شما به مشاور ادغام شما رسید.
my-data-access = چه کسی پرونده من را باز کرده است
my-data-access-intro = کارمندانی که پرونده شما را خوانده یا تغییر داده‌اند، با تاریخ.
my-data-no-access = هنوز هیچ کارمندی پرونده شما را باز نکرده است.
my-access-when = چه زمانی
my-access-who = چه کسی
my-access-what = چه چیزی

## Offline
offline-last-updated = شما به اینترنت وصل نیستید. این صفحه مربوط به { $time } است.
offline-outbox = منتظر اتصال به اینترنت. چیزی که فرستادید، خودش فرستاده می‌شود.
offline-pending = منتظر فرستادن
