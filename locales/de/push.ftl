# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = Sie haben eine neue Nachricht von Ihrem Integrationsguide.
push-appointment-new = Sie haben einen neuen Termin.
push-appointment-cancelled = Ein Termin wurde abgesagt.
push-appointment-tomorrow = Sie haben morgen einen Termin.
push-deadline-soon = Eine Frist endet bald.
push-group-date-cancelled = Ein Gruppentermin wurde abgesagt.
push-group-date-moved = Ein Gruppentermin wurde verschoben.
push-seat = In einer Gruppe ist jetzt ein Platz für Sie frei.
push-shift-cancelled = Ein Termin mit Ihrem Dienst wurde abgesagt.
push-shift-moved = Ein Termin mit Ihrem Dienst wurde verschoben.
push-shift-tomorrow = Sie haben morgen einen Dienst.

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = Nachrichten auf diesem Handy
push-intro = Lotse kann Ihnen auf diesem Handy sagen, wenn es etwas Neues gibt: eine Antwort von Ihrem Integrationsguide, einen Termin, eine Frist, einen Platz in einer Gruppe. Die Nachricht sagt nur, dass es etwas Neues gibt. Alles andere lesen Sie in Lotse.
push-intro-volunteer = Lotse kann Ihnen auf diesem Handy sagen, wenn ein Termin mit Ihrem Dienst abgesagt oder verschoben wird, und am Tag vor Ihrem Dienst.
push-quiet = Nachts schickt Lotse keine Nachrichten. Sie kommen dann am Morgen.
push-off = Die Nachrichten sind auf diesem Handy aus.
push-on = Die Nachrichten sind auf diesem Handy an.
push-denied = Dieses Handy blockiert Nachrichten von Lotse. Sie können sie in den Einstellungen Ihres Browsers erlauben.
push-failed = Das hat nicht geklappt. Bitte versuchen Sie es später noch einmal.
push-turn-on = Nachrichten einschalten
push-turn-off = Nachrichten ausschalten
