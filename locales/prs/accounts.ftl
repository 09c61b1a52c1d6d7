# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = کارمندان
admin-organisation-link = تشکیلات
admin-log-link = گزارش تغییرات

staff-title = کارمندان
staff-more = مدیریت
staff-invite = دعوت از یک نفر
staff-invite-intro = این شخص لینکی دریافت می‌کند که فقط یک بار کار می‌کند و بعد از ۷ روز باطل می‌شود. با این لینک رمز عبور خود را انتخاب می‌کند. اگر سرور ایمیل تنظیم شده باشد، لینک با ایمیل هم فرستاده می‌شود.
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
staff-back = بازگشت به کارمندان
staff-role = نقش
staff-role-any = همهٔ نقش‌ها
staff-role-guide = رهنمای ادغام
staff-role-lead = مسئول تیم
staff-role-coordinator = هماهنگ‌کننده
staff-role-volunteer_coordinator = هماهنگ‌کنندهٔ رضاکاران
staff-role-county_coordinator = هماهنگ‌کنندهٔ ولسوالی
staff-role-admin = مدیر سیستم
staff-municipality = شاروالی
staff-no-municipality = بدون شاروالی
staff-team = تیم
staff-no-team = بدون تیم
staff-name = نام
staff-email = آدرس ایمیل
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
staff-own-account = این حساب خود شماست. فقط شخص دیگری می‌تواند آن را غیرفعال کند.
staff-own-rights = نقش، شاروالی و تیمِ حساب خودتان را شخص دیگری تغییر می‌دهد.
staff-team-fixed = { $count ->
    [0] همراهی هیچ مراجعی به عهدهٔ این شخص نیست.
    [one] همراهی یک مراجع به عهدهٔ این شخص است. تیم و نقش فقط بعد از سپردن دوسیه به شخص دیگر تغییر می‌کنند.
   *[other] همراهی { $count } مراجع به عهدهٔ این شخص است. تیم و نقش فقط بعد از سپردن دوسیه‌ها به شخص دیگر تغییر می‌کنند.
}
staff-access = دسترسی
staff-deactivate-intro = با غیرفعال کردن، همهٔ نشست‌های این شخص فوراً ختم می‌شوند. او دیگر نمی‌تواند وارد شود. نامش روی هر چیزی که نوشته است باقی می‌ماند.
staff-deactivate = غیرفعال کردن
staff-deactivated = غیرفعال شد. همهٔ نشست‌ها ختم شدند.
staff-deactivate-clients = { $count ->
    [0] هیچ مراجعی به این شخص سپرده نشده است.
    [one] هنوز یک مراجع به این شخص سپرده شده است. دوسیه را به شخص دیگر بسپارید تا همراهی او ادامه پیدا کند.
   *[other] هنوز { $count } مراجع به این شخص سپرده شده‌اند. دوسیه‌ها را به شخص دیگر بسپارید تا همراهی آن‌ها ادامه پیدا کند.
}
staff-reactivate-intro = فعال کردن دوباره: این شخص می‌تواند با رمز عبور قبلی خود دوباره وارد شود.
staff-reactivate = فعال کردن دوباره
staff-reactivated = دوباره فعال شد.
staff-reset-intro = رمز عبور فراموش شده است؟ با یک لینک تازه که فقط یک بار کار می‌کند، این شخص رمز عبور تازه‌ای انتخاب می‌کند. به مجرد این کار، نشست‌های او ختم می‌شوند.
staff-reset = ساختن لینک تازه برای رمز عبور
staff-new-invite-intro = دعوت هنوز قبول نشده است. لینک تازه جای لینک قبلی را می‌گیرد.
staff-new-invite = ساختن لینک دعوت تازه
staff-link-title = لینک برای این شخص
staff-link-once = این لینک فقط همین حالا نشان داده می‌شود و یک بار، برای ۷ روز، کار می‌کند.
staff-link-made = لینک تازه ساخته شد. فقط همین حالا نشان داده می‌شود.
staff-refused-last-admin = این آخرین حساب فعال با نقش مدیر سیستم است. این نقش برای آن می‌ماند تا وقتی که شخص دیگری این نقش را داشته باشد.
staff-refused-has-clients = همراهی مراجعانی هنوز به عهدهٔ این شخص است. اول دوسیه‌ها را به شخص دیگر بسپارید؛ بعد تیم و نقش تغییر می‌کنند.
staff-refused-conflict = در این فاصله کس دیگری این حساب را تغییر داده است. صفحه حالا وضعیت تازه را نشان می‌دهد؛ آنچه نوشته‌اید هنوز در فورم است.
staff-email-taken = این آدرس ایمیل قبلاً به حساب دیگری تعلق دارد.
staff-role-not-yours = شما نمی‌توانید این نقش را بدهید.
staff-team-needed = رهنمای ادغام باید عضو یک تیم باشد.
staff-municipality-needed = شاروالی را انتخاب کنید.
staff-team-elsewhere = این تیم به شاروالی دیگری تعلق دارد.
staff-mail-subject = دسترسی شما به ⁨Lotse⁩
staff-mail-body = سلام { $name }،

    برای شما یک حساب در ⁨Lotse⁩ ساخته شده است. رمز عبور خود را از این‌جا انتخاب کنید (این لینک { $days } روز و فقط یک بار کار می‌کند):

    { $link }
staff-reset-mail-subject = رمز عبور تازه برای ⁨Lotse⁩
staff-reset-mail-body = سلام { $name }،

    از این‌جا یک رمز عبور تازه برای ⁨Lotse⁩ انتخاب کنید (این لینک { $days } روز و فقط یک بار کار می‌کند):

    { $link }

staff-log-title = گزارش تغییرات
staff-log-intro = کی، چه وقت، کدام حساب و کدام بخش تشکیلات را تغییر داده است. این گزارش هیچ معلوماتی از مراجعان ندارد.
staff-change-invited = دعوت شد
staff-change-invited-again = دوباره دعوت شد
staff-change-reset-link = لینک رمز عبور تازه ساخته شد
staff-change-password-set = رمز عبور انتخاب شد
staff-change-changed = حساب تغییر کرد
staff-change-deactivated = غیرفعال شد
staff-change-reactivated = دوباره فعال شد
staff-change-municipality-added = شاروالی ثبت شد
staff-change-municipality-changed = شاروالی تغییر کرد
staff-change-provider-added = نهاد مجری ثبت شد
staff-change-provider-changed = نهاد مجری تغییر کرد
staff-change-team-added = تیم ثبت شد
staff-change-team-changed = تیم تغییر کرد

staff-password-title = به ⁨Lotse⁩ خوش آمدید
staff-password-reset-title = انتخاب رمز عبور تازه
staff-password-intro = سلام { $name }. رمز عبور خود را انتخاب کنید؛ بعد با آن وارد شوید.
staff-password = رمز عبور
staff-password-hint = دست‌کم ۱۲ حرف. جمله‌ای که بتوانید به یاد داشته باشید، انتخاب خوبی است.
staff-password-submit = ذخیرهٔ رمز عبور
staff-password-set = رمز عبور ذخیره شد
staff-password-set-next = حالا با آدرس ایمیل و رمز عبور تازهٔ خود وارد شوید.
staff-signin-now = رفتن به صفحهٔ ورود

organisation-title = تشکیلات
organisation-county = ولسوالی
organisation-no-county = هنوز ثبت نشده
organisation-county-name = نام ولسوالی
organisation-municipalities = شاروالی‌ها
organisation-municipality-new = شاروالی تازه
organisation-municipality-name = نام شاروالی
organisation-caseload-target = هدف: تعداد مراجعان برای هر بست کاری تمام‌وقت
organisation-caseload-target-hint = مثلاً ۸۰ یعنی «حداکثر ۱ به ۸۰».
organisation-ratio = { $clients } دوسیهٔ باز، { $staff } نفر از کارمندان، هدف: ۱ به { $target }
organisation-edit = ویرایش
organisation-retention = مدت نگهداری دوسیه‌های بسته‌شده (ماه)
organisation-retention-hint = در این مدت مراجعان هنوز می‌توانند معلومات خود را بخوانند و دوسیه دوباره باز شده می‌تواند. بعد از آن حذف می‌شود.
organisation-retention-range = عددی از ۶ تا ۱۲۰.
organisation-save = ذخیره
organisation-add = ثبت
organisation-saved = ذخیره شد.
organisation-added = ثبت شد.
organisation-providers = نهادهای مجری
organisation-providers-intro = مؤسساتی که تیم‌ها را استخدام کرده‌اند، مثلاً ⁨Caritas⁩، ⁨Diakonie⁩، ⁨AWO⁩، ⁨DRK⁩ یا خود شهر.
organisation-provider-new = نهاد مجری تازه
organisation-provider-name = نام نهاد مجری
organisation-provider-contact = راه تماس
organisation-provider-teams = { $count ->
    [0] بدون تیم
    [one] یک تیم
   *[other] { $count } تیم
}
organisation-teams = تیم‌ها
organisation-team-new = تیم تازه
organisation-team-name = نام تیم
organisation-team-municipality = شاروالی
organisation-team-provider = نهاد مجری
organisation-team-lead = مسئول تیم
organisation-team-no-lead = هیچ‌کس
organisation-team-members = { $count ->
    [0] بدون عضو
    [one] یک نفر
   *[other] { $count } نفر
}
organisation-team-staff = کارمندان این تیم
organisation-name-taken = این نام این‌جا از قبل وجود دارد.
organisation-target-range = عددی از ۱۰ تا ۳۰۰.
organisation-county-first = اول یک شاروالی (همراه با ولسوالی آن) ثبت کنید.
organisation-choose = لطفاً انتخاب کنید.

# Which languages a municipality's clients may choose.
organisation-client-langs = زبان‌ها برای مراجعان
organisation-client-langs-hint = در اپلیکیشن مراجعان فقط همین زبان‌ها موجود است.
organisation-client-langs-needed = لطفاً دست‌کم یک زبان انتخاب کنید.
