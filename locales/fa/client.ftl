# The client's own view (plain, short sentences).

client-home-title = صفحه اول من
client-hello = سلام، { $name }!
client-guide-heading = راهنمای ادغام من
client-guide-phone = تلفن
client-guide-call = تماس با { $name }
client-guide-hours = ساعت‌های کاری
client-guide-none = شما هنوز راهنما ندارید. اداره ادغام با شما تماس می‌گیرد.
client-number-reminder = شماره Lotse شما: { $number }
client-plan-heading = برنامه من
client-plan-empty = برنامه شما هنوز خالی است. آن را همراه با راهنمای خود می‌سازید.
client-appointments-heading = وقت‌های ملاقات من
client-appointments-empty = شما هنوز هیچ وقت ملاقاتی ندارید.
client-offices-heading = اداره‌ها و کمک
client-offices-empty = به زودی اداره‌ها و کمک‌های نزدیک خود را اینجا پیدا می‌کنید.
client-groups-heading = گروه‌ها و دیدارها
client-groups-empty = به زودی گروه‌هایی مثل کافه زبان را اینجا پیدا می‌کنید.
volunteer-home-title = گروه‌های من
volunteer-hello = سلام، { $name }!
volunteer-groups-empty = گروه‌ها و نوبت‌های کاری شما به زودی اینجا نشان داده می‌شوند.
volunteer-interpreting-heading = نوبت‌های ترجمه من
volunteer-interpreting-language = ترجمه به { $language }
volunteer-interpreting-minutes = { $minutes } دقیقه
volunteer-interpreting-contact = برای پرسش: { $name }
