# Volunteer one-to-one support: mentoring, going with someone to an appointment,
# rides. The guide's pages (tab of the case file) and the volunteers' pages.

case-tab-companions = Супровід
consent-purpose-companion = Волонтер, який іде з Вами, може дізнатися Ваше ім’я, час і місце
companion-consent-recipient = Волонтер-супровідник

companion-kind = Вид супроводу
companion-kind-mentoring = Наставництво (регулярні зустрічі)
companion-kind-accompaniment = Супровід на зустріч
companion-kind-ride = Поїздка на зустріч
companion-status-open = шукаємо людину
companion-status-matched = домовлено
companion-status-ended = завершено
companion-status-cancelled = скасовано
companion-answer-accepted = погодився(-лася)
companion-answer-declined = відмовився(-лася)
companion-answer-withdrawn = більше не потрібно
companion-answer-waiting = ще немає відповіді

companion-intro = Волонтери супроводжують клієнтів на зустрічі, відвозять їх туди або регулярно зустрічаються з ними (наставництво). Вони дізнаються лише ім’я, час, місце, мову і що взяти з собою – ніколи не бачать справу.
companion-empty = Супровід ще не запитано.
companion-new = Запитати супровід
companion-appointment = На яку зустріч?
companion-no-appointment = – без зустрічі (наставництво) –
companion-appointment-hint = Якщо вибрано зустріч, Lotse бере з неї час, тривалість, місце і що взяти з собою, якщо Ви не вкажете інше.
companion-date = Дата (для наставництва: перша зустріч)
companion-time = Час
companion-minutes = Тривалість у хвилинах
companion-place = Місце зустрічі
companion-place-hint = Так, як це має знати супровідник, напр. «Praxis am Markt, Marktstraße 3».
companion-district = Частина громади
companion-language = Мова, якою має говорити супровідник
companion-bring = Що взяти з собою
companion-bring-hint = Одна річ у рядку.
companion-checkin = Звіт наставника
companion-checkin-every = кожні { $days } дн.
companion-for-mentoring = лише для наставництва
companion-ends-on = Запланований кінець
companion-consent-legend = Згода клієнта або клієнтки
companion-consent-hint = Супровідник дізнається ім’я, час, місце і мову. Для цього потрібна згода; вона зберігається разом з іншими згодами у справі, і там її можна відкликати.
companion-consent-given = Підписана згода є.
companion-consent-on = Надано
companion-consent-on-file = Згода на передачу даних волонтеру-супровіднику є.
companion-consent-missing = Згоду відкликано: супровідник більше не бачить цього завдання.
companion-consent-required = Будь ласка, підтвердьте, що згода є.
companion-appointment-or-date = Будь ласка, виберіть зустріч або вкажіть дату й час.
companion-in-past = Цей час уже минув.
companion-save = Запитати супровід
companion-saved = Запит створено. Тепер запитайте одну із запропонованих людей.
companion-back = Увесь супровід

companion-with = з { $name }
companion-bring-line = Взяти з собою: { $bring }
companion-ends-line = Запланований кінець: { $date }
companion-checkin-late = Звіт прострочено
companion-call-me-badge = Просить зателефонувати
companion-proposals = Пропозиції
companion-proposals-hint = Волонтери, які говорять цією мовою, мають потрібні навички й чинну довідку про несудимість (Führungszeugnis) і вільні в цей час. Угорі ті, хто може в цей час і може дістатися до цієї частини громади.
companion-proposals-none = Зараз ніхто не підходить. Зверніться до координатора волонтерів.
companion-fits-time = може в цей час
companion-fits-place = може дістатися до цієї частини громади
companion-active-tasks = { $count ->
    [0] немає поточного супроводу
    [one] { $count } поточний супровід
    [few] { $count } поточні супроводи
    [many] { $count } поточних супроводів
   *[other] { $count } поточного супроводу
}
companion-ask = Запитати: { $name }
companion-asked = Запит надіслано.
companion-asks = Запитано
companion-meetings = Зустрічі та звіти
companion-meeting-minutes = { $minutes } хв
companion-cancel = Відкликати запит
companion-end = Завершити супровід
companion-closed = Супровід завершено.
conflict-companion = Тим часом супровід змінили. Ось актуальна версія.

# The volunteers' pages
companion-v-heading = Супровід
companion-v-asked = Запит для Вас
companion-v-yours = Ви погодилися
companion-v-with-mentoring = Наставництво: { $name }
companion-v-with-accompaniment = Супровід: { $name }
companion-v-with-ride = Поїздка: { $name }
companion-v-language = Мова: { $language }
companion-v-answer = Ви можете?
companion-v-answer-hint = Якщо Ви погодитеся, то побачите ім’я. Погоджуйтеся, лише якщо Ви точно можете.
companion-v-accept = Так, я беру це на себе
companion-v-decline = Ні, цього разу ні
companion-v-accepted = Дякуємо! Про супровід домовлено.
companion-v-declined = Ви відмовилися. Дякуємо за відповідь.
companion-v-gone = Цей запит уже закрито.
companion-v-done = Після зустрічі
companion-v-done-hint = Запишіть свій час. Після цього супровід завершено, і він зараховується до Ваших годин.
companion-v-checkin = Записати зустріч
companion-v-checkin-hint = Записуйте кожну зустріч. Інтеграційний консультант бачить лише дату, тривалість і чи хочете Ви, щоб Вам зателефонували.
companion-v-met-on = Дата
companion-v-minutes = Час у хвилинах
companion-v-call-me = Будь ласка, зателефонуйте мені (щось не так)
companion-v-recorded = Ваш час записано.
companion-mail-subject = Lotse: запит на супровід
companion-mail-body = Добрий день, { $name }!

    Ми хочемо запитати, чи можете Ви супроводити одну людину. Усі подробиці Ви знайдете в Lotse:
    { $link }

    Щиро дякуємо!
notice-companion-asked = Чи можете Ви супроводити людину { $when }? Будь ласка, дайте відповідь.
hours-one-to-one = Супровід і наставництво

# The client's page
my-appointment-companion-accompaniment = { $name } піде з Вами. { $name } – волонтер.
my-appointment-companion-ride = { $name } відвезе Вас туди. { $name } – волонтер.
my-appointment-companion-mentoring = { $name } – Ваш наставник-волонтер.

# Profile and organisation
profile-districts = Куди я можу приїхати
profile-districts-hint = Частини громади, до яких Вам легко дістатися.
organisation-districts = Частини громади
organisation-districts-hint = Одна частина громади в рядку. Волонтери вибирають, куди вони можуть приїхати; у запитах на супровід указано, де він відбувається.
organisation-districts-too-many = Не більше ніж 100 частин громади.

# Record of processing activities
record-name-companions = Індивідуальний супровід волонтерами
record-purpose-companions = Пропонувати, запитувати й підбирати волонтерів для наставництва, супроводу на зустрічі та поїздок; зараховувати їхній час як години.
record-basis-companions = Ст. 6(1)(a) GDPR (згода клієнтів на передачу даних); ст. 9(2)(a) GDPR, якщо супровід – на зустріч із лікарем; § 72a SGB VIII щодо довідок про несудимість.
record-subjects-companions = Клієнти, волонтери.
record-data-companions = Вид, час, місце зустрічі, частина громади, мова і що взяти з собою; ім’я клієнта для волонтера, який погодився; відповіді, зустрічі з їхньою тривалістю і прохання зателефонувати.
record-recipients-companions = Відповідальний інтеграційний консультант; запитаний волонтер бачить лише час, місце, мову і що взяти з собою, а після згоди – ще й ім’я, поки триває супровід і діє згода.
companion-already-asked = Цю людину вже запитано.
companion-v-met-before = Ця дата раніша за початок супроводу.
companion-overview-title = Огляд супроводу
companion-overview-intro = Усе наставництво, супровід і поїздки в громаді: що ще шукає людину, хто що взяв на себе, що нещодавно завершилося. Без імен клієнтів, без місць.
companion-overview-open = { $count ->
    [0] Зараз жоден запит не шукає людину.
    [one] { $count } запит ще шукає людину.
    [few] { $count } запити ще шукають людину.
    [many] { $count } запитів ще шукають людину.
   *[other] { $count } запиту ще шукають людину.
}
companion-overview-empty = Зараз немає жодного супроводу.
companion-overview-caption = Супровід за останні три місяці, спочатку відкриті
companion-overview-col-status = Стан
companion-overview-col-when = Коли
companion-overview-col-language = Мова
companion-overview-col-volunteer = Волонтер
companion-overview-asked = запитано: { $asked }, відмовилися: { $declined }
