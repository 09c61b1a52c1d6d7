# الشبكة المحلية: الجهات، وحسابات الشركاء، وتبادل الموارد، والقائمة العامة.
network-title = الشبكة
network-actors = الجهات
network-exchange = تبادل الموارد
network-board = طباعة إعلان
network-intro = من يفعل ماذا في البلدية: الجهات المقدِّمة للخدمات الاجتماعية، والجمعيات، ومنظمات المهاجرين، والجماعات الدينية، وشركات السكن، وأصحاب العمل، والمدارس، والدوائر الحكومية.
network-filter-all = الكل
network-filter-apply = عرض
nav-network = الشبكة

actor-kind-provider = جهة تقدّم خدمات اجتماعية
actor-kind-club = جمعية أو نادٍ
actor-kind-migrant = منظمة مهاجرين
actor-kind-faith = جماعة دينية
actor-kind-housing = شركة سكن
actor-kind-employer = صاحب عمل
actor-kind-school = مدرسة أو روضة أطفال
actor-kind-office = دائرة حكومية
actor-kind-other = غير ذلك

actor-new = جهة جديدة
actor-edit = تعديل البيانات
actor-save-new = إضافة الجهة
actor-saved = تم حفظ البيانات.
actor-conflict = قام شخص آخر بحفظ هذه البيانات في هذه الأثناء. ما كتبته لا يزال هنا. قارن بين النسختين ثم احفظ مرة أخرى.
actor-form-name = الاسم
actor-form-kind = النوع
actor-form-district = الحي
actor-whole-municipality = البلدية كلها
actor-form-about = ماذا تفعل الجهة
actor-form-audience = لمن
actor-form-languages = اللغات
actor-form-contact = التواصل
actor-form-contact-name = الشخص المسؤول
actor-form-phone = الهاتف
actor-form-email = البريد الإلكتروني
actor-form-website = الموقع الإلكتروني
actor-form-offices = الأماكن في الدليل
actor-form-groups = الأنشطة الجماعية
actor-form-public = توافق الجهة على إدراجها في القائمة العامة (مع بيانات التواصل).
actor-filter-name = الاسم يحتوي على
actor-audience-line = لمن: { $audience }
actor-languages-line = اللغات: { $languages }
actor-listed-publicly = مُدرجة في القائمة العامة
actors-count = { $count ->
    [zero] لا توجد أي جهة
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهةً
   *[other] { $count } جهة
}
actors-empty = لم يتم العثور على أي جهة.
actors-public-link = عرض القائمة العامة
actor-translations = الترجمات
actor-translations-hint = لا تعرض القائمة العامة الترجمة إلا بعد نشرها؛ وإلا فإنها تعرض النص الألماني.
website-invalid = يرجى إدخال عنوان يبدأ بـ ⁨https⁩://.

partner-heading = حسابات الشركاء
partner-hint = من خلال حساب الشريك يحدّث الشخص المسؤول بيانات جهته وعروضها وطلباتها، ولا يرى أي شيء آخر في ⁨Lotse⁩.
partner-name = اسم الشخص المسؤول
partner-email = عنوان البريد الإلكتروني
partner-invite = دعوة
partner-invited-notice = تم إنشاء حساب الشريك.
partner-link-once = رابط الدعوة (يظهر الآن فقط، وصالح لمدة 7 أيام). أرسله إلى الشخص:
partner-active = نشط
partner-invited = مدعوّ
partner-ended = منتهٍ
partner-end = إنهاء الوصول
partner-ended-notice = تم إنهاء حساب الشريك.
partner-intro = هنا تحدّث بيانات جهتك وعروضك وطلباتك في تبادل الموارد. يقترح فريق التنسيق شركاء مناسبين، ويؤكّد الطرفان.
partner-posts = عروضك وطلباتك
partner-no-posts = لم تُضف أي شيء بعد.
partner-entry = بيانات جهتك
partner-entry-hint = هكذا تظهر جهتك في عمل الاندماج، وفي القائمة العامة أيضًا إذا وافقت.

exchange-intro = «نقدّم … / نبحث عن …»: غرف وقاعات، ومتطوعون، وترجمة شفوية مجتمعية، ومعدات، ومعرفة، ونقل وتوصيل، وتبرعات عينية. يقترح ⁨Lotse⁩ الإدخالات المناسبة (حسب الموضوع والحي والفترة).
exchange-side-offer = نقدّم
exchange-side-seek = نبحث عن
exchange-topic-rooms = غرف وقاعات
exchange-topic-volunteers = متطوعون
exchange-topic-interpreters = ترجمة شفوية مجتمعية
exchange-topic-equipment = معدات وتجهيزات
exchange-topic-know_how = معرفة واستشارة
exchange-topic-transport = نقل وتوصيل
exchange-topic-donations = تبرعات عينية
exchange-open-posts = الإدخالات المفتوحة
exchange-empty = لا توجد إدخالات مفتوحة.
exchange-matches = عمليات الربط
exchange-exchanged = عمليات الربط في آخر 12 شهرًا
exchange-count = العدد
exchange-nothing-exchanged = لم يتم أي ربط بعد.

post-new = إدخال جديد
post-form-side = نقدّم أو نبحث
post-form-topic = الموضوع
post-form-title = ماذا بالتحديد
post-form-title-hint = باختصار، مثلًا: «قاعة لمجموعة من 20 شخصًا، مساء كل ثلاثاء».
post-form-details = التفاصيل
post-form-district = الحي
post-form-from = من
post-form-until = إلى
post-form-period-hint = إذا تُرك فارغًا: من اليوم لمدة 90 يومًا. بعد ذلك يختفي الإدخال تلقائيًا.
post-save = إضافة
post-saved = تم حفظ الإدخال.
post-period = من { $from } إلى { $until }
post-owner-municipality = إدارة الاندماج
post-until-before-from = تاريخ الانتهاء يقع قبل تاريخ البدء.
post-until-past = تاريخ الانتهاء في الماضي.
post-too-long = أقصى مدة للإدخال هي { $max } يومًا. بعد ذلك يرجى إضافته من جديد.
post-close = إغلاق الإدخال
post-closed = هذا الإدخال مغلق.
post-closed-notice = تم إغلاق الإدخال.

proposals-heading = اقتراحات من ⁨Lotse⁩
proposals-hint = مناسبة حسب الموضوع والحي والفترة؛ الحي نفسه أولًا.
proposals-empty = لا يوجد ما يناسب حاليًا.
proposal-fit-district = الحي نفسه
proposal-fit-municipality = للبلدية كلها
proposal-match = ربط

match-made = تم إنشاء الربط. على الطرفين الآن التأكيد.
match-already = تم الربط بين هذين الإدخالين من قبل.
match-waiting = بانتظار التأكيد
match-agreed = متفق عليه
match-declined = مرفوض
match-side-confirmed = مؤكَّد
match-side-waiting = لم يُؤكَّد بعد
match-side-declined = مرفوض
match-confirm = تأكيد
match-confirm-offer = تأكيد عن الطرف المقدِّم
match-confirm-seek = تأكيد عن الطرف الباحث
match-decline = رفض
match-confirmed-notice = تم التأكيد. يبقى الآن تأكيد الطرف الآخر.
match-agreed-notice = أكّد الطرفان. بيانات التواصل معروضة الآن عند الربط.
match-declined-notice = تم رفض الربط.
match-unchanged = تغيّر هذا الربط في هذه الأثناء.
match-agreed-on = تم الاتفاق في { $date }
match-contacts = للتواصل:

board-title = تبادل الموارد في { $municipality }
board-as-of = محدَّث في: { $date }
board-hint = للتعليق في لقاء الشبكة: اطبع هذه الصفحة (⁨Ctrl+P⁩).
board-offer = نقدّم
board-seek = نبحث عن

actors-title = من يساعد وأين
actors-intro = جمعيات ومراكز استشارة وجماعات دينية وغيرها، تساعد بالقرب منك.
actors-for-whom = لمن:
actors-languages = اللغات: { $languages }
actors-places = أين تجدهم:
actors-public-empty = لا يوجد شيء هنا بعد.
record-name-network = الشبكة المحلية وتبادل الموارد
record-purpose-network = عرض الجهات المحلية (الجمعيات، والجهات المقدِّمة للخدمات الاجتماعية، والجماعات الدينية، وأصحاب العمل، والدوائر الحكومية) مع ما تقدّمه من أنشطة وخدمات؛ والربط بين العروض والطلبات في تبادل الموارد؛ وحسابات الشركاء للأشخاص المسؤولين.
record-basis-network = المادة 6 الفقرة 1 (هـ) من اللائحة العامة لحماية البيانات (مهمة عمل الاندماج)؛ القائمة العامة والأشخاص المسؤولون بموافقة، المادة 6 الفقرة 1 (أ) من اللائحة العامة لحماية البيانات.
record-subjects-network = الأشخاص المسؤولون لدى الجهات؛ الموظفون الذين يضيفون الإدخالات.
record-data-network = اسم الشخص المسؤول وهاتفه وبريده الإلكتروني، وإدخالات تبادل الموارد مع فترتها، والتأكيدات. تُحذف الإدخالات بعد سنة من انتهائها؛ ولا يمكن لحساب شريك منتهٍ تسجيل الدخول بعد ذلك.
record-recipients-network = موظفو البلدية؛ ولا تُعرض علنًا إلا الجهات التي وافقت؛ وتُعطى بيانات التواصل في عملية الربط للطرف الآخر بعد أن يؤكّد الطرفان.
post-form-for = لصالح: { $actor }
actor-post-heading = إضافة عرض أو طلب لهذه الجهة
board-more = هناك { $count } من الإدخالات المفتوحة الأقدم ليست على هذه اللوحة؛ تجدها في تبادل الموارد.
