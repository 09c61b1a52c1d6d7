# What people would like to take part in: the client's page (plain sentences), the
# section of the intake and the count for planning.

interests-title = У чому Ви хотіли б брати участь?
interests-intro = Позначте, що Вас цікавить і коли у Вас є час. Так Ваша громада зможе планувати відповідні групові заняття.
interests-kinds = Мене цікавить
interests-times = У мене є час
interests-childcare = Щоб прийти, мені потрібен догляд за дітьми.
interests-who-sees = Вашу відповідь бачить Ваш інтеграційний консультант. Ті, хто планує заняття, бачать лише, скільки людей чогось хочуть, — без імен.
interests-save = Зберегти
interests-saved = Дякуємо! Ваші побажання збережено.
interests-conflict = Тим часом Ваші побажання змінилися. Будь ласка, перевірте свій вибір і збережіть ще раз.
interest-time-weekday_am = у будні зранку
interest-time-weekday_pm = у будні вдень
interest-time-weekday_ev = у будні ввечері
interest-time-weekend = у вихідні

# In the intake
interests-intake-heading = Побажання щодо групових занять
interests-intake-hint = У чому особа хотіла б брати участь і коли. Особа може також сама позначити це в застосунку.
interests-saved-staff = Побажання збережено.
interests-conflict-staff = Тим часом побажання змінилися (наприклад, їх змінила сама особа). Будь ласка, перевірте й збережіть знову.

# Count for planning
demand-title = Потреби і групові заняття
demand-intro = У чому клієнти хотіли б брати участь, поряд із наявними груповими заняттями, — щоб заняття відповідали побажанням. Враховуються відкриті справи; імена ніколи не показуються.
demand-answers = Відповідей: { $count }
demand-caption = Побажання за видами групових занять, із зручним часом і потребою в догляді за дітьми, а також наявні групові заняття з датами зустрічей
demand-col-kind = Вид заняття
demand-col-wanted = Хочуть брати участь
demand-col-childcare = Потрібен догляд за дітьми
demand-col-offers = Групові заняття
demand-col-places = Місця
demand-small-cells = Кількість менше п’яти осіб показано як «< 5», щоб нікого не можна було впізнати.
interests-district = Де Ви живете?
interests-district-none = Не хочу вказувати
demand-district-caption = Побажання за частинами громади: відповіді, потреба в догляді за дітьми та найчастіші побажання
demand-col-district = Частина громади
demand-col-answers = Відповіді
demand-col-top = Найчастіші побажання
demand-no-district = Не вказано
