# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = لديك رسالة جديدة من مرشد الاندماج الخاص بك.
push-appointment-new = لديك موعد جديد.
push-appointment-cancelled = تم إلغاء موعد.
push-appointment-tomorrow = لديك موعد غدًا.
push-deadline-soon = هناك مهلة تنتهي قريبًا.
push-group-date-cancelled = تم إلغاء موعد مجموعة.
push-group-date-moved = تم تغيير موعد مجموعة.
push-seat = يوجد الآن مكان متاح لك في مجموعة.
push-shift-cancelled = تم إلغاء موعد لديك فيه مناوبة.
push-shift-moved = تم تغيير موعد لديك فيه مناوبة.
push-shift-tomorrow = لديك مناوبة غدًا.

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = الرسائل على هذا الهاتف
push-intro = يستطيع ⁨Lotse⁩ أن يخبرك على هذا الهاتف عندما يكون هناك شيء جديد: ردّ من مرشد الاندماج الخاص بك، أو موعد، أو مهلة، أو مكان في مجموعة. الرسالة تقول فقط إن هناك شيئًا جديدًا. وكل شيء آخر تقرؤه في ⁨Lotse⁩.
push-intro-volunteer = يستطيع ⁨Lotse⁩ أن يخبرك على هذا الهاتف عندما يُلغى موعد لديك فيه مناوبة أو يتغيّر، وفي اليوم الذي يسبق مناوبتك.
push-quiet = لا يرسل ⁨Lotse⁩ رسائل في الليل. تصلك الرسائل في الصباح.
push-off = الرسائل متوقفة على هذا الهاتف.
push-on = الرسائل مفعّلة على هذا الهاتف.
push-denied = هذا الهاتف يمنع الرسائل من ⁨Lotse⁩. يمكنك السماح بها في إعدادات متصفحك.
push-failed = لم ينجح ذلك. يرجى المحاولة مرة أخرى لاحقًا.
push-turn-on = تفعيل الرسائل
push-turn-off = إيقاف الرسائل
