# فعالیت‌های گروهی (برای مراجعان) و نوبت‌های کاری (برای داوطلبان).
groups-title = فعالیت‌های گروهی
groups-intro = با آدم‌های تازه آشنا شوید، آلمانی یاد بگیرید، ورزش کنید. همه فعالیت‌ها رایگان است.
groups-empty = هنوز هیچ فعالیت گروهی وجود ندارد.
groups-filter-target = برای چه کسانی؟
groups-filter-any = همه گروه‌ها
groups-filter-submit = نمایش
group-next = جلسه بعدی: { $when }
group-no-sessions = فعلاً هیچ جلسه‌ای برنامه‌ریزی نشده است.
group-seats = { $free ->
    [0] پر است. می‌توانید در فهرست انتظار ثبت‌نام کنید.
    [one] یک جای خالی
   *[other] { $free } جای خالی
}
group-childcare = همراه با نگهداری از کودکان
group-barrier-free = دسترسی بدون مانع (مناسب برای ویلچر)
group-target-women = زنان
group-target-parents = والدین با کودکان خردسال
group-target-children = کودکان
group-target-youth = نوجوانان
group-target-beginners = مبتدی‌ها (سطح A1)
group-target-everyone = همه
group-category-language_cafe = کافه زبان
group-category-tandem = تبادل زبان
group-category-parents_children = والدین و کودکان
group-category-womens_group = گروه زنان
group-category-sports = ورزش
group-category-cooking = آشپزی با هم
group-category-forms_help = کمک برای پر کردن فرم‌ها
group-category-homework = کمک در تکالیف مدرسه
group-category-crafts = خیاطی و کاردستی
group-category-other = فعالیت‌های دیگر
group-sessions = جلسه‌ها
group-session-cancelled = لغو شد: { $reason }
group-session-moved = تغییر کرد: { $reason }
group-where = کجا؟
group-contact = تماس
group-join = ثبت‌نام
group-share-name = داوطلبان می‌توانند نام کوچک من را ببینند.
group-joined = ثبت‌نام شما انجام شد. به امید دیدار!
group-waitlist = شما در فهرست انتظار هستید، شماره { $position }.
group-waitlist-info = اگر جایی خالی شود، شما خودبه‌خود جلو می‌روید.
group-leave = آزاد کردن جای من
group-left = ثبت‌نام شما لغو شد.
group-already = شما قبلاً ثبت‌نام کرده‌اید.
group-status-confirmed = شما ثبت‌نام کرده‌اید.
group-status-waitlist = فهرست انتظار، شماره { $position }
client-groups-open = دیدن فعالیت‌های گروهی
shifts-title = نوبت‌های کاری من
shifts-intro = نوبت‌های کاری در گروه‌های شما برای هشت هفته آینده.
shifts-show-all = نمایش همه زمان‌ها
shifts-show-open = فقط نوبت‌های باز و نوبت‌های من
shifts-empty = شما هنوز در هیچ گروهی نیستید. هماهنگ‌کنندهٔ شما، شما را به گروه اضافه می‌کند.
shift-role-lead = سرپرستی
shift-role-helper = کمک
shift-role-childcare = نگهداری از کودکان
shift-role-interpreter = ترجمه شفاهی
shift-filled = { $filled } از { $needed } پر شده
shift-sign-up = قبول کردن این نوبت
shift-cancel = لغو نوبت من
shift-mine = نوبت شما
shift-full = پر
shift-done = تشکر! این نوبت کاری مال شماست.
shift-cancelled = نوبت کاری شما لغو شد.
shift-cancelled-soon = نوبت کاری شما لغو شد. این نوبت کمتر از دو روز دیگر شروع می‌شود: لطفاً به فرد تماس گروه هم خبر بدهید.
shift-taken = کس دیگری زودتر بود: این جایگاه پر شده است.
shift-not-open = این نوبت را نمی‌شود (دیگر) قبول کرد.
shift-participants = { $count ->
    [one] { $count } شرکت‌کننده
   *[other] { $count } شرکت‌کننده
}
shift-first-names = نام‌های کوچک: { $names }
volunteer-shifts-open = دیدن نوبت‌های کاری من
