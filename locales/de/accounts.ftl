# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = Mitarbeitende
admin-organisation-link = Organisation
admin-log-link = Änderungsprotokoll

staff-title = Mitarbeitende
staff-more = Verwaltung
staff-invite = Person einladen
staff-invite-intro = Die Person bekommt einen Link, der einmal gilt und nach 7 Tagen verfällt. Mit ihm wählt sie ihr Passwort. Ist ein Mailserver eingerichtet, geht der Link auch per E-Mail hinaus.
staff-invite-submit = Einladen
staff-invited = Eingeladen. Geben Sie den Link weiter; er wird nur jetzt angezeigt.
staff-search = Name oder E-Mail
staff-search-submit = Suchen
staff-include-inactive = Auch deaktivierte Konten zeigen
staff-found = { $count ->
    [one] 1 Konto gefunden
   *[other] { $count } Konten gefunden
}
staff-back = Zurück zu den Mitarbeitenden
staff-role = Rolle
staff-role-any = Alle Rollen
staff-role-guide = Integrationsbegleitung
staff-role-lead = Teamleitung
staff-role-coordinator = Koordination
staff-role-volunteer_coordinator = Ehrenamtskoordination
staff-role-county_coordinator = Kreiskoordination
staff-role-admin = Administration
staff-municipality = Kommune
staff-no-municipality = Keine Kommune
staff-team = Team
staff-no-team = Kein Team
staff-name = Name
staff-email = E-Mail-Adresse
staff-state-active = Aktiv
staff-state-inactive = Deaktiviert
staff-state-invited = Eingeladen, noch nicht angemeldet
staff-clients = { $count ->
    [one] 1 Klient:in
   *[other] { $count } Klient:innen
}
staff-account = Konto
staff-save = Speichern
staff-saved = Gespeichert.
staff-own-account = Das ist Ihr eigenes Konto. Deaktivieren kann es nur eine andere Person.
staff-own-rights = Rolle, Kommune und Team Ihres eigenen Kontos ändert eine andere Person.
staff-team-fixed = { $count ->
    [one] Diese Person begleitet 1 Klient:in. Team und Rolle ändern sich erst, wenn der Fall übergeben ist.
   *[other] Diese Person begleitet { $count } Klient:innen. Team und Rolle ändern sich erst, wenn die Fälle übergeben sind.
}
staff-access = Zugang
staff-deactivate-intro = Deaktivieren beendet sofort alle Sitzungen der Person. Sie kann sich nicht mehr anmelden. Ihr Name bleibt bei allem, was sie geschrieben hat.
staff-deactivate = Deaktivieren
staff-deactivated = Deaktiviert. Alle Sitzungen sind beendet.
staff-deactivate-clients = { $count ->
    [one] Dieser Person ist noch 1 Klient:in zugeordnet. Übergeben Sie den Fall, damit er weiter begleitet wird.
   *[other] Dieser Person sind noch { $count } Klient:innen zugeordnet. Übergeben Sie die Fälle, damit sie weiter begleitet werden.
}
staff-reactivate-intro = Wieder aktivieren: Die Person kann sich mit ihrem bisherigen Passwort wieder anmelden.
staff-reactivate = Wieder aktivieren
staff-reactivated = Wieder aktiviert.
staff-reset-intro = Passwort vergessen? Ein neuer Link, der einmal gilt, lässt die Person ein neues Passwort wählen. Ihre Sitzungen enden, sobald sie es tut.
staff-reset = Neuen Link zum Passwort erstellen
staff-new-invite-intro = Die Einladung ist noch nicht angenommen. Ein neuer Link ersetzt den alten.
staff-new-invite = Neuen Einladungslink erstellen
staff-link-title = Link für diese Person
staff-link-once = Dieser Link wird nur jetzt angezeigt und gilt einmal, 7 Tage lang.
staff-link-made = Neuer Link erstellt. Er wird nur jetzt angezeigt.
staff-refused-last-admin = Das ist die letzte aktive Administration. Sie bleibt, bis eine andere Person diese Rolle hat.
staff-refused-has-clients = Diese Person begleitet noch Klient:innen. Übergeben Sie die Fälle zuerst; dann ändern sich Team und Rolle.
staff-refused-conflict = Jemand hat dieses Konto inzwischen geändert. Die Seite zeigt jetzt den neuen Stand; Ihre Eingaben sind noch im Formular.
staff-email-taken = Diese E-Mail-Adresse hat schon ein anderes Konto.
staff-role-not-yours = Diese Rolle können Sie nicht vergeben.
staff-team-needed = Begleitungen gehören zu einem Team.
staff-municipality-needed = Wählen Sie die Kommune.
staff-team-elsewhere = Das Team gehört zu einer anderen Kommune.
staff-mail-subject = Ihr Zugang zu Lotse
staff-mail-body = Guten Tag { $name },

    für Sie wurde ein Zugang zu Lotse angelegt. Wählen Sie Ihr Passwort hier (der Link gilt { $days } Tage und einmal):

    { $link }
staff-reset-mail-subject = Neues Passwort für Lotse
staff-reset-mail-body = Guten Tag { $name },

    wählen Sie hier ein neues Passwort für Lotse (der Link gilt { $days } Tage und einmal):

    { $link }

staff-log-title = Änderungsprotokoll
staff-log-intro = Wer wann welches Konto und welchen Teil der Organisation geändert hat. Es enthält keine Daten von Klient:innen.
staff-change-invited = Eingeladen
staff-change-invited-again = Neu eingeladen
staff-change-reset-link = Link für neues Passwort erstellt
staff-change-password-set = Passwort gewählt
staff-change-changed = Konto geändert
staff-change-deactivated = Deaktiviert
staff-change-reactivated = Wieder aktiviert
staff-change-municipality-added = Kommune angelegt
staff-change-municipality-changed = Kommune geändert
staff-change-provider-added = Träger angelegt
staff-change-provider-changed = Träger geändert
staff-change-team-added = Team angelegt
staff-change-team-changed = Team geändert

staff-password-title = Willkommen bei Lotse
staff-password-reset-title = Neues Passwort wählen
staff-password-intro = Guten Tag { $name }. Wählen Sie Ihr Passwort; danach melden Sie sich damit an.
staff-password = Passwort
staff-password-hint = Mindestens 12 Zeichen. Ein Satz, den Sie sich merken können, ist gut.
staff-password-submit = Passwort speichern
staff-password-set = Passwort gespeichert
staff-password-set-next = Melden Sie sich jetzt mit Ihrer E-Mail-Adresse und dem neuen Passwort an.
staff-signin-now = Zur Anmeldung

organisation-title = Organisation
organisation-county = Landkreis
organisation-no-county = noch keiner angelegt
organisation-county-name = Name des Landkreises
organisation-municipalities = Kommunen
organisation-municipality-new = Neue Kommune
organisation-municipality-name = Name der Kommune
organisation-caseload-target = Ziel: Klient:innen je Vollzeitstelle
organisation-caseload-target-hint = Zum Beispiel 80 für „höchstens 1:80“.
organisation-ratio = { $clients } offene Fälle, { $staff } Mitarbeitende, Ziel 1:{ $target }
organisation-edit = Ändern
organisation-retention = Aufbewahrung abgeschlossener Fälle (Monate)
organisation-retention-hint = So lange können Klient:innen ihre Daten noch lesen und der Fall wieder geöffnet werden. Danach wird er gelöscht.
organisation-retention-range = Eine Zahl von 6 bis 120.
organisation-save = Speichern
organisation-add = Anlegen
organisation-saved = Gespeichert.
organisation-added = Angelegt.
organisation-providers = Träger
organisation-providers-intro = Die Organisationen, bei denen Teams angestellt sind, zum Beispiel Caritas, Diakonie, AWO, DRK oder die Stadt selbst.
organisation-provider-new = Neuer Träger
organisation-provider-name = Name des Trägers
organisation-provider-contact = Kontakt
organisation-provider-teams = { $count ->
    [one] 1 Team
   *[other] { $count } Teams
}
organisation-teams = Teams
organisation-team-new = Neues Team
organisation-team-name = Name des Teams
organisation-team-municipality = Kommune
organisation-team-provider = Träger
organisation-team-lead = Teamleitung
organisation-team-no-lead = keine
organisation-team-members = { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}
organisation-team-staff = Mitarbeitende dieses Teams
organisation-name-taken = Diesen Namen gibt es hier schon.
organisation-target-range = Eine Zahl von 10 bis 300.
organisation-county-first = Legen Sie zuerst eine Kommune (mit dem Landkreis) an.
organisation-choose = Bitte wählen.

# Which languages a municipality's clients may choose.
organisation-client-langs = Sprachen für Klient:innen
organisation-client-langs-hint = Die App für Klient:innen bietet nur diese Sprachen an.
organisation-client-langs-needed = Bitte wählen Sie mindestens eine Sprache.
