# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = Працівники
admin-organisation-link = Організація
admin-log-link = Журнал змін

staff-title = Працівники
staff-more = Адміністрування
staff-invite = Запросити людину
staff-invite-intro = Людина отримує посилання, яке діє один раз і втрачає силу через 7 днів. За ним вона вибирає свій пароль. Якщо налаштовано поштовий сервер, посилання також надсилається електронною поштою.
staff-invite-submit = Запросити
staff-invited = Запрошено. Передайте посилання; воно показується лише зараз.
staff-search = Ім’я або e-mail
staff-search-submit = Шукати
staff-include-inactive = Показувати також деактивовані облікові записи
staff-found = { $count ->
    [one] Знайдено { $count } обліковий запис
    [few] Знайдено { $count } облікові записи
    [many] Знайдено { $count } облікових записів
   *[other] Знайдено { $count } облікового запису
}
staff-back = Назад до працівників
staff-role = Роль
staff-role-any = Усі ролі
staff-role-guide = Інтеграційний консультант
staff-role-lead = Керівник команди
staff-role-coordinator = Координатор
staff-role-volunteer_coordinator = Координатор волонтерів
staff-role-county_coordinator = Координатор району
staff-role-admin = Адміністратор
staff-municipality = Громада
staff-no-municipality = Без громади
staff-team = Команда
staff-no-team = Без команди
staff-name = Ім’я
staff-email = Адреса електронної пошти
staff-state-active = Активний
staff-state-inactive = Деактивовано
staff-state-invited = Запрошено, ще не входив(-ла)
staff-clients = { $count ->
    [one] { $count } клієнт
    [few] { $count } клієнти
    [many] { $count } клієнтів
   *[other] { $count } клієнта
}
staff-account = Обліковий запис
staff-save = Зберегти
staff-saved = Збережено.
staff-own-account = Це Ваш власний обліковий запис. Деактивувати його може лише інша людина.
staff-own-rights = Роль, громаду і команду Вашого власного облікового запису змінює інша людина.
staff-team-fixed = { $count ->
    [1] Ця людина супроводжує одного клієнта. Команду і роль можна змінити лише після того, як справу буде передано.
    [one] У цієї людини { $count } клієнт. Команду і роль можна змінити лише після того, як справи буде передано.
    [few] У цієї людини { $count } клієнти. Команду і роль можна змінити лише після того, як справи буде передано.
    [many] У цієї людини { $count } клієнтів. Команду і роль можна змінити лише після того, як справи буде передано.
   *[other] У цієї людини { $count } клієнта. Команду і роль можна змінити лише після того, як справи буде передано.
}
staff-access = Доступ
staff-deactivate-intro = Деактивація одразу завершує всі сеанси цієї людини. Вона більше не зможе ввійти. Її ім’я залишиться при всьому, що вона написала.
staff-deactivate = Деактивувати
staff-deactivated = Деактивовано. Усі сеанси завершено.
staff-deactivate-clients = { $count ->
    [1] За цією людиною ще закріплено одного клієнта. Передайте справу, щоб клієнта й далі супроводжували.
    [one] У цієї людини ще { $count } клієнт. Передайте справи, щоб клієнтів і далі супроводжували.
    [few] У цієї людини ще { $count } клієнти. Передайте справи, щоб клієнтів і далі супроводжували.
    [many] У цієї людини ще { $count } клієнтів. Передайте справи, щоб клієнтів і далі супроводжували.
   *[other] У цієї людини ще { $count } клієнта. Передайте справи, щоб клієнтів і далі супроводжували.
}
staff-reactivate-intro = Знову активувати: людина зможе знову ввійти зі своїм попереднім паролем.
staff-reactivate = Знову активувати
staff-reactivated = Знову активовано.
staff-reset-intro = Забули пароль? Нове одноразове посилання дає людині змогу вибрати новий пароль. Щойно вона це зробить, її сеанси завершаться.
staff-reset = Створити нове посилання для пароля
staff-new-invite-intro = Запрошення ще не прийнято. Нове посилання замінює старе.
staff-new-invite = Створити нове посилання-запрошення
staff-link-title = Посилання для цієї людини
staff-link-once = Це посилання показується лише зараз і діє один раз, протягом 7 днів.
staff-link-made = Нове посилання створено. Воно показується лише зараз.
staff-refused-last-admin = Це останній активний адміністратор. Ця роль залишається, доки її не матиме інша людина.
staff-refused-has-clients = Ця людина ще супроводжує клієнтів. Спочатку передайте справи; тоді можна змінити команду і роль.
staff-refused-conflict = Тим часом хтось змінив цей обліковий запис. Сторінка тепер показує нову версію; Ваші дані ще є у формі.
staff-email-taken = Ця адреса електронної пошти вже належить іншому обліковому запису.
staff-role-not-yours = Ви не можете призначати цю роль.
staff-team-needed = Інтеграційні консультанти мають належати до команди.
staff-municipality-needed = Виберіть громаду.
staff-team-elsewhere = Ця команда належить до іншої громади.
staff-mail-subject = Ваш доступ до Lotse
staff-mail-body = Добрий день, { $name }!

    Для Вас створено обліковий запис у Lotse. Виберіть свій пароль тут (посилання діє один раз, протягом { $days } дн.):

    { $link }
staff-reset-mail-subject = Новий пароль для Lotse
staff-reset-mail-body = Добрий день, { $name }!

    Виберіть тут новий пароль для Lotse (посилання діє один раз, протягом { $days } дн.):

    { $link }

staff-log-title = Журнал змін
staff-log-intro = Хто, коли і який обліковий запис або яку частину організації змінив. Журнал не містить даних клієнтів.
staff-change-invited = Запрошено
staff-change-invited-again = Запрошено повторно
staff-change-reset-link = Створено посилання для нового пароля
staff-change-password-set = Пароль вибрано
staff-change-changed = Обліковий запис змінено
staff-change-deactivated = Деактивовано
staff-change-reactivated = Знову активовано
staff-change-municipality-added = Громаду створено
staff-change-municipality-changed = Громаду змінено
staff-change-provider-added = Організацію створено
staff-change-provider-changed = Організацію змінено
staff-change-team-added = Команду створено
staff-change-team-changed = Команду змінено

staff-password-title = Ласкаво просимо до Lotse
staff-password-reset-title = Виберіть новий пароль
staff-password-intro = Добрий день, { $name }. Виберіть свій пароль; потім увійдіть з ним.
staff-password = Пароль
staff-password-hint = Щонайменше 12 символів. Добре підходить речення, яке Ви можете запам’ятати.
staff-password-submit = Зберегти пароль
staff-password-set = Пароль збережено
staff-password-set-next = Тепер увійдіть зі своєю адресою електронної пошти та новим паролем.
staff-signin-now = До входу

organisation-title = Організація
organisation-county = Район (Landkreis)
organisation-no-county = ще не створено
organisation-county-name = Назва району
organisation-municipalities = Громади
organisation-municipality-new = Нова громада
organisation-municipality-name = Назва громади
organisation-caseload-target = Цільове навантаження: клієнтів на одну повну ставку
organisation-caseload-target-hint = Наприклад, 80 для «не більше ніж 1:80».
organisation-ratio = Відкритих справ: { $clients }, працівників: { $staff }, цільове навантаження 1:{ $target }
organisation-edit = Змінити
organisation-retention = Зберігання закритих справ (місяців)
organisation-retention-hint = Стільки часу клієнти ще можуть читати свої дані, а справу можна знову відкрити. Після цього її видаляють.
organisation-retention-range = Число від 6 до 120.
organisation-save = Зберегти
organisation-add = Створити
organisation-saved = Збережено.
organisation-added = Створено.
organisation-providers = Організації
organisation-providers-intro = Організації, у яких працюють команди, наприклад Caritas, Diakonie, AWO, DRK або саме місто.
organisation-provider-new = Нова організація
organisation-provider-name = Назва організації
organisation-provider-contact = Контакт
organisation-provider-teams = { $count ->
    [one] { $count } команда
    [few] { $count } команди
    [many] { $count } команд
   *[other] { $count } команди
}
organisation-teams = Команди
organisation-team-new = Нова команда
organisation-team-name = Назва команди
organisation-team-municipality = Громада
organisation-team-provider = Організація
organisation-team-lead = Керівник команди
organisation-team-no-lead = немає
organisation-team-members = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
organisation-team-staff = Працівники цієї команди
organisation-name-taken = Така назва тут уже є.
organisation-target-range = Число від 10 до 300.
organisation-county-first = Спочатку створіть громаду (разом з районом).
organisation-choose = Будь ласка, виберіть.

# Which languages a municipality's clients may choose.
organisation-client-langs = Мови для клієнтів
organisation-client-langs-hint = Застосунок для клієнтів пропонує лише ці мови.
organisation-client-langs-needed = Будь ласка, виберіть щонайменше одну мову.
