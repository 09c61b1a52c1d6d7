# The end of a case: closing, episodes of support, reopening (staff), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = إغلاق الحالة
case-closed-banner = هذه الحالة مغلقة منذ { $date }. يمكن قراءتها فقط.
case-closed-more = الإغلاق وإعادة الفتح
error-case-closed = انتهى الدعم في هذه الحالة. لا يزال بالإمكان قراءة كل شيء، لكن لم يعد بالإمكان تغيير أي شيء.

closing-title = إغلاق الحالة
closing-intro = الهدف من دعم الاندماج هو ألّا تعود هناك حاجة إليه. سجّل سبب انتهاء الدعم وما آلت إليه الأهداف المفتوحة. سيرى المستفيد أو المستفيدة في صفحته الرئيسية أن الدعم قد انتهى وإلى من يمكنه التوجّه.
closing-reason = السبب
closing-reason-independent = الاعتماد على الذات
closing-reason-regular_services = التسليم إلى الخدمات الاعتيادية
closing-reason-moved = الانتقال إلى مكان آخر
closing-reason-unreachable = لم يعد التواصل ممكنًا
closing-reason-declined = رفض الدعم الإضافي
closing-reason-other = سبب آخر
closing-handed-to = تم التسليم إلى
closing-handed-to-none = لا يوجد تسليم
closing-only-handed = فقط عند التسليم إلى الخدمات الاعتيادية
closing-moved-to = الانتقال إلى
closing-only-moved = فقط عند الانتقال
closing-outcomes = ما الذي آلت إليه الأهداف المفتوحة؟
goal-outcome-achieved = تم تحقيقه
goal-outcome-partly = تم تحقيقه جزئيًا
goal-outcome-not_achieved = لم يتحقق
goal-outcome-no_longer_relevant = لم يعد ذا صلة
closing-note = ملاحظة الإغلاق
closing-note-hint = باختصار: ما الذي تمّ تحقيقه وما الذي بقي مفتوحًا.
closing-submit = إغلاق الحالة
closing-own-guide-only = لا يستطيع إغلاق الحالة إلا مرشد الاندماج الخاص بهذا المستفيد أو المستفيدة.
closing-closed-heading = مغلقة
closing-kept-until = تُحفظ الحالة حتى { $date }. حتى ذلك الحين يمكن للمستفيد أو المستفيدة قراءتها، ويمكن إعادة فتحها.
closing-reopen-intro = هل يحتاج المستفيد أو المستفيدة إلى الدعم مرة أخرى؟ عندها تبدأ مرحلة دعم جديدة.
closing-reopen = إعادة فتح الحالة
closing-episodes = مراحل الدعم
closing-no-episodes = لا توجد مرحلة دعم مكتملة بعد.
closing-closed-by = أغلقها { $name }
closing-reopened-by = أعاد فتحها { $name } بتاريخ { $date }
closing-done = تم إغلاق الحالة.
closing-reopened = تمت إعادة فتح الحالة.
closing-goals-changed = تغيّرت الأهداف المفتوحة في هذه الأثناء. يرجى مراجعة النتائج مرة أخرى.
closing-too-late = انتهت مدة الحفظ. لم يعد من الممكن إعادة فتح الحالة.
closing-handed-to-needed = اختر الجهة التي تم التسليم إليها.
closing-moved-to-needed = إلى أين انتقل المستفيد أو المستفيدة؟
closing-outcome-needed = يرجى اختيار نتيجة لكل هدف مفتوح.
handed-to-jobcenter = قسم إدارة الحالات في مركز العمل (⁨Jobcenter⁩)
handed-to-migration_advice = مركز استشارة الهجرة للبالغين (⁨MBE⁩)
handed-to-youth_migration = خدمة هجرة الشباب (⁨JMD⁩)
handed-to-social_services = مكتب الشؤون الاجتماعية
handed-to-other = جهة أخرى
caseload-state = الحالات
caseload-state-open = الحالات المفتوحة
caseload-state-closed = الحالات المغلقة

access-detail-closing = إغلاق الحالة
access-detail-closed = تم إغلاق الحالة
access-detail-reopened = تمت إعادة فتح الحالة
access-detail-history = السجل
access-detail-consents = الموافقات
access-detail-caseload = قائمة المستفيدين

client-ended-heading = انتهى الدعم المقدَّم لك
client-ended-on = انتهى دعم مرشد الاندماج لك بتاريخ { $date }.
client-ended-handed = الآن تحصل على المساعدة من { $service }.
client-ended-moved = في { $place } يساعدك مكتب الاندماج هناك.
client-ended-independent = يمكنك الآن أن تتدبّر أمورك وحدك. بالتوفيق!
client-ended-again = هل تحتاج إلى المساعدة مرة أخرى؟ تواصل مع مكتب الاندماج في { $municipality }.
client-ended-read = يمكنك قراءة خطتك وبياناتك حتى { $date }.

moves-title = نقل الحالات
moves-intro = عندما يغادر أحد الموظفين أو يُقسَّم فريق: انقل بعض حالات مرشد الاندماج أو جميعها في خطوة واحدة إلى مرشد اندماج آخر أو أكثر لدى الجهة المقدمة للخدمة نفسها. داخل الجهة المقدمة للخدمة لا حاجة إلى موافقة جديدة؛ يرى كل مرشد جديد ما كان يراه المرشد السابق، لا أكثر. تُسجَّل كل عملية نقل كما يُسجَّل تسليم ملف منفرد.
moves-from = حالات مرشد الاندماج
moves-choose = اختيار
moves-open-cases = { $count ->
    [zero] لا توجد حالات مفتوحة
    [one] حالة مفتوحة واحدة
    [two] حالتان مفتوحتان
    [few] { $count } حالات مفتوحة
    [many] { $count } حالة مفتوحة
   *[other] { $count } حالة مفتوحة
}
moves-inactive = معطّل
moves-clients-of = حالات { $name }
moves-no-clients = لا توجد لدى مرشد الاندماج هذا حالات مفتوحة.
moves-which-clients = أي الحالات؟
moves-to-whom = إلى من؟
moves-to-whom-hint = عند اختيار عدة مرشدين، تذهب كل حالة تالية إلى المرشد الذي لديه أقل عدد من الحالات في تلك اللحظة.
moves-preview = معاينة
moves-choose-both = اختر حالة واحدة على الأقل ومرشد اندماج واحدًا على الأقل.
moves-preview-heading = { $count ->
    [zero] معاينة: لن تُنقل أي حالة
    [one] معاينة: ستُنقل حالة واحدة
    [two] معاينة: ستُنقل حالتان
    [few] معاينة: ستُنقل { $count } حالات
    [many] معاينة: ستُنقل { $count } حالة
   *[other] معاينة: ستُنقل { $count } حالة
}
moves-caseload-change = الحالات: ⁦{ $now } → { $after }⁩ (الهدف: 1 إلى { $target })
moves-over-target = فوق الهدف
moves-sees-team = الفريق نفسه: يرى الملف كما كان من قبل.
moves-sees-provider = الجهة المقدمة للخدمة نفسها، فريق آخر: يرى الملف كما كان من قبل، دون موافقة جديدة.
moves-client = المستفيد/المستفيدة
moves-new-guide = مرشد الاندماج الجديد
moves-reason = السبب
moves-confirm = النقل الآن
moves-default-reason = نقل الحالات
moves-done = تم نقل الحالات.
moves-done-one = تم نقل الحالة.
moves-changed = تغيّر شيء في هذه الحالات في هذه الأثناء. لم يُنقل أي شيء؛ يرجى مراجعة المعاينة مرة أخرى.
access-detail-moved = تم نقل الحالة

deputy-title = النيابة أثناء الغياب
deputy-intro = في الإجازة أو المرض ينوب عن مرشد الاندماج زميل أو زميلة من الفريق. خلال هذه المدة يفتح الشخص النائب الحالات كما يراها مرشد الاندماج نفسه، لا أكثر. يُسجَّل كل اطلاع على الحالات باسم الشخص النائب. يرى المستفيدون والمستفيدات في صفحتهم الرئيسية من ينوب عن مرشد الاندماج.
deputy-current = الآن وقريبًا
deputy-none = لا توجد نيابة مسجّلة.
deputy-line = { $deputy } بالنيابة عن { $guide }
deputy-period = من { $from } إلى { $to }
deputy-end = إنهاء
deputy-new = تسجيل نيابة
deputy-for = بالنيابة عن
deputy-who = الشخص النائب
deputy-from = من
deputy-to = إلى
deputy-save = تسجيل
deputy-saved = تم تسجيل النيابة.
deputy-ended = تم إنهاء النيابة.
deputy-not-self = لا يمكن لأي شخص أن ينوب عن نفسه.
deputy-past = هذه المدة انتهت بالفعل.
deputy-order = تاريخ النهاية يقع قبل تاريخ البداية.
deputy-too-long = الحد الأقصى للمدة بالأيام: { $max }. في حال الغياب لمدة أطول، انقل الحالات.
client-deputy = البديل عن مرشد الاندماج الخاص بك الآن: { $name }. يمكنك التواصل مع { $name }.
