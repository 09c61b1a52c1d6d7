# Group offers (clients) and shifts (volunteers).
groups-title = Групові заняття
groups-intro = Знайомтеся з людьми, вивчайте німецьку, займайтеся спортом. Усі заняття безкоштовні.
groups-empty = Групових занять ще немає.
groups-filter-target = Для кого?
groups-filter-any = Усі групи
groups-filter-submit = Показати
group-next = Наступна зустріч: { $when }
group-no-sessions = Зараз зустрічей не заплановано.
group-seats = { $free ->
    [0] Місць немає. Ви можете записатися до списку очікування.
    [one] Вільно { $free } місце
    [few] Вільно { $free } місця
    [many] Вільно { $free } місць
   *[other] Вільно { $free } місця
}
group-childcare = З доглядом за дітьми
group-barrier-free = Безбар’єрний доступ
group-target-women = Жінки
group-target-parents = Батьки з малими дітьми
group-target-children = Діти
group-target-youth = Молодь
group-target-beginners = Початківці (A1)
group-target-everyone = Усі
group-category-language_cafe = Мовне кафе
group-category-tandem = Мовний тандем
group-category-parents_children = Батьки й діти
group-category-womens_group = Жіночі зустрічі
group-category-sports = Спорт
group-category-cooking = Готуємо разом
group-category-forms_help = Допомога з бланками
group-category-homework = Допомога з домашніми завданнями
group-category-crafts = Шиття та рукоділля
group-category-other = Інше
group-sessions = Зустрічі
group-session-cancelled = Скасовано: { $reason }
group-session-moved = Перенесено: { $reason }
group-where = Де?
group-contact = Контакт
group-join = Записатися
group-share-name = Волонтери можуть бачити моє ім’я.
group-joined = Вас записано. До зустрічі!
group-waitlist = Ви в списку очікування, місце { $position }.
group-waitlist-info = Коли звільниться місце, Вас запишуть автоматично.
group-leave = Звільнити моє місце
group-left = Ви більше не записані.
group-already = Ви вже записані.
group-status-confirmed = Ви записані.
group-status-waitlist = Список очікування, місце { $position }
client-groups-open = Переглянути групові заняття
shifts-title = Мої зміни
shifts-intro = Зміни у Ваших групах на наступні вісім тижнів.
shifts-show-all = Показати всі зустрічі
shifts-show-open = Показати лише вільні та мої зміни
shifts-empty = Ви ще не в жодній групі. Ваш координатор додасть Вас.
shift-role-lead = Ведення групи
shift-role-helper = Допомога
shift-role-childcare = Догляд за дітьми
shift-role-interpreter = Усний переклад
shift-filled = Зайнято { $filled } з { $needed }
shift-sign-up = Взяти цю зміну
shift-cancel = Скасувати мою зміну
shift-mine = Ваша зміна
shift-full = Заповнено
shift-done = Дякуємо! Ця зміна Ваша.
shift-cancelled = Вашу зміну скасовано.
shift-cancelled-soon = Вашу зміну скасовано. Вона починається менш ніж за два дні: будь ласка, повідомте також контактну особу групи.
shift-taken = Хтось був швидшим: це місце вже зайняте.
shift-not-open = Цю зміну не можна (більше) взяти.
shift-participants = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
shift-first-names = Імена: { $names }
volunteer-shifts-open = Переглянути мої зміни
