# Volunteer one-to-one support: mentoring, going with someone to an appointment,
# rides. The guide's pages (tab of the case file) and the volunteers' pages.

case-tab-companions = همراهی
consent-purpose-companion = رضاکاری که با شما می‌آید، می‌تواند نام اول شما، وقت و جای ملاقات را بداند
companion-consent-recipient = همراه رضاکار

companion-kind = نوع همراهی
companion-kind-mentoring = همراهی درازمدت (دیدارهای منظم)
companion-kind-accompaniment = همراهی تا جای وقت ملاقات
companion-kind-ride = رساندن با موتر به وقت ملاقات
companion-status-open = در جستجوی همراه
companion-status-matched = تعیین شده
companion-status-ended = ختم شده
companion-status-cancelled = لغو شده
companion-answer-accepted = قبول کرده است
companion-answer-declined = قبول نکرده است
companion-answer-withdrawn = دیگر لازم نیست
companion-answer-waiting = هنوز جواب نیامده

companion-intro = رضاکاران مراجعان را تا وقت‌های ملاقات همراهی می‌کنند، آن‌ها را با موتر می‌رسانند یا به‌طور منظم با آن‌ها دیدار می‌کنند (همراهی درازمدت). آن‌ها فقط نام اول، وقت، جای ملاقات، زبان و چیزهایی را که باید همراه آورده شود می‌دانند – هرگز دوسیه را نمی‌بینند.
companion-empty = هنوز هیچ همراهی درخواست نشده است.
companion-new = درخواست همراه
companion-appointment = برای کدام وقت ملاقات؟
companion-no-appointment = – بدون وقت ملاقات (همراهی درازمدت) –
companion-appointment-hint = اگر یک وقت ملاقات را انتخاب کنید، ⁨Lotse⁩ وقت، مدت، جای ملاقات و چیزهایی را که باید همراه آورده شود از آن می‌گیرد، مگر این‌که شما چیز دیگری بنویسید.
companion-date = تاریخ (در همراهی درازمدت: اولین دیدار)
companion-time = ساعت
companion-minutes = مدت به دقیقه
companion-place = جای دیدار
companion-place-hint = طوری که همراه باید آن را بداند، مثلاً «کلینیک داکتر کنار بازار، ⁨Marktstraße 3⁩».
companion-district = محله
companion-language = زبانی که همراه باید به آن صحبت کند
companion-bring = چیزهایی که باید همراه آورده شود
companion-bring-hint = در هر سطر یک چیز.
companion-checkin = گزارش همراهی درازمدت
companion-checkin-every = هر { $days } روز
companion-for-mentoring = فقط برای همراهی درازمدت
companion-ends-on = ختم پلان‌شده
companion-consent-legend = رضایت مراجع
companion-consent-hint = همراه نام اول، وقت، جای ملاقات و زبان را می‌داند. برای این کار رضایت لازم است؛ رضایت در بخش رضایت‌های دوسیه ذخیره می‌شود و همان‌جا می‌شود آن را پس گرفت.
companion-consent-given = رضایت‌نامهٔ امضاشده موجود است.
companion-consent-on = تاریخ دادن رضایت
companion-consent-on-file = رضایت برای دادن معلومات به همراه رضاکار موجود است.
companion-consent-missing = رضایت پس گرفته شده است: همراه دیگر این کار را نمی‌بیند.
companion-consent-required = لطفاً تأیید کنید که رضایت موجود است.
companion-appointment-or-date = لطفاً یک وقت ملاقات را انتخاب کنید یا تاریخ و ساعت را بنویسید.
companion-in-past = این وقت گذشته است.
companion-save = درخواست همراه
companion-saved = درخواست ثبت شد. حالا از یکی از کسانی که پیشنهاد شده‌اند بپرسید.
companion-back = همهٔ همراهی‌ها

companion-with = با { $name }
companion-bring-line = همراه بیاورید: { $bring }
companion-ends-line = ختم پلان‌شده: { $date }
companion-checkin-late = گزارش به تأخیر افتاده است
companion-call-me-badge = لطفاً زنگ بزنید
companion-proposals = پیشنهادها
companion-proposals-hint = رضاکارانی که این زبان را بلد هستند، مهارت لازم و تصدیق عدم سوءپیشینهٔ معتبر دارند و در این وقت آزاد هستند. در بالای لست کسانی هستند که در این وقت می‌توانند و به این محله رسیده می‌توانند.
companion-proposals-none = فعلاً کسی مناسب نیست. از هماهنگ‌کنندهٔ رضاکاران بپرسید.
companion-fits-time = در این وقت می‌تواند
companion-fits-place = به این محله رسیده می‌تواند
companion-active-tasks = { $count ->
    [0] بدون همراهی جاری
    [one] یک همراهی جاری
   *[other] { $count } همراهی جاری
}
companion-ask = از { $name } بپرسید
companion-asked = درخواست فرستاده شد.
companion-asks = درخواست‌های فرستاده‌شده
companion-meetings = دیدارها و گزارش‌ها
companion-meeting-minutes = { $minutes } دقیقه
companion-cancel = پس گرفتن درخواست
companion-end = ختم کردن همراهی
companion-closed = همراهی ختم شد.
conflict-companion = این همراهی در این فاصله تغییر کرده است. وضعیت فعلی این است.

# The volunteers' pages
companion-v-heading = همراهی‌ها
companion-v-asked = درخواست از شما
companion-v-yours = قبول کرده‌اید
companion-v-with-mentoring = همراهی درازمدت با { $name }
companion-v-with-accompaniment = همراهی با { $name }
companion-v-with-ride = رساندن { $name } با موتر
companion-v-language = زبان: { $language }
companion-v-answer = می‌توانید؟
companion-v-answer-hint = اگر قبول کنید، نام اول را می‌بینید. فقط وقتی قبول کنید که مطمئن هستید می‌توانید.
companion-v-accept = بلی، این کار را می‌کنم
companion-v-decline = نه، این بار نه
companion-v-accepted = تشکر! همراهی تعیین شد.
companion-v-declined = شما قبول نکردید. از جواب تان تشکر.
companion-v-gone = این درخواست دیگر باز نیست.
companion-v-done = بعد از وقت ملاقات
companion-v-done-hint = وقتی را که صرف کردید بنویسید. بعد از آن همراهی ختم می‌شود و جزو ساعت‌های شما حساب می‌شود.
companion-v-checkin = ثبت دیدار
companion-v-checkin-hint = هر دیدار را ثبت کنید. رهنمای ادغام فقط تاریخ، مدت و این‌که آیا می‌خواهید با شما تماس گرفته شود را می‌بیند.
companion-v-met-on = تاریخ
companion-v-minutes = وقت به دقیقه
companion-v-call-me = لطفاً به من زنگ بزنید (کدام مشکلی پیش آمده است)
companion-v-recorded = وقت شما ثبت شد.
companion-mail-subject = ⁨Lotse⁩: یک درخواست برای همراهی
companion-mail-body = سلام { $name }،

    می‌خواهیم از شما بپرسیم که آیا می‌توانید یک نفر را همراهی کنید. همهٔ جزئیات را در ⁨Lotse⁩ می‌بینید:
    { $link }

    بسیار تشکر!
notice-companion-asked = آیا می‌توانید در { $when } یک نفر را همراهی کنید؟ لطفاً جواب بدهید.
hours-one-to-one = همراهی‌های کوتاه‌مدت و درازمدت

# The client's page
my-appointment-companion-accompaniment = { $name } همراه شما می‌آید. { $name } رضاکار است.
my-appointment-companion-ride = { $name } شما را با موتر می‌رساند. { $name } رضاکار است.
my-appointment-companion-mentoring = { $name } به‌طور منظم همراه شماست.

# Profile and organisation
profile-districts = جاهایی که رفته می‌توانم
profile-districts-hint = محله‌هایی که به آسانی به آن‌ها رسیده می‌توانید.
organisation-districts = محله‌ها
organisation-districts-hint = در هر سطر یک محله. رضاکاران انتخاب می‌کنند که به کجا رفته می‌توانند؛ درخواست‌های همراهی نشان می‌دهند که در کدام محله هستند.
organisation-districts-too-many = حداکثر ۱۰۰ محله.

# Record of processing activities
record-name-companions = همراهی یک‌به‌یک توسط رضاکاران
record-purpose-companions = پیشنهاد کردن رضاکاران برای همراهی درازمدت، همراهی تا وقت‌های ملاقات و رساندن با موتر، درخواست از آن‌ها و معرفی‌شان به مراجعان؛ حساب کردن وقت آن‌ها به‌عنوان ساعت‌های کار رضاکارانه.
record-basis-companions = مادهٔ ۶ فقرهٔ ۱ (الف) مقررات عمومی حفاظت از معلومات (رضایت مراجع برای دادن معلومات)؛ مادهٔ ۹ فقرهٔ ۲ (الف) مقررات عمومی حفاظت از معلومات، اگر همراهی برای وقت ملاقات نزد داکتر باشد؛ § 72⁨a SGB VIII⁩ برای تصدیق عدم سوءپیشینه.
record-subjects-companions = مراجعان، رضاکاران.
record-data-companions = نوع، وقت، جای دیدار، محله، زبان و چیزهایی که باید همراه آورده شود؛ نام اول مراجع برای رضاکاری که قبول کرده است؛ جواب‌ها، دیدارها همراه با مدت آن‌ها و درخواست تماس.
record-recipients-companions = رهنمای ادغام مسئول؛ رضاکاری که از او درخواست شده فقط وقت، جای ملاقات، زبان و چیزهایی را که باید همراه آورده شود می‌بیند و بعد از قبول کردن، نام اول را هم – تا وقتی که همراهی جریان دارد و رضایت پابرجاست.
companion-already-asked = از این شخص قبلاً پرسیده شده است.
companion-v-met-before = این تاریخ پیش از شروع همراهی است.
companion-overview-title = نمای کلی همراهی‌ها
companion-overview-intro = همهٔ همراهی‌های درازمدت، همراهی‌ها و رساندن‌ها در شاروالی: کدام هنوز کسی را لازم دارد، کی کدام کار را قبول کرده، کدام اخیراً ختم شده است. بدون نام مراجعان و بدون جای ملاقات.
companion-overview-open = { $count ->
    [0] حالا هیچ درخواستی منتظر کسی نیست.
    [one] یک درخواست هنوز کسی را لازم دارد.
   *[other] { $count } درخواست هنوز کسی را لازم دارند.
}
companion-overview-empty = حالا هیچ همراهی‌ای جریان ندارد.
companion-overview-caption = همراهی‌های سه ماه گذشته، اول باز‌ها
companion-overview-col-status = وضعیت
companion-overview-col-when = چه وقت
companion-overview-col-language = زبان
companion-overview-col-volunteer = رضاکار
companion-overview-asked = از { $asked } نفر پرسیده شده، { $declined } نفر قبول نکرده
