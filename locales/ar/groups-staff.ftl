# تخطيط الأنشطة الجماعية (للتنسيق) والصفحات الخاصة بالمتطوعين.
groups-manage-title = تخطيط الأنشطة الجماعية
group-new = نشاط جماعي جديد
group-edit = تعديل النشاط الجماعي
group-edit-link = تعديل
group-plan-link = المواعيد والمتطوعون
group-saved = تم حفظ النشاط الجماعي.
group-conflict = قام شخص آخر بحفظ هذا النشاط في هذه الأثناء. ما كتبته ما زال هنا. قارن بين النسختين واحفظ مرة أخرى للاحتفاظ بنسختك.
group-title-field = العنوان
group-description-field = الوصف
group-facts = معلومات عن النشاط
group-category-field = نوع النشاط
group-place-address = أدخل العنوان أدناه
group-address-field = العنوان أو الغرفة
group-address-hint = مثلًا «قاعة الرعية، شارع الكنيسة 3، الغرفة 2». إذا كان المكان من الدليل، يكفي ذكر الغرفة.
group-place-needed = يرجى اختيار مكان أو إدخال عنوان.
group-place-unknown = هذا المكان غير موجود في دليل مقاطعتك.
group-capacity-field = عدد الأماكن
group-contact-name = الشخص المسؤول عن التواصل
group-needs-legend = عدد المتطوعين لكل موعد
group-needs-hint = كم شخصًا يحتاج كل موعد لهذه المهمة؟ 0 يعني: لا أحد.
group-published = منشور (يرى المستفيدون النشاط)
groups-gaps-heading = المناوبات المفتوحة في الأسابيع الـ{ $weeks } القادمة
groups-gap-count = { $count ->
    [zero] لا توجد أماكن شاغرة.
    [one] مكان واحد ما زال شاغرًا.
    [two] مكانان ما زالا شاغرين.
    [few] { $count } أماكن ما زالت شاغرة.
    [many] { $count } مكانًا ما زال شاغرًا.
   *[other] { $count } مكان ما زال شاغرًا.
}
groups-no-gaps = كل المناوبات في الأسابيع القادمة مشغولة.
groups-col-when = متى
groups-col-group = المجموعة
groups-col-role = المهمة
groups-col-filled = مشغولة
groups-offers-heading = الأنشطة
groups-translations-heading = الترجمات
groups-attendance-heading = الحضور خلال الاثني عشر شهرًا الماضية
groups-attendance-hint = عدد الأشخاص حسب الفئة المستهدفة، بدون أسماء. للتقارير المقدَّمة إلى الجهات المموِّلة.
groups-col-target = الفئة المستهدفة
groups-col-sessions = المواعيد
groups-col-counted = منها تم عدّ الحضور فيها
groups-col-heads = المشاركون
group-plan-seats = الأماكن المحجوزة: { $confirmed } من { $capacity }، وعلى قائمة الانتظار: { $waiting }
group-plan-past = عرض المواعيد السابقة (لعدّ المشاركين)
group-plan-upcoming = عرض المواعيد القادمة
series-heading = المواعيد المنتظمة
series-none = لا توجد مواعيد منتظمة بعد.
series-add = إضافة مواعيد منتظمة
series-repeat = كم مرة؟
series-repeat-weekly = كل أسبوع
series-repeat-biweekly = كل أسبوعين
series-repeat-monthly = مرة في الشهر
series-nth = في الشهر: أيّ يوم بالترتيب؟
series-nth-1 = الأول
series-nth-2 = الثاني
series-nth-3 = الثالث
series-nth-4 = الرابع
series-nth-last = الأخير
series-nth-invalid = يرجى اختيار ترتيب يوم الأسبوع في الشهر.
series-weekday = يوم الأسبوع
series-time = وقت البدء
series-minutes = المدة بالدقائق
series-minutes-invalid = يرجى إدخال مدة من 1 إلى 600 دقيقة.
series-first = أول موعد ابتداءً من
series-last = آخر موعد حتى
series-last-before-first = النهاية قبل البداية.
series-saved = تمت إضافة المواعيد.
series-weekly = كل يوم { $weekday }
series-biweekly = يوم { $weekday } كل أسبوعين
series-monthly = { $nth ->
    [-1] يوم { $weekday } الأخير من كل شهر
    [1] يوم { $weekday } الأول من كل شهر
    [2] يوم { $weekday } الثاني من كل شهر
    [3] يوم { $weekday } الثالث من كل شهر
   *[other] يوم { $weekday } الرابع من كل شهر
}
series-span = من { $first } إلى { $last }
series-from = ابتداءً من { $first }
one-off-add = إضافة موعد واحد
session-date = التاريخ
session-added = تمت إضافة الموعد.
session-in-past = هذا الوقت في الماضي.
session-change = إلغاء الموعد أو نقله
session-reason = السبب (يراه المشاركون والمتطوعون)
session-reason-needed = يرجى ذكر السبب.
session-cancel = إلغاء هذا الموعد
session-cancelled = تم إلغاء الموعد، وتم إبلاغ المتطوعين المسجّلين.
session-new-date = التاريخ الجديد
session-new-time = الوقت الجديد
session-move = نقل هذا الموعد
session-moved = تم نقل الموعد، وتم إبلاغ المتطوعين المسجّلين.
session-move-invalid = يرجى إدخال التاريخ والوقت والسبب.
session-not-changeable = هذا الموعد بدأ بالفعل أو تم إلغاؤه.
session-conflict = قام شخص آخر بتغيير هذا الموعد في هذه الأثناء. يرجى التحقق من حالته الآن.
session-head-count = عدد الحاضرين
head-count-saved = تم حفظ العدد.
head-count-invalid = يرجى إدخال رقم من 0 إلى 999.
group-volunteers-heading = متطوعو هذه المجموعة
group-volunteers-groups = المجموعات
group-volunteer-add = إضافة متطوع
group-volunteer-add-submit = إضافة
group-volunteer-added = هذا الشخص يساعد الآن في هذه المجموعة.
group-volunteer-remove = إزالة من المجموعة
group-volunteer-removed = لم يعد هذا الشخص في هذه المجموعة. مناوباته القادمة أصبحت شاغرة.
group-volunteer-unknown = يرجى اختيار متطوع من بلديتك.
volunteers-title = المتطوعون
volunteer-status = الحالة
volunteer-active = نشط
volunteer-invited = مدعو
invite-heading = دعوة متطوع
invite-hint = يصل إلى الشخص بريد إلكتروني فيه رابط لتعيين كلمة المرور. الرابط صالح لمدة 14 يومًا ولمرة واحدة فقط.
invite-name = الاسم
invite-submit = إرسال الدعوة
invite-email-taken = هذا العنوان مرتبط بحساب موجود بالفعل.
invite-sent = الدعوة في الطريق. إذا لم تصل، أرسل هذا الرابط بنفسك:
invite-not-sent = لم يتم إعداد خادم بريد لـ ⁨Lotse⁩. يرجى إرسال هذا الرابط بنفسك، مثلًا بالبريد الإلكتروني أو عبر تطبيق مراسلة:
invite-mail-subject = دعوة إلى ⁨Lotse⁩
invite-mail-body = مرحبًا { $name }،

    أنت مدعو للمشاركة في العمل التطوعي عبر ⁨Lotse⁩. هناك ترى مواعيد مجموعاتك وتسجّل في المناوبات بلمسة واحدة.

    افتح هذا الرابط واختر كلمة المرور:
    { $link }

    الرابط صالح لمدة { $days } يومًا ولمرة واحدة فقط.
documents-heading = الوثائق
documents-hint = لا يحتفظ ⁨Lotse⁩ بأي نسخة، بل يسجّل فقط أي وثيقة قُدِّمت، ومن تحقّق منها، وحتى متى هي صالحة.
documents-due-heading = وثائق ستنتهي صلاحيتها
document-kind = الوثيقة
document-kind-police_certificate = شهادة حسن السيرة والسلوك الموسّعة
document-kind-measles = إثبات الحماية من الحصبة
document-kind-infection_protection = التوعية بقانون الحماية من العدوى
document-kind-confidentiality = تعهّد بالحفاظ على السرية
document-valid-until-field = صالحة حتى
document-valid-until-hint = اتركه فارغًا إذا كانت الوثيقة لا تنتهي صلاحيتها.
document-add = تسجيل وثيقة
document-saved = تم تسجيل الوثيقة.
document-remove = إزالة
document-removed = تمت إزالة الوثيقة.
document-valid = { $kind }: تم تقديمها
document-valid-until = { $kind }: صالحة حتى { $date }
document-expired = { $kind }: انتهت صلاحيتها في { $date }
document-checked = تم التحقق من قِبل { $name } في { $date }
notices-heading = المستجدات
notices-read = تحديد كمقروء
notice-late-cancellation = تم إلغاء المناوبة «{ $group }» في { $when } قبل وقت قصير من قِبل { $name }.
notice-late-cancellation-volunteer = يتعذّر على { $name } الحضور إلى «{ $group }» في { $when }. هل يمكنك أخذ هذه المناوبة؟
notice-session-cancelled = تم إلغاء «{ $group }» في { $when }: { $reason }
notice-session-moved = تم نقل «{ $group }» إلى { $when }: { $reason }
notice-document-expiring = { $name }: تنتهي صلاحية { $kind } في { $date }.
notice-document-expiring-volunteer = تنتهي صلاحية وثيقتك «{ $kind }» في { $date }. يرجى إحضار وثيقة جديدة إلى المنسّق أو المنسّقة.
shift-needs-certificate = لهذه المناوبة تحتاج إلى شهادة حسن سيرة وسلوك موسّعة سارية. يرجى التحدث مع المنسّق أو المنسّقة.
invite-title = مرحبًا بك في ⁨Lotse⁩
invite-hello = مرحبًا { $name }!
invite-intro = اختر كلمة المرور. بعد ذلك سترى مناوبات مجموعاتك.
invite-password = كلمة المرور الجديدة
invite-password-hint = 12 حرفًا على الأقل. جملة يسهل عليك تذكّرها خيار جيد.
invite-accept = تعيين كلمة المرور
invite-welcome = أهلًا بك! لقد سجّلت الدخول.
profile-heading = ملفي الشخصي
profile-intro = ما الذي تجيده، ومتى يكون لديك وقت. هذا يساعد المنسّق أو المنسّقة على إيجاد المجموعات المناسبة لك.
profile-languages = اللغات
profile-skills = ما أجيده
profile-availability = متى يكون لدي وقت
profile-availability-hint = ضع علامة على ما يناسبك عادةً.
profile-note = هل هناك شيء آخر؟
profile-saved = تم حفظ ملفك الشخصي.
profile-conflict = تم حفظ ملفك الشخصي من مكان آخر في هذه الأثناء. اختيارك ما زال هنا؛ احفظ مرة أخرى للاحتفاظ به.
skill-teaching = تعليم اللغة الألمانية
skill-childcare = رعاية الأطفال
skill-sports = قيادة الأنشطة الرياضية
skill-cooking = الطبخ
skill-forms = شرح الاستمارات
skill-driving = قيادة السيارة (لدي رخصة قيادة)
skill-crafts = الخياطة والأشغال اليدوية
skill-interpreting = الترجمة الشفوية
day-part-am = صباحًا
day-part-pm = بعد الظهر
day-part-ev = مساءً
hours-heading = ساعاتي
hours-this-year = ساعات هذا العام: { $hours }
hours-recorded = الساعات المسجّلة: { $hours }
hours-not-recorded = لم تُسجَّل بعد
hours-minutes = الدقائق
hours-save = تسجيل
hours-saved = شكرًا! تم تسجيل الوقت.
hours-invalid = يرجى إدخال رقم من 0 إلى 720 دقيقة.
hours-empty = لم تكن لديك أي مناوبة هذا العام بعد.
hours-certificate = إفادة لهذا العام
certificate-title = إفادة بالعمل التطوعي
certificate-text = خلال عام { $year }، بلغ مجموع ساعات العمل التطوعي لـ{ $name } في مجال الاندماج في { $municipality }: { $hours } ساعة.
certificate-sessions = المواعيد
certificate-hours = الساعات
certificate-thanks = شكرًا جزيلًا على جهودك!
certificate-print = للطباعة، استخدم وظيفة الطباعة في متصفحك.
shifts-calendar-intro = بهذا الرابط يعرض تقويم هاتفك مناوباتك. تظهر فيه الإلغاءات وتغييرات المواعيد تلقائيًا.
shifts-calendar-title = مناوباتي (⁨Lotse⁩)
ics-shift = { $title } ({ $role })
mail-reminder-subject = ⁨Lotse⁩: تذكير
plan-group-sign-up = التسجيل في نشاط جماعي
plan-group-choose = النشاط الجماعي
plan-group-share = يوافق الشخص على أن يرى متطوعو المجموعة اسمه الأول.
plan-group-needed = يرجى اختيار نشاط جماعي منشور من أنشطة البلدية.
plan-group-confirmed = تم التسجيل: حصل الشخص على مكان.
plan-group-waitlist = المجموعة ممتلئة: الشخص على قائمة الانتظار، وعندما يصبح مكان متاحًا يتقدّم في القائمة تلقائيًا.
plan-group-already = هذا الشخص مسجّل بالفعل في هذه المجموعة.
plan-group-status-confirmed = لديه مكان
plan-group-status-waitlist = على قائمة الانتظار
