# Public events: the pages without sign-in (list, event, registration, poster)
# and the coordinators' page. Short, simple sentences on the public pages.

events-title = برنامه‌ها
events-intro = جشن‌ها، شب‌های معلوماتی و دیدارها در نزدیکی شما. همه خوش‌آمدید.
events-places = جاها
events-all-places = همه جاها
events-feed = افزودن به تقویم من (همیشه تازه)
events-upcoming = به زودی
events-empty = فعلاً هیچ برنامه‌ای پلان نشده است.
events-groups = فعالیت‌های منظم
events-groups-intro = این گروه‌ها به طور منظم با هم جمع می‌شوند. در همان جا یا از رهنمای ادغام خود بپرسید.
event-group-next = جلسه بعدی: { $when }
event-group-childcare = همراه با نگهداری از اطفال
event-cancelled = لغو شد
event-past = این برنامه تمام شده است.
event-full = جای خالی نیست
event-registration = لطفاً نام‌نویسی کنید
event-places-left = { $count ->
    [0] دیگر جای خالی نیست
    [one] فقط یک جای خالی مانده است
   *[other] { $count } جای خالی مانده است
}
event-minutes = { $minutes } دقیقه
event-place-link = در باره این جا بیشتر بدانید
event-ics = افزودن به تقویم من
event-poster = چاپ پوستر
event-poster-qr = کود ⁦QR⁩ این برنامه
event-poster-scan = با موبایل خود اسکن کنید: همه چیز به زبان شما.
event-register = نام‌نویسی
event-register-name = نام اول
event-register-people = چند نفر می‌آیند؟
event-register-contact = تیلفون یا ایمیل
event-register-contact-hint = فقط برای این‌که اگر برنامه لغو شد، به شما خبر بدهیم.
event-register-send = نام‌نویسی
event-registered-notice = تشکر! نام شما نوشته شد.
event-people-invalid = لطفاً دست کم یک نفر بنویسید.
event-not-enough-places = این‌قدر جای خالی دیگر نیست.
event-registration-closed = دیگر نمی‌توانید نام‌نویسی کنید.
event-too-many = از این وصل انترنت نام‌نویسی‌های زیادی شده است. لطفاً بعداً دوباره کوشش کنید.

# Coordination
events-manage-title = اداره کردن برنامه‌ها
events-manage-public-link = دیدن صفحه عمومی
event-new = برنامه نو
event-edit = تغییر برنامه
event-save-new = نشر کردن برنامه
event-saved = برنامه ذخیره شد و عمومی است.
event-conflict = در این میان کس دیگری این برنامه را تغییر داده است. آنچه شما نوشته‌اید هنوز در فورم است؛ لطفاً آن را بررسی کنید و دوباره ذخیره کنید.
event-cancel = لغو کردن برنامه
event-cancelled-notice = برنامه لغو شد. صفحه عمومی و تقویم این را نشان می‌دهند.
event-public-page = صفحه عمومی
event-form-date = تاریخ
event-form-time = ساعت شروع
event-form-minutes = مدت به دقیقه
event-form-office = جا از فهرست ادارات
event-form-place = جا یا اتاق
event-form-place-hint = مثلاً «میدان جشن کنار شاروالی» یا «سالون منزل اول».
event-place-needed = لطفاً یک جا از فهرست ادارات انتخاب کنید یا جایی را بنویسید.
event-form-registration = نام‌نویسی لازم است
event-form-capacity = جاها
event-form-capacity-hint = اگر حدی وجود ندارد، خالی بگذارید.
event-form-texts = متن به زبان { $language }
event-form-title = عنوان
event-form-description = توضیحات
event-title-needed = لطفاً برای این زبان هم یک عنوان بنویسید.
event-registered = { $count ->
    [0] هنوز کسی نام‌نویسی نکرده است
    [one] یک نفر نام‌نویسی کرده است
   *[other] { $count } نفر نام‌نویسی کرده‌اند
}
event-registered-of = { $count } از { $capacity } جا پُر شده است
event-translations = ترجمه‌ها: { $languages }
event-only-german = فقط آلمانی
event-no-registrations = هنوز هیچ‌کس نام‌نویسی نکرده است.
event-col-language = زبان
event-col-at = تاریخ نام‌نویسی
event-groups-heading = فعالیت‌های گروهی در صفحه عمومی
event-groups-hint = فعالیت‌های عمومی با عنوان، جا و جلسه بعدی در صفحه برنامه‌ها نشان داده می‌شوند – بدون نام اشتراک‌کنندگان یا رضاکاران.
event-group-public = عمومی
event-group-internal = فقط داخلی
event-group-show = نشان دادن در صفحه عمومی
event-group-hide = دیگر نشان داده نشود
event-group-saved = ذخیره شد.
events-manage-link = برنامه‌ها

# Record of processing activities
record-name-events = برنامه‌های عمومی
record-purpose-events = اعلان عمومی برنامه‌ها و پذیرفتن نام‌نویسی‌ها.
record-basis-events = مادهٔ ۶ فقرهٔ ۱ (ه) مقررات عمومی حفاظت از معلومات؛ برای نام‌نویسی‌ها مادهٔ ۶ فقرهٔ ۱ (ب) مقررات عمومی حفاظت از معلومات.
record-subjects-events = باشندگان و مراجعانی که نام‌نویسی می‌کنند.
record-data-events = نام اول، تعداد اشخاص، تیلفون یا ایمیل اگر خود شخص بخواهد، زبان؛ ۳۰ روز بعد از برنامه پاک می‌شود.
record-recipients-events = هماهنگ‌کنندگان و هماهنگ‌کنندگان رضاکاران در شاروالی.
