# The manager view for guides, team leads, coordinators and admins.

caseload-title = فهرست مراجعان
caseload-scope-own = مراجعان من
caseload-scope-team = مراجعان تیم { $team }
caseload-scope-municipality = مراجعان در { $municipality }
caseload-count = { $count ->
    [0] بدون مراجع
    [one] یک مراجع
   *[other] { $count } مراجع
}
caseload-empty = هنوز هیچ مراجعی نیست.
caseload-new-client = مراجع جدید
caseload-col-name = نام
caseload-col-languages = زبان‌ها
caseload-col-household = خانواده
caseload-col-last-contact = آخرین تماس
caseload-col-guide = مشاور ادغام
caseload-household-size = { $count ->
    [0] هیچ‌کس
    [one] یک نفر
   *[other] { $count } نفر
}
caseload-no-contact = هنوز هیچ
client-new-title = مراجع جدید
client-new-intro = فقط نام لازم است. بقیه چیزها را می‌توانید بعداً همراه با مراجع اضافه کنید.
client-first-name = نام
client-last-name = نام خانوادگی
client-birth-date = تاریخ تولد
client-preferred-lang = زبان اپلیکیشن برای مراجع
client-languages = زبان‌هایی که صحبت می‌کند
client-phone = تلفن
client-create = ثبت مراجع
client-detail-personal = اطلاعات شخصی
client-detail-household = خانواده
client-detail-household-empty = هیچ عضو دیگری از خانواده ثبت نشده است.
client-detail-guide = مشاور ادغام
client-detail-last-contact = آخرین تماس
client-relation-partner = همسر
client-relation-child = فرزند
client-relation-parent = پدر یا مادر
client-relation-other = خویشاوند دیگر
household-add-heading = افزودن عضو خانواده
household-first-name = نام
household-relation = نسبت
household-birth-date = تاریخ تولد
household-add = افزودن
household-added = عضو خانواده اضافه شد.
client-created = مراجع ثبت شد.
activation-heading = دسترسی به اپلیکیشن
activation-active = مراجع دسترسی خود را فعال کرده است.
activation-pending = کد فعال‌سازی صادر شده و تا { $date } معتبر است.
activation-none = هیچ کد فعال‌سازی معتبری وجود ندارد. برای دادن دسترسی به مراجع، یک کد تازه صادر کنید.
activation-issue = صدور کد فعال‌سازی تازه
activation-reissue-note = با صدور کد تازه، همه کدهای قبلی باطل می‌شوند.
activation-code-heading = کد فعال‌سازی برای { $name }
activation-code-instructions = این کد را به مراجع بدهید. این کد فقط یک بار کار می‌کند و تا { $date } معتبر است. مراجع کد ⁨QR⁩ را اسکن می‌کند یا صفحه فعال‌سازی را باز می‌کند و کد را وارد می‌کند.
activation-code-once = این کد فقط همین حالا نشان داده می‌شود. آن را چاپ یا یادداشت کنید.
activation-print = چاپ
activation-qr-label = کد ⁨QR⁩ که صفحه فعال‌سازی را باز می‌کند
activation-number = مراجع با شماره { $number } و رمز (⁨PIN⁩) خود وارد می‌شود.
admin-home-title = مدیریت
admin-home-intro = در اینجا کارکنان، ساختار سازمانی (شهرداری‌ها، نهادهای ارائه‌دهنده، تیم‌ها) و ورود دومرحله‌ای را مدیریت می‌کنید.
admin-two-factor-title = ورود دومرحله‌ای
admin-two-factor-intro = مدیران همیشه در دو مرحله وارد می‌شوند. اینجا انتخاب می‌کنید که در کدام شهرداری‌ها مشاوران ادغام و هماهنگ‌کنندگان هم باید این کار را بکنند.
admin-two-factor-required = شهرداری‌هایی که در آن‌ها این کار برای مشاوران ادغام و هماهنگ‌کنندگان الزامی است:
admin-two-factor-save = ذخیره
admin-two-factor-saved = ذخیره شد.
coordinator-note = شما به عنوان هماهنگ‌کننده فهرست را می‌بینید، نه پرونده‌ها را.
caseload-groups = برنامه‌ریزی فعالیت‌های گروهی
caseload-directory = ویرایش فهرست

# Linked households: adults of one household with their own case.
household-linked-heading = بزرگسالان خانواده که پرونده جداگانه دارند
household-linked-hint = هر نفر برنامه خودش را دارد. پرونده‌های پیوندشده را با هم می‌بینید و می‌توانید برای چند نفر از آن‌ها یک یادداشت بنویسید.
household-linked-empty = هنوز هیچ پرونده‌ای پیوند داده نشده است.
household-others = { $count ->
    [0] هیچ عضو دیگری از خانواده را مشاور ادغام دیگری همراهی نمی‌کند.
    [one] یک عضو دیگر خانواده را مشاور ادغام دیگری همراهی می‌کند.
   *[other] { $count } عضو دیگر خانواده را مشاوران ادغام دیگری همراهی می‌کنند.
}
household-link-heading = پیوند دادن پرونده یک عضو خانواده
household-link-member = مراجع از پرونده‌های شما
household-choose = لطفاً انتخاب کنید
household-choose-error = لطفاً یک نفر را از پرونده‌های خود انتخاب کنید.
household-link = پیوند دادن
household-unlink = لغو پیوند { $name } با خانواده
household-unlink-short = لغو پیوند
household-case-closed = پرونده بسته شده است
household-linked = پرونده‌ها اکنون به‌عنوان یک خانواده به هم پیوند داده شدند.
household-unlinked = پیوند لغو شد.
client-lang-not-offered = شهرداری این زبان را در برنامه ارائه نمی‌دهد.
