# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = الموظفون
admin-organisation-link = الهيكل التنظيمي
admin-log-link = سجل التغييرات

staff-title = الموظفون
staff-more = الإدارة
staff-invite = دعوة شخص
staff-invite-intro = يحصل الشخص على رابط يعمل مرة واحدة وتنتهي صلاحيته بعد 7 أيام، ويختار به كلمة المرور الخاصة به. إذا كان خادم البريد مُعدًّا، يُرسَل الرابط أيضًا بالبريد الإلكتروني.
staff-invite-submit = دعوة
staff-invited = تمت الدعوة. أرسل الرابط إلى الشخص؛ فهو لا يظهر إلا الآن.
staff-search = الاسم أو البريد الإلكتروني
staff-search-submit = بحث
staff-include-inactive = إظهار الحسابات المعطّلة أيضًا
staff-found = { $count ->
    [zero] لم يتم العثور على أي حساب
    [one] تم العثور على حساب واحد
    [two] تم العثور على حسابين
    [few] تم العثور على { $count } حسابات
    [many] تم العثور على { $count } حسابًا
   *[other] تم العثور على { $count } حساب
}
staff-back = العودة إلى الموظفين
staff-role = الدور
staff-role-any = جميع الأدوار
staff-role-guide = مرشد الاندماج
staff-role-lead = قائد/قائدة الفريق
staff-role-coordinator = منسّق/منسّقة
staff-role-volunteer_coordinator = منسّق/منسّقة المتطوعين
staff-role-county_coordinator = منسّق/منسّقة المقاطعة
staff-role-admin = مدير/مديرة النظام
staff-municipality = البلدية
staff-no-municipality = بدون بلدية
staff-team = الفريق
staff-no-team = بدون فريق
staff-name = الاسم
staff-email = عنوان البريد الإلكتروني
staff-state-active = نشط
staff-state-inactive = معطّل
staff-state-invited = مدعو، لم يسجّل الدخول بعد
staff-clients = { $count ->
    [zero] لا يوجد مستفيدون
    [one] مستفيد واحد
    [two] مستفيدان
    [few] { $count } مستفيدين
    [many] { $count } مستفيدًا
   *[other] { $count } مستفيد
}
staff-account = الحساب
staff-save = حفظ
staff-saved = تم الحفظ.
staff-own-account = هذا حسابك أنت. لا يستطيع تعطيله إلا شخص آخر.
staff-own-rights = دور حسابك أنت وبلديته وفريقه يغيّرها شخص آخر.
staff-team-fixed = { $count ->
    [one] يتابع هذا الشخص مستفيدًا واحدًا. لا يتغير الفريق والدور إلا بعد تسليم ملفه.
    [two] يتابع هذا الشخص مستفيدَين. لا يتغير الفريق والدور إلا بعد تسليم ملفيهما.
    [few] يتابع هذا الشخص { $count } مستفيدين. لا يتغير الفريق والدور إلا بعد تسليم ملفاتهم.
    [many] يتابع هذا الشخص { $count } مستفيدًا. لا يتغير الفريق والدور إلا بعد تسليم ملفاتهم.
   *[other] يتابع هذا الشخص { $count } مستفيد. لا يتغير الفريق والدور إلا بعد تسليم ملفاتهم.
}
staff-access = الدخول
staff-deactivate-intro = يُنهي التعطيل جميع جلسات الشخص فورًا، ولن يتمكن بعدها من تسجيل الدخول. ويبقى اسمه ظاهرًا على كل ما كتبه.
staff-deactivate = تعطيل
staff-deactivated = تم التعطيل. انتهت جميع الجلسات.
staff-deactivate-clients = { $count ->
    [one] ما زال هذا الشخص مسؤولًا عن مستفيد واحد. سلّم ملفه حتى تستمر متابعته.
    [two] ما زال هذا الشخص مسؤولًا عن مستفيدَين. سلّم ملفيهما حتى تستمر متابعتهما.
    [few] ما زال هذا الشخص مسؤولًا عن { $count } مستفيدين. سلّم ملفاتهم حتى تستمر متابعتهم.
    [many] ما زال هذا الشخص مسؤولًا عن { $count } مستفيدًا. سلّم ملفاتهم حتى تستمر متابعتهم.
   *[other] ما زال هذا الشخص مسؤولًا عن { $count } مستفيد. سلّم ملفاتهم حتى تستمر متابعتهم.
}
staff-reactivate-intro = إعادة التفعيل: يستطيع الشخص تسجيل الدخول مجددًا بكلمة المرور التي كان يستخدمها.
staff-reactivate = إعادة التفعيل
staff-reactivated = تمت إعادة التفعيل.
staff-reset-intro = نسي كلمة المرور؟ رابط جديد يعمل مرة واحدة يتيح للشخص اختيار كلمة مرور جديدة. تنتهي جلساته بمجرد أن يفعل ذلك.
staff-reset = إنشاء رابط جديد لكلمة المرور
staff-new-invite-intro = لم تُقبَل الدعوة بعد. الرابط الجديد يحلّ محلّ القديم.
staff-new-invite = إنشاء رابط دعوة جديد
staff-link-title = رابط لهذا الشخص
staff-link-once = لا يظهر هذا الرابط إلا الآن، ويعمل مرة واحدة خلال 7 أيام.
staff-link-made = تم إنشاء رابط جديد. لا يظهر إلا الآن.
staff-refused-last-admin = هذا آخر حساب نشط لمدير أو مديرة النظام، ويحتفظ بهذا الدور إلى أن يتولاه شخص آخر.
staff-refused-has-clients = ما زال هذا الشخص يتابع مستفيدين. سلّم ملفاتهم أولًا، وبعدها يمكن تغيير الفريق والدور.
staff-refused-conflict = غيّر شخص آخر هذا الحساب في هذه الأثناء. تعرض الصفحة الآن أحدث حالة، وما أدخلته ما زال في النموذج.
staff-email-taken = عنوان البريد الإلكتروني هذا مستخدم في حساب آخر.
staff-role-not-yours = لا يمكنك منح هذا الدور.
staff-team-needed = يجب أن ينتمي مرشد الاندماج إلى فريق.
staff-municipality-needed = اختر البلدية.
staff-team-elsewhere = هذا الفريق تابع لبلدية أخرى.
staff-mail-subject = حسابك في ⁨Lotse⁩
staff-mail-body = مرحبًا { $name }،

    تم إنشاء حساب لك في ⁨Lotse⁩. اختر كلمة المرور من هنا (الرابط يعمل مرة واحدة فقط، خلال { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }):

    { $link }
staff-reset-mail-subject = كلمة مرور جديدة لـ ⁨Lotse⁩
staff-reset-mail-body = مرحبًا { $name }،

    اختر من هنا كلمة مرور جديدة لـ ⁨Lotse⁩ (الرابط يعمل مرة واحدة فقط، خلال { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }):

    { $link }

staff-log-title = سجل التغييرات
staff-log-intro = من غيّر أي حساب وأي جزء من الهيكل التنظيمي، ومتى. لا يحتوي السجل على أي بيانات عن المستفيدين.
staff-change-invited = تمت الدعوة
staff-change-invited-again = تمت الدعوة مجددًا
staff-change-reset-link = تم إنشاء رابط لكلمة مرور جديدة
staff-change-password-set = تم اختيار كلمة المرور
staff-change-changed = تم تعديل الحساب
staff-change-deactivated = تم التعطيل
staff-change-reactivated = تمت إعادة التفعيل
staff-change-municipality-added = تمت إضافة بلدية
staff-change-municipality-changed = تم تعديل بلدية
staff-change-provider-added = تمت إضافة جهة مقدمة للخدمة
staff-change-provider-changed = تم تعديل جهة مقدمة للخدمة
staff-change-team-added = تمت إضافة فريق
staff-change-team-changed = تم تعديل فريق

staff-password-title = مرحبًا بك في ⁨Lotse⁩
staff-password-reset-title = اختيار كلمة مرور جديدة
staff-password-intro = مرحبًا { $name }. اختر كلمة المرور، ثم سجّل الدخول بها.
staff-password = كلمة المرور
staff-password-hint = 12 حرفًا على الأقل. من الأفضل أن تختار جملة يسهل عليك تذكّرها.
staff-password-submit = حفظ كلمة المرور
staff-password-set = تم حفظ كلمة المرور
staff-password-set-next = سجّل الدخول الآن بعنوان بريدك الإلكتروني وكلمة المرور الجديدة.
staff-signin-now = الانتقال إلى تسجيل الدخول

organisation-title = الهيكل التنظيمي
organisation-county = المقاطعة
organisation-no-county = لم تُنشأ بعد
organisation-county-name = اسم المقاطعة
organisation-municipalities = البلديات
organisation-municipality-new = بلدية جديدة
organisation-municipality-name = اسم البلدية
organisation-caseload-target = الهدف: عدد المستفيدين لكل وظيفة بدوام كامل
organisation-caseload-target-hint = مثلًا 80 تعني «1 إلى 80 كحد أقصى».
organisation-ratio = الحالات المفتوحة: { $clients }، الموظفون: { $staff }، الهدف: 1 إلى { $target }
organisation-edit = تعديل
organisation-retention = مدة الاحتفاظ بالحالات المغلقة (بالأشهر)
organisation-retention-hint = خلال هذه المدة يستطيع المستفيدون قراءة بياناتهم ويمكن إعادة فتح الحالة. بعدها تُحذف.
organisation-retention-range = رقم من 6 إلى 120.
organisation-save = حفظ
organisation-add = إضافة
organisation-saved = تم الحفظ.
organisation-added = تمت الإضافة.
organisation-providers = الجهات المقدمة للخدمة
organisation-providers-intro = المنظمات التي توظّف الفرق، مثل ⁨Caritas⁩ أو ⁨Diakonie⁩ أو ⁨AWO⁩ أو ⁨DRK⁩، أو المدينة نفسها.
organisation-provider-new = جهة جديدة مقدمة للخدمة
organisation-provider-name = اسم الجهة
organisation-provider-contact = بيانات التواصل
organisation-provider-teams = { $count ->
    [zero] لا توجد فرق
    [one] فريق واحد
    [two] فريقان
    [few] { $count } فرق
    [many] { $count } فريقًا
   *[other] { $count } فريق
}
organisation-teams = الفرق
organisation-team-new = فريق جديد
organisation-team-name = اسم الفريق
organisation-team-municipality = البلدية
organisation-team-provider = الجهة المقدمة للخدمة
organisation-team-lead = قائد/قائدة الفريق
organisation-team-no-lead = لا أحد
organisation-team-members = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
organisation-team-staff = موظفو هذا الفريق
organisation-name-taken = هذا الاسم موجود هنا بالفعل.
organisation-target-range = رقم من 10 إلى 300.
organisation-county-first = أضف أولًا بلدية (مع المقاطعة التابعة لها).
organisation-choose = يرجى الاختيار.

# Which languages a municipality's clients may choose.
organisation-client-langs = لغات المستفيدين
organisation-client-langs-hint = يعرض تطبيق المستفيدين هذه اللغات فقط.
organisation-client-langs-needed = يرجى اختيار لغة واحدة على الأقل.
