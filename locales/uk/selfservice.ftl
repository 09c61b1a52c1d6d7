# The client's self-service: deadlines, "ask my guide", "my data", offline.
# Plain, short sentences: many readers have little schooling.

## Home
client-new-answers = { $count ->
    [1] Ви отримали відповідь від Вашого інтеграційного консультанта.
    [one] Ви отримали { $count } відповідь від Вашого інтеграційного консультанта.
    [few] Ви отримали { $count } відповіді від Вашого інтеграційного консультанта.
    [many] Ви отримали { $count } відповідей від Вашого інтеграційного консультанта.
   *[other] Ви отримали { $count } відповіді від Вашого інтеграційного консультанта.
}
client-requests-heading = Запитати інтеграційного консультанта
client-requests-intro = Надішліть Вашому інтеграційному консультанту коротке запитання. Можна додати фото листа.
client-requests-open = Відкрити мої запитання
client-deadlines-empty = У Вас ще немає строків.
client-deadlines-none-soon = Найближчим часом строків немає.
client-deadlines-open = Відкрити мої строки
client-data-intro = Подивіться, що про Вас збережено і хто відкривав Вашу справу.
client-data-open = Відкрити мої дані
my-appointment-call = Зателефонувати

## Deadlines
my-deadlines-title = Мої строки
my-deadlines-intro = Важливі дати. Lotse вчасно нагадає Вам — тут і в календарі телефону.
my-deadlines-empty = У Вас ще немає строків.
my-deadlines-calendar = Строки в календарі телефону
deadline-kind-residence_permit = Закінчується дозвіл на проживання
deadline-kind-benefit_renewal = Подати заяву, щоб далі отримувати виплати
deadline-kind-registration = Реєстрація місця проживання (Anmeldung)
deadline-kind-document = Документ
deadline-kind-other = Інший строк
deadline-today = Сьогодні
deadline-in-days = { $days ->
    [1] Завтра
    [one] Через { $days } день
    [few] Через { $days } дні
    [many] Через { $days } днів
   *[other] Через { $days } дня
}
deadline-days-ago = { $days ->
    [1] Учора
    [one] { $days } день тому
    [few] { $days } дні тому
    [many] { $days } днів тому
   *[other] { $days } дня тому
}
deadline-remind-days = { $days ->
    [one] За { $days } день
    [few] За { $days } дні
    [many] За { $days } днів
   *[other] За { $days } дня
}
my-deadline-from-file = З Вашої справи
my-deadline-own = Додано Вами
my-deadline-from = Додано: { $name }
my-deadline-done = Я це зробив(-ла)
my-deadline-undo = Ще не зроблено
my-deadline-remove = Видалити
my-deadline-reminder = Скоро: будь ласка, дійте зараз
my-deadline-is-done = Зроблено
my-deadline-add = Додати строк
my-deadline-kind = Що це?
my-deadline-title = Короткий опис
my-deadline-title-hint = Наприклад: надіслати лист до центру зайнятості (Jobcenter)
my-deadline-title-needed = Будь ласка, напишіть, для чого ця дата.
my-deadline-date = Дата
my-deadline-remind = Нагадати
my-deadline-save = Зберегти строк
my-deadline-saved = Збережено.
my-deadline-removed = Видалено.
ics-deadline = Строк: { $title }

## Ask my guide
my-request-new = Нове запитання
my-request-category = Про що йдеться?
my-request-text = Ваше повідомлення
my-request-text-hint = Достатньо кількох речень.
my-request-photo = Фото листа
my-request-photo-hint = Одне фото (JPEG, PNG або WebP), не більше 5 МБ.
my-request-photo-type = Це не фото. Будь ласка, виберіть зображення (JPEG, PNG або WebP).
my-request-photo-size = Фото завелике. Будь ласка, надішліть менше фото (не більше 5 МБ).
my-request-photo-limit = Сьогодні Ви вже надіслали багато фото. Будь ласка, надішліть це фото завтра або покажіть лист Вашому інтеграційному консультанту.
my-request-send = Надіслати
my-request-sent-notice = Надіслано. Ваш інтеграційний консультант відповість Вам тут.
my-requests-earlier = Мої запитання
my-requests-empty = Ви ще не надіслали жодного запитання.
my-request-sent = Надіслано { $date }
my-request-has-photo = З фото
my-request-new-answer = Нова відповідь
my-request-answer-by = Відповідь від { $name }, { $date }:
request-category-question = Запитання
request-category-letter = Мені прийшов лист
request-category-appointment = Зустріч
request-category-documents = Документи
request-category-money = Гроші
request-category-other = Щось інше
request-category-move_appointment = Перенести зустріч
request-category-revoke_consent = Відкликати згоду
request-status-open = Чекає на відповідь
request-status-answered = Є відповідь
request-status-closed = Закрито

## My data
my-data-title = Мої дані
my-data-intro = Це все, що Lotse зберігає про Вас. Ви можете завантажити це або роздрукувати.
my-data-download = Завантажити (файл JSON)
my-data-print = Сторінка для друку
my-data-nothing = Нічого не збережено.
my-data-person = Про мене
my-data-name = Ім’я
my-data-birth-date = Дата народження
my-data-phone = Телефон
my-data-number = Номер Lotse
my-data-household = Моя сім’я
my-data-notes = Нотатки, якими Ваш інтеграційний консультант поділився з Вами
my-data-consents = Мої згоди
my-data-consents-intro = Ви дозволили Вашому інтеграційному консультанту передавати інформацію. Ви можете будь-коли відкликати цей дозвіл.
my-data-no-consents = Ви не давали жодної згоди.
my-consent-given = Надано { $date }
my-consent-revoked = Відкликано { $date }
my-consent-revoke = Відкликати
my-consent-revoke-asked = Ви попросили відкликати згоду. Ваш інтеграційний консультант це внесе.
my-consent-revoke-body = Будь ласка, відкличте мою згоду: { $what }
my-consent-revoke-sent = Ваш інтеграційний консультант отримав Ваше прохання.
my-data-access = Хто відкривав мою справу
my-data-access-intro = Працівники, які читали або змінювали Вашу справу, з датою.
my-data-no-access = Ще ніхто не відкривав Вашу справу.
my-access-when = Коли
my-access-who = Хто
my-access-what = Що

## Offline
offline-last-updated = Ви зараз без інтернету. Ця сторінка станом на { $time }.
offline-outbox = Чекаємо на з’єднання. Те, що Ви надіслали, відправиться автоматично.
offline-pending = Чекає на надсилання
