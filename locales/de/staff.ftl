# Die Ansicht für Integrationsguides, Teamleitungen, Koordination und Administration.

caseload-title = Fallübersicht
caseload-scope-own = Meine Klient:innen
caseload-scope-team = Klient:innen im Team { $team }
caseload-scope-municipality = Klient:innen in { $municipality }
caseload-count = { $count ->
    [one] 1 Klient:in
   *[other] { $count } Klient:innen
}
caseload-empty = Noch keine Klient:innen.
caseload-new-client = Klient:in anlegen
caseload-col-name = Name
caseload-col-languages = Sprachen
caseload-col-household = Haushalt
caseload-col-last-contact = Letzter Kontakt
caseload-col-guide = Integrationsguide
caseload-household-size = { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}
caseload-no-contact = noch keiner
client-new-title = Klient:in anlegen
client-new-intro = Nur der Name ist Pflicht. Alles Weitere kann später gemeinsam mit der Klientin oder dem Klienten ergänzt werden.
client-first-name = Vorname
client-last-name = Nachname
client-birth-date = Geburtsdatum
client-preferred-lang = Sprache der App für die Klientin oder den Klienten
client-languages = Gesprochene Sprachen
client-phone = Telefon
client-create = Klient:in anlegen
client-detail-personal = Persönliche Daten
client-detail-household = Haushalt
client-detail-household-empty = Keine weiteren Haushaltsmitglieder erfasst.
client-detail-guide = Integrationsguide
client-detail-last-contact = Letzter Kontakt
client-relation-partner = Partner:in
client-relation-child = Kind
client-relation-parent = Elternteil
client-relation-other = Sonstige Verwandtschaft
household-add-heading = Haushaltsmitglied hinzufügen
household-first-name = Vorname
household-relation = Beziehung
household-birth-date = Geburtsdatum
household-add = Hinzufügen
household-added = Haushaltsmitglied hinzugefügt.
client-created = Klient:in wurde angelegt.
activation-heading = Zugang zur App
activation-active = Der Zugang zur App ist aktiviert.
activation-pending = Der Aktivierungscode wurde ausgestellt und ist gültig bis { $date }.
activation-none = Kein gültiger Aktivierungscode. Stellen Sie einen neuen Code aus, um den Zugang zur App zu ermöglichen.
activation-issue = Neuen Aktivierungscode ausstellen
activation-reissue-note = Ein neuer Code macht alle früheren Codes ungültig.
activation-code-heading = Aktivierungscode für { $name }
activation-code-instructions = Geben Sie diesen Code an die Klientin oder den Klienten weiter. Der Code funktioniert einmal und ist gültig bis { $date }. Die Person scannt den QR-Code oder öffnet die Aktivierungsseite und gibt den Code ein.
activation-code-once = Dieser Code wird nur jetzt angezeigt. Drucken Sie ihn aus oder schreiben Sie ihn auf.
activation-print = Drucken
activation-qr-label = QR-Code, der die Aktivierungsseite öffnet
activation-number = Die Anmeldung erfolgt mit der Nummer { $number } und der eigenen PIN.
admin-home-title = Administration
admin-home-intro = Hier verwalten Sie Mitarbeitende, die Organisation (Kommunen, Träger, Teams) und die Anmeldung in zwei Schritten.
admin-two-factor-title = Anmeldung in zwei Schritten
admin-two-factor-intro = Administratorinnen und Administratoren melden sich immer in zwei Schritten an. Hier legen Sie fest, in welchen Kommunen das auch für Begleitungen und Koordination gilt.
admin-two-factor-required = Vorgeschrieben für Begleitungen und Koordination in:
admin-two-factor-save = Speichern
admin-two-factor-saved = Gespeichert.
coordinator-note = Als Koordinator:in sehen Sie die Übersicht, aber nicht die Fallakten.
caseload-groups = Gruppenangebote planen
caseload-directory = Wegweiser pflegen

# Linked households: adults of one household with their own case.
household-linked-heading = Erwachsene im Haushalt mit eigenem Fall
household-linked-hint = Jede Person hat ihren eigenen Plan. Verknüpfte Fälle sehen Sie zusammen und können eine Notiz für mehrere schreiben.
household-linked-empty = Noch kein Fall verknüpft.
household-others = { $count ->
    [one] Ein weiteres Haushaltsmitglied wird von einer anderen Begleitung betreut.
   *[other] { $count } weitere Haushaltsmitglieder werden von anderen Begleitungen betreut.
}
household-link-heading = Fall eines Haushaltsmitglieds verknüpfen
household-link-member = Klient:in aus Ihren Fällen
household-choose = Bitte wählen
household-choose-error = Bitte wählen Sie eine Person aus Ihren Fällen.
household-link = Verknüpfen
household-unlink = { $name } aus dem Haushalt lösen
household-unlink-short = Lösen
household-case-closed = Fall abgeschlossen
household-linked = Die Fälle sind jetzt als ein Haushalt verknüpft.
household-unlinked = Die Verknüpfung ist gelöst.
client-lang-not-offered = Diese Sprache bietet die Gemeinde in der App nicht an.
