# Shell, navigation and messages shared by every page.

app-name = ⁨Lotse⁩
app-tagline = دليلك إلى بداية جديدة
skip-to-content = انتقل إلى المحتوى
nav-home = الصفحة الرئيسية
nav-caseload = قائمة المستفيدين
nav-sign-out = تسجيل الخروج
nav-signed-in-as = تم الدخول باسم { $name }
language-label = اللغة
language-submit = تغيير اللغة
footer-privacy = بلديتك تحفظ بياناتك. لا يرى بياناتك إلا الأشخاص الذين يعملون على ملفك.
offline-title = أنت غير متصل بالإنترنت
offline-body = هذه الصفحة غير محفوظة على هاتفك بعد. اتصل بالإنترنت وحاول مرة أخرى.
form-errors-heading = يرجى التحقق من الحقول المعلَّمة.
field-required = يرجى ملء هذا الحقل.
field-too-long = هذا النص طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
date-invalid = يرجى كتابة التاريخ بهذا الشكل: ⁦2026-03-31⁩.
date-in-future = لا يمكن أن يكون هذا التاريخ في المستقبل.
phone-invalid = يرجى كتابة رقم الهاتف بالأرقام فقط (يمكن استخدام المسافات و + و -).
optional = اختياري
save = حفظ
cancel = إلغاء
back = رجوع
# Error pages
error-title = حدث خطأ
error-not-found = هذه الصفحة غير موجودة، أو لا يُسمح لك بفتحها.
error-forbidden = لا يُسمح لك بفتح هذه الصفحة.
error-bad-request = لم نتمكن من قراءة النموذج. يرجى المحاولة مرة أخرى.
error-too-large = ما أرسلته كبير جدًا. يرجى إرسال كمية أقل.
error-cross-site = وصل هذا النموذج من موقع آخر، لذلك لم يتم قبوله. افتح ⁨Lotse⁩ مباشرة وحاول مرة أخرى.
error-internal = حدث خطأ من جهتنا. لم يتم حفظ أي شيء. يرجى المحاولة مرة أخرى بعد قليل.
error-unavailable = لا يمكن الوصول إلى ⁨Lotse⁩ الآن. يرجى المحاولة مرة أخرى بعد قليل.
error-back-home = الذهاب إلى الصفحة الرئيسية
# Names of languages that clients speak (ISO 639 codes).
language-ar = العربية
language-fa = الفارسية
language-prs = الدرية
language-ps = البشتو
language-ti = التغرينية
language-ku = الكردية
language-so = الصومالية
language-tr = التركية
language-ru = الروسية
language-uk = الأوكرانية
language-en = الإنجليزية
language-fr = الفرنسية
language-de = الألمانية
language-am = الأمهرية

## Paged lists (staff, caseload)
pager-pages = الصفحات
pager-previous = السابق
pager-next = التالي
pager-page-of = الصفحة { $page } من { $pages }
pager-page = الصفحة { $page }
read-aloud = اقرأ الصفحة بصوت
read-aloud-stop = أوقف القراءة
