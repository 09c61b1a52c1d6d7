# رویدادهای عمومی: صفحه‌های بدون ورود (فهرست، رویداد، ثبت‌نام، پوستر)
# و صفحه هماهنگی. جمله‌های کوتاه و ساده در صفحه‌های عمومی.

events-title = رویدادها
events-intro = جشن‌ها، جلسه‌های اطلاع‌رسانی و دیدارها در نزدیکی شما. همه می‌توانند بیایند.
events-places = مکان‌ها
events-all-places = همه مکان‌ها
events-feed = افزودن به تقویم من (به‌روزرسانی خودکار)
events-upcoming = به‌زودی
events-empty = فعلاً هیچ رویدادی برنامه‌ریزی نشده است.
events-groups = فعالیت‌های منظم
events-groups-intro = این گروه‌ها به‌طور منظم دور هم جمع می‌شوند. همان‌جا یا از مشاور خود بپرسید.
event-group-next = دیدار بعدی: { $when }
event-group-childcare = همراه با نگهداری از کودکان
event-cancelled = لغو شد
event-past = این رویداد تمام شده است.
event-full = ظرفیت پر است
event-registration = لطفاً ثبت‌نام کنید
event-places-left = { $count ->
    [0] دیگر جای خالی نیست
    [one] فقط یک جای خالی مانده است
   *[other] { $count } جای خالی مانده است
}
event-minutes = { $minutes } دقیقه
event-place-link = درباره این مکان بیشتر بدانید
event-ics = افزودن به تقویم من
event-poster = چاپ پوستر
event-poster-qr = کد ⁨QR⁩ این رویداد
event-poster-scan = با گوشی خود اسکن کنید: همه‌چیز به زبان شما.
event-register = ثبت‌نام
event-register-name = نام کوچک
event-register-people = چند نفر می‌آیند؟
event-register-contact = تلفن یا ایمیل
event-register-contact-hint = فقط برای اینکه اگر رویداد لغو شد، به شما خبر بدهیم.
event-register-send = ثبت‌نام
event-registered-notice = متشکریم! ثبت‌نام شما انجام شد.
event-people-invalid = لطفاً دست‌کم یک نفر بنویسید.
event-not-enough-places = این تعداد جای خالی دیگر نیست.
event-registration-closed = دیگر نمی‌توانید ثبت‌نام کنید.
event-too-many = از این اتصال اینترنت ثبت‌نام‌های زیادی انجام شده است. لطفاً بعداً دوباره امتحان کنید.

# هماهنگی
events-manage-title = مدیریت رویدادها
events-manage-public-link = دیدن صفحه عمومی
event-new = رویداد تازه
event-edit = ویرایش رویداد
event-save-new = انتشار رویداد
event-saved = رویداد ذخیره شد و عمومی است.
event-conflict = در این فاصله کس دیگری این رویداد را تغییر داده است. آنچه وارد کرده‌اید هنوز در فرم هست؛ لطفاً آن را بررسی کنید و دوباره ذخیره کنید.
event-cancel = لغو رویداد
event-cancelled-notice = رویداد لغو شد. صفحه عمومی و تقویم این را نشان می‌دهند.
event-public-page = صفحه عمومی
event-form-date = تاریخ
event-form-time = ساعت شروع
event-form-minutes = مدت به دقیقه
event-form-office = مکان از فهرست
event-form-place = مکان یا اتاق
event-form-place-hint = مثلاً «میدان جشن کنار ساختمان شهرداری» یا «سالن طبقه اول».
event-place-needed = لطفاً یک مکان از فهرست انتخاب کنید یا مکانی را بنویسید.
event-form-registration = ثبت‌نام لازم است
event-form-capacity = ظرفیت
event-form-capacity-hint = اگر محدودیتی وجود ندارد، خالی بگذارید.
event-form-texts = متن به زبان { $language }
event-form-title = عنوان
event-form-description = توضیحات
event-title-needed = لطفاً برای این زبان هم یک عنوان بنویسید.
event-registered = { $count ->
    [0] هنوز کسی ثبت‌نام نکرده است
    [one] یک نفر ثبت‌نام کرده است
   *[other] { $count } نفر ثبت‌نام کرده‌اند
}
event-registered-of = { $count } از { $capacity } جا پر شده است
event-translations = ترجمه‌ها: { $languages }
event-only-german = فقط آلمانی
event-no-registrations = هنوز هیچ‌کس ثبت‌نام نکرده است.
event-col-language = زبان
event-col-at = تاریخ ثبت‌نام
event-groups-heading = فعالیت‌های گروهی در صفحه عمومی
event-groups-hint = فعالیت‌های عمومی با عنوان، مکان و نوبت بعدی در صفحه رویدادها نشان داده می‌شوند – بدون نام شرکت‌کنندگان یا داوطلبان.
event-group-public = عمومی
event-group-internal = فقط داخلی
event-group-show = نمایش در صفحه عمومی
event-group-hide = برداشتن از صفحه عمومی
event-group-saved = ذخیره شد.
events-manage-link = رویدادها

# فهرست فعالیت‌های پردازش
record-name-events = رویدادهای عمومی
record-purpose-events = اعلام عمومی رویدادها و پذیرفتن ثبت‌نام‌ها.
record-basis-events = ماده ۶ بند ۱ (ه) مقررات عمومی حفاظت از داده‌ها؛ برای ثبت‌نام‌ها ماده ۶ بند ۱ (ب) مقررات عمومی حفاظت از داده‌ها.
record-subjects-events = ساکنان و مراجعانی که ثبت‌نام می‌کنند.
record-data-events = نام کوچک، تعداد افراد، تلفن یا ایمیل به انتخاب خود شخص، زبان؛ ۳۰ روز پس از رویداد پاک می‌شود.
record-recipients-events = هماهنگ‌کنندگان و هماهنگ‌کنندگان داوطلبان شهرداری.
