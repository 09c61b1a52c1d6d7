# The local network: organisations, partner accounts, the resource exchange and the public list.
network-title = Мережа
network-actors = Учасники мережі
network-exchange = Біржа ресурсів
network-board = Надрукувати оголошення
network-intro = Хто що робить у громаді: організації, об’єднання, організації мігрантів, релігійні громади, житлові компанії, роботодавці, школи й установи.
network-filter-all = Усі
network-filter-apply = Показати
nav-network = Мережа

actor-kind-provider = Організація (Träger)
actor-kind-club = Об’єднання або товариство
actor-kind-migrant = Організація мігрантів
actor-kind-faith = Релігійна громада
actor-kind-housing = Житлова компанія
actor-kind-employer = Роботодавець
actor-kind-school = Школа або дитячий садок
actor-kind-office = Установа або орган влади
actor-kind-other = Інше

actor-new = Новий учасник мережі
actor-edit = Редагувати запис
actor-save-new = Додати учасника мережі
actor-saved = Запис збережено.
actor-conflict = Тим часом хтось інший зберіг цей запис. Те, що Ви написали, ще тут. Порівняйте і збережіть знову.
actor-form-name = Назва
actor-form-kind = Вид
actor-form-district = Частина громади
actor-whole-municipality = Уся громада
actor-form-about = Чим вони займаються
actor-form-audience = Для кого
actor-form-languages = Мови
actor-form-contact = Контакт
actor-form-contact-name = Контактна особа
actor-form-phone = Телефон
actor-form-email = Електронна пошта
actor-form-website = Вебсайт
actor-form-offices = Місця в довіднику
actor-form-groups = Групові заняття
actor-form-public = Учасник мережі погоджується на публічне розміщення в списку (з контактами).
actor-filter-name = Назва містить
actor-audience-line = Для кого: { $audience }
actor-languages-line = Мови: { $languages }
actor-listed-publicly = у публічному списку
actors-count = { $count ->
    [one] { $count } учасник мережі
    [few] { $count } учасники мережі
    [many] { $count } учасників мережі
   *[other] { $count } учасника мережі
}
actors-empty = Учасників мережі не знайдено.
actors-public-link = Переглянути публічний список
actor-translations = Переклади
actor-translations-hint = Публічний список показує переклад лише після того, як його опубліковано; інакше він показує німецький текст.
website-invalid = Будь ласка, вкажіть адресу, що починається з https://.

partner-heading = Партнерські доступи
partner-hint = Маючи партнерський доступ, контактна особа веде запис своєї організації та її пропозиції й запити. Більше нічого в Lotse вона не бачить.
partner-name = Ім’я контактної особи
partner-email = Адреса електронної пошти
partner-invite = Запросити
partner-invited-notice = Партнерський доступ створено.
partner-link-once = Посилання-запрошення (видно лише зараз, діє 7 днів). Передайте його цій людині:
partner-active = активний
partner-invited = запрошено
partner-ended = завершено
partner-end = Завершити доступ
partner-ended-notice = Партнерський доступ завершено.
partner-intro = Тут Ви ведете запис своєї організації та свої пропозиції й запити на біржі ресурсів. Координатор пропонує відповідних партнерів; обидві сторони підтверджують.
partner-posts = Ваші пропозиції та запити
partner-no-posts = Ви ще нічого не додали.
partner-entry = Ваш запис
partner-entry-hint = Так Ваша організація відображається в роботі з інтеграції та, якщо Ви погодитеся, у публічному списку.

exchange-intro = «Ми пропонуємо … / Ми шукаємо …»: приміщення, волонтери, мовне посередництво, обладнання, знання, поїздки та речові пожертви. Lotse пропонує відповідні записи (тема, частина громади, період).
exchange-side-offer = Ми пропонуємо
exchange-side-seek = Ми шукаємо
exchange-topic-rooms = Приміщення
exchange-topic-volunteers = Волонтери
exchange-topic-interpreters = Мовне посередництво
exchange-topic-equipment = Обладнання
exchange-topic-know_how = Знання та консультації
exchange-topic-transport = Поїздки та перевезення
exchange-topic-donations = Речові пожертви
exchange-open-posts = Відкриті записи
exchange-empty = Немає відкритих записів.
exchange-matches = Поєднання
exchange-exchanged = Поєднано за останні 12 місяців
exchange-count = Кількість
exchange-nothing-exchanged = Ще нічого не поєднано.

post-new = Новий запис
post-form-side = Пропоную або шукаю
post-form-topic = Тема
post-form-title = Що саме
post-form-title-hint = Коротко, напр. «Групове приміщення на 20 осіб, вівторок увечері».
post-form-details = Подробиці
post-form-district = Частина громади
post-form-from = З
post-form-until = До
post-form-period-hint = Якщо не вказано: від сьогодні на 90 днів. Після цього запис зникає сам.
post-save = Додати запис
post-saved = Запис збережено.
post-period = з { $from } до { $until }
post-owner-municipality = Служба інтеграції громади
post-until-before-from = Кінець раніше за початок.
post-until-past = Кінець уже минув.
post-too-long = Запис діє не довше ніж { $max } дн. Після цього, будь ласка, додайте його знову.
post-close = Закрити запис
post-closed = Цей запис закрито.
post-closed-notice = Запис закрито.

proposals-heading = Пропозиції від Lotse
proposals-hint = Підібрано за темою, частиною громади та періодом; спочатку та сама частина громади.
proposals-empty = Зараз нічого не підходить.
proposal-fit-district = Та сама частина громади
proposal-fit-municipality = Для всієї громади
proposal-match = Поєднати

match-made = Поєднання створено. Тепер обидві сторони мають підтвердити.
match-already = Ці два записи вже поєднано.
match-waiting = Чекає на підтвердження
match-agreed = Домовлено
match-declined = Відхилено
match-side-confirmed = підтверджено
match-side-waiting = ще не вирішено
match-side-declined = відхилено
match-confirm = Підтвердити
match-confirm-offer = Підтвердити за сторону, що пропонує
match-confirm-seek = Підтвердити за сторону, що шукає
match-decline = Відхилити
match-confirmed-notice = Підтверджено. Тепер має підтвердити інша сторона.
match-agreed-notice = Обидві сторони підтвердили. Контакти тепер показано при поєднанні.
match-declined-notice = Поєднання відхилено.
match-unchanged = Тим часом це поєднання змінилося.
match-agreed-on = Домовлено { $date }
match-contacts = Контакт:

board-title = Біржа ресурсів: { $municipality }
board-as-of = Станом на: { $date }
board-hint = Для дошки оголошень на зустрічі мережі: надрукуйте цю сторінку (Ctrl+P).
board-offer = Ми пропонуємо
board-seek = Ми шукаємо

actors-title = Хто де допомагає
actors-intro = Об’єднання, консультаційні служби, релігійні громади та інші, хто допомагає поруч із Вами.
actors-for-whom = Для кого:
actors-languages = Мови: { $languages }
actors-places = Де їх знайти:
actors-public-empty = Тут поки нічого немає.

record-name-network = Місцева мережа та біржа ресурсів
record-purpose-network = Показувати місцевих учасників мережі (об’єднання, організації, релігійні громади, роботодавців, установи) з їхніми пропозиціями; поєднувати пропозиції та запити на біржі ресурсів; партнерські доступи для контактних осіб.
record-basis-network = Ст. 6(1)(e) GDPR (завдання інтеграційної роботи); публічний список і контактні особи – за згодою, ст. 6(1)(a) GDPR.
record-subjects-network = Контактні особи учасників мережі; працівники, які створюють записи.
record-data-network = Ім’я, телефон і електронна пошта контактної особи, записи біржі з періодом дії, підтвердження. Записи видаляються через рік після їх завершення; завершений партнерський доступ більше не може ввійти.
record-recipients-network = Працівники громади; публічно – лише учасники мережі, які погодилися; контакти поєднання передаються іншій стороні після того, як обидві підтвердили.
post-form-for = Для: { $actor }
actor-post-heading = Додати пропозицію або запит для цього учасника мережі
board-more = Ще є старіші відкриті записи: { $count }. Їх можна знайти на біржі ресурсів.
