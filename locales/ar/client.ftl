# The client's own view (plain, short sentences).

client-home-title = صفحتي الرئيسية
client-hello = مرحبًا، { $name }!
client-guide-heading = مرشد الاندماج الخاص بي
client-guide-phone = الهاتف
client-guide-call = اتصل بـ{ $name }
client-guide-hours = أوقات الدوام
client-guide-none = ليس لديك مرشد بعد. سيتواصل معك مكتب الاندماج.
client-number-reminder = رقمك في ⁨Lotse⁩: { $number }
client-plan-heading = خطتي
client-plan-empty = خطتك ما زالت فارغة. ستكتبها مع مرشدك.
client-appointments-heading = مواعيدي
client-appointments-empty = ليس لديك مواعيد بعد.
client-offices-heading = المكاتب والمساعدة
client-offices-open = ابحث عن مكاتب ومساعدة
client-groups-heading = المجموعات واللقاءات
volunteer-home-title = مجموعاتي
volunteer-hello = مرحبًا، { $name }!
volunteer-interpreting-heading = مواعيد الترجمة الخاصة بي
volunteer-interpreting-language = الترجمة إلى { $language }
volunteer-interpreting-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
volunteer-interpreting-contact = للأسئلة: { $name }
client-plan-open = افتح خطتي
client-next-step = الخطوة التالية: { $step }
my-plan-confirm-intro = هل تحدثت عن هذه الخطة مع مرشد الاندماج الخاص بك؟ إذن أكّدها هنا.
my-plan-confirm = نعم، هذه خطتي
my-plan-confirmed-on = أكّدت الخطة بتاريخ { $date }.
my-plan-changed = تغيّرت خطتك. يرجى قراءتها وتأكيدها مرة أخرى.
my-plan-confirmed = شكرًا! لقد أكّدت خطتك.
my-plan-new = جديد
my-plan-achieved = تمّ تحقيقه
my-plan-review = سننظر في ذلك معًا بتاريخ { $date }.
my-step-actor-client = أنت تقوم بهذا
my-step-actor-guide = يقوم بهذا مرشد الاندماج الخاص بك
my-step-actor-office = يقوم بهذا مكتب
my-step-actor-volunteer = يقوم بهذا شخص متطوع
my-step-due = حتى { $date }
my-step-where = أين:
my-step-how = خطوة بخطوة:
my-step-status-open = ما زالت مفتوحة
my-step-status-done = تمّت
my-step-status-dropped = لم تعد ضرورية
my-step-done = فعلتُ ذلك
my-step-help = أحتاج إلى مساعدة
my-step-help-sent = مرشد الاندماج الخاص بك على علم بذلك.
my-step-marked-done = أحسنت! تمّت الخطوة.
my-step-help-asked = يرى مرشد الاندماج الخاص بك الآن أنك تحتاج إلى مساعدة.

my-appointments-past = مواعيد سابقة
my-appointment-map = اعرض على الخريطة
my-appointment-bring = يرجى إحضار
my-appointment-interpreter = سيحضر مترجم أو مترجمة للغة { $language }.
my-appointment-with-guide = موعد مع مرشد الاندماج الخاص بك
my-appointment-room = الغرفة { $room }
my-appointment-contact = الشخص المسؤول: { $name }
my-appointment-ics = أضف إلى تقويمي
my-appointment-confirm = سأحضر
my-appointment-confirmed = لقد أكّدت أنك ستحضر.
my-appointment-move = اطلب موعدًا آخر
my-appointment-move-reason = لماذا لا يناسبك الوقت؟
my-appointment-move-send = أرسل
my-appointment-move-asked = مرشد الاندماج الخاص بك يبحث عن وقت جديد.
my-appointment-move-needs-reason = يرجى أن تكتب باختصار لماذا لا يناسبك الوقت.
my-appointment-cancelled = ملغى
my-appointment-saved-confirm = شكرًا! لقد أكّدت أنك ستحضر.
my-appointment-saved-move = وصل طلبك إلى مرشد الاندماج الخاص بك.
my-calendar-link = المواعيد في تقويم هاتفي
my-calendar-title = تقويمي
my-calendar-intro = بهذا الرابط يعرض تقويم هاتفك مواعيدك ومهلك. يذكّرك قبل يوم واحد وقبل ساعتين.
my-calendar-new = أنشئ رابط تقويم جديدًا
my-calendar-new-note = عندما تنشئ رابطًا جديدًا، يتوقف الرابط القديم عن العمل.
my-calendar-revoke = احذف رابط التقويم
my-calendar-none = ليس لديك رابط تقويم بعد.
my-calendar-active = رابط التقويم الخاص بك يعمل.
my-calendar-once = سترى هذا الرابط الآن فقط. اضغط على «أضف إلى التقويم» أو امسح الرمز بكاميرا هاتفك.
my-calendar-add = أضف إلى التقويم
my-calendar-qr = رمز الاستجابة السريعة الذي فيه رابط التقويم
my-calendar-revoked = تم حذف رابط التقويم.
ics-appointment = موعد: { $place }
ics-appointment-guide = موعد مع { $name }
ics-bring = يرجى إحضار: { $items }
ics-interpreter = الترجمة الشفوية: { $language }
ics-step-due = المهلة: { $step }
ics-reminder = تذكير: { $title }
client-appointments-open = فتح مواعيدي
