# Selbstbedienung der Klientin/des Klienten: Fristen, „Frag meinen Integrationsguide“, „Meine Daten“, offline.
# Einfache, kurze Sätze.

## Startseite
client-new-answers = { $count ->
    [one] Ihr Integrationsguide hat Ihnen geantwortet.
   *[other] Ihr Integrationsguide hat Ihnen { $count } Antworten geschickt.
}
client-requests-heading = Meinen Integrationsguide fragen
client-requests-intro = Schicken Sie Ihrem Integrationsguide eine kurze Frage. Sie können ein Foto von einem Brief dazulegen.
client-requests-open = Meine Fragen öffnen
client-deadlines-empty = Sie haben noch keine Fristen.
client-deadlines-none-soon = Keine Frist ist bald fällig.
client-deadlines-open = Meine Fristen öffnen
client-data-intro = Sehen Sie, was über Sie gespeichert ist und wer Ihre Akte geöffnet hat.
client-data-open = Meine Daten öffnen
my-appointment-call = Anrufen

## Fristen
my-deadlines-title = Meine Fristen
my-deadlines-intro = Wichtige Daten. Lotse erinnert Sie rechtzeitig, hier und im Handy-Kalender.
my-deadlines-empty = Sie haben noch keine Fristen.
my-deadlines-calendar = Fristen im Handy-Kalender
deadline-kind-residence_permit = Aufenthaltstitel läuft ab
deadline-kind-benefit_renewal = Leistungen weiter beantragen
deadline-kind-registration = Anmeldung
deadline-kind-document = Dokument
deadline-kind-other = Anderer Termin
deadline-today = Heute
deadline-in-days = { $days ->
    [one] Morgen
   *[other] In { $days } Tagen
}
deadline-days-ago = { $days ->
    [one] Gestern
   *[other] Vor { $days } Tagen
}
deadline-remind-days = { $days ->
    [one] 1 Tag vorher
   *[other] { $days } Tage vorher
}
my-deadline-from-file = Aus Ihrer Akte
my-deadline-own = Von Ihnen eingetragen
my-deadline-from = Eingetragen von { $name }
my-deadline-done = Erledigt
my-deadline-undo = Noch nicht erledigt
my-deadline-remove = Löschen
my-deadline-reminder = Bald: Bitte jetzt handeln
my-deadline-is-done = Erledigt
my-deadline-add = Frist eintragen
my-deadline-kind = Was ist es?
my-deadline-title = Kurze Beschreibung
my-deadline-title-hint = Zum Beispiel: Brief an das Jobcenter schicken
my-deadline-title-needed = Bitte schreiben Sie, wofür das Datum ist.
my-deadline-date = Datum
my-deadline-remind = Erinnern
my-deadline-save = Frist speichern
my-deadline-saved = Gespeichert.
my-deadline-removed = Gelöscht.
ics-deadline = Frist: { $title }

## Meinen Integrationsguide fragen
my-request-new = Neue Frage
my-request-category = Worum geht es?
my-request-text = Ihre Nachricht
my-request-text-hint = Ein paar Sätze reichen.
my-request-photo = Foto von einem Brief
my-request-photo-hint = Ein Foto (JPEG, PNG oder WebP), höchstens 5 MB.
my-request-photo-type = Das ist kein Foto. Bitte wählen Sie ein Bild (JPEG, PNG oder WebP).
my-request-photo-size = Das Foto ist zu groß. Bitte schicken Sie ein kleineres Foto (höchstens 5 MB).
my-request-photo-limit = Heute kamen schon viele Fotos von Ihnen. Schicken Sie dieses Foto bitte morgen, oder zeigen Sie den Brief Ihrer Begleitung.
my-request-send = Senden
my-request-sent-notice = Gesendet. Ihr Integrationsguide antwortet Ihnen hier.
my-requests-earlier = Meine Fragen
my-requests-empty = Sie haben noch keine Fragen geschickt.
my-request-sent = Gesendet am { $date }
my-request-has-photo = Mit Foto
my-request-new-answer = Neue Antwort
my-request-answer-by = Antwort von { $name } am { $date }:
request-category-question = Frage
request-category-letter = Ein Brief an mich
request-category-appointment = Termin
request-category-documents = Dokumente
request-category-money = Geld
request-category-other = Etwas anderes
request-category-move_appointment = Termin verschieben
request-category-revoke_consent = Einwilligung widerrufen
request-status-open = Wartet auf Antwort
request-status-answered = Beantwortet
request-status-closed = Abgeschlossen

## Meine Daten
my-data-title = Meine Daten
my-data-intro = Das ist alles, was Lotse über Sie speichert. Sie können es herunterladen oder drucken.
my-data-download = Herunterladen (JSON-Datei)
my-data-print = Seite zum Drucken
my-data-nothing = Nichts gespeichert.
my-data-person = Über mich
my-data-name = Name
my-data-birth-date = Geburtsdatum
my-data-phone = Telefon
my-data-number = Lotse-Nummer
my-data-household = Meine Familie
my-data-notes = Notizen, die Ihr Integrationsguide mit Ihnen teilt
my-data-consents = Meine Einwilligungen
my-data-consents-intro = Sie haben erlaubt, dass Ihr Integrationsguide Informationen weitergibt. Sie können das jederzeit widerrufen.
my-data-no-consents = Sie haben keine Einwilligung gegeben.
my-consent-given = Gegeben am { $date }
my-consent-revoked = Widerrufen am { $date }
my-consent-revoke = Widerrufen
my-consent-revoke-asked = Sie haben den Widerruf verlangt. Ihr Integrationsguide trägt ihn ein.
my-consent-revoke-body = Bitte widerrufen Sie meine Einwilligung: { $what }
my-consent-revoke-sent = Ihr Integrationsguide hat Ihre Bitte bekommen.
my-data-access = Wer meine Akte geöffnet hat
my-data-access-intro = Mitarbeitende, die Ihre Akte gelesen oder geändert haben, mit Datum.
my-data-no-access = Noch niemand hat Ihre Akte geöffnet.
my-access-when = Wann
my-access-who = Wer
my-access-what = Was

## Offline
offline-last-updated = Sie sind offline. Diese Seite ist vom { $time }.
offline-outbox = Warten auf Verbindung. Was Sie gesendet haben, geht von selbst raus.
offline-pending = Wartet auf Senden
