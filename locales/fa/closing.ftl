# The end of a case: closing, episodes of support, reopening (staff), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = بستن پرونده
case-closed-banner = این پرونده از { $date } بسته شده است. فقط می‌توان آن را خواند.
case-closed-more = بستن و بازگشایی پرونده
error-case-closed = این همراهی به پایان رسیده است. همه چیز هنوز قابل خواندن است، اما دیگر نمی‌توان چیزی را تغییر داد.

closing-title = بستن پرونده
closing-intro = هدف همراهی ادغام این است که دیگر به آن نیازی نباشد. ثبت کنید که چرا همراهی پایان می‌یابد و هدف‌های باز به کجا رسیده‌اند. مراجع در صفحه اصلی خود می‌بیند که همراهی به پایان رسیده است و به چه کسی می‌تواند مراجعه کند.
closing-reason = دلیل
closing-reason-independent = مستقل شده است
closing-reason-regular_services = به خدمات عمومی واگذار شده است
closing-reason-moved = نقل مکان کرده است
closing-reason-unreachable = دیگر در دسترس نیست
closing-reason-declined = حمایت بیشتر را نپذیرفته است
closing-reason-other = دلیل دیگر
closing-handed-to = واگذار شده به
closing-handed-to-none = بدون واگذاری
closing-only-handed = فقط در صورت واگذاری به خدمات عمومی
closing-moved-to = نقل مکان به
closing-only-moved = فقط در صورت نقل مکان
closing-outcomes = هدف‌های باز به کجا رسیدند؟
goal-outcome-achieved = به دست آمده
goal-outcome-partly = تا حدی به دست آمده
goal-outcome-not_achieved = به دست نیامده
goal-outcome-no_longer_relevant = دیگر موضوعیت ندارد
closing-note = یادداشت پایانی
closing-note-hint = کوتاه: چه چیزی به دست آمد و چه چیزی باز می‌ماند.
closing-submit = بستن پرونده
closing-own-guide-only = فقط مشاور ادغام همین مراجع می‌تواند پرونده را ببندد.
closing-closed-heading = بسته شده
closing-kept-until = پرونده تا { $date } نگه‌داری می‌شود. تا آن زمان مراجع می‌تواند آن را بخواند و پرونده را می‌توان دوباره باز کرد.
closing-reopen-intro = آیا مراجع دوباره به همراهی نیاز دارد؟ در این صورت یک دوره همراهی جدید آغاز می‌شود.
closing-reopen = بازگشایی پرونده
closing-episodes = دوره‌های همراهی
closing-no-episodes = هنوز هیچ دوره همراهی به پایان نرسیده است.
closing-closed-by = بسته شده توسط { $name }
closing-reopened-by = بازگشایی در تاریخ { $date } توسط { $name }
closing-done = پرونده بسته شد.
closing-reopened = پرونده دوباره باز شد.
closing-goals-changed = هدف‌های باز در این فاصله تغییر کرده‌اند. لطفاً نتیجه‌ها را دوباره بررسی کنید.
closing-too-late = مهلت نگه‌داری به پایان رسیده است. دیگر نمی‌توان پرونده را دوباره باز کرد.
closing-handed-to-needed = انتخاب کنید که پرونده به چه کسی واگذار شده است.
closing-moved-to-needed = مراجع به کجا نقل مکان کرده است؟
closing-outcome-needed = لطفاً برای هر هدف باز یک نتیجه انتخاب کنید.
handed-to-jobcenter = بخش مدیریت پرونده در جاب‌سنتر (⁨Jobcenter⁩)
handed-to-migration_advice = مرکز مشاوره مهاجرت بزرگسالان (⁨MBE⁩)
handed-to-youth_migration = خدمات مهاجرت جوانان (⁨JMD⁩)
handed-to-social_services = اداره امور اجتماعی
handed-to-other = یک نهاد دیگر
caseload-state = پرونده‌ها
caseload-state-open = پرونده‌های باز
caseload-state-closed = پرونده‌های بسته

access-detail-closing = بستن پرونده
access-detail-closed = پرونده بسته شد
access-detail-reopened = پرونده دوباره باز شد
access-detail-history = گزارش دسترسی
access-detail-consents = رضایت‌ها
access-detail-caseload = فهرست مراجعان

client-ended-heading = همراهی شما به پایان رسیده است
client-ended-on = همراهی مشاور ادغام شما در تاریخ { $date } به پایان رسید.
client-ended-handed = حالا { $service } به شما کمک می‌کند.
client-ended-moved = در { $place } اداره ادغام همان‌جا به شما کمک می‌کند.
client-ended-independent = حالا می‌توانید کارهایتان را خودتان انجام دهید. موفق باشید!
client-ended-again = دوباره به کمک نیاز دارید؟ با اداره ادغام در { $municipality } تماس بگیرید.
client-ended-read = تا { $date } می‌توانید برنامه و اطلاعات خود را بخوانید.

moves-title = انتقال پرونده‌ها
moves-intro = وقتی کسی می‌رود یا تیمی تقسیم می‌شود: برخی یا همه پرونده‌های یک مشاور ادغام را در یک مرحله به یک یا چند مشاور ادغام دیگرِ همان نهاد ارائه‌دهنده منتقل کنید. در داخل همان نهاد ارائه‌دهنده به رضایت تازه نیازی نیست؛ هر مشاور ادغام تازه همان چیزی را می‌بیند که مشاور قبلی می‌دید، نه بیشتر. هر انتقال مانند یک واگذاری پرونده جداگانه ثبت می‌شود.
moves-from = پرونده‌های مشاور ادغام
moves-choose = انتخاب
moves-open-cases = { $count ->
    [0] بدون پرونده باز
    [one] یک پرونده باز
   *[other] { $count } پرونده باز
}
moves-inactive = غیرفعال‌شده
moves-clients-of = پرونده‌های { $name }
moves-no-clients = این مشاور ادغام هیچ پرونده بازی ندارد.
moves-which-clients = کدام پرونده‌ها؟
moves-to-whom = به چه کسی؟
moves-to-whom-hint = اگر چند مشاور ادغام انتخاب کنید، هر پرونده بعدی به مشاوری می‌رسد که در آن لحظه کمترین تعداد پرونده را دارد.
moves-preview = پیش‌نمایش
moves-choose-both = دست‌کم یک پرونده و دست‌کم یک مشاور ادغام انتخاب کنید.
moves-preview-heading = { $count ->
    [0] پیش‌نمایش: هیچ پرونده‌ای منتقل نمی‌شود
    [one] پیش‌نمایش: یک پرونده منتقل می‌شود
   *[other] پیش‌نمایش: { $count } پرونده منتقل می‌شود
}
moves-caseload-change = پرونده‌ها: ⁦{ $now } → { $after }⁩ (هدف: ۱ به { $target })
moves-over-target = بالاتر از هدف
moves-sees-team = همان تیم: پرونده را مثل قبل می‌بیند.
moves-sees-provider = همان نهاد ارائه‌دهنده، تیم دیگر: پرونده را مثل قبل می‌بیند، بدون رضایت تازه.
moves-client = مراجع
moves-new-guide = مشاور ادغام جدید
moves-reason = دلیل
moves-confirm = تأیید و انتقال
moves-default-reason = انتقال پرونده‌ها
moves-done = پرونده‌ها منتقل شدند.
moves-done-one = پرونده منتقل شد.
moves-changed = در این فاصله چیزی در این پرونده‌ها تغییر کرده است. هیچ چیزی منتقل نشد؛ لطفاً پیش‌نمایش را دوباره بررسی کنید.
access-detail-moved = پرونده منتقل شد

deputy-title = جانشینی
deputy-intro = در زمان مرخصی یا بیماری، یکی از همکاران تیم جانشین مشاور ادغام می‌شود. در این مدت، جانشین پرونده‌ها را همان‌طور باز می‌کند که خود مشاور ادغام آن‌ها را می‌بیند، نه بیشتر. هر دسترسی به نام جانشین ثبت می‌شود. مراجعان در صفحه اصلی خود می‌بینند که چه کسی جانشین است.
deputy-current = اکنون و به‌زودی
deputy-none = هیچ جانشینی ثبت نشده است.
deputy-line = { $deputy } جانشین { $guide } است
deputy-period = از { $from } تا { $to }
deputy-end = پایان دادن
deputy-new = ثبت جانشین
deputy-for = به جای
deputy-who = جانشین
deputy-from = از
deputy-to = تا
deputy-save = ثبت
deputy-saved = جانشین ثبت شد.
deputy-ended = جانشینی به پایان رسید.
deputy-not-self = هیچ کس نمی‌تواند جانشین خودش باشد.
deputy-past = این بازه زمانی دیگر گذشته است.
deputy-order = تاریخ پایان پیش از تاریخ شروع است.
deputy-too-long = حداکثر { $max } روز. برای غیبت طولانی‌تر، پرونده‌ها را منتقل کنید.
client-deputy = در حال حاضر { $name } جانشین مشاور ادغام شماست. می‌توانید با { $name } تماس بگیرید.
