# The end of a case: closing, episodes of support, reopening (staff), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = Закриття
case-closed-banner = Ця справа закрита з { $date } Її можна лише читати.
case-closed-more = Закриття і повторне відкриття
error-case-closed = Цей супровід завершено. Усе ще можна читати, але вже нічого не можна змінити.

closing-title = Закрити справу
closing-intro = Мета інтеграційного супроводу — щоб він більше не був потрібен. Запишіть, чому супровід завершується і що сталося з відкритими цілями. Клієнт побачить на своїй головній сторінці, що супровід завершено і до кого можна звернутися.
closing-reason = Причина
closing-reason-independent = Дає собі раду самостійно
closing-reason-regular_services = Передано стандартним службам
closing-reason-moved = Переїхав(-ла)
closing-reason-unreachable = Більше не виходить на зв’язок
closing-reason-declined = Відмовився(-лася) від подальшої підтримки
closing-reason-other = Інша причина
closing-handed-to = Кому передано
closing-handed-to-none = Без передачі
closing-only-handed = лише при передачі стандартним службам
closing-moved-to = Куди переїхав(-ла)
closing-only-moved = лише при переїзді
closing-outcomes = Що сталося з відкритими цілями?
goal-outcome-achieved = Досягнуто
goal-outcome-partly = Частково досягнуто
goal-outcome-not_achieved = Не досягнуто
goal-outcome-no_longer_relevant = Більше не актуально
closing-note = Підсумкова нотатка
closing-note-hint = Коротко: що досягнуто і що залишається відкритим.
closing-submit = Закрити справу
closing-own-guide-only = Закрити справу може лише інтеграційний консультант цього клієнта.
closing-closed-heading = Закрито
closing-kept-until = Справа зберігається до { $date } До цього часу клієнт може її читати, і її можна відкрити знову.
closing-reopen-intro = Клієнтові знову потрібен супровід? Тоді починається новий етап супроводу.
closing-reopen = Відкрити справу знову
closing-episodes = Етапи супроводу
closing-no-episodes = Ще немає завершеного етапу супроводу.
closing-closed-by = Закрив(-ла): { $name }
closing-reopened-by = Знову відкрито { $date } Хто відкрив: { $name }
closing-done = Справу закрито.
closing-reopened = Справу знову відкрито.
closing-goals-changed = Відкриті цілі тим часом змінилися. Будь ласка, перевірте результати ще раз.
closing-too-late = Строк зберігання минув. Справу більше не можна відкрити знову.
closing-handed-to-needed = Виберіть, кому передано справу.
closing-moved-to-needed = Куди переїхав клієнт?
closing-outcome-needed = Будь ласка, виберіть результат для кожної відкритої цілі.
handed-to-jobcenter = центр зайнятості (Jobcenter), ведення справ (Fallmanagement)
handed-to-migration_advice = міграційна консультація для дорослих (Migrationsberatung für Erwachsene, MBE)
handed-to-youth_migration = міграційна служба для молоді (Jugendmigrationsdienst, JMD)
handed-to-social_services = відділ соціальної допомоги (Sozialamt)
handed-to-other = інша служба
caseload-state = Справи
caseload-state-open = Відкриті справи
caseload-state-closed = Закриті справи

access-detail-closing = Закриття
access-detail-closed = Справу закрито
access-detail-reopened = Справу знову відкрито
access-detail-history = Журнал
access-detail-consents = Згоди
access-detail-caseload = Огляд справ

client-ended-heading = Ваш супровід завершено
client-ended-on = Ваш інтеграційний супровід завершився { $date }
client-ended-handed = Тепер Вам допомагає { $service }.
client-ended-moved = Тепер Вам допомагає місцева служба інтеграції за новим місцем проживання: { $place }.
client-ended-independent = Тепер Ви впораєтеся самі. Успіхів Вам!
client-ended-again = Вам знову потрібна допомога? Зверніться до служби інтеграції у громаді { $municipality }.
client-ended-read = Свій план і свої дані Ви можете читати до { $date }

moves-title = Передати справи
moves-intro = Коли хтось іде з роботи або команду ділять: передайте кілька чи всі справи консультанта за один крок одному або кільком іншим консультантам тієї самої організації. Усередині організації нова згода не потрібна; кожен новий консультант бачить те саме, що бачив попередній, і не більше. Кожну таку передачу записують як окрему передачу справи.
moves-from = Справи консультанта
moves-choose = Вибрати
moves-open-cases = { $count ->
    [one] { $count } відкрита справа
    [few] { $count } відкриті справи
    [many] { $count } відкритих справ
   *[other] { $count } відкритих справ
}
moves-inactive = деактивовано
moves-clients-of = Справи консультанта: { $name }
moves-no-clients = У цього консультанта немає відкритих справ.
moves-which-clients = Які справи?
moves-to-whom = Кому?
moves-to-whom-hint = Якщо вибрано кількох консультантів, кожну наступну справу отримує той, у кого в цей момент найменше справ.
moves-preview = Попередній перегляд
moves-choose-both = Виберіть щонайменше одну справу і щонайменше одного консультанта.
moves-preview-heading = { $count ->
    [one] Попередній перегляд: буде передано { $count } справу
    [few] Попередній перегляд: буде передано { $count } справи
    [many] Попередній перегляд: буде передано { $count } справ
   *[other] Попередній перегляд: буде передано { $count } справ
}
moves-caseload-change = Справ: { $now } → { $after } (цільове навантаження 1:{ $target })
moves-over-target = понад цільове навантаження
moves-sees-team = Та сама команда: бачить справу, як і раніше.
moves-sees-provider = Та сама організація, інша команда: бачить справу, як і раніше, без нової згоди.
moves-client = Клієнт
moves-new-guide = Новий консультант
moves-reason = Привід
moves-confirm = Передати зараз
moves-default-reason = Справи передано
moves-done = Справи передано.
moves-done-one = Справу передано.
moves-changed = Тим часом у цих справах щось змінилося. Нічого не передано; будь ласка, ще раз перевірте попередній перегляд.
access-detail-moved = Справу передано

deputy-title = Заміна
deputy-intro = Під час відпустки або хвороби консультанта заміняє колега з команди. У цей час заступник відкриває справи так само, як їх бачить сам консультант, і не більше. Кожен доступ записується в журнал під іменем заступника. Клієнти бачать на своїй головній сторінці, хто заміняє консультанта.
deputy-current = Зараз і найближчим часом
deputy-none = Заміну не внесено.
deputy-line = { $guide }: заміняє { $deputy }
deputy-period = з { $from } по { $to }
deputy-end = Завершити
deputy-new = Внести заміну
deputy-for = Кого заміняють
deputy-who = Хто заміняє
deputy-from = З
deputy-to = До
deputy-save = Внести
deputy-saved = Заміну внесено.
deputy-ended = Заміну завершено.
deputy-not-self = Людина не може заміняти сама себе.
deputy-past = Цей період уже минув.
deputy-order = Дата закінчення раніша за дату початку.
deputy-too-long = Максимум днів: { $max }. Для довшої відсутності передайте справи.
client-deputy = Зараз замість Вашого інтеграційного консультанта Вам допомагає { $name }. Ви можете звертатися до цієї людини: { $name }.
