# الفعاليات العامة: الصفحات التي لا تحتاج إلى تسجيل دخول (القائمة، الفعالية،
# التسجيل، الملصق) وصفحة التنسيق. جمل قصيرة وبسيطة في الصفحات العامة.

events-title = الفعاليات
events-intro = احتفالات وأمسيات إعلامية ولقاءات قريبة منك. أهلًا وسهلًا بالجميع.
events-places = الأماكن
events-all-places = كل الأماكن
events-feed = أضف إلى تقويمي (تحديث تلقائي)
events-upcoming = قريبًا
events-empty = لا توجد فعاليات مخطط لها حاليًا.
events-groups = أنشطة منتظمة
events-groups-intro = تلتقي هذه المجموعات بانتظام. اسأل في مكان اللقاء أو في مكتب الاستشارة الذي تراجعه.
event-group-next = اللقاء القادم: { $when }
event-group-childcare = مع رعاية للأطفال
event-cancelled = ملغاة
event-past = انتهت هذه الفعالية.
event-full = اكتمل العدد
event-registration = يرجى التسجيل
event-places-left = { $count ->
    [0] لم تعد هناك أماكن شاغرة
    [one] بقي مكان واحد شاغر
    [two] بقي مكانان شاغران
    [few] بقيت { $count } أماكن شاغرة
    [many] بقي { $count } مكانًا شاغرًا
   *[other] بقي { $count } مكان شاغر
}
event-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
event-place-link = المزيد عن هذا المكان
event-ics = أضف إلى تقويمي
event-poster = اطبع الملصق
event-poster-qr = رمز الاستجابة السريعة لهذه الفعالية
event-poster-scan = امسح الرمز بهاتفك: كل شيء بلغتك.
event-register = التسجيل
event-register-name = الاسم الأول
event-register-people = كم شخصًا سيأتي؟
event-register-contact = الهاتف أو البريد الإلكتروني
event-register-contact-hint = فقط إذا اضطررنا إلى إبلاغك بإلغاء الفعالية.
event-register-send = تسجيل
event-registered-notice = شكرًا! تم تسجيلك.
event-people-invalid = يرجى إدخال شخص واحد على الأقل.
event-not-enough-places = لم يعد هناك هذا العدد من الأماكن الشاغرة.
event-registration-closed = لم يعد التسجيل ممكنًا.
event-too-many = وصلت طلبات تسجيل كثيرة جدًا من هذا الاتصال. يرجى المحاولة مرة أخرى لاحقًا.

# التنسيق
events-manage-title = إدارة الفعاليات
events-manage-public-link = عرض الصفحة العامة
event-new = فعالية جديدة
event-edit = تعديل الفعالية
event-save-new = نشر الفعالية
event-saved = تم حفظ الفعالية، وهي الآن منشورة للعامة.
event-conflict = غيّر شخص آخر الفعالية في هذه الأثناء. ما أدخلته ما زال في النموذج؛ يرجى مراجعته والحفظ مرة أخرى.
event-cancel = إلغاء الفعالية
event-cancelled-notice = تم إلغاء الفعالية. تُظهر الصفحة العامة والتقويم ذلك.
event-public-page = الصفحة العامة
event-form-date = التاريخ
event-form-time = وقت البدء
event-form-minutes = المدة بالدقائق
event-form-office = مكان من الدليل
event-form-place = المكان أو القاعة
event-form-place-hint = مثلًا «ساحة الاحتفالات عند مبنى البلدية» أو «القاعة في الطابق الأول».
event-place-needed = يرجى اختيار مكان من الدليل أو كتابة مكان.
event-form-registration = التسجيل مطلوب
event-form-capacity = عدد الأماكن
event-form-capacity-hint = اتركه فارغًا إذا لم يكن هناك حد أقصى.
event-form-texts = النص باللغة { $language }
event-form-title = العنوان
event-form-description = الوصف
event-title-needed = يرجى إدخال عنوان بهذه اللغة أيضًا.
event-registered = { $count ->
    [0] لم يسجّل أحد بعد
    [one] سجّل شخص واحد
    [two] سجّل شخصان
    [few] سجّل { $count } أشخاص
    [many] سجّل { $count } شخصًا
   *[other] سجّل { $count } شخص
}
event-registered-of = الأماكن المحجوزة: { $count } من { $capacity }
event-translations = الترجمات: { $languages }
event-only-german = الألمانية فقط
event-no-registrations = لم يسجّل أي شخص حتى الآن.
event-col-language = اللغة
event-col-at = تاريخ التسجيل
event-groups-heading = الأنشطة الجماعية على الصفحة العامة
event-groups-hint = تظهر الأنشطة العامة على صفحة الفعاليات مع العنوان والمكان والموعد القادم – دون أسماء المشاركين أو المتطوعين.
event-group-public = عام
event-group-internal = داخلي فقط
event-group-show = إظهار على الصفحة العامة
event-group-hide = إزالة من الصفحة العامة
event-group-saved = تم الحفظ.
events-manage-link = الفعاليات

# سجل أنشطة المعالجة
record-name-events = الفعاليات العامة
record-purpose-events = الإعلان عن الفعاليات للعامة وقبول التسجيلات.
record-basis-events = المادة 6 الفقرة 1 (هـ) من اللائحة العامة لحماية البيانات؛ وللتسجيلات المادة 6 الفقرة 1 (ب) من اللائحة العامة لحماية البيانات.
record-subjects-events = السكان والمستفيدون الذين يسجّلون.
record-data-events = الاسم الأول، عدد الأشخاص، الهاتف أو البريد الإلكتروني بشكل اختياري، اللغة؛ تُحذف بعد 30 يومًا من الفعالية.
record-recipients-events = منسّقو البلدية ومنسّقو المتطوعين فيها.
