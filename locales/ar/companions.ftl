# المرافقة الفردية من المتطوعين: الإرشاد الشخصي، المرافقة إلى موعد،
# التوصيل بالسيارة. صفحات مرشد الاندماج (تبويب ملف الحالة) وصفحات المتطوعين.

case-tab-companions = المرافقة
consent-purpose-companion = يجوز للمتطوّع الذي يرافقك أن يعرف اسمك الأول ووقت الموعد ومكانه
companion-consent-recipient = مرافق متطوّع

companion-kind = نوع المرافقة
companion-kind-mentoring = مرشد متطوّع (لقاءات منتظمة)
companion-kind-accompaniment = مرافقة إلى موعد
companion-kind-ride = توصيل بالسيارة إلى موعد
companion-status-open = يُبحث عن مرافق
companion-status-matched = تم الاتفاق
companion-status-ended = انتهت
companion-status-cancelled = أُلغيت
companion-answer-accepted = موافقة
companion-answer-declined = رفض
companion-answer-withdrawn = لم تعد مطلوبة
companion-answer-waiting = لا يوجد رد بعد

companion-intro = يرافق المتطوعون المستفيدين إلى مواعيدهم، أو يوصلونهم إليها بالسيارة، أو يلتقون بهم بانتظام (إرشاد شخصي). لا يعرفون إلا الاسم الأول والوقت والمكان واللغة وما يجب إحضاره – ولا يرون ملف الحالة أبدًا.
companion-empty = لم تُطلب أي مرافقة بعد.
companion-new = طلب مرافقة
companion-appointment = لأي موعد؟
companion-no-appointment = – بدون موعد (إرشاد شخصي) –
companion-appointment-hint = عند اختيار موعد، يأخذ ⁨Lotse⁩ منه الوقت والمدة والمكان وما يجب إحضاره، ما لم تُدخل شيئًا آخر.
companion-date = التاريخ (في الإرشاد الشخصي: أول لقاء)
companion-time = الساعة
companion-minutes = المدة بالدقائق
companion-place = مكان اللقاء
companion-place-hint = كما يحتاج المرافق إلى معرفته، مثلًا «العيادة عند السوق، ⁨Marktstraße 3⁩».
companion-district = الحي
companion-language = اللغة التي يجب أن يتحدثها المرافق
companion-bring = ما يجب إحضاره
companion-bring-hint = شيء واحد في كل سطر.
companion-checkin = تقرير المرشد المتطوّع
companion-checkin-every = { $days ->
    [one] كل يوم
    [two] كل يومين
    [few] كل { $days } أيام
    [many] كل { $days } يومًا
   *[other] كل { $days } يوم
}
companion-for-mentoring = في الإرشاد الشخصي فقط
companion-ends-on = تاريخ الانتهاء المخطط له
companion-consent-legend = موافقة المستفيد/المستفيدة
companion-consent-hint = يعرف المرافق الاسم الأول والوقت والمكان واللغة. لذلك تلزم الموافقة؛ وهي تُحفظ مع الموافقات في ملف الحالة ويمكن سحبها هناك.
companion-consent-given = الموافقة الموقّعة موجودة.
companion-consent-on = تاريخ الموافقة
companion-consent-on-file = الموافقة على مشاركة البيانات مع مرافق متطوّع موجودة.
companion-consent-missing = تم سحب الموافقة: لم يعد المرافق يرى هذه المهمة.
companion-consent-required = يرجى تأكيد وجود الموافقة.
companion-appointment-or-date = يرجى اختيار موعد أو إدخال التاريخ والساعة.
companion-in-past = هذا الوقت في الماضي.
companion-save = طلب مرافقة
companion-saved = تم إنشاء الطلب. اسأل الآن أحد الأشخاص المقترحين.
companion-back = كل طلبات المرافقة

companion-with = مع { $name }
companion-bring-line = ما يجب إحضاره: { $bring }
companion-ends-line = الانتهاء المخطط له: { $date }
companion-checkin-late = التقرير متأخر
companion-call-me-badge = يرجى الاتصال
companion-proposals = اقتراحات
companion-proposals-hint = متطوعون يتحدثون اللغة، ولديهم المهارة المطلوبة وشهادة حسن سيرة وسلوك سارية، وهم متاحون في هذا الوقت. في الأعلى من يناسبهم هذا الوقت ويستطيعون الوصول إلى الحي.
companion-proposals-none = لا يوجد أحد مناسب حاليًا. اسأل منسّق أو منسّقة المتطوعين.
companion-fits-time = متاح في هذا الوقت
companion-fits-place = يصل إلى الحي
companion-active-tasks = { $count ->
    [0] لا توجد مرافقة جارية
    [one] مرافقة جارية واحدة
    [two] مرافقتان جاريتان
    [few] { $count } مرافقات جارية
    [many] { $count } مرافقة جارية
   *[other] { $count } مرافقة جارية
}
companion-ask = إرسال طلب إلى { $name }
companion-asked = تم إرسال الطلب.
companion-asks = الطلبات المرسلة
companion-meetings = اللقاءات والتقارير
companion-meeting-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
companion-cancel = سحب الطلب
companion-end = إنهاء المرافقة
companion-closed = انتهت المرافقة.
conflict-companion = تم تغيير هذه المرافقة في هذه الأثناء. هذا هو الوضع الحالي.

# صفحات المتطوعين
companion-v-heading = المرافقة
companion-v-asked = طلب موجّه إليك
companion-v-yours = وافقت عليها
companion-v-with-mentoring = إرشاد شخصي مع { $name }
companion-v-with-accompaniment = مرافقة { $name }
companion-v-with-ride = توصيل { $name } بالسيارة
companion-v-language = اللغة: { $language }
companion-v-answer = هل يمكنك ذلك؟
companion-v-answer-hint = إذا وافقت، سترى الاسم الأول. لا توافق إلا إذا كنت تستطيع ذلك بالتأكيد.
companion-v-accept = نعم، سأقوم بذلك
companion-v-decline = لا، ليس هذه المرة
companion-v-accepted = شكرًا! تم الاتفاق على المرافقة.
companion-v-declined = لقد رفضت الطلب. شكرًا على ردّك.
companion-v-gone = هذا الطلب لم يعد مفتوحًا.
companion-v-done = بعد الموعد
companion-v-done-hint = سجّل وقتك. بعد ذلك تنتهي المرافقة وتُحسب ضمن ساعاتك.
companion-v-checkin = تسجيل لقاء
companion-v-checkin-hint = سجّل كل لقاء. لا يرى مرشد الاندماج إلا التاريخ والمدة، وما إذا كنت تريد أن يتصل بك.
companion-v-met-on = التاريخ
companion-v-minutes = الوقت بالدقائق
companion-v-call-me = يرجى الاتصال بي (هناك مشكلة)
companion-v-recorded = تم تسجيل وقتك.
companion-mail-subject = ⁨Lotse⁩: طلب مرافقة
companion-mail-body = مرحبًا { $name }،

    نودّ أن نسألك إن كان بإمكانك مرافقة شخص ما. تجد كل التفاصيل في ⁨Lotse⁩:
    { $link }

    شكرًا جزيلًا!
notice-companion-asked = هل يمكنك مرافقة شخص ما في { $when }؟ يرجى الرد.
hours-one-to-one = المرافقة والإرشاد الشخصي

# صفحة المستفيد/المستفيدة
my-appointment-companion-accompaniment = سيرافقك { $name } إلى الموعد. { $name } من المتطوعين.
my-appointment-companion-ride = سيوصلك { $name } بالسيارة. { $name } من المتطوعين.
my-appointment-companion-mentoring = يرافقك { $name } ويدعمك بانتظام.

# الملف الشخصي والهيكل التنظيمي
profile-districts = الأماكن التي أستطيع الوصول إليها
profile-districts-hint = الأحياء التي تصل إليها بسهولة.
organisation-districts = الأحياء
organisation-districts-hint = حيّ واحد في كل سطر. يختار المتطوعون الأحياء التي يمكنهم الوصول إليها؛ وتذكر طلبات المرافقة الحيّ الذي تجري فيه.
organisation-districts-too-many = 100 حيّ كحد أقصى.

# سجل أنشطة المعالجة
record-name-companions = المرافقة الفردية من قِبل المتطوعين
record-purpose-companions = اقتراح متطوعين للإرشاد الشخصي والمرافقة إلى المواعيد والتوصيل بالسيارة، وإرسال الطلبات إليهم والتوفيق بينهم وبين المستفيدين؛ واحتساب وقتهم ضمن ساعات تطوعهم.
record-basis-companions = المادة 6 الفقرة 1 (أ) من اللائحة العامة لحماية البيانات (موافقة المستفيدين على مشاركة البيانات)؛ المادة 9 الفقرة 2 (أ) من اللائحة العامة لحماية البيانات إذا كانت المرافقة إلى موعد لدى الطبيب؛ § 72⁨a SGB VIII⁩ لشهادات حسن السيرة والسلوك.
record-subjects-companions = المستفيدون، المتطوعون.
record-data-companions = النوع، الوقت، مكان اللقاء، الحي، اللغة وما يجب إحضاره؛ الاسم الأول للمستفيد/المستفيدة للمتطوع الذي وافق على المرافقة؛ الردود، اللقاءات مع مدتها، وطلب الاتصال به.
record-recipients-companions = مرشد الاندماج المسؤول؛ لا يرى المتطوع الذي أُرسل إليه الطلب إلا الوقت والمكان واللغة وما يجب إحضاره، وبعد موافقته الاسم الأول أيضًا – ما دامت المرافقة جارية والموافقة قائمة.
companion-already-asked = تم سؤال هذا الشخص من قبل.
companion-v-met-before = هذا التاريخ قبل بداية المرافقة.
companion-overview-title = نظرة عامة على المرافقات
companion-overview-intro = كل الإرشاد الشخصي والمرافقات والتوصيل في البلدية: ما زال يحتاج إلى شخص، ومن تولّى ماذا، وما انتهى مؤخرًا. بدون أسماء المستفيدين وبدون أماكن.
companion-overview-open = { $count ->
    [0] لا يوجد طلب ينتظر أحدًا الآن.
    [one] طلب واحد ما زال يحتاج إلى شخص.
    [two] طلبان ما زالا يحتاجان إلى شخص.
    [few] { $count } طلبات ما زالت تحتاج إلى شخص.
   *[other] { $count } طلبًا ما زال يحتاج إلى شخص.
}
companion-overview-empty = لا توجد مرافقات جارية الآن.
companion-overview-caption = المرافقات في الأشهر الثلاثة الأخيرة، المفتوحة أولًا
companion-overview-col-status = الحالة
companion-overview-col-when = متى
companion-overview-col-language = اللغة
companion-overview-col-volunteer = المتطوع
companion-overview-asked = سُئل: { $asked }، رفض: { $declined }
