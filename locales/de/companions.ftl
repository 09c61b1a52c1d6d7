# Ehrenamtliche Eins-zu-eins-Begleitung: Patenschaften, Begleitung zu einem Termin,
# Fahrten. Die Seiten der Fachkraft (Reiter der Fallakte) und der Ehrenamtlichen.

case-tab-companions = Begleitung
consent-purpose-companion = Weitergabe von Vorname, Zeit und Ort an eine ehrenamtliche Begleitung
companion-consent-recipient = Ehrenamtliche Begleitung

companion-kind = Art der Begleitung
companion-kind-mentoring = Patenschaft
companion-kind-accompaniment = Begleitung zu einem Termin
companion-kind-ride = Fahrt zu einem Termin
companion-status-open = sucht jemanden
companion-status-matched = vereinbart
companion-status-ended = beendet
companion-status-cancelled = abgesagt
companion-answer-accepted = hat zugesagt
companion-answer-declined = hat abgelehnt
companion-answer-withdrawn = nicht mehr nötig
companion-answer-waiting = noch keine Antwort

companion-intro = Ehrenamtliche begleiten Klient:innen zu Terminen, fahren sie hin oder treffen sich regelmäßig mit ihnen (Patenschaft). Sie erfahren nur Vorname, Zeit, Ort, Sprache und was mitzubringen ist – nie die Fallakte.
companion-empty = Noch keine Begleitung angefragt.
companion-new = Begleitung anfragen
companion-appointment = Für welchen Termin?
companion-no-appointment = – ohne Termin (Patenschaft) –
companion-appointment-hint = Mit einem Termin übernimmt Lotse Zeit, Dauer, Ort und was mitzubringen ist, wo Sie nichts anderes eintragen.
companion-date = Datum (bei einer Patenschaft: erstes Treffen)
companion-time = Uhrzeit
companion-minutes = Dauer in Minuten
companion-place = Treffpunkt
companion-place-hint = So, wie die Begleitung es wissen muss, z. B. „Praxis am Markt, Marktstraße 3“.
companion-district = Ortsteil
companion-language = Sprache, die die Begleitung sprechen soll
companion-bring = Was mitzubringen ist
companion-bring-hint = Eine Sache pro Zeile.
companion-checkin = Rückmeldung der Patenschaft
companion-checkin-every = alle { $days } Tage
companion-for-mentoring = nur bei einer Patenschaft
companion-ends-on = Geplantes Ende
companion-consent-legend = Einwilligung der Klientin oder des Klienten
companion-consent-hint = Die Begleitung erfährt Vorname, Zeit, Ort und Sprache. Dafür braucht es die Einwilligung; sie wird bei den Einwilligungen der Fallakte gespeichert und kann dort widerrufen werden.
companion-consent-given = Die Einwilligung liegt unterschrieben vor.
companion-consent-on = Erteilt am
companion-consent-on-file = Die Einwilligung zur Weitergabe an eine ehrenamtliche Begleitung liegt vor.
companion-consent-missing = Die Einwilligung wurde widerrufen: Die Begleitung sieht diese Aufgabe nicht mehr.
companion-consent-required = Bitte bestätigen Sie, dass die Einwilligung vorliegt.
companion-appointment-or-date = Bitte wählen Sie einen Termin oder tragen Sie Datum und Uhrzeit ein.
companion-in-past = Dieser Zeitpunkt liegt in der Vergangenheit.
companion-save = Begleitung anfragen
companion-saved = Die Anfrage ist angelegt. Fragen Sie jetzt eine der vorgeschlagenen Personen.
companion-back = Alle Begleitungen

companion-with = mit { $name }
companion-bring-line = Mitbringen: { $bring }
companion-ends-line = Geplantes Ende: { $date }
companion-checkin-late = Rückmeldung überfällig
companion-call-me-badge = Bitte anrufen
companion-proposals = Vorschläge
companion-proposals-hint = Ehrenamtliche, die die Sprache sprechen, die nötige Fähigkeit und ein gültiges Führungszeugnis haben und zu dieser Zeit frei sind. Oben stehen die, die zu dieser Zeit können und den Ortsteil erreichen.
companion-proposals-none = Niemand passt gerade. Fragen Sie die Ehrenamtskoordination.
companion-fits-time = kann zu dieser Zeit
companion-fits-place = erreicht den Ortsteil
companion-active-tasks = { $count ->
    [0] keine laufende Begleitung
    [one] eine laufende Begleitung
   *[other] { $count } laufende Begleitungen
}
companion-ask = { $name } fragen
companion-asked = Die Anfrage ist verschickt.
companion-asks = Angefragt
companion-meetings = Treffen und Rückmeldungen
companion-meeting-minutes = { $minutes } Minuten
companion-cancel = Anfrage zurückziehen
companion-end = Begleitung beenden
companion-closed = Die Begleitung ist beendet.
conflict-companion = Die Begleitung wurde inzwischen geändert. Hier ist der aktuelle Stand.

# Die Seiten der Ehrenamtlichen
companion-v-heading = Begleitungen
companion-v-asked = Anfrage an Sie
companion-v-yours = zugesagt
companion-v-with-mentoring = Patenschaft mit { $name }
companion-v-with-accompaniment = Begleitung von { $name }
companion-v-with-ride = Fahrt mit { $name }
companion-v-language = Sprache: { $language }
companion-v-answer = Können Sie?
companion-v-answer-hint = Wenn Sie zusagen, sehen Sie den Vornamen. Sagen Sie nur zu, wenn Sie sicher können.
companion-v-accept = Ja, ich übernehme das
companion-v-decline = Nein, diesmal nicht
companion-v-accepted = Danke! Die Begleitung ist vereinbart.
companion-v-declined = Sie haben abgelehnt. Danke für die Antwort.
companion-v-gone = Diese Anfrage ist nicht mehr offen.
companion-v-done = Nach dem Termin
companion-v-done-hint = Tragen Sie Ihre Zeit ein. Danach ist die Begleitung abgeschlossen und zählt zu Ihren Stunden.
companion-v-checkin = Treffen eintragen
companion-v-checkin-hint = Tragen Sie jedes Treffen ein. Die Fachkraft sieht nur Datum, Dauer und ob Sie angerufen werden möchten.
companion-v-met-on = Datum
companion-v-minutes = Zeit in Minuten
companion-v-call-me = Bitte ruft mich an (etwas ist nicht in Ordnung)
companion-v-recorded = Ihre Zeit ist eingetragen.
companion-mail-subject = Lotse: Eine Anfrage für eine Begleitung
companion-mail-body = Guten Tag { $name },

    Sie werden gefragt, ob Sie eine Person begleiten können. Alles Weitere sehen Sie in Lotse:
    { $link }

    Vielen Dank!
notice-companion-asked = Können Sie am { $when } eine Person begleiten? Bitte antworten Sie.
hours-one-to-one = Begleitungen und Patenschaften

# Die Seite der Klientin / des Klienten
my-appointment-companion-accompaniment = { $name } begleitet Sie. { $name } ist ehrenamtlich.
my-appointment-companion-ride = { $name } fährt Sie hin. { $name } ist ehrenamtlich.
my-appointment-companion-mentoring = { $name } begleitet Sie.

# Profil und Organisation
profile-districts = Wohin ich kommen kann
profile-districts-hint = Die Ortsteile, die Sie gut erreichen.
organisation-districts = Ortsteile
organisation-districts-hint = Ein Ortsteil pro Zeile. Ehrenamtliche wählen, wohin sie kommen können; Begleitungen nennen, wo sie sind.
organisation-districts-too-many = Höchstens 100 Ortsteile.

# Verzeichnis der Verarbeitungstätigkeiten
record-name-companions = Eins-zu-eins-Begleitung durch Ehrenamtliche
record-purpose-companions = Ehrenamtliche für Patenschaften, Begleitungen zu Terminen und Fahrten vorschlagen, anfragen und vermitteln; ihre Zeit als Stunden anerkennen.
record-basis-companions = Art. 6 Abs. 1 a DSGVO (Einwilligung der Klient:innen zur Weitergabe); Art. 9 Abs. 2 a DSGVO, wenn die Begleitung zu einem Arzttermin geht; § 72a SGB VIII für Führungszeugnisse.
record-subjects-companions = Klient:innen, Ehrenamtliche.
record-data-companions = Art, Zeit, Treffpunkt, Ortsteil, Sprache und was mitzubringen ist; der Vorname der Klient:in für die zusagende Person; Antworten, Treffen mit Dauer und die Bitte um einen Anruf.
record-recipients-companions = Die zuständige Fachkraft; die angefragte Ehrenamtliche sieht nur Zeit, Ort, Sprache und Mitzubringendes, nach der Zusage den Vornamen – solange die Begleitung läuft und die Einwilligung besteht.
companion-already-asked = Diese Person ist schon angefragt.
companion-v-met-before = Dieses Datum liegt vor dem Beginn der Begleitung.
companion-overview-title = Begleitungen im Überblick
companion-overview-intro = Alle Patenschaften, Begleitungen und Fahrten der Gemeinde: was noch jemanden sucht, wer was übernommen hat, was zuletzt endete. Ohne Namen der Klient:innen, ohne Ort.
companion-overview-open = { $count ->
    [0] Keine Anfrage sucht gerade jemanden.
    [one] Eine Anfrage sucht noch jemanden.
   *[other] { $count } Anfragen suchen noch jemanden.
}
companion-overview-empty = Gerade laufen keine Begleitungen.
companion-overview-caption = Begleitungen der letzten drei Monate, offene zuerst
companion-overview-col-status = Stand
companion-overview-col-when = Wann
companion-overview-col-language = Sprache
companion-overview-col-volunteer = Ehrenamtliche Person
companion-overview-asked = { $asked } gefragt, { $declined } abgelehnt
