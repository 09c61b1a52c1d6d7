# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = شما یک پیام نو از رهنمای ادغام خود دارید.
push-appointment-new = شما یک وقت ملاقات نو دارید.
push-appointment-cancelled = یک وقت ملاقات لغو شد.
push-appointment-tomorrow = شما فردا یک وقت ملاقات دارید.
push-deadline-soon = یک مهلت به زودی ختم می‌شود.
push-group-date-cancelled = یک جلسهٔ گروهی لغو شد.
push-group-date-moved = وقت یک جلسهٔ گروهی تغییر کرد.
push-seat = حالا در یک گروه یک جای خالی برای شما هست.
push-shift-cancelled = جلسه‌ای که در آن نوبت کاری دارید لغو شد.
push-shift-moved = وقت جلسه‌ای که در آن نوبت کاری دارید تغییر کرد.
push-shift-tomorrow = شما فردا یک نوبت کاری دارید.

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = پیام‌ها در این موبایل
push-intro = ⁨Lotse⁩ می‌تواند وقتی چیز نو هست، در این موبایل به شما خبر بدهد: جواب از رهنمای ادغام شما، یک وقت ملاقات، یک مهلت، یک جای خالی در یک گروه. پیام فقط می‌گوید که چیز نو هست. باقی همه را در ⁨Lotse⁩ می‌خوانید.
push-intro-volunteer = ⁨Lotse⁩ می‌تواند در این موبایل به شما خبر بدهد: وقتی جلسه‌ای که در آن نوبت کاری دارید لغو شود یا وقتش تغییر کند، و یک روز پیش از نوبت کاری شما.
push-quiet = ⁨Lotse⁩ شب‌ها پیام نمی‌فرستد. پیام‌ها صبح می‌رسند.
push-off = پیام‌ها در این موبایل خاموش هستند.
push-on = پیام‌ها در این موبایل روشن هستند.
push-denied = این موبایل پیام‌های ⁨Lotse⁩ را مسدود می‌کند. می‌توانید در تنظیمات براوزر خود به آن‌ها اجازه بدهید.
push-failed = این کار نشد. لطفاً بعداً دوباره کوشش کنید.
push-turn-on = روشن کردن پیام‌ها
push-turn-off = خاموش کردن پیام‌ها
