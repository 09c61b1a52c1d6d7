# Shell, navigation and messages shared by every page.

app-name = Lotse
app-tagline = Ваш провідник у новому житті
skip-to-content = Перейти до змісту
nav-home = Головна
nav-caseload = Огляд справ
nav-sign-out = Вийти
nav-signed-in-as = Ви увійшли як { $name }
language-label = Мова
language-submit = Змінити мову
footer-privacy = Ваші дані зберігає Ваша громада. Їх бачать лише люди, які працюють з Вашою справою.
offline-title = Немає підключення до інтернету
offline-body = Ця сторінка ще не збережена на Вашому телефоні. Підключіться до інтернету. Потім спробуйте ще раз.
form-errors-heading = Будь ласка, перевірте позначені поля.
field-required = Будь ласка, заповніть це поле.
field-too-long = Текст задовгий. Максимум символів: { $max }.
date-invalid = Будь ласка, введіть дату, наприклад 31.03.2026.
date-in-future = Ця дата не може бути в майбутньому.
phone-invalid = Будь ласка, введіть номер телефону лише цифрами. Можна також пробіли, + і -.
optional = необов’язково
save = Зберегти
cancel = Скасувати
back = Назад
# Error pages
error-title = Щось пішло не так
error-not-found = Такої сторінки немає. Або Вам не можна її відкривати.
error-forbidden = Вам не можна відкривати цю сторінку.
error-bad-request = Не вдалося прочитати форму. Будь ласка, спробуйте ще раз.
error-too-large = Ви надіслали забагато. Будь ласка, надішліть менше.
error-cross-site = Ця форма прийшла з іншого вебсайту. Тому її не прийнято. Будь ласка, відкрийте Lotse напряму і спробуйте ще раз.
error-internal = У нас сталася помилка. Нічого не збережено. Будь ласка, спробуйте ще раз трохи пізніше.
error-unavailable = Lotse зараз недоступний. Будь ласка, спробуйте ще раз трохи пізніше.
error-back-home = На головну сторінку
# Names of languages that clients speak (ISO 639 codes).
language-ar = Арабська
language-fa = Фарсі
language-prs = Дарі
language-ps = Пушту
language-ti = Тигринья
language-ku = Курдська
language-so = Сомалі
language-tr = Турецька
language-ru = Російська
language-uk = Українська
language-en = Англійська
language-fr = Французька
language-de = Німецька
language-am = Амхарська

## Paged lists (staff, caseload)
pager-pages = Сторінки
pager-previous = Назад
pager-next = Далі
pager-page-of = Сторінка { $page } з { $pages }
pager-page = Сторінка { $page }
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання
