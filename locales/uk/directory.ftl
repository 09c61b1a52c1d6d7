# The directory of offices and services and the topic guides (readers).
directory-title = Установи та допомога
directory-intro = Куди йти, коли відчинено, якими мовами там говорять і що взяти з собою.
directory-search-label = Пошук
directory-search-submit = Показати
directory-results = { $count ->
    [one] Знайдено { $count } місце
    [few] Знайдено { $count } місця
    [many] Знайдено { $count } місць
   *[other] Знайдено { $count } місця
}
directory-results-more = { $count ->
    [one] Знайдено понад { $count } місце
    [few] Знайдено понад { $count } місця
    [many] Знайдено понад { $count } місць
   *[other] Знайдено понад { $count } місця
}
directory-empty = Нічого не знайдено. Спробуйте менше фільтрів або інші слова.
directory-more = Показати більше
offices-heading = Установи та послуги
guides-heading = Покрокові інструкції
guides-with-office = Інструкції, що ведуть сюди
filter-category = Вид послуги
filter-any-category = Усі види
filter-language = Мови спілкування
filter-any-language = Будь-яка мова
filter-open-now = Зараз відчинено
near-me = Сортувати за відстанню
near-me-privacy = Ваше місцезнаходження залишається на Вашому телефоні. Ми його не отримуємо.
near-me-denied = Ваше місцезнаходження недоступне. Список залишається без змін.
near-me-sorted = Відсортовано за відстанню, найближчі — спочатку.
distance-km = { $km } км від Вас
open-now-always = Зараз відчинено, цілодобово
open-now-until = Зараз відчинено · до { $time }
opens-today = Зачинено · відчиняється сьогодні о { $time }
opens-tomorrow = Зачинено · відчиняється завтра о { $time }
opens-weekday = Зачинено · відчиняється: { $day }, о { $time }
opens-date = Зачинено · відчиняється { $date } о { $time }
closed-now = Зараз зачинено
hours-unknown = Години роботи невідомі. Будь ласка, спершу зателефонуйте.
by-appointment-only = Лише за попереднім записом.
by-appointment-hint = Будь ласка, зателефонуйте в ці години, щоб домовитися про зустріч.
open-all-day = Відчинено цілодобово
closed-day = Зачинено
public-holiday = Святковий день
opening-hours = Години роботи
languages-spoken = Тут говорять: { $languages }
barrier-free = Безбар’єрний доступ
visit-heading = Відвідування
open-in-maps = Відкрити в картах
open-in-osm = Карта в браузері
office-about = Чим вони займаються
what-to-bring = Що взяти з собою
getting-there = Як дістатися
contact-persons = Контактні особи
consultation-hours = Години прийому
consultation-hours-of = Години прийому: { $name }
fallback-shown-in = Вашою мовою цього ще немає. Показано мовою: { $language }.
fallback-choose = Показати мовою
fallback-submit = Змінити
translation-outdated = Німецький текст змінено. Цей переклад, можливо, уже неактуальний.
preview-draft = Попередній перегляд: цей текст ще не опубліковано.
category-immigration_office = Відомство у справах іноземців (Ausländerbehörde)
category-citizens_office = Бюро для громадян, реєстрація місця проживання (Bürgerbüro, Anmeldung)
category-jobcenter = Центр зайнятості (Jobcenter)
category-social_welfare = Відділ соціальної допомоги (Sozialamt)
category-migration_advice = Консультації для мігрантів (Migrationsberatung)
category-welcome_centre = Центр для новоприбулих (Willkommenszentrum)
category-kita = Дитячий садок (Kita)
category-school = Школа
category-doctor = Лікар
category-hospital = Лікарня
category-trauma_care = Психологічна допомога та лікування травм
category-counselling = Консультації
category-womens_helpline = Допомога для жінок
category-language_course = Мовний курс
category-library = Бібліотека
category-sports_club = Спортивний клуб
category-youth_welfare = Служба у справах дітей і молоді (Jugendamt)
category-other = Інша допомога
