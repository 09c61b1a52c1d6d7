# The manager view for guides, team leads, coordinators and admins.

caseload-title = Огляд справ
caseload-scope-own = Мої клієнти
caseload-scope-team = Клієнти команди { $team }
caseload-scope-municipality = Клієнти в громаді { $municipality }
caseload-count = { $count ->
    [one] { $count } клієнт
    [few] { $count } клієнти
    [many] { $count } клієнтів
   *[other] { $count } клієнта
}
caseload-empty = Клієнтів ще немає.
caseload-new-client = Додати клієнта
caseload-col-name = Ім’я
caseload-col-languages = Мови
caseload-col-household = Домогосподарство
caseload-col-last-contact = Останній контакт
caseload-col-guide = Інтеграційний консультант
caseload-household-size = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
caseload-no-contact = ще не було
client-new-title = Додати клієнта
client-new-intro = Обов’язкове лише ім’я. Усе інше можна доповнити пізніше разом із клієнтом.
client-first-name = Ім’я
client-last-name = Прізвище
client-birth-date = Дата народження
client-preferred-lang = Мова застосунку для клієнта
client-languages = Мови, якими володіє
client-phone = Телефон
client-create = Додати клієнта
client-detail-personal = Особисті дані
client-detail-household = Домогосподарство
client-detail-household-empty = Інших членів домогосподарства не внесено.
client-detail-guide = Інтеграційний консультант
client-detail-last-contact = Останній контакт
client-relation-partner = Партнер / партнерка
client-relation-child = Дитина
client-relation-parent = Один із батьків
client-relation-other = Інший родич
household-add-heading = Додати члена домогосподарства
household-first-name = Ім’я
household-relation = Родинний зв’язок
household-birth-date = Дата народження
household-add = Додати
household-added = Члена домогосподарства додано.
client-created = Клієнта додано.
activation-heading = Доступ до застосунку
activation-active = Доступ до застосунку активовано.
activation-pending = Код активації видано. Він дійсний до { $date }
activation-none = Немає дійсного коду активації. Видайте новий код, щоб надати доступ до застосунку.
activation-issue = Видати новий код активації
activation-reissue-note = Новий код робить недійсними всі попередні коди.
activation-code-heading = Код активації: { $name }
activation-code-instructions = Передайте цей код клієнтові. Код діє один раз і дійсний до { $date } Клієнт сканує QR-код або відкриває сторінку активації та вводить код.
activation-code-once = Цей код показано лише зараз. Роздрукуйте або запишіть його.
activation-print = Друкувати
activation-qr-label = QR-код, що відкриває сторінку активації
activation-number = Клієнт входить із номером { $number } і власним PIN-кодом.
admin-home-title = Адміністрування
admin-home-intro = Тут Ви керуєте працівниками, організацією (громади, організації, команди) та двоетапним входом.
admin-two-factor-title = Двоетапний вхід
admin-two-factor-intro = Адміністратори завжди входять у два етапи. Тут Ви визначаєте, в яких громадах це обов’язково також для інтеграційних консультантів і координаторів.
admin-two-factor-required = Обов’язково для інтеграційних консультантів і координаторів у громадах:
admin-two-factor-save = Зберегти
admin-two-factor-saved = Збережено.
coordinator-note = Як координатор Ви бачите огляд, але не справи клієнтів.
caseload-groups = Планувати групові заняття
caseload-directory = Редагувати довідник

# Linked households: adults of one household with their own case.
household-linked-heading = Дорослі в домогосподарстві з власною справою
household-linked-hint = Кожна особа має власний план. Пов’язані справи Ви бачите разом і можете написати одну нотатку для кількох осіб.
household-linked-empty = Жодної справи ще не пов’язано.
household-others = { $count ->
    [1] Ще один член домогосподарства має іншого інтеграційного консультанта.
    [one] Ще { $count } член домогосподарства має інших інтеграційних консультантів.
    [few] Ще { $count } члени домогосподарства мають інших інтеграційних консультантів.
    [many] Ще { $count } членів домогосподарства мають інших інтеграційних консультантів.
   *[other] Ще { $count } члена домогосподарства мають інших інтеграційних консультантів.
}
household-link-heading = Пов’язати справу члена домогосподарства
household-link-member = Клієнт із Ваших справ
household-choose = Будь ласка, виберіть
household-choose-error = Будь ласка, виберіть особу з Ваших справ.
household-link = Пов’язати
household-unlink = Від’єднати від домогосподарства: { $name }
household-unlink-short = Від’єднати
household-case-closed = Справу закрито
household-linked = Справи тепер пов’язані як одне домогосподарство.
household-unlinked = Зв’язок скасовано.
client-lang-not-offered = Громада не пропонує цю мову в застосунку.
