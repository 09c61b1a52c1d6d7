# Group offers (clients) and shifts (volunteers).
groups-title = فعالیت‌های گروهی
groups-intro = با مردم آشنا شوید، آلمانی یاد بگیرید، ورزش کنید. همه فعالیت‌ها مجانی است.
groups-empty = هنوز هیچ فعالیت گروهی وجود ندارد.
groups-filter-target = برای چه کسانی؟
groups-filter-any = همه گروه‌ها
groups-filter-submit = نشان دادن
group-next = جلسه بعدی: { $when }
group-no-sessions = فعلاً هیچ جلسه‌ای پلان نشده است.
group-seats = { $free ->
    [0] پُر است. می‌توانید در لست انتظار نام‌نویسی کنید.
    [one] یک جای خالی
   *[other] { $free } جای خالی
}
group-childcare = همراه با نگهداری از اطفال
group-barrier-free = راه بدون مانع (برای چوکی چرخ‌دار)
group-target-women = زنان
group-target-parents = والدین با اطفال خُرد
group-target-children = اطفال
group-target-youth = جوانان
group-target-beginners = تازه‌کارها (سطح ⁦A1⁩)
group-target-everyone = همه
group-category-language_cafe = کافه زبان
group-category-tandem = تبادله زبان دو نفری
group-category-parents_children = والدین و اطفال
group-category-womens_group = گروه زنان
group-category-sports = ورزش
group-category-cooking = آشپزی با هم
group-category-forms_help = کمک برای خانه‌پُری فورم‌ها
group-category-homework = کمک در کارخانگی مکتب
group-category-crafts = خیاطی و کارهای دستی
group-category-other = چیزهای دیگر
group-sessions = جلسه‌ها
group-session-cancelled = لغو شد: { $reason }
group-session-moved = تغییر کرد: { $reason }
group-where = کجا؟
group-contact = تماس
group-join = نام‌نویسی
group-share-name = رضاکاران می‌توانند نام اول مرا ببینند.
group-joined = نام شما نوشته شد. به امید دیدار!
group-waitlist = شما در لست انتظار هستید، نمبر { $position }.
group-waitlist-info = اگر جایی خالی شود، شما خودبه‌خود پیش می‌روید.
group-leave = خالی کردن جای من
group-left = نام شما دیگر نوشته نیست.
group-already = نام شما از قبل نوشته شده است.
group-status-confirmed = نام شما نوشته شده است.
group-status-waitlist = لست انتظار، نمبر { $position }
client-groups-open = دیدن فعالیت‌های گروهی
shifts-title = نوبت‌های کاری من
shifts-intro = نوبت‌های کاری در گروه‌های شما برای هشت هفته آینده.
shifts-show-all = نشان دادن همه جلسه‌ها
shifts-show-open = فقط نوبت‌های خالی و نوبت‌های من
shifts-empty = شما هنوز در هیچ گروهی نیستید. هماهنگ‌کننده شما، شما را به گروه اضافه می‌کند.
shift-role-lead = رهبری
shift-role-helper = کمک
shift-role-childcare = نگهداری از اطفال
shift-role-interpreter = ترجمانی
shift-filled = { $filled } از { $needed } پُر شده
shift-sign-up = گرفتن این نوبت
shift-cancel = لغو نوبت من
shift-mine = نوبت شما
shift-full = پُر
shift-done = تشکر! این نوبت کاری از شماست.
shift-cancelled = نوبت کاری شما لغو شد.
shift-cancelled-soon = نوبت کاری شما لغو شد. این نوبت در کمتر از دو روز شروع می‌شود: لطفاً به شخص تماس گروه هم خبر بدهید.
shift-taken = کس دیگری زودتر بود: این جا گرفته شده است.
shift-not-open = این نوبت را (دیگر) نمی‌شود گرفت.
shift-participants = { $count ->
    [one] { $count } اشتراک‌کننده
   *[other] { $count } اشتراک‌کننده
}
shift-first-names = نام‌های اول: { $names }
volunteer-shifts-open = دیدن نوبت‌های کاری من
