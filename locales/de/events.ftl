# Öffentliche Veranstaltungen: die Seite ohne Anmeldung (Liste, Veranstaltung,
# Anmeldung, Plakat) und die Seite der Koordination. Kurze, einfache Sätze auf den
# öffentlichen Seiten.

events-title = Veranstaltungen
events-intro = Feste, Infoabende und Treffen in Ihrer Nähe. Alle sind willkommen.
events-places = Orte
events-all-places = Alle Orte
events-feed = In meinen Kalender (Abo)
events-upcoming = Demnächst
events-empty = Gerade sind keine Veranstaltungen geplant.
events-groups = Regelmäßige Angebote
events-groups-intro = Diese Gruppen treffen sich regelmäßig. Fragen Sie vor Ort oder bei Ihrer Beratung.
event-group-next = Nächstes Treffen: { $when }
event-group-childcare = mit Kinderbetreuung
event-cancelled = Fällt aus
event-past = Diese Veranstaltung ist vorbei.
event-full = Ausgebucht
event-registration = Bitte anmelden
event-places-left = { $count ->
    [0] Keine Plätze mehr frei
    [one] Noch ein Platz frei
   *[other] Noch { $count } Plätze frei
}
event-minutes = { $minutes } Minuten
event-place-link = Mehr über diesen Ort
event-ics = In meinen Kalender
event-poster = Plakat drucken
event-poster-qr = QR-Code zu dieser Veranstaltung
event-poster-scan = Mit dem Handy scannen: alles auf Ihrer Sprache.
event-register = Anmelden
event-register-name = Vorname
event-register-people = Wie viele Personen kommen?
event-register-contact = Telefon oder E-Mail
event-register-contact-hint = Nur, falls wir Ihnen absagen müssen.
event-register-send = Anmelden
event-registered-notice = Danke! Sie sind angemeldet.
event-people-invalid = Bitte mindestens eine Person angeben.
event-not-enough-places = So viele Plätze sind nicht mehr frei.
event-registration-closed = Anmelden geht nicht mehr.
event-too-many = Zu viele Anmeldungen von diesem Anschluss. Bitte später noch einmal.

# Koordination
events-manage-title = Veranstaltungen verwalten
events-manage-public-link = Öffentliche Seite ansehen
event-new = Neue Veranstaltung
event-edit = Veranstaltung ändern
event-save-new = Veranstaltung veröffentlichen
event-saved = Die Veranstaltung ist gespeichert und öffentlich.
event-conflict = Jemand hat die Veranstaltung inzwischen geändert. Ihre Eingaben stehen noch im Formular; bitte prüfen und erneut speichern.
event-cancel = Veranstaltung absagen
event-cancelled-notice = Die Veranstaltung ist abgesagt. Die öffentliche Seite und der Kalender zeigen das.
event-public-page = Öffentliche Seite
event-form-date = Datum
event-form-time = Beginn
event-form-minutes = Dauer in Minuten
event-form-office = Ort aus dem Verzeichnis
event-form-place = Ort oder Raum
event-form-place-hint = Zum Beispiel „Festplatz am Rathaus“ oder „Saal im 1. Stock“.
event-place-needed = Bitte einen Ort aus dem Verzeichnis wählen oder einen Ort angeben.
event-form-registration = Anmeldung erforderlich
event-form-capacity = Plätze
event-form-capacity-hint = Leer lassen, wenn es keine Grenze gibt.
event-form-texts = Text auf { $language }
event-form-title = Titel
event-form-description = Beschreibung
event-title-needed = Bitte auch einen Titel in dieser Sprache angeben.
event-registered = { $count ->
    [0] Noch keine Anmeldungen
    [one] Eine Person angemeldet
   *[other] { $count } Personen angemeldet
}
event-registered-of = { $count } von { $capacity } Plätzen belegt
event-translations = Übersetzt: { $languages }
event-only-german = nur Deutsch
event-no-registrations = Noch niemand hat sich angemeldet.
event-col-language = Sprache
event-col-at = Angemeldet am
event-groups-heading = Gruppenangebote auf der öffentlichen Seite
event-groups-hint = Öffentliche Angebote erscheinen mit Titel, Ort und nächstem Termin auf der Veranstaltungsseite – ohne Namen von Teilnehmenden oder Ehrenamtlichen.
event-group-public = öffentlich
event-group-internal = nur intern
event-group-show = Öffentlich zeigen
event-group-hide = Nicht mehr zeigen
event-group-saved = Gespeichert.
events-manage-link = Veranstaltungen

# Verzeichnis der Verarbeitungstätigkeiten
record-name-events = Öffentliche Veranstaltungen
record-purpose-events = Veranstaltungen öffentlich ankündigen und Anmeldungen annehmen.
record-basis-events = Art. 6 Abs. 1 e DSGVO; für Anmeldungen Art. 6 Abs. 1 b DSGVO.
record-subjects-events = Einwohner:innen und Klient:innen, die sich anmelden.
record-data-events = Vorname, Zahl der Personen, freiwillig Telefon oder E-Mail, Sprache; 30 Tage nach der Veranstaltung gelöscht.
record-recipients-events = Koordination und Ehrenamtskoordination der Gemeinde.
