# The end of a case: closing, episodes of support, reopening (staff, German), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = Abschluss
case-closed-banner = Dieser Fall ist seit { $date } abgeschlossen. Er kann nur gelesen werden.
case-closed-more = Abschluss und Wiederaufnahme
error-case-closed = Diese Begleitung ist beendet. Alles kann noch gelesen, aber nicht mehr geändert werden.

closing-title = Fall abschließen
closing-intro = Ziel der Integrationsbegleitung ist, dass sie nicht mehr gebraucht wird. Halten Sie fest, warum die Begleitung endet und was aus den offenen Zielen geworden ist. Die Person sieht auf ihrer Startseite, dass die Begleitung beendet ist und an wen sie sich wenden kann.
closing-reason = Grund
closing-reason-independent = Selbstständig
closing-reason-regular_services = An Regeldienste übergeben
closing-reason-moved = Weggezogen
closing-reason-unreachable = Nicht mehr erreichbar
closing-reason-declined = Weitere Unterstützung abgelehnt
closing-reason-other = Anderer Grund
closing-handed-to = Übergeben an
closing-handed-to-none = Keine Übergabe
closing-only-handed = nur bei Übergabe an Regeldienste
closing-moved-to = Weggezogen nach
closing-only-moved = nur bei Umzug
closing-outcomes = Was ist aus den offenen Zielen geworden?
goal-outcome-achieved = Erreicht
goal-outcome-partly = Teilweise erreicht
goal-outcome-not_achieved = Nicht erreicht
goal-outcome-no_longer_relevant = Nicht mehr relevant
closing-note = Abschlussnotiz
closing-note-hint = Kurz: was erreicht wurde und was offen bleibt.
closing-submit = Fall abschließen
closing-own-guide-only = Abschließen kann nur die Integrationsbegleitung dieser Person.
closing-closed-heading = Abgeschlossen
closing-kept-until = Der Fall wird bis { $date } aufbewahrt. Bis dahin kann die Person ihn lesen, und er kann wieder geöffnet werden.
closing-reopen-intro = Braucht die Person wieder Begleitung? Dann beginnt eine neue Begleitungsphase.
closing-reopen = Fall wieder öffnen
closing-episodes = Begleitungsphasen
closing-no-episodes = Noch keine abgeschlossene Begleitungsphase.
closing-closed-by = Abgeschlossen von { $name }
closing-reopened-by = Wieder geöffnet am { $date } von { $name }
closing-done = Der Fall ist abgeschlossen.
closing-reopened = Der Fall ist wieder geöffnet.
closing-goals-changed = Die offenen Ziele haben sich inzwischen geändert. Bitte prüfen Sie die Ergebnisse noch einmal.
closing-too-late = Die Aufbewahrungsfrist ist abgelaufen. Der Fall kann nicht mehr geöffnet werden.
closing-handed-to-needed = Wählen Sie, an wen übergeben wurde.
closing-moved-to-needed = Wohin ist die Person gezogen?
closing-outcome-needed = Bitte wählen Sie für jedes offene Ziel ein Ergebnis.
handed-to-jobcenter = das Jobcenter (Fallmanagement)
handed-to-migration_advice = die Migrationsberatung für Erwachsene (MBE)
handed-to-youth_migration = der Jugendmigrationsdienst (JMD)
handed-to-social_services = das Sozialamt
handed-to-other = ein anderer Dienst
caseload-state = Fälle
caseload-state-open = Offene Fälle
caseload-state-closed = Abgeschlossene Fälle

access-detail-closing = Abschluss
access-detail-closed = Fall abgeschlossen
access-detail-reopened = Fall wieder geöffnet
access-detail-history = Protokoll
access-detail-consents = Einwilligungen
access-detail-caseload = Fallübersicht

client-ended-heading = Ihre Begleitung ist beendet
client-ended-on = Ihre Integrationsbegleitung hat am { $date } geendet.
client-ended-handed = Jetzt hilft Ihnen { $service }.
client-ended-moved = In { $place } hilft Ihnen das Integrationsmanagement vor Ort.
client-ended-independent = Sie schaffen es jetzt allein. Viel Erfolg!
client-ended-again = Brauchen Sie wieder Hilfe? Melden Sie sich beim Integrationsmanagement in { $municipality }.
client-ended-read = Ihren Plan und Ihre Daten können Sie bis { $date } lesen.

moves-title = Fälle übertragen
moves-intro = Wenn jemand geht oder ein Team geteilt wird: Übertragen Sie einige oder alle Fälle einer Begleitung in einem Schritt an eine oder mehrere andere Begleitungen desselben Trägers. Innerhalb des Trägers ist keine neue Einwilligung nötig; jede neue Begleitung sieht, was die bisherige sah, nicht mehr. Jede Übertragung wird wie eine einzelne Übergabe festgehalten.
moves-from = Fälle von
moves-choose = Auswählen
moves-open-cases = { $count ->
    [one] 1 offener Fall
   *[other] { $count } offene Fälle
}
moves-inactive = deaktiviert
moves-clients-of = Fälle von { $name }
moves-no-clients = Diese Begleitung hat keine offenen Fälle.
moves-which-clients = Welche Fälle?
moves-to-whom = An wen?
moves-to-whom-hint = Bei mehreren Begleitungen bekommt jeweils die mit den wenigsten Fällen den nächsten Fall.
moves-preview = Vorschau
moves-choose-both = Wählen Sie mindestens einen Fall und mindestens eine Begleitung.
moves-preview-heading = { $count ->
    [one] Vorschau: 1 Fall wird übertragen
   *[other] Vorschau: { $count } Fälle werden übertragen
}
moves-caseload-change = { $now } → { $after } Fälle (Ziel 1:{ $target })
moves-over-target = über dem Ziel
moves-sees-team = Gleiches Team: sieht die Akte wie bisher.
moves-sees-provider = Gleicher Träger, anderes Team: sieht die Akte wie bisher, ohne neue Einwilligung.
moves-client = Klient:in
moves-new-guide = Neue Begleitung
moves-reason = Anlass
moves-confirm = Jetzt übertragen
moves-default-reason = Fälle übertragen
moves-done = Die Fälle sind übertragen.
moves-done-one = Der Fall ist übertragen.
moves-changed = Inzwischen hat sich an diesen Fällen etwas geändert. Es wurde nichts übertragen; bitte sehen Sie sich die Vorschau noch einmal an.
access-detail-moved = Fall übertragen

deputy-title = Vertretung
deputy-intro = Im Urlaub oder bei Krankheit vertritt eine Kollegin oder ein Kollege aus dem Team. In dieser Zeit öffnet die Vertretung die Fälle so, wie die Begleitung selbst sie sieht, nicht mehr. Jeder Zugriff wird unter ihrem Namen protokolliert. Die Klient:innen sehen auf ihrer Startseite, wer vertritt.
deputy-current = Jetzt und demnächst
deputy-none = Keine Vertretung eingetragen.
deputy-line = { $deputy } vertritt { $guide }
deputy-period = vom { $from } bis { $to }
deputy-end = Beenden
deputy-new = Vertretung eintragen
deputy-for = Für
deputy-who = Vertretung durch
deputy-from = Von
deputy-to = Bis
deputy-save = Eintragen
deputy-saved = Die Vertretung ist eingetragen.
deputy-ended = Die Vertretung ist beendet.
deputy-not-self = Eine Person kann sich nicht selbst vertreten.
deputy-past = Dieser Zeitraum ist schon vorbei.
deputy-order = Das Ende liegt vor dem Anfang.
deputy-too-long = Höchstens { $max } Tage. Für eine längere Abwesenheit übertragen Sie die Fälle.
client-deputy = Zurzeit vertritt { $name } Ihre Begleitung. Sie können sich an { $name } wenden.
