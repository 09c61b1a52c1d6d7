# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = Ви отримали нове повідомлення від Вашого інтеграційного консультанта.
push-appointment-new = У Вас нова зустріч.
push-appointment-cancelled = Зустріч скасовано.
push-appointment-tomorrow = Завтра у Вас зустріч.
push-deadline-soon = Скоро закінчується строк.
push-group-date-cancelled = Групову зустріч скасовано.
push-group-date-moved = Групову зустріч перенесено.
push-seat = Тепер у групі є вільне місце для Вас.
push-shift-cancelled = Зустріч, на якій у Вас зміна, скасовано.
push-shift-moved = Зустріч, на якій у Вас зміна, перенесено.
push-shift-tomorrow = Завтра у Вас зміна.

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = Повідомлення на цьому телефоні
push-intro = Lotse може повідомити Вас на цьому телефоні, коли є щось нове: відповідь від Вашого інтеграційного консультанта, зустріч, строк, місце в групі. Повідомлення каже лише, що є щось нове. Усе інше Ви читаєте в Lotse.
push-intro-volunteer = Lotse може повідомити Вас на цьому телефоні, коли зустріч, на якій у Вас зміна, скасовано або перенесено, а також за день до Вашої зміни.
push-quiet = Уночі Lotse не надсилає повідомлень. Вони приходять уранці.
push-off = Повідомлення на цьому телефоні вимкнено.
push-on = Повідомлення на цьому телефоні увімкнено.
push-denied = Цей телефон блокує повідомлення від Lotse. Ви можете дозволити їх у налаштуваннях Вашого браузера.
push-failed = Не вдалося. Будь ласка, спробуйте ще раз пізніше.
push-turn-on = Увімкнути повідомлення
push-turn-off = Вимкнути повідомлення
