# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = شما یک پیام جدید از مشاور ادغام خود دارید.
push-appointment-new = شما یک وقت ملاقات جدید دارید.
push-appointment-cancelled = یک وقت ملاقات لغو شد.
push-appointment-tomorrow = شما فردا یک وقت ملاقات دارید.
push-deadline-soon = یک مهلت به زودی تمام می‌شود.
push-group-date-cancelled = یک جلسه گروهی لغو شد.
push-group-date-moved = زمان یک جلسه گروهی تغییر کرد.
push-seat = الان در یک گروه یک جای خالی برای شما هست.
push-shift-cancelled = جلسه‌ای که در آن نوبت کاری دارید لغو شد.
push-shift-moved = زمان جلسه‌ای که در آن نوبت کاری دارید تغییر کرد.
push-shift-tomorrow = شما فردا یک نوبت کاری دارید.

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = پیام‌ها روی این گوشی
push-intro = ⁨Lotse⁩ می‌تواند وقتی چیز تازه‌ای هست، روی این گوشی به شما خبر بدهد: پاسخی از مشاور ادغام شما، یک وقت ملاقات، یک مهلت، یک جای خالی در یک گروه. پیام فقط می‌گوید که چیز تازه‌ای هست. بقیه را در ⁨Lotse⁩ می‌خوانید.
push-intro-volunteer = ⁨Lotse⁩ می‌تواند روی این گوشی به شما خبر بدهد: وقتی جلسه‌ای که در آن نوبت کاری دارید لغو شود یا زمانش تغییر کند، و یک روز قبل از نوبت کاری شما.
push-quiet = ⁨Lotse⁩ شب‌ها پیامی نمی‌فرستد. پیام‌ها صبح می‌رسند.
push-off = پیام‌ها روی این گوشی خاموش هستند.
push-on = پیام‌ها روی این گوشی روشن هستند.
push-denied = این گوشی پیام‌های ⁨Lotse⁩ را مسدود می‌کند. می‌توانید در تنظیمات مرورگر خود به آن‌ها اجازه بدهید.
push-failed = این کار انجام نشد. لطفاً بعداً دوباره امتحان کنید.
push-turn-on = روشن کردن پیام‌ها
push-turn-off = خاموش کردن پیام‌ها
