# Sign-in, activation, sign-out, first set-up.

signin-title = تسجيل الدخول
signin-client-heading = سجّل الدخول برقمك وبالرقم السري (⁨PIN⁩)
signin-client-intro = حصلت على رقمك من مرشد الاندماج الخاص بك.
signin-number = رقمك في ⁨Lotse⁩
signin-number-hint = 8 أرقام، مثلًا ⁦1234 5678⁩
signin-pin = الرقم السري (⁨PIN⁩) أو عبارة المرور
signin-submit = دخول
signin-failed = رقمك في ⁨Lotse⁩ أو الرقم السري (⁨PIN⁩) غير صحيح. يرجى المحاولة مرة أخرى.
signin-staff-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
signin-rate-limited = محاولات خاطئة كثيرة. يرجى الانتظار { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} ثم المحاولة مرة أخرى.
signin-session-expired = تم تسجيل خروجك لأنك غبت بعض الوقت. يرجى تسجيل الدخول مرة أخرى.
signin-signed-out = تم تسجيل خروجك. إلى اللقاء!
signin-activate-link = لدي رمز تفعيل
signin-directory-link = المكاتب والمساعدة – بدون تسجيل دخول
signin-staff-link = دخول الموظفين والمتطوعين
signin-client-link = دخول المستفيدين
signin-staff-heading = دخول الموظفين والمتطوعين
signin-email = عنوان البريد الإلكتروني
signin-password = كلمة المرور
email-invalid = يرجى كتابة عنوان بريد إلكتروني مثل ⁦name@example.org⁩.
activate-title = فعّل حسابك
activate-intro = أعطاك مرشد الاندماج رمز تفعيل. اكتبه هنا واختر رقمًا سريًا (⁨PIN⁩). ستحتاج إلى الرقم السري في كل مرة تسجّل فيها الدخول.
activate-code = رمز التفعيل
activate-code-hint = 10 حروف وأرقام، مثلًا ⁦ABCD-EFGH-JK⁩
activate-pin = اختر رقمًا سريًا (⁨PIN⁩) من 6 أرقام على الأقل، أو عبارة مرور من 12 حرفًا على الأقل
activate-pin-repeat = اكتب الرقم السري (⁨PIN⁩) مرة أخرى
activate-submit = تفعيل
activate-code-invalid = رمز التفعيل هذا غير صالح. ربما تم استخدامه من قبل أو انتهت مدته. يرجى طلب رمز تفعيل جديد من مرشدك.
pin-too-short = الرقم السري (⁨PIN⁩) يحتاج إلى 6 أرقام على الأقل. عبارة المرور تحتاج إلى 12 حرفًا على الأقل.
pin-too-simple = من السهل جدًا تخمين هذا الرقم السري. لا تستخدم أرقامًا متكررة أو متتالية.
pin-too-long = الرقم السري طويل جدًا (128 حرفًا على الأكثر).
pin-mismatch = الرقمان السريان غير متطابقين.
activate-done-heading = حسابك جاهز
activate-done-number = رقمك في ⁨Lotse⁩ هو { $number }. اكتبه على ورقة. ستحتاج إليه مع الرقم السري (⁨PIN⁩) لتسجيل الدخول.
client-access-renewed = أُعيد إعداد دخولك في { $date }. أعطى { $name } رمز تفعيل جديدًا لذلك. إذا لم تكن أنت من فعل ذلك، فأخبر مرشدك أو المكتب فورًا.
password-too-short = كلمة المرور تحتاج إلى 12 حرفًا على الأقل.
setup-title = إعداد ⁨Lotse⁩
setup-intro = أنشئ أول حساب للمسؤول. هذا الرابط يعمل مرة واحدة فقط.
setup-name = اسمك
setup-submit = إنشاء حساب المسؤول
setup-token-invalid = رابط الإعداد هذا غير صالح أو تم استخدامه من قبل.
resume-signin-notice = تم تسجيل خروجك أثناء ملء نموذج. سجّل الدخول مرة أخرى. ما كتبته محفوظ، ويمكنك إرساله بعد ذلك.
resume-heading = هل تريد إرسال النموذج؟
resume-intro = لقد سجّلت الدخول مرة أخرى. النموذج الذي ملأته لم يُرسَل بعد.
resume-send = إرسال النموذج
resume-discard = لا ترسله
resume-shows = هذا النموذج يُرسَل إلى { $path }. وفيه:
resume-signin-lost = تم تسجيل خروجك. سجّل الدخول مرة أخرى. لم نتمكن من حفظ النموذج. املأه مرة أخرى بعد ذلك.

## تسجيل الدخول بخطوتين (الموظفون)
two-factor-title = الخطوة الثانية لتسجيل الدخول
two-factor-intro = اكتب الرمز المكوّن من ستة أرقام من تطبيق المصادقة.
two-factor-code = الرمز
two-factor-code-hint = بدون هاتفك: أحد رموز الاسترداد الخاصة بك.
two-factor-submit = دخول
two-factor-wrong = هذا الرمز غير صحيح أو تم استخدامه من قبل.
two-factor-expired = استغرق تسجيل الدخول وقتًا طويلًا. يرجى تسجيل الدخول مرة أخرى.
two-factor-enrol-title = إعداد تسجيل الدخول بخطوتين
two-factor-enrol-intro-required = تسجيل الدخول بخطوتين إلزامي لحسابك. قم بإعداده الآن.
two-factor-enrol-steps = امسح رمز الاستجابة السريعة بتطبيق مصادقة (مثلًا ⁨Aegis⁩ أو ⁨FreeOTP⁩) أو اكتب المفتاح بنفسك. ثم اكتب الرمز الذي يظهر في التطبيق.
two-factor-qr-label = رمز الاستجابة السريعة لتطبيق المصادقة
two-factor-secret = المفتاح لكتابته بنفسك:
two-factor-enrol-submit = إعداد
two-factor-security-title = تسجيل الدخول بخطوتين
two-factor-on = تسجيل الدخول بخطوتين مفعّل.
two-factor-off = تسجيل الدخول بخطوتين غير مفعّل.
two-factor-required-note = وهو إلزامي لحسابك.
two-factor-recovery-left = رموز الاسترداد غير المستخدمة: { $count }
two-factor-new-codes = إنشاء رموز استرداد جديدة
two-factor-codes-title = رموز الاسترداد الخاصة بك
two-factor-codes-intro = اكتب هذه الرموز على ورقة واحفظها في مكان آمن. كل رمز يعمل مرة واحدة عندما لا يكون هاتفك معك. تظهر هذه الرموز الآن فقط.
two-factor-disable = إيقاف
two-factor-disable-intro = للإيقاف، اكتب رمزًا حاليًا من التطبيق.
two-factor-enabled = تم إعداد تسجيل الدخول بخطوتين.
two-factor-disabled = تم إيقاف تسجيل الدخول بخطوتين.
two-factor-link = تسجيل الدخول بخطوتين
