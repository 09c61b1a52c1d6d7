# Planning group offers (coordination) and the volunteers' own pages.
groups-manage-title = Планувати групові заняття
group-new = Нове групове заняття
group-edit = Редагувати групове заняття
group-edit-link = Редагувати
group-plan-link = Зустрічі та волонтери
group-saved = Групове заняття збережено.
group-conflict = Тим часом хтось інший зберіг це групове заняття. Ваші дані не втрачено. Порівняйте обидві версії і збережіть ще раз, щоб залишити свою.
group-title-field = Назва
group-description-field = Опис
group-facts = Дані про групове заняття
group-category-field = Вид заняття
group-place-address = Введіть адресу нижче
group-address-field = Адреса або приміщення
group-address-hint = Наприклад: «Gemeindehaus, Kirchstraße 3, кімната 2». Для місця з довідника достатньо вказати приміщення.
group-place-needed = Будь ласка, виберіть місце або введіть адресу.
group-place-unknown = Такого місця немає в довіднику Вашого району.
group-capacity-field = Місця
group-contact-name = Контактна особа
group-needs-legend = Волонтери на кожну зустріч
group-needs-hint = Скільки людей потрібно на кожну зустріч для цього завдання? 0 означає: нікого.
group-published = Опубліковано (клієнти бачать це групове заняття)
groups-gaps-heading = Незайняті зміни на наступні { $weeks } тиж.
groups-gap-count = { $count ->
    [one] Ще вільне { $count } місце.
    [few] Ще вільні { $count } місця.
    [many] Ще вільно { $count } місць.
   *[other] Ще вільно { $count } місць.
}
groups-no-gaps = Усі зміни на найближчі тижні зайняті.
groups-col-when = Коли
groups-col-group = Група
groups-col-role = Завдання
groups-col-filled = Зайнято
groups-offers-heading = Групові заняття
groups-translations-heading = Переклади
groups-attendance-heading = Участь за останні дванадцять місяців
groups-attendance-hint = Кількість учасників за цільовими групами, без імен. Для звітів фінансувальникам.
groups-col-target = Цільова група
groups-col-sessions = Зустрічі
groups-col-counted = З них пораховано
groups-col-heads = Учасники
group-plan-seats = Зайнято місць: { $confirmed } з { $capacity }; у списку очікування: { $waiting }
group-plan-past = Показати минулі зустрічі (порахувати учасників)
group-plan-upcoming = Показати майбутні зустрічі
series-heading = Регулярні зустрічі
series-none = Регулярних зустрічей ще немає.
series-add = Створити регулярні зустрічі
series-repeat = Як часто?
series-repeat-weekly = Щотижня
series-repeat-biweekly = Раз на два тижні
series-repeat-monthly = Раз на місяць
series-nth = У місяці: який за рахунком день тижня?
series-nth-1 = Перший
series-nth-2 = Другий
series-nth-3 = Третій
series-nth-4 = Четвертий
series-nth-last = Останній
series-nth-invalid = Будь ласка, виберіть, який за рахунком це день тижня в місяці.
series-weekday = День тижня
series-time = Початок
series-minutes = Тривалість у хвилинах
series-minutes-invalid = Будь ласка, введіть тривалість від 1 до 600 хвилин.
series-first = Перша зустріч з
series-last = Остання зустріч до
series-last-before-first = Дата закінчення раніша за дату початку.
series-saved = Зустрічі створено.
series-weekly = Щотижня: { $weekday }
series-biweekly = Раз на два тижні: { $weekday }
series-monthly = { $nth ->
    [-1] Щомісяця: { $weekday }, останній такий день у місяці
    [1] Щомісяця: { $weekday }, перший такий день у місяці
    [2] Щомісяця: { $weekday }, другий такий день у місяці
    [3] Щомісяця: { $weekday }, третій такий день у місяці
    [4] Щомісяця: { $weekday }, четвертий такий день у місяці
    [one] Щомісяця: { $weekday }, { $nth }-й такий день у місяці
    [few] Щомісяця: { $weekday }, { $nth }-й такий день у місяці
    [many] Щомісяця: { $weekday }, { $nth }-й такий день у місяці
   *[other] Щомісяця: { $weekday }, { $nth }-й такий день у місяці
}
series-span = з { $first } по { $last }
series-from = починаючи з { $first }
one-off-add = Створити окрему зустріч
session-date = Дата
session-added = Зустріч створено.
session-in-past = Цей час уже минув.
session-change = Скасувати або перенести
session-reason = Причина (її бачать учасники і волонтери)
session-reason-needed = Будь ласка, вкажіть причину.
session-cancel = Скасувати зустріч
session-cancelled = Зустріч скасовано. Записаних волонтерів повідомлено.
session-new-date = Нова дата
session-new-time = Новий час
session-move = Перенести зустріч
session-moved = Зустріч перенесено. Записаних волонтерів повідомлено.
session-move-invalid = Будь ласка, вкажіть дату, час і причину.
session-not-changeable = Ця зустріч уже почалася або скасована.
session-conflict = Тим часом хтось інший змінив цю зустріч. Будь ласка, перевірте актуальні дані.
session-head-count = Пораховано учасників
head-count-saved = Кількість збережено.
head-count-invalid = Будь ласка, введіть число від 0 до 999.
group-volunteers-heading = Волонтери цієї групи
group-volunteers-groups = Групи
group-volunteer-add = Додати волонтера
group-volunteer-add-submit = Додати
group-volunteer-added = Тепер ця людина допомагає в цій групі.
group-volunteer-remove = Вилучити з групи
group-volunteer-removed = Ця людина більше не в цій групі. Її майбутні зміни тепер вільні.
group-volunteer-unknown = Будь ласка, виберіть волонтера з Вашої громади.
volunteers-title = Волонтери
volunteer-status = Стан
volunteer-active = Активний
volunteer-invited = Запрошений
invite-heading = Запросити волонтера
invite-hint = Людина отримає електронний лист із посиланням. За ним вона встановить свій пароль. Посилання діє 14 днів і лише один раз.
invite-name = Ім’я
invite-submit = Надіслати запрошення
invite-email-taken = Ця адреса вже належить до облікового запису.
invite-sent = Запрошення надіслано. Якщо воно не прийде, передайте це посилання:
invite-not-sent = Для Lotse не налаштовано поштовий сервер. Будь ласка, передайте це посилання самі, наприклад електронною поштою або в месенджері:
invite-mail-subject = Запрошення до Lotse
invite-mail-body = Вітаємо, { $name }!

    Запрошуємо Вас стати волонтером або волонтеркою в Lotse. Там Ви бачитимете зустрічі своїх груп і зможете записуватися на зміни одним дотиком.

    Відкрийте це посилання і встановіть свій пароль:
    { $link }

    Посилання діє { $days } дн. і лише один раз.
documents-heading = Документи
documents-hint = Lotse не зберігає копій, лише те, який документ було показано, хто його перевірив і до якої дати він дійсний.
documents-due-heading = Документи, строк дії яких закінчується
document-kind = Документ
document-kind-police_certificate = Розширена довідка про несудимість (erweitertes Führungszeugnis)
document-kind-measles = Захист від кору (Masernschutz)
document-kind-infection_protection = Інструктаж за законом про захист від інфекцій (Infektionsschutzgesetz)
document-kind-confidentiality = Зобов’язання про конфіденційність
document-valid-until-field = Дійсний до
document-valid-until-hint = Залиште порожнім, якщо строк дії документа не обмежений.
document-add = Внести документ
document-saved = Документ внесено.
document-remove = Видалити
document-removed = Документ видалено.
document-valid = { $kind }: надано
document-valid-until = { $kind }: дійсний до { $date }
document-expired = { $kind }: строк дії минув { $date }
document-checked = перевірив(-ла) { $name }, { $date }
notices-heading = Новини
notices-read = Позначити як прочитане
notice-late-cancellation = { $name } в останній момент відмовився(-лася) від зміни «{ $group }» { $when }.
notice-late-cancellation-volunteer = { $name } не може прийти до групи «{ $group }» { $when }. Чи можете Ви підмінити?
notice-session-cancelled = Зустріч «{ $group }» { $when } скасовано: { $reason }
notice-session-moved = Зустріч «{ $group }» перенесено на { $when }: { $reason }
notice-document-expiring = { $name }: строк дії документа «{ $kind }» закінчується { $date }
notice-document-expiring-volunteer = Строк дії Вашого документа «{ $kind }» закінчується { $date } Будь ласка, принесіть новий документ координатору.
shift-needs-certificate = Для цієї зміни Вам потрібна чинна розширена довідка про несудимість (erweitertes Führungszeugnis). Будь ласка, поговоріть зі своїм координатором.
invite-title = Ласкаво просимо до Lotse
invite-hello = Вітаємо, { $name }!
invite-intro = Встановіть свій пароль. Після цього Ви побачите зміни своїх груп.
invite-password = Новий пароль
invite-password-hint = Щонайменше 12 символів. Добре підходить речення, яке Ви легко запам’ятаєте.
invite-accept = Встановити пароль
invite-welcome = Ласкаво просимо! Ви увійшли.
profile-heading = Мій профіль
profile-intro = Що Ви вмієте і коли маєте час. Це допомагає координатору знайти для Вас відповідні групи.
profile-languages = Мови
profile-skills = Що я добре вмію
profile-availability = Коли я маю час
profile-availability-hint = Позначте, що зазвичай підходить.
profile-note = Ще щось?
profile-saved = Ваш профіль збережено.
profile-conflict = Тим часом Ваш профіль було збережено в іншому місці. Ваш вибір не втрачено; збережіть ще раз, щоб його застосувати.
skill-teaching = Навчати німецької мови
skill-childcare = Доглядати за дітьми
skill-sports = Проводити спортивні заняття
skill-cooking = Готувати їжу
skill-forms = Пояснювати бланки
skill-driving = Водіння (є посвідчення водія)
skill-crafts = Шиття і рукоділля
skill-interpreting = Усний переклад
day-part-am = зранку
day-part-pm = вдень
day-part-ev = увечері
hours-heading = Мої години
hours-this-year = Цього року: { $hours } год.
hours-recorded = Внесено: { $hours } год.
hours-not-recorded = Ще не внесено
hours-minutes = Хвилини
hours-save = Внести
hours-saved = Дякуємо! Час внесено.
hours-invalid = Будь ласка, введіть число від 0 до 720 хвилин.
hours-empty = Цього року у Вас ще не було жодної зміни.
hours-certificate = Підтвердження за цей рік
certificate-title = Підтвердження волонтерської діяльності
certificate-text = { $name } у { $year } році займався(-лася) волонтерською діяльністю у сфері інтеграції в громаді { $municipality }, загалом { $hours } год.
certificate-sessions = Зустрічі
certificate-hours = Години
certificate-thanks = Щиро дякуємо за Вашу працю!
certificate-print = Щоб надрукувати, скористайтеся функцією друку у Вашому браузері.
shifts-calendar-intro = За цим посиланням календар на Вашому телефоні показуватиме Ваші зміни. Скасування і перенесення з’являться там автоматично.
shifts-calendar-title = Мої зміни (Lotse)
ics-shift = { $title } ({ $role })
mail-reminder-subject = Lotse: нагадування
plan-group-sign-up = Записати на групове заняття
plan-group-choose = Групове заняття
plan-group-share = Клієнт погоджується, щоб волонтери групи бачили його ім’я.
plan-group-needed = Будь ласка, виберіть опубліковане групове заняття громади.
plan-group-confirmed = Записано: клієнт має місце.
plan-group-waitlist = Група заповнена: клієнт у списку очікування і автоматично отримає місце, коли воно звільниться.
plan-group-already = Клієнт уже записаний у цю групу.
plan-group-status-confirmed = має місце
plan-group-status-waitlist = у списку очікування
