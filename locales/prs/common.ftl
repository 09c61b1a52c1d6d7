# Shell, navigation and messages shared by every page.

app-name = ⁨Lotse⁩
app-tagline = همراه شما برای یک آغاز نو
skip-to-content = رفتن به متن اصلی
nav-home = صفحه اصلی
nav-caseload = لست مراجعان
nav-sign-out = خروج
nav-signed-in-as = وارد شده به نام { $name }
language-label = زبان
language-submit = تغییر زبان
footer-privacy = معلومات شما نزد شاروالی شما نگهداری می‌شود. تنها کسانی آن را می‌بینند که روی دوسیهٔ شما کار می‌کنند.
offline-title = شما به انترنت وصل نیستید
offline-body = این صفحه هنوز در موبایل شما ذخیره نشده است. به انترنت وصل شوید و دوباره کوشش کنید.
form-errors-heading = لطفاً بخش‌های نشانی‌شده را بررسی کنید.
field-required = لطفاً این بخش را پر کنید.
field-too-long = این متن بسیار دراز است (حداکثر { $max } حرف).
date-invalid = لطفاً تاریخ را این‌طور بنویسید: ⁦2026-03-31⁩.
date-in-future = این تاریخ نمی‌تواند در آینده باشد.
phone-invalid = لطفاً نمبر تیلفون را تنها با عدد بنویسید (فاصله، + و - مشکلی ندارد).
optional = اختیاری
save = ذخیره
cancel = لغو
back = برگشت
# Error pages
error-title = مشکلی پیش آمد
error-not-found = این صفحه وجود ندارد، یا شما اجازه ندارید آن را باز کنید.
error-forbidden = شما اجازه ندارید این صفحه را باز کنید.
error-bad-request = فورم خوانده نشد. لطفاً دوباره کوشش کنید.
error-too-large = چیزی که فرستادید بسیار بزرگ است. لطفاً کمتر بفرستید.
error-cross-site = این فورم از یک ویب‌سایت دیگر فرستاده شده است، به همین خاطر قبول نشد. لطفاً ⁨Lotse⁩ را مستقیم باز کنید و دوباره کوشش کنید.
error-internal = در سیستم ما مشکلی پیش آمد. چیزی ذخیره نشد. لطفاً کمی بعد دوباره کوشش کنید.
error-unavailable = فعلاً ⁨Lotse⁩ در دسترس نیست. لطفاً کمی بعد دوباره کوشش کنید.
error-back-home = رفتن به صفحه اصلی
# Names of languages that clients speak (ISO 639 codes).
language-ar = عربی
language-fa = فارسی
language-prs = دری
language-ps = پشتو
language-ti = تیگرینیا
language-ku = کردی
language-so = سومالیایی
language-tr = ترکی
language-ru = روسی
language-uk = اوکراینی
language-en = انگلیسی
language-fr = فرانسوی
language-de = آلمانی
language-am = امهری

## Paged lists (staff, caseload)
pager-pages = صفحه‌ها
pager-previous = قبلی
pager-next = بعدی
pager-page-of = صفحه { $page } از { $pages }
pager-page = صفحه { $page }
read-aloud = خواندن صفحه با آواز
read-aloud-stop = بس کردن خواندن
