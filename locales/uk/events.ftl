# Public events: the pages without sign-in (list, event, registration, poster)
# and the coordinators' page. Short, simple sentences on the public pages.

events-title = Заходи
events-intro = Свята, інформаційні вечори та зустрічі поруч із Вами. Запрошуємо всіх.
events-places = Місця проведення
events-all-places = Усі місця проведення
events-feed = Підписатися в моєму календарі
events-upcoming = Найближчі заходи
events-empty = Зараз заходів не заплановано.
events-groups = Регулярні групові заняття
events-groups-intro = Ці групи збираються регулярно. Запитайте на місці або у Вашого інтеграційного консультанта.
event-group-next = Наступна зустріч: { $when }
event-group-childcare = з доглядом за дітьми
event-cancelled = Скасовано
event-past = Цей захід уже завершився.
event-full = Місць більше немає
event-registration = Будь ласка, зареєструйтеся
event-places-left = { $count ->
    [0] Вільних місць більше немає
    [one] Залишилося { $count } вільне місце
    [few] Залишилося { $count } вільні місця
    [many] Залишилося { $count } вільних місць
   *[other] Залишилося { $count } вільного місця
}
event-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
event-place-link = Більше про це місце
event-ics = Додати в мій календар
event-poster = Надрукувати плакат
event-poster-qr = QR-код цього заходу
event-poster-scan = Відскануйте телефоном: усе Вашою мовою.
event-register = Зареєструватися
event-register-name = Ім’я
event-register-people = Скільки людей прийде?
event-register-contact = Телефон або електронна пошта
event-register-contact-hint = Лише на випадок, якщо нам доведеться скасувати захід.
event-register-send = Зареєструватися
event-registered-notice = Дякуємо! Вас зареєстровано.
event-people-invalid = Будь ласка, вкажіть щонайменше одну особу.
event-not-enough-places = Стільки вільних місць уже немає.
event-registration-closed = Реєстрацію вже закрито.
event-too-many = Забагато реєстрацій з цього підключення. Будь ласка, спробуйте пізніше.

# Coordination
events-manage-title = Керування заходами
events-manage-public-link = Переглянути публічну сторінку
event-new = Новий захід
event-edit = Редагувати захід
event-save-new = Опублікувати захід
event-saved = Захід збережено й опубліковано.
event-conflict = Тим часом хтось змінив цей захід. Ваші дані залишилися у формі; будь ласка, перевірте їх і збережіть ще раз.
event-cancel = Скасувати захід
event-cancelled-notice = Захід скасовано. Публічна сторінка й календар показують це.
event-public-page = Публічна сторінка
event-form-date = Дата
event-form-time = Початок
event-form-minutes = Тривалість у хвилинах
event-form-office = Місце з довідника
event-form-place = Місце або приміщення
event-form-place-hint = Наприклад, «Майданчик біля ратуші» або «Зала на 1-му поверсі».
event-place-needed = Будь ласка, виберіть місце з довідника або вкажіть місце.
event-form-registration = Потрібна реєстрація
event-form-capacity = Кількість місць
event-form-capacity-hint = Залиште порожнім, якщо обмеження немає.
event-form-texts = Текст мовою: { $language }
event-form-title = Назва
event-form-description = Опис
event-title-needed = Будь ласка, вкажіть назву й цією мовою.
event-registered = { $count ->
    [0] Реєстрацій ще немає
    [one] Зареєстровано { $count } особу
    [few] Зареєстровано { $count } особи
    [many] Зареєстровано { $count } осіб
   *[other] Зареєстровано { $count } особи
}
event-registered-of = Зайнято місць: { $count } з { $capacity }
event-translations = Переклади: { $languages }
event-only-german = лише німецькою
event-no-registrations = Ще ніхто не зареєструвався.
event-col-language = Мова
event-col-at = Дата реєстрації
event-groups-heading = Групові заняття на публічній сторінці
event-groups-hint = Публічні групові заняття з’являються на сторінці заходів із назвою, місцем і датою наступної зустрічі — без імен учасників чи волонтерів.
event-group-public = публічне
event-group-internal = лише внутрішнє
event-group-show = Показувати публічно
event-group-hide = Більше не показувати
event-group-saved = Збережено.
events-manage-link = Заходи

# Record of processing activities
record-name-events = Публічні заходи
record-purpose-events = Публічне оголошення заходів і прийняття реєстрацій.
record-basis-events = Ст. 6 ч. 1 літ. e GDPR (DSGVO); для реєстрацій — ст. 6 ч. 1 літ. b GDPR (DSGVO).
record-subjects-events = Жителі та клієнти, які реєструються.
record-data-events = Ім’я, кількість осіб, добровільно телефон або електронна пошта, мова; видаляються через 30 днів після заходу.
record-recipients-events = Координатори та координатори волонтерів громади.
