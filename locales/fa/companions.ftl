# همراهی یک‌به‌یک داوطلبانه: همراهی بلندمدت (منتور)، همراهی تا وقت ملاقات،
# رساندن با ماشین. صفحه‌های مشاور ادغام (زبانهٔ پرونده) و صفحه‌های داوطلبان.

case-tab-companions = همراهی
consent-purpose-companion = داوطلبی که همراه شما می‌آید، می‌تواند نام کوچک شما، زمان و مکان را بداند
companion-consent-recipient = همراه داوطلب

companion-kind = نوع همراهی
companion-kind-mentoring = همراهی بلندمدت (منتور داوطلب)
companion-kind-accompaniment = همراهی تا محل وقت ملاقات
companion-kind-ride = رساندن با ماشین به وقت ملاقات
companion-status-open = در جستجوی همراه
companion-status-matched = قطعی شده
companion-status-ended = پایان یافته
companion-status-cancelled = لغو شده
companion-answer-accepted = پذیرفته است
companion-answer-declined = نپذیرفته است
companion-answer-withdrawn = دیگر لازم نیست
companion-answer-waiting = هنوز پاسخی نیامده

companion-intro = داوطلبان مراجعان را تا وقت‌های ملاقات همراهی می‌کنند، آن‌ها را با ماشین می‌رسانند یا به‌طور منظم با آن‌ها دیدار می‌کنند (همراهی بلندمدت). آن‌ها فقط نام کوچک، زمان، مکان، زبان و چیزهایی را که باید همراه آورد می‌دانند – هرگز پرونده را نمی‌بینند.
companion-empty = هنوز هیچ همراهی درخواست نشده است.
companion-new = درخواست همراه
companion-appointment = برای کدام وقت ملاقات؟
companion-no-appointment = – بدون وقت ملاقات (همراهی بلندمدت) –
companion-appointment-hint = اگر یک وقت ملاقات انتخاب کنید، ⁨Lotse⁩ زمان، مدت، مکان و چیزهایی را که باید همراه آورد از آن برمی‌دارد، مگر اینکه چیز دیگری وارد کنید.
companion-date = تاریخ (در همراهی بلندمدت: نخستین دیدار)
companion-time = ساعت
companion-minutes = مدت به دقیقه
companion-place = محل دیدار
companion-place-hint = همان‌طور که همراه باید آن را بداند، برای نمونه «مطب کنار بازار، ⁨Marktstraße 3⁩».
companion-district = محله
companion-language = زبانی که همراه باید به آن صحبت کند
companion-bring = چیزهایی که باید همراه آورد
companion-bring-hint = در هر سطر یک چیز.
companion-checkin = گزارش همراهی بلندمدت
companion-checkin-every = هر { $days } روز
companion-for-mentoring = فقط برای همراهی بلندمدت
companion-ends-on = پایان برنامه‌ریزی‌شده
companion-consent-legend = رضایت مراجع
companion-consent-hint = همراه نام کوچک، زمان، مکان و زبان را می‌داند. برای این کار رضایت لازم است؛ رضایت در بخش رضایت‌های پرونده ذخیره می‌شود و همان‌جا می‌توان آن را پس گرفت.
companion-consent-given = رضایت‌نامهٔ امضاشده موجود است.
companion-consent-on = تاریخ دادن رضایت
companion-consent-on-file = رضایت برای دادن اطلاعات به همراه داوطلب موجود است.
companion-consent-missing = رضایت پس گرفته شده است: همراه دیگر این کار را نمی‌بیند.
companion-consent-required = لطفاً تأیید کنید که رضایت موجود است.
companion-appointment-or-date = لطفاً یک وقت ملاقات انتخاب کنید یا تاریخ و ساعت را وارد کنید.
companion-in-past = این زمان گذشته است.
companion-save = درخواست همراه
companion-saved = درخواست ثبت شد. اکنون از یکی از افراد پیشنهادشده بپرسید.
companion-back = همهٔ درخواست‌های همراهی

companion-with = با { $name }
companion-bring-line = آنچه باید همراه آورد: { $bring }
companion-ends-line = پایان برنامه‌ریزی‌شده: { $date }
companion-checkin-late = گزارش عقب افتاده است
companion-call-me-badge = لطفاً تماس بگیرید
companion-proposals = پیشنهادها
companion-proposals-hint = داوطلبانی که این زبان را بلدند، مهارت لازم و گواهی عدم سوء پیشینهٔ معتبر دارند و در این زمان آزادند. در بالای فهرست کسانی هستند که در این زمان می‌توانند و به این محله می‌رسند.
companion-proposals-none = فعلاً کسی مناسب نیست. از هماهنگ‌کنندهٔ داوطلبان بپرسید.
companion-fits-time = در این زمان می‌تواند
companion-fits-place = به این محله می‌رسد
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
companion-end = پایان دادن به همراهی
companion-closed = همراهی پایان یافت.
conflict-companion = این همراهی در این فاصله تغییر کرده است. وضعیت کنونی این است.

# صفحه‌های داوطلبان
companion-v-heading = همراهی‌ها
companion-v-asked = درخواست از شما
companion-v-yours = پذیرفته‌اید
companion-v-with-mentoring = همراهی بلندمدت با { $name }
companion-v-with-accompaniment = همراهی با { $name }
companion-v-with-ride = رساندن { $name } با ماشین
companion-v-language = زبان: { $language }
companion-v-answer = می‌توانید؟
companion-v-answer-hint = اگر بپذیرید، نام کوچک را می‌بینید. فقط وقتی بپذیرید که مطمئن هستید می‌توانید.
companion-v-accept = بله، این کار را انجام می‌دهم
companion-v-decline = نه، این بار نه
companion-v-accepted = ممنون! همراهی قطعی شد.
companion-v-declined = شما نپذیرفتید. از پاسخ‌تان ممنونیم.
companion-v-gone = این درخواست دیگر باز نیست.
companion-v-done = پس از وقت ملاقات
companion-v-done-hint = زمانی را که گذاشتید وارد کنید. پس از آن همراهی به پایان می‌رسد و جزو ساعت‌های شما حساب می‌شود.
companion-v-checkin = ثبت دیدار
companion-v-checkin-hint = هر دیدار را ثبت کنید. مشاور ادغام فقط تاریخ، مدت و اینکه آیا می‌خواهید با شما تماس گرفته شود را می‌بیند.
companion-v-met-on = تاریخ
companion-v-minutes = زمان به دقیقه
companion-v-call-me = لطفاً با من تماس بگیرید (مشکلی پیش آمده است)
companion-v-recorded = زمان شما ثبت شد.
companion-mail-subject = ⁨Lotse⁩: درخواستی برای همراهی
companion-mail-body = سلام { $name }،

    می‌خواهیم از شما بپرسیم که آیا می‌توانید یک نفر را همراهی کنید. همهٔ جزئیات را در ⁨Lotse⁩ می‌بینید:
    { $link }

    بسیار سپاسگزاریم!
notice-companion-asked = آیا می‌توانید در { $when } یک نفر را همراهی کنید؟ لطفاً پاسخ دهید.
hours-one-to-one = همراهی‌های کوتاه و بلندمدت

# صفحهٔ مراجع
my-appointment-companion-accompaniment = { $name } همراه شما می‌آید. { $name } داوطلب است.
my-appointment-companion-ride = { $name } شما را با ماشین می‌رساند. { $name } داوطلب است.
my-appointment-companion-mentoring = { $name } به‌طور منظم همراه شماست.

# پروفایل و سازمان
profile-districts = جاهایی که می‌توانم بروم
profile-districts-hint = محله‌هایی که به‌راحتی به آن‌ها می‌رسید.
organisation-districts = محله‌ها
organisation-districts-hint = در هر سطر یک محله. داوطلبان انتخاب می‌کنند به کجا می‌توانند بروند؛ درخواست‌های همراهی نشان می‌دهند در کدام محله هستند.
organisation-districts-too-many = حداکثر ۱۰۰ محله.

# فهرست فعالیت‌های پردازش
record-name-companions = همراهی یک‌به‌یک توسط داوطلبان
record-purpose-companions = پیشنهاد دادن داوطلبان برای همراهی بلندمدت، همراهی تا وقت‌های ملاقات و رساندن با ماشین، درخواست از آن‌ها و معرفی‌شان به مراجعان؛ به حساب آوردن زمان آن‌ها به‌عنوان ساعت‌های کار داوطلبانه.
record-basis-companions = ماده ۶ بند ۱ (الف) مقررات عمومی حفاظت از داده‌ها (رضایت مراجع برای دادن اطلاعات)؛ ماده ۹ بند ۲ (الف) مقررات عمومی حفاظت از داده‌ها، اگر همراهی برای وقت ملاقات نزد پزشک باشد؛ § 72⁨a SGB VIII⁩ برای گواهی عدم سوءپیشینه.
record-subjects-companions = مراجعان، داوطلبان.
record-data-companions = نوع، زمان، محل دیدار، محله، زبان و چیزهایی که باید همراه آورد؛ نام کوچک مراجع برای داوطلبی که پذیرفته است؛ پاسخ‌ها، دیدارها همراه با مدت آن‌ها و درخواست تماس.
record-recipients-companions = مشاور ادغام مسئول؛ داوطلبی که از او درخواست شده فقط زمان، مکان، زبان و چیزهایی را که باید همراه آورد می‌بیند و پس از پذیرفتن، نام کوچک را هم – تا وقتی که همراهی ادامه دارد و رضایت پابرجاست.
companion-already-asked = از این شخص قبلاً پرسیده شده است.
companion-v-met-before = این تاریخ پیش از شروع همراهی است.
companion-overview-title = نگاهی کلی به همراهی‌ها
companion-overview-intro = همه همراهی‌های بلندمدت، همراهی‌ها و رساندن‌ها در شهرداری: کدام هنوز کسی را لازم دارد، چه کسی چه کاری را پذیرفته، چه چیزی اخیراً تمام شده است. بدون نام مراجعان و بدون مکان.
companion-overview-open = { $count ->
    [0] هیچ درخواستی اکنون منتظر کسی نیست.
    [one] یک درخواست هنوز کسی را لازم دارد.
   *[other] { $count } درخواست هنوز کسی را لازم دارند.
}
companion-overview-empty = اکنون هیچ همراهی‌ای در جریان نیست.
companion-overview-caption = همراهی‌های سه ماه گذشته، باز‌ها اول
companion-overview-col-status = وضعیت
companion-overview-col-when = چه وقت
companion-overview-col-language = زبان
companion-overview-col-volunteer = داوطلب
companion-overview-asked = { $asked } پرسیده شده، { $declined } رد کرده
