# The manager view for guides, team leads, coordinators and admins.

caseload-title = قائمة المستفيدين
caseload-scope-own = المستفيدون الذين أتابعهم
caseload-scope-team = مستفيدو الفريق { $team }
caseload-scope-municipality = المستفيدون في { $municipality }
caseload-count = { $count ->
    [zero] لا يوجد مستفيدون
    [one] مستفيد واحد
    [two] مستفيدان
    [few] { $count } مستفيدين
    [many] { $count } مستفيدًا
   *[other] { $count } مستفيد
}
caseload-empty = لا يوجد مستفيدون بعد.
caseload-new-client = مستفيد جديد
caseload-col-name = الاسم
caseload-col-languages = اللغات
caseload-col-household = الأسرة
caseload-col-last-contact = آخر تواصل
caseload-col-guide = المرشد
caseload-household-size = { $count ->
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
caseload-no-contact = لا يوجد بعد
client-new-title = مستفيد جديد
client-new-intro = الاسم فقط مطلوب. يمكن إضافة كل شيء آخر لاحقًا مع المستفيد.
client-first-name = الاسم الأول
client-last-name = اسم العائلة
client-birth-date = تاريخ الميلاد
client-preferred-lang = لغة التطبيق عند المستفيد
client-languages = اللغات التي يتحدثها
client-phone = الهاتف
client-create = إنشاء ملف المستفيد
client-detail-personal = البيانات الشخصية
client-detail-household = الأسرة
client-detail-household-empty = لم يتم تسجيل أفراد آخرين من الأسرة.
client-detail-guide = مرشد الاندماج
client-detail-last-contact = آخر تواصل
client-relation-partner = الزوج أو الشريك
client-relation-child = ابن أو ابنة
client-relation-parent = أب أو أم
client-relation-other = قريب آخر
household-add-heading = إضافة فرد من الأسرة
household-first-name = الاسم الأول
household-relation = صلة القرابة
household-birth-date = تاريخ الميلاد
household-add = إضافة
household-added = تمت إضافة فرد الأسرة.
client-created = تم إنشاء ملف المستفيد.
activation-heading = الدخول إلى التطبيق
activation-active = فعّل المستفيد حسابه.
activation-pending = تم إصدار رمز التفعيل، وهو صالح حتى { $date }.
activation-none = لا يوجد رمز تفعيل صالح. أصدر رمزًا جديدًا ليتمكن المستفيد من الدخول.
activation-issue = إصدار رمز تفعيل جديد
activation-reissue-note = الرمز الجديد يُلغي أي رمز سابق.
activation-code-heading = رمز التفعيل الخاص بـ{ $name }
activation-code-instructions = سلّم هذا الرمز إلى المستفيد. يعمل الرمز مرة واحدة فقط، وهو صالح حتى { $date }. يمسح المستفيد رمز الاستجابة السريعة أو يفتح صفحة التفعيل ويكتب الرمز.
activation-code-once = يظهر هذا الرمز الآن فقط. اطبعه أو اكتبه على ورقة.
activation-print = طباعة
activation-qr-label = رمز الاستجابة السريعة الذي يفتح صفحة التفعيل
activation-number = يسجّل المستفيد الدخول بالرقم { $number } وبرقمه السري (⁨PIN⁩).
admin-home-title = الإدارة
admin-home-intro = هنا تدير الموظفين والهيكل التنظيمي (البلديات، والجهات المقدمة للخدمة، والفرق) وتسجيل الدخول بخطوتين.
admin-two-factor-title = تسجيل الدخول بخطوتين
admin-two-factor-intro = يسجّل المسؤولون الدخول دائمًا بخطوتين. هنا تختار البلديات التي يجب أن يفعل فيها مرشدو الاندماج والمنسّقون ذلك أيضًا.
admin-two-factor-required = إلزامي لمرشدي الاندماج والمنسّقين في:
admin-two-factor-save = حفظ
admin-two-factor-saved = تم الحفظ.
coordinator-note = بصفتك منسقًا، ترى القائمة فقط، وليس ملفات الحالات.
caseload-groups = تخطيط الأنشطة الجماعية
caseload-directory = تحرير الدليل

# Linked households: adults of one household with their own case.
household-linked-heading = البالغون في الأسرة الذين لهم حالة خاصة بهم
household-linked-hint = لكل شخص خطته الخاصة. ترى الحالات المرتبطة معًا، ويمكنك كتابة ملاحظة واحدة لعدة أشخاص منهم.
household-linked-empty = لم يتم ربط أي حالة بعد.
household-others = { $count ->
    [zero] لا يوجد فرد آخر من الأسرة يتابعه مرشد آخر.
    [one] فرد آخر من الأسرة يتابعه مرشد آخر.
    [two] فردان آخران من الأسرة يتابعهما مرشدون آخرون.
    [few] { $count } أفراد آخرون من الأسرة يتابعهم مرشدون آخرون.
    [many] { $count } فردًا آخر من الأسرة يتابعهم مرشدون آخرون.
   *[other] { $count } فرد آخر من الأسرة يتابعهم مرشدون آخرون.
}
household-link-heading = ربط حالة فرد من الأسرة
household-link-member = مستفيد من الحالات التي تتابعها
household-choose = يرجى الاختيار
household-choose-error = يرجى اختيار شخص من الحالات التي تتابعها.
household-link = ربط
household-unlink = إلغاء ربط { $name } بالأسرة
household-unlink-short = إلغاء الربط
household-case-closed = الحالة مغلقة
household-linked = أصبحت الحالات الآن مرتبطة كأسرة واحدة.
household-unlinked = تم إلغاء الربط.
client-lang-not-offered = البلدية لا تقدّم هذه اللغة في التطبيق.
