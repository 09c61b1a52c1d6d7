# The manager view for guides, team leads, coordinators and admins.

caseload-title = لست مراجعان
caseload-scope-own = مراجعان من
caseload-scope-team = مراجعان تیم { $team }
caseload-scope-municipality = مراجعان در { $municipality }
caseload-count = { $count ->
    [0] بدون مراجع
    [one] یک مراجع
   *[other] { $count } مراجع
}
caseload-empty = هنوز هیچ مراجعی نیست.
caseload-new-client = ثبت مراجع نو
caseload-col-name = نام
caseload-col-languages = زبان‌ها
caseload-col-household = خانواده
caseload-col-last-contact = آخرین تماس
caseload-col-guide = رهنمای ادغام
caseload-household-size = { $count ->
    [0] هیچ‌کس
    [one] یک نفر
   *[other] { $count } نفر
}
caseload-no-contact = هنوز هیچ
client-new-title = ثبت مراجع نو
client-new-intro = فقط نام لازمی است. باقی معلومات را می‌توانید بعداً همراه با مراجع اضافه کنید.
client-first-name = نام اول
client-last-name = تخلص
client-birth-date = تاریخ تولد
client-preferred-lang = زبان اپلیکیشن برای مراجع
client-languages = زبان‌هایی که صحبت می‌کند
client-phone = تیلفون
client-create = ثبت مراجع
client-detail-personal = معلومات شخصی
client-detail-household = خانواده
client-detail-household-empty = هیچ عضو دیگر خانواده ثبت نشده است.
client-detail-guide = رهنمای ادغام
client-detail-last-contact = آخرین تماس
client-relation-partner = همسر
client-relation-child = فرزند
client-relation-parent = پدر یا مادر
client-relation-other = خویشاوند دیگر
household-add-heading = افزودن عضو خانواده
household-first-name = نام اول
household-relation = نسبت
household-birth-date = تاریخ تولد
household-add = افزودن
household-added = عضو خانواده اضافه شد.
client-created = مراجع ثبت شد.
activation-heading = دسترسی به اپلیکیشن
activation-active = مراجع دسترسی خود به اپلیکیشن را فعال کرده است.
activation-pending = کود فعال‌سازی صادر شده و تا { $date } اعتبار دارد.
activation-none = هیچ کود فعال‌سازی معتبر وجود ندارد. برای دادن دسترسی به مراجع، یک کود نو صادر کنید.
activation-issue = صادر کردن کود فعال‌سازی نو
activation-reissue-note = با صادر کردن کود نو، همه کودهای قبلی باطل می‌شوند.
activation-code-heading = کود فعال‌سازی برای { $name }
activation-code-instructions = این کود را به مراجع بدهید. این کود فقط یک بار کار می‌کند و تا { $date } اعتبار دارد. مراجع کود ⁦QR⁩ را اسکن می‌کند یا صفحه فعال‌سازی را باز می‌کند و کود را می‌نویسد.
activation-code-once = این کود فقط همین حالا نشان داده می‌شود. آن را چاپ کنید یا بنویسید.
activation-print = چاپ
activation-qr-label = کود ⁦QR⁩ که صفحه فعال‌سازی را باز می‌کند
activation-number = مراجع با نمبر { $number } و رمز شخصی خود (⁦PIN⁩) وارد می‌شود.
admin-home-title = مدیریت سیستم
admin-home-intro = در اینجا کارمندان، تشکیلات (شاروالی‌ها، نهادهای مجری، تیم‌ها) و ورود دومرحله‌ای را اداره می‌کنید.
admin-two-factor-title = ورود دومرحله‌ای
admin-two-factor-intro = مدیران سیستم همیشه به شکل دومرحله‌ای وارد می‌شوند. اینجا تعیین می‌کنید که در کدام شاروالی‌ها رهنمایان ادغام و هماهنگ‌کنندگان هم باید همین کار را بکنند.
admin-two-factor-required = برای رهنمایان ادغام و هماهنگ‌کنندگان لازمی است در:
admin-two-factor-save = ذخیره کردن
admin-two-factor-saved = ذخیره شد.
coordinator-note = شما به حیث هماهنگ‌کننده نمای کلی را می‌بینید، نه دوسیه‌ها را.
caseload-groups = پلان‌گذاری فعالیت‌های گروهی
caseload-directory = اداره کردن فهرست ادارات

# Linked households: adults of one household with their own case.
household-linked-heading = بزرگسالان خانواده که دوسیه جداگانه دارند
household-linked-hint = هر شخص پلان خود را دارد. دوسیه‌های وصل‌شده را با هم می‌بینید و می‌توانید برای چند نفر آن‌ها یک یادداشت بنویسید.
household-linked-empty = هنوز هیچ دوسیه‌ای وصل نشده است.
household-others = { $count ->
    [0] هیچ عضو دیگر خانواده نزد رهنمای ادغام دیگری نیست.
    [one] یک عضو دیگر خانواده را رهنمای ادغام دیگری همراهی می‌کند.
   *[other] { $count } عضو دیگر خانواده را رهنمایان ادغام دیگری همراهی می‌کنند.
}
household-link-heading = وصل کردن دوسیه یک عضو خانواده
household-link-member = مراجع از دوسیه‌های شما
household-choose = لطفاً انتخاب کنید
household-choose-error = لطفاً یک نفر را از دوسیه‌های خود انتخاب کنید.
household-link = وصل کردن
household-unlink = جدا کردن { $name } از خانواده
household-unlink-short = جدا کردن
household-case-closed = دوسیه بسته شده است
household-linked = دوسیه‌ها حالا به حیث یک خانواده با هم وصل شدند.
household-unlinked = دوسیه‌ها از هم جدا شدند.
client-lang-not-offered = شاروالی این زبان را در اپلیکیشن عرضه نمی‌کند.
