# Shell, navigation and messages shared by every page.

app-name = ⁨Lotse⁩
app-tagline = راهنمای شما برای یک شروع تازه
skip-to-content = رفتن به متن اصلی
nav-home = صفحه اصلی
nav-caseload = فهرست مراجعان
nav-sign-out = خروج
nav-signed-in-as = وارد شده با نام { $name }
language-label = زبان
language-submit = تغییر زبان
footer-privacy = اطلاعات شما نزد شهرداری شما نگه‌داری می‌شود. فقط کسانی آن را می‌بینند که روی پرونده شما کار می‌کنند.
offline-title = شما به اینترنت وصل نیستید
offline-body = این صفحه هنوز روی گوشی شما ذخیره نشده است. به اینترنت وصل شوید و دوباره امتحان کنید.
form-errors-heading = لطفاً بخش‌های علامت‌خورده را بررسی کنید.
field-required = لطفاً این بخش را پر کنید.
field-too-long = این متن خیلی بلند است (حداکثر { $max } حرف).
date-invalid = لطفاً تاریخ را این‌طور بنویسید: ⁦2026-03-31⁩.
date-in-future = این تاریخ نمی‌تواند در آینده باشد.
phone-invalid = لطفاً شماره تلفن را فقط با عدد بنویسید (فاصله، + و - اشکالی ندارد).
optional = اختیاری
save = ذخیره
cancel = لغو
back = بازگشت
# Error pages
error-title = مشکلی پیش آمد
error-not-found = این صفحه وجود ندارد، یا شما اجازه ندارید آن را باز کنید.
error-forbidden = شما اجازه ندارید این صفحه را باز کنید.
error-bad-request = فرم خوانده نشد. لطفاً دوباره امتحان کنید.
error-too-large = چیزی که فرستادید خیلی بزرگ است. لطفاً کمتر بفرستید.
error-cross-site = این فرم از یک وب‌سایت دیگر فرستاده شده است، برای همین پذیرفته نشد. لطفاً ⁨Lotse⁩ را مستقیم باز کنید و دوباره امتحان کنید.
error-internal = در سیستم ما مشکلی پیش آمد. چیزی ذخیره نشد. لطفاً کمی بعد دوباره امتحان کنید.
error-unavailable = الان به ⁨Lotse⁩ دسترسی نیست. لطفاً کمی بعد دوباره امتحان کنید.
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
read-aloud = خواندن صفحه با صدا
read-aloud-stop = توقف خواندن
