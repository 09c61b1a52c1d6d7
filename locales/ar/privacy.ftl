# Data protection: the client's rights (correction, restriction, erasure, withdrawal)
# and the work of the data-protection officer.

## The client's "My rights" page (plain, short sentences)
my-rights-title = حقوقي
my-rights-link = حقوقي: تصحيح بياناتي أو تقييدها أو حذفها
my-rights-intro = يمكنك أن تطلب منا: تصحيح البيانات الخاطئة، أو التوقف عن استخدام بياناتك، أو حذف بياناتك، أو سحب موافقة.
my-rights-deadline = مكتب حماية البيانات في بلديتك يردّ عليك خلال شهر واحد على الأكثر.
my-rights-ask = أرسل طلبًا
my-rights-what = ماذا تريد؟
my-rights-kind-correct = تصحيح بيانات خاطئة
my-rights-kind-restrict = التوقف عن استخدام بياناتي
my-rights-kind-erase = حذف بياناتي
my-rights-kind-withdraw_consent = سحب موافقة
my-rights-which-consent = أيّ موافقة؟
my-rights-only-withdraw = فقط عند سحب موافقة
my-rights-no-consent = – لا شيء –
my-rights-consent-required = يرجى اختيار الموافقة.
my-rights-text = ما الموضوع؟
my-rights-text-hint = مثلًا: ما البيانات الخاطئة، وما الصحيح.
my-rights-send = أرسل الطلب
my-rights-sent = وصل طلبك. سترى الرد هنا.
my-rights-earlier = طلباتي
my-rights-none = لم ترسل أي طلب بعد.
my-rights-received = أُرسل بتاريخ { $date }
my-rights-due = الرد حتى تاريخ { $date }
my-rights-decided = صدر القرار بتاريخ { $date }
my-rights-answer = الرد:
my-rights-status-open = قيد المعالجة
my-rights-status-granted = تمّ
my-rights-status-partly = تمّ جزئيًا
my-rights-status-refused = مرفوض
my-rights-status-restricted = حُجبت البيانات بدلًا من حذفها

## Access log
access-detail-privacy = طلب يتعلق بحماية البيانات
access-detail-export = نسخة من البيانات (تصدير)
access-detail-erased = تم حذف الملف
access-detail-unrestricted = تم رفع التقييد
role-data_protection = مسؤول/مسؤولة حماية البيانات
staff-role-data_protection = مسؤول/مسؤولة حماية البيانات

## The data-protection officer's pages
privacy-title = حماية البيانات
privacy-intro = الطلبات بموجب اللائحة العامة لحماية البيانات (الاطلاع، التصحيح، التقييد، الحذف، سحب الموافقة) مع مهلتها البالغة شهرًا واحدًا (المادة 12 الفقرة 3)، والملفات المقيَّدة (§ 84 SGB X)، وسجل الوصول.
privacy-open = الطلبات المفتوحة
privacy-open-none = لا توجد طلبات مفتوحة.
privacy-decided = الطلبات التي تم البتّ فيها
privacy-decided-none = لم يتم البتّ في أي طلب بعد.
privacy-overdue = تجاوز المهلة
privacy-overdue-count = { $count ->
    [zero] لا يوجد طلب تجاوز مهلته.
    [one] طلب واحد تجاوز مهلته.
    [two] طلبان تجاوزا مهلتهما.
    [few] { $count } طلبات تجاوزت مهلتها.
    [many] { $count } طلبًا تجاوزت مهلتها.
   *[other] { $count } طلب تجاوزت مهلتها.
}
privacy-due = المهلة: { $date }
privacy-received = ورد بتاريخ { $date }
privacy-received-label = تاريخ الورود
privacy-due-label = المهلة
privacy-channel-app = عبر التطبيق
privacy-channel-paper = على الورق
privacy-kind-access = الاطلاع والحصول على نسخة (المادة 15/20)
privacy-kind-correct = التصحيح (المادة 16)
privacy-kind-restrict = تقييد المعالجة (المادة 18)
privacy-kind-erase = الحذف (المادة 17)
privacy-kind-withdraw_consent = سحب الموافقة (المادة 7 الفقرة 3)
privacy-status-open = مفتوح
privacy-status-granted = مقبول
privacy-status-partly = مقبول جزئيًا
privacy-status-refused = مرفوض
privacy-status-restricted = الحذف غير مسموح: مقيَّد (§ 84 SGB X)
privacy-client-erased = تم حذف الملف
privacy-client-closed = الحالة مغلقة
privacy-client-restricted = مقيَّد
privacy-consent = الموافقة
privacy-body = مضمون الطلب
privacy-decide = اتخاذ القرار
privacy-decide-hint-access = أنشئ النسخة في صفحة الشخص (تصدير) وسلّمها له؛ وسجّل هنا متى وكيف.
privacy-decide-hint-correct = اطلب من مرشد الاندماج المسؤول تصحيح البيانات، أو صحّحها معه؛ وسجّل النتيجة هنا.
privacy-decide-hint-restrict = «مقبول» يقيّد الملف: يبقى محفوظًا، لكنه يُخفى عن العمل اليومي.
privacy-decide-hint-erase = إذا كان واجب الاحتفاظ بالملف يمنع حذفه، فاختر «مقيَّد»: يبقى الملف محفوظًا ولا يراه أحد غيرك.
privacy-decide-hint-withdraw_consent = «مقبول» يسجّل سحب الموافقة بتاريخ اليوم.
privacy-outcome = النتيجة
privacy-answer = الرد على الشخص
privacy-answer-hint = يقرأ الشخص هذا الرد في تطبيقه. اكتب باختصار وبكلمات بسيطة، مع ذكر السبب.
privacy-erase-all = حذف الملف كاملًا الآن
privacy-erase-all-hint = يُحذف كل ما يتعلق بهذا الشخص فورًا، ولا يمكن استعادته. تبقى الأعداد في الإحصاءات، دون أسماء.
privacy-erase-all-only-granted = لا يمكن حذف الملف كاملًا إلا بعد قبول طلب حذف.
privacy-decide-save = حفظ القرار
privacy-decided-saved = تم حفظ القرار. يراه الشخص في تطبيقه.
privacy-decided-meanwhile = تم البتّ في هذا الطلب في هذه الأثناء. نصّك محفوظ في الأسفل.
privacy-decided-by = { $name }، بتاريخ { $date }
privacy-erased = تم حذف الملف. يبقى الطلب دون أسماء كإثبات.
privacy-find = البحث عن شخص
privacy-find-hint = لطلب مقدَّم على الورق: الرقم في Lotse أو الاسم.
privacy-find-label = الرقم في Lotse أو الاسم
privacy-find-go = بحث
privacy-found-none = لم يُعثر على أحد.
privacy-number = الرقم في Lotse: { $number }
privacy-restricted-since = هذا الملف مقيَّد منذ { $date } (§ 84 SGB X): وهو مخفي عن العمل اليومي.
privacy-not-restricted = الملف غير مقيَّد.
privacy-lift = رفع التقييد
privacy-lifted = تم رفع التقييد.
privacy-export = نسخة كاملة من البيانات
privacy-export-hint = كل ما يحفظه Lotse عن الشخص، بالشكل الذي يمكنه تنزيله بنفسه (المادة 15 و20). يُسجَّل التنزيل في السجل.
privacy-export-json = تنزيل البيانات المصدَّرة (JSON)
privacy-client-log = الوصول إلى هذا الملف
privacy-client-requests = طلبات هذا الشخص
privacy-paper = تسجيل طلب مقدَّم على الورق
privacy-paper-kind = نوع الطلب
privacy-paper-body = مضمون الطلب
privacy-paper-body-hint = ماذا يطلب الشخص، وكيف وصل الطلب (رسالة، حضوريًا).
privacy-paper-save = تسجيل الطلب
privacy-paper-saved = تم تسجيل الطلب؛ تبدأ المهلة من اليوم.
privacy-access-title = سجل الوصول
privacy-access-intro = من قرأ أيّ ملف أو غيّره، ومتى، لملفات بلديتك.
privacy-bursts = وصول غير معتاد
privacy-bursts-hint = حسابات فتحت ما لا يقل عن { $count } من الملفات المختلفة خلال ساعة واحدة.
privacy-bursts-none = لا يوجد شيء غير معتاد في هذه الفترة.
privacy-burst = { $name }: { $count } من الملفات خلال ساعة واحدة ابتداءً من { $when }
privacy-log-filter = تضييق السجل
privacy-log-person = الشخص
privacy-log-everyone = الجميع
privacy-log-from = من
privacy-log-to = إلى
privacy-log-kind = نوع الوصول
privacy-log-every-kind = كل الأنواع
privacy-log-client = ملف { $name } فقط.
privacy-log-all-clients = عرض كل الملفات
privacy-log-show = عرض
privacy-log-none = لا توجد إدخالات في هذه الفترة.
privacy-log-whose = الملف
privacy-log-more = هناك إدخالات أكثر مما يظهر هنا: ضيّق الفترة أو اختر شخصًا.
privacy-log-bad-period = الفترة غير صالحة؛ تُعرض آخر 30 يومًا.
