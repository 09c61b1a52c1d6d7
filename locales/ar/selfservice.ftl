# الخدمة الذاتية للمستفيد: المهل، «اسأل مرشدك»، «بياناتي»، العمل دون اتصال.
# جمل بسيطة وقصيرة: كثير من القرّاء تعليمهم قليل.

## الصفحة الرئيسية
client-new-answers = { $count ->
    [zero] لا توجد ردود جديدة.
    [one] ردّ عليك مرشدك.
    [two] أرسل إليك مرشدك ردّين.
    [few] أرسل إليك مرشدك { $count } ردود.
    [many] أرسل إليك مرشدك { $count } ردًّا.
   *[other] أرسل إليك مرشدك { $count } ردّ.
}
client-requests-heading = اسأل مرشدك
client-requests-intro = أرسل سؤالًا قصيرًا إلى مرشدك. يمكنك أن تضيف صورة لرسالة بريدية.
client-requests-open = افتح أسئلتي
client-deadlines-empty = ليس لديك مهل بعد.
client-deadlines-none-soon = لا توجد مهلة تنتهي قريبًا.
client-deadlines-open = افتح مهلي
client-data-intro = انظر ما هو محفوظ عنك، ومن فتح ملفك.
client-data-open = افتح بياناتي
my-appointment-call = اتصل

## المهل
my-deadlines-title = مهلي
my-deadlines-intro = تواريخ مهمة. يذكّرك ⁦Lotse⁩ في الوقت المناسب، هنا وفي تقويم هاتفك.
my-deadlines-empty = ليس لديك مهل بعد.
my-deadlines-calendar = المهل في تقويم هاتفي
deadline-kind-residence_permit = انتهاء صلاحية الإقامة
deadline-kind-benefit_renewal = تجديد طلب المساعدات
deadline-kind-registration = التسجيل
deadline-kind-document = وثيقة
deadline-kind-other = تاريخ آخر
deadline-today = اليوم
deadline-in-days = { $days ->
    [zero] اليوم
    [one] غدًا
    [two] بعد يومين
    [few] بعد { $days } أيام
    [many] بعد { $days } يومًا
   *[other] بعد { $days } يوم
}
deadline-days-ago = { $days ->
    [zero] اليوم
    [one] أمس
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
deadline-remind-days = { $days ->
    [zero] في اليوم نفسه
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
my-deadline-from-file = من ملفك
my-deadline-own = أضفته أنت
my-deadline-from = أُضيف بواسطة { $name }
my-deadline-done = فعلتُ ذلك
my-deadline-undo = لم يتم بعد
my-deadline-remove = احذف
my-deadline-reminder = المهلة قريبة: يرجى التصرف الآن
my-deadline-is-done = تمّ
my-deadline-add = أضف مهلة
my-deadline-kind = ما نوع المهلة؟
my-deadline-title = وصف قصير
my-deadline-title-hint = مثلًا: أرسل الرسالة إلى مركز العمل (⁦Jobcenter⁩)
my-deadline-title-needed = يرجى أن تكتب سبب هذا التاريخ.
my-deadline-date = التاريخ
my-deadline-remind = ذكّرني
my-deadline-save = احفظ المهلة
my-deadline-saved = تم الحفظ.
my-deadline-removed = تم الحذف.
ics-deadline = المهلة: { $title }

## اسأل مرشدك
my-request-new = سؤال جديد
my-request-category = ما الموضوع؟
my-request-text = رسالتك
my-request-text-hint = بضع جمل تكفي.
my-request-photo = صورة لرسالة بريدية
my-request-photo-hint = صورة (⁦JPEG⁩ أو ⁦PNG⁩ أو ⁦WebP⁩)، حجمها ⁦5 MB⁩ على الأكثر.
my-request-photo-type = هذه ليست صورة. يرجى اختيار صورة ⁦JPEG⁩ أو ⁦PNG⁩ أو ⁦WebP⁩.
my-request-photo-size = الصورة كبيرة جدًا. يرجى إرسال صورة أصغر (⁦5 MB⁩ على الأكثر).
my-request-photo-limit = لقد أرسلت صورًا كثيرة اليوم. أرسل هذه الصورة غدًا من فضلك، أو أرِ الرسالة لمرشدك.
my-request-send = أرسل
my-request-sent-notice = تم الإرسال. سيردّ عليك مرشدك هنا.
my-requests-earlier = أسئلتي
my-requests-empty = لم ترسل أي سؤال بعد.
my-request-sent = أُرسل بتاريخ { $date }
my-request-has-photo = مع صورة
my-request-new-answer = ردّ جديد
my-request-answer-by = ردّ من { $name } بتاريخ { $date }:
request-category-question = سؤال
request-category-letter = رسالة بريدية وصلتني
request-category-appointment = موعد
request-category-documents = وثائق
request-category-money = المال
request-category-other = شيء آخر
request-category-move_appointment = طلب موعد آخر
request-category-revoke_consent = سحب موافقة
request-status-open = بانتظار الرد
request-status-answered = تم الرد
request-status-closed = مغلق

## بياناتي
my-data-title = بياناتي
my-data-intro = هذه كل البيانات التي يحفظها ⁦Lotse⁩ عنك. يمكنك تنزيلها أو طباعتها.
my-data-download = تنزيل (ملف ⁦JSON⁩)
my-data-print = صفحة للطباعة
my-data-nothing = لا يوجد شيء محفوظ.
my-data-person = معلومات عني
my-data-name = الاسم
my-data-birth-date = تاريخ الميلاد
my-data-phone = الهاتف
my-data-number = رقمي في ⁦Lotse⁩
my-data-household = عائلتي
my-data-notes = ملاحظات شاركها مرشدك معك
my-data-consents = موافقاتي
my-data-consents-intro = لقد سمحت لمرشدك بمشاركة معلومات. يمكنك سحب هذه الموافقة في أي وقت.
my-data-no-consents = لم تُعطِ أي موافقة.
my-consent-given = أُعطيت بتاريخ { $date }
my-consent-revoked = سُحبت بتاريخ { $date }
my-consent-revoke = اسحب الموافقة
my-consent-revoke-asked = لقد طلبت سحب الموافقة. سيقوم مرشدك بذلك.
my-consent-revoke-body = يرجى سحب موافقتي: { $what }
my-consent-revoke-sent = وصل طلبك إلى مرشدك.
my-data-access = من فتح ملفي
my-data-access-intro = الموظفون الذين قرأوا ملفك أو غيّروه، مع التاريخ.
my-data-no-access = لم يفتح أحد من الموظفين ملفك بعد.
my-access-when = متى
my-access-who = من
my-access-what = ماذا

## بدون اتصال
offline-last-updated = أنت غير متصل بالإنترنت. آخر تحديث لهذه الصفحة: { $time }.
offline-outbox = بانتظار الاتصال بالإنترنت. سيُرسل ما أرسلته تلقائيًا عندما يعود الاتصال.
offline-pending = بانتظار الإرسال
