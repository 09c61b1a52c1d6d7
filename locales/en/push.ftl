# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = You have a new message from your integration guide.
push-appointment-new = You have a new appointment.
push-appointment-cancelled = An appointment was cancelled.
push-appointment-tomorrow = You have an appointment tomorrow.
push-deadline-soon = A deadline ends soon.
push-group-date-cancelled = A group date was cancelled.
push-group-date-moved = A group date was moved.
push-seat = A place in a group is free for you now.
push-shift-cancelled = A date with your shift was cancelled.
push-shift-moved = A date with your shift was moved.
push-shift-tomorrow = You have a shift tomorrow.

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = Messages on this phone
push-intro = Lotse can tell you on this phone when there is something new: an answer from your integration guide, an appointment, a deadline, a place in a group. The message only says that there is something new. You read everything else in Lotse.
push-intro-volunteer = Lotse can tell you on this phone when a date with your shift is cancelled or moved, and on the day before your shift.
push-quiet = Lotse sends no messages at night. They come in the morning.
push-off = Messages are off on this phone.
push-on = Messages are on on this phone.
push-denied = This phone blocks messages from Lotse. You can allow them in the settings of your browser.
push-failed = That did not work. Please try again later.
push-turn-on = Turn on messages
push-turn-off = Turn off messages
