# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = کارکنان
admin-organisation-link = ساختار سازمانی
admin-log-link = گزارش تغییرات

staff-title = کارکنان
staff-more = مدیریت
staff-invite = دعوت از یک نفر
staff-invite-intro = این فرد لینکی دریافت می‌کند که فقط یک بار کار می‌کند و پس از ۷ روز باطل می‌شود. با این لینک رمز عبور خود را انتخاب می‌کند. اگر سرور ایمیل تنظیم شده باشد، لینک با ایمیل هم فرستاده می‌شود.
staff-invite-submit = دعوت
staff-invited = دعوت انجام شد. لینک را به او بدهید؛ این لینک فقط همین حالا نشان داده می‌شود.
staff-search = نام یا ایمیل
staff-search-submit = جستجو
staff-include-inactive = حساب‌های غیرفعال‌شده را هم نشان بده
staff-found = { $count ->
    [0] هیچ حسابی پیدا نشد
    [one] یک حساب پیدا شد
   *[other] { $count } حساب پیدا شد
}
staff-back = بازگشت به کارکنان
staff-role = نقش
staff-role-any = همه نقش‌ها
staff-role-guide = مشاور ادغام
staff-role-lead = سرپرست تیم
staff-role-coordinator = هماهنگ‌کننده
staff-role-volunteer_coordinator = هماهنگ‌کنندهٔ داوطلبان
staff-role-county_coordinator = هماهنگ‌کنندهٔ شهرستان
staff-role-admin = مدیر سیستم
staff-municipality = شهرداری
staff-no-municipality = بدون شهرداری
staff-team = تیم
staff-no-team = بدون تیم
staff-name = نام
staff-email = نشانی ایمیل
staff-state-active = فعال
staff-state-inactive = غیرفعال‌شده
staff-state-invited = دعوت‌شده، هنوز وارد نشده
staff-clients = { $count ->
    [0] بدون مراجع
    [one] یک مراجع
   *[other] { $count } مراجع
}
staff-account = حساب
staff-save = ذخیره
staff-saved = ذخیره شد.
staff-own-account = این حساب خود شماست. فقط فرد دیگری می‌تواند آن را غیرفعال کند.
staff-own-rights = نقش، شهرداری و تیمِ حساب خودتان را فرد دیگری تغییر می‌دهد.
staff-team-fixed = { $count ->
    [0] همراهی هیچ مراجعی بر عهده این فرد نیست.
    [one] همراهی یک مراجع بر عهده این فرد است. تیم و نقش فقط پس از واگذاری پرونده تغییر می‌کنند.
   *[other] همراهی { $count } مراجع بر عهده این فرد است. تیم و نقش فقط پس از واگذاری پرونده‌ها تغییر می‌کنند.
}
staff-access = دسترسی
staff-deactivate-intro = با غیرفعال کردن، همه نشست‌های این فرد فوراً پایان می‌یابند. او دیگر نمی‌تواند وارد شود. نامش روی هر چیزی که نوشته است باقی می‌ماند.
staff-deactivate = غیرفعال کردن
staff-deactivated = غیرفعال شد. همه نشست‌ها پایان یافتند.
staff-deactivate-clients = { $count ->
    [0] هیچ مراجعی به این فرد سپرده نشده است.
    [one] هنوز یک مراجع به این فرد سپرده شده است. پرونده را واگذار کنید تا همراهی او ادامه پیدا کند.
   *[other] هنوز { $count } مراجع به این فرد سپرده شده‌اند. پرونده‌ها را واگذار کنید تا همراهی آن‌ها ادامه پیدا کند.
}
staff-reactivate-intro = فعال‌سازی دوباره: این فرد می‌تواند با رمز عبور قبلی خود دوباره وارد شود.
staff-reactivate = فعال‌سازی دوباره
staff-reactivated = دوباره فعال شد.
staff-reset-intro = رمز عبور فراموش شده است؟ با یک لینک تازه که فقط یک بار کار می‌کند، این فرد رمز عبور تازه‌ای انتخاب می‌کند. به محض این کار، نشست‌های او پایان می‌یابند.
staff-reset = ساختن لینک تازه برای رمز عبور
staff-new-invite-intro = دعوت هنوز پذیرفته نشده است. لینک تازه جای لینک قبلی را می‌گیرد.
staff-new-invite = ساختن لینک دعوت تازه
staff-link-title = لینک برای این فرد
staff-link-once = این لینک فقط همین حالا نشان داده می‌شود و یک بار، به مدت ۷ روز، کار می‌کند.
staff-link-made = لینک تازه ساخته شد. فقط همین حالا نشان داده می‌شود.
staff-refused-last-admin = این آخرین حساب فعال با نقش مدیر سیستم است. این نقش برای آن می‌ماند تا وقتی که فرد دیگری این نقش را داشته باشد.
staff-refused-has-clients = همراهی مراجعانی هنوز بر عهده این فرد است. اول پرونده‌ها را واگذار کنید؛ بعد تیم و نقش تغییر می‌کنند.
staff-refused-conflict = در این فاصله کس دیگری این حساب را تغییر داده است. صفحه اکنون وضعیت تازه را نشان می‌دهد؛ آنچه وارد کرده‌اید هنوز در فرم هست.
staff-email-taken = این نشانی ایمیل قبلاً به حساب دیگری تعلق دارد.
staff-role-not-yours = شما نمی‌توانید این نقش را بدهید.
staff-team-needed = مشاور ادغام باید عضو یک تیم باشد.
staff-municipality-needed = شهرداری را انتخاب کنید.
staff-team-elsewhere = این تیم به شهرداری دیگری تعلق دارد.
staff-mail-subject = دسترسی شما به ⁨Lotse⁩
staff-mail-body = سلام { $name }،

    برای شما یک حساب در ⁨Lotse⁩ ساخته شده است. رمز عبور خود را از اینجا انتخاب کنید (این لینک { $days } روز و فقط یک بار کار می‌کند):

    { $link }
staff-reset-mail-subject = رمز عبور تازه برای ⁨Lotse⁩
staff-reset-mail-body = سلام { $name }،

    از اینجا یک رمز عبور تازه برای ⁨Lotse⁩ انتخاب کنید (این لینک { $days } روز و فقط یک بار کار می‌کند):

    { $link }

staff-log-title = گزارش تغییرات
staff-log-intro = چه کسی، چه زمانی، کدام حساب و کدام بخش از ساختار سازمانی را تغییر داده است. این گزارش هیچ اطلاعاتی از مراجعان ندارد.
staff-change-invited = دعوت شد
staff-change-invited-again = دوباره دعوت شد
staff-change-reset-link = لینک رمز عبور تازه ساخته شد
staff-change-password-set = رمز عبور انتخاب شد
staff-change-changed = حساب تغییر کرد
staff-change-deactivated = غیرفعال شد
staff-change-reactivated = دوباره فعال شد
staff-change-municipality-added = شهرداری ثبت شد
staff-change-municipality-changed = شهرداری تغییر کرد
staff-change-provider-added = نهاد ارائه‌دهنده ثبت شد
staff-change-provider-changed = نهاد ارائه‌دهنده تغییر کرد
staff-change-team-added = تیم ثبت شد
staff-change-team-changed = تیم تغییر کرد

staff-password-title = به ⁨Lotse⁩ خوش آمدید
staff-password-reset-title = انتخاب رمز عبور تازه
staff-password-intro = سلام { $name }. رمز عبور خود را انتخاب کنید؛ سپس با آن وارد شوید.
staff-password = رمز عبور
staff-password-hint = دست‌کم ۱۲ حرف. جمله‌ای که بتوانید به خاطر بسپارید، انتخاب خوبی است.
staff-password-submit = ذخیره رمز عبور
staff-password-set = رمز عبور ذخیره شد
staff-password-set-next = اکنون با نشانی ایمیل و رمز عبور تازه خود وارد شوید.
staff-signin-now = رفتن به صفحه ورود

organisation-title = ساختار سازمانی
organisation-county = شهرستان
organisation-no-county = هنوز ثبت نشده
organisation-county-name = نام شهرستان
organisation-municipalities = شهرداری‌ها
organisation-municipality-new = شهرداری تازه
organisation-municipality-name = نام شهرداری
organisation-caseload-target = هدف: تعداد مراجعان برای هر پست تمام‌وقت
organisation-caseload-target-hint = برای نمونه ۸۰ یعنی «حداکثر ۱ به ۸۰».
organisation-ratio = { $clients } پرونده باز، { $staff } نفر از کارکنان، هدف: ۱ به { $target }
organisation-edit = ویرایش
organisation-retention = مدت نگهداری پرونده‌های بسته‌شده (ماه)
organisation-retention-hint = در این مدت مراجعان هنوز می‌توانند داده‌های خود را بخوانند و پرونده دوباره باز می‌شود. پس از آن حذف می‌شود.
organisation-retention-range = عددی از ۶ تا ۱۲۰.
organisation-save = ذخیره
organisation-add = ثبت
organisation-saved = ذخیره شد.
organisation-added = ثبت شد.
organisation-providers = نهادهای ارائه‌دهنده
organisation-providers-intro = سازمان‌هایی که تیم‌ها در استخدام آن‌ها هستند، برای نمونه ⁨Caritas⁩، ⁨Diakonie⁩، ⁨AWO⁩، ⁨DRK⁩ یا خود شهر.
organisation-provider-new = نهاد ارائه‌دهنده تازه
organisation-provider-name = نام نهاد ارائه‌دهنده
organisation-provider-contact = راه تماس
organisation-provider-teams = { $count ->
    [0] بدون تیم
    [one] یک تیم
   *[other] { $count } تیم
}
organisation-teams = تیم‌ها
organisation-team-new = تیم تازه
organisation-team-name = نام تیم
organisation-team-municipality = شهرداری
organisation-team-provider = نهاد ارائه‌دهنده
organisation-team-lead = سرپرست تیم
organisation-team-no-lead = هیچ‌کس
organisation-team-members = { $count ->
    [0] بدون عضو
    [one] یک نفر
   *[other] { $count } نفر
}
organisation-team-staff = کارکنان این تیم
organisation-name-taken = این نام اینجا از قبل وجود دارد.
organisation-target-range = عددی از ۱۰ تا ۳۰۰.
organisation-county-first = اول یک شهرداری (همراه با شهرستان آن) ثبت کنید.
organisation-choose = لطفاً انتخاب کنید.

# Which languages a municipality's clients may choose.
organisation-client-langs = زبان‌ها برای مراجعان
organisation-client-langs-hint = برنامهٔ مراجعان فقط این زبان‌ها را ارائه می‌دهد.
organisation-client-langs-needed = لطفاً دست‌کم یک زبان انتخاب کنید.
