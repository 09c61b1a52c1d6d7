# The end of a case: closing, episodes of support, reopening (staff), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = بستن دوسیه
case-closed-banner = این دوسیه از { $date } بسته شده است. تنها می‌شود آن را خواند.
case-closed-more = بستن و دوباره باز کردن دوسیه
error-case-closed = این همراهی ختم شده است. همه چیز هنوز خوانده می‌شود، اما دیگر نمی‌شود چیزی را تغییر داد.

closing-title = بستن دوسیه
closing-intro = هدف همراهی ادغام این است که دیگر به آن ضرورت نباشد. ثبت کنید که چرا همراهی ختم می‌شود و هدف‌های باز به کجا رسیده‌اند. مراجع در صفحه اصلی خود می‌بیند که همراهی ختم شده است و به چه کسی می‌تواند مراجعه کند.
closing-reason = دلیل
closing-reason-independent = مستقل شده است
closing-reason-regular_services = به خدمات عمومی سپرده شده است
closing-reason-moved = به جای دیگری رفته است
closing-reason-unreachable = دیگر در دسترس نیست
closing-reason-declined = کمک بیشتر را قبول نکرده است
closing-reason-other = دلیل دیگر
closing-handed-to = سپرده شده به
closing-handed-to-none = بدون سپردن
closing-only-handed = تنها در صورت سپردن به خدمات عمومی
closing-moved-to = رفته است به
closing-only-moved = تنها اگر مراجع به جای دیگری رفته باشد
closing-outcomes = هدف‌های باز به کجا رسیدند؟
goal-outcome-achieved = به دست آمده
goal-outcome-partly = تا اندازه‌ای به دست آمده
goal-outcome-not_achieved = به دست نیامده
goal-outcome-no_longer_relevant = دیگر مطرح نیست
closing-note = یادداشت پایانی
closing-note-hint = کوتاه: چه چیزی به دست آمد و چه چیزی باز می‌ماند.
closing-submit = بستن دوسیه
closing-own-guide-only = تنها رهنمای ادغامِ خودِ این مراجع می‌تواند دوسیه را ببندد.
closing-closed-heading = بسته شده
closing-kept-until = دوسیه تا { $date } نگهداری می‌شود. تا آن وقت مراجع می‌تواند آن را بخواند و دوسیه را می‌شود دوباره باز کرد.
closing-reopen-intro = آیا مراجع دوباره به همراهی ضرورت دارد؟ در این صورت یک دورهٔ همراهی جدید شروع می‌شود.
closing-reopen = دوباره باز کردن دوسیه
closing-episodes = دوره‌های همراهی
closing-no-episodes = هنوز هیچ دورهٔ همراهی ختم نشده است.
closing-closed-by = بسته شده توسط { $name }
closing-reopened-by = دوباره باز شده به تاریخ { $date } توسط { $name }
closing-done = دوسیه بسته شد.
closing-reopened = دوسیه دوباره باز شد.
closing-goals-changed = هدف‌های باز در این فاصله تغییر کرده‌اند. لطفاً نتیجه‌ها را دوباره بررسی کنید.
closing-too-late = مهلت نگهداری ختم شده است. دیگر نمی‌شود دوسیه را دوباره باز کرد.
closing-handed-to-needed = انتخاب کنید که دوسیه به چه کسی سپرده شده است.
closing-moved-to-needed = مراجع به کجا رفته است؟
closing-outcome-needed = لطفاً برای هر هدف باز یک نتیجه انتخاب کنید.
handed-to-jobcenter = بخش مدیریت دوسیه در جاب‌سنتر (⁨Jobcenter⁩)
handed-to-migration_advice = مشورهٔ مهاجرت برای بزرگسالان (⁨MBE⁩)
handed-to-youth_migration = خدمات مهاجرت جوانان (⁨JMD⁩)
handed-to-social_services = ادارهٔ امور اجتماعی (⁨Sozialamt⁩)
handed-to-other = یک ادارهٔ دیگر
caseload-state = دوسیه‌ها
caseload-state-open = دوسیه‌های باز
caseload-state-closed = دوسیه‌های بسته

access-detail-closing = بستن دوسیه
access-detail-closed = دوسیه بسته شد
access-detail-reopened = دوسیه دوباره باز شد
access-detail-history = گزارش دسترسی
access-detail-consents = رضایت‌ها
access-detail-caseload = لست مراجعان

client-ended-heading = همراهی شما ختم شده است
client-ended-on = همراهی رهنمای ادغام شما به تاریخ { $date } ختم شد.
client-ended-handed = حالا { $service } به شما کمک می‌کند.
client-ended-moved = در { $place } دفتر ادغام همان‌جا به شما کمک می‌کند.
client-ended-independent = حالا می‌توانید کارهای خود را خودتان انجام دهید. موفق باشید!
client-ended-again = دوباره به کمک ضرورت دارید؟ با دفتر ادغام در { $municipality } تماس بگیرید.
client-ended-read = تا { $date } می‌توانید پلان و معلومات خود را بخوانید.

moves-title = انتقال دوسیه‌ها
moves-intro = وقتی کسی می‌رود یا یک تیم تقسیم می‌شود: بعضی یا همه دوسیه‌های یک رهنمای ادغام را در یک قدم به یک یا چند رهنمای ادغام دیگرِ همان نهاد مجری انتقال دهید. در داخل همان نهاد مجری به رضایت تازه ضرورت نیست؛ هر رهنمای ادغام تازه همان چیزی را می‌بیند که رهنمای ادغام قبلی می‌دید، نه بیشتر. هر انتقال مانند یک سپردن جداگانهٔ دوسیه ثبت می‌شود.
moves-from = دوسیه‌های رهنمای ادغام
moves-choose = انتخاب
moves-open-cases = { $count ->
    [0] بدون دوسیهٔ باز
    [one] یک دوسیهٔ باز
   *[other] { $count } دوسیهٔ باز
}
moves-inactive = غیرفعال‌شده
moves-clients-of = دوسیه‌های { $name }
moves-no-clients = این رهنمای ادغام هیچ دوسیهٔ بازی ندارد.
moves-which-clients = کدام دوسیه‌ها؟
moves-to-whom = به چه کسی؟
moves-to-whom-hint = اگر چند رهنمای ادغام انتخاب کنید، هر دوسیهٔ بعدی به آن رهنمای ادغام می‌رسد که در آن لحظه کمترین تعداد دوسیه را دارد.
moves-preview = پیش‌نمایش
moves-choose-both = دست‌کم یک دوسیه و دست‌کم یک رهنمای ادغام انتخاب کنید.
moves-preview-heading = { $count ->
    [0] پیش‌نمایش: هیچ دوسیه‌ای انتقال داده نمی‌شود
    [one] پیش‌نمایش: یک دوسیه انتقال داده می‌شود
   *[other] پیش‌نمایش: { $count } دوسیه انتقال داده می‌شود
}
moves-caseload-change = دوسیه‌ها: ⁦{ $now } → { $after }⁩ (هدف: ۱ به { $target })
moves-over-target = بالاتر از هدف
moves-sees-team = همان تیم: دوسیه را مثل قبل می‌بیند.
moves-sees-provider = همان نهاد مجری، تیم دیگر: دوسیه را مثل قبل می‌بیند، بدون رضایت تازه.
moves-client = مراجع
moves-new-guide = رهنمای ادغام جدید
moves-reason = دلیل
moves-confirm = تأیید و انتقال
moves-default-reason = انتقال دوسیه‌ها
moves-done = دوسیه‌ها انتقال داده شدند.
moves-done-one = دوسیه انتقال داده شد.
moves-changed = در این فاصله چیزی در این دوسیه‌ها تغییر کرده است. هیچ چیزی انتقال داده نشد؛ لطفاً پیش‌نمایش را دوباره بررسی کنید.
access-detail-moved = دوسیه انتقال داده شد

deputy-title = جانشینی
deputy-intro = در وقت رخصتی یا مریضی، یکی از همکاران تیم جانشین رهنمای ادغام می‌شود. در این مدت، جانشین دوسیه‌ها را همان‌طور باز می‌کند که خود رهنمای ادغام آن‌ها را می‌بیند، نه بیشتر. هر دسترسی به نام جانشین ثبت می‌شود. مراجعان در صفحه اصلی خود می‌بینند که چه کسی جانشین است.
deputy-current = حالا و به‌زودی
deputy-none = هیچ جانشینی ثبت نشده است.
deputy-line = { $deputy } جانشین { $guide } است
deputy-period = از { $from } تا { $to }
deputy-end = ختم کردن
deputy-new = ثبت جانشین
deputy-for = به جای
deputy-who = جانشین
deputy-from = از
deputy-to = تا
deputy-save = ثبت
deputy-saved = جانشین ثبت شد.
deputy-ended = جانشینی ختم شد.
deputy-not-self = هیچ کس نمی‌تواند جانشین خودش باشد.
deputy-past = این مدت دیگر گذشته است.
deputy-order = تاریخ ختم پیش از تاریخ شروع است.
deputy-too-long = حداکثر { $max } روز. برای غیرحاضری درازتر، دوسیه‌ها را انتقال دهید.
client-deputy = فعلاً { $name } به جای رهنمای ادغام شما به شما کمک می‌کند. می‌توانید با { $name } تماس بگیرید.
