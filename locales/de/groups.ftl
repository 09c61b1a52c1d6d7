# Gruppenangebote (Klientinnen und Klienten) und Schichten (Ehrenamtliche).
groups-title = Gruppenangebote
groups-intro = Leute treffen, Deutsch lernen, Sport machen. Alle Angebote sind kostenlos.
groups-empty = Es gibt noch keine Gruppenangebote.
groups-filter-target = Für wen?
groups-filter-any = Alle Gruppen
groups-filter-submit = Anzeigen
group-next = Nächster Termin: { $when }
group-no-sessions = Zurzeit sind keine Termine geplant.
group-seats = { $free ->
    [0] Voll. Sie können auf die Warteliste.
    [one] 1 Platz frei
   *[other] { $free } Plätze frei
}
group-childcare = Mit Kinderbetreuung
group-barrier-free = Barrierefreier Zugang
group-target-women = Frauen
group-target-parents = Eltern mit kleinen Kindern
group-target-children = Kinder
group-target-youth = Jugendliche
group-target-beginners = Anfänger (A1)
group-target-everyone = Alle
group-category-language_cafe = Sprachcafé
group-category-tandem = Sprachtandem
group-category-parents_children = Eltern und Kinder
group-category-womens_group = Frauentreff
group-category-sports = Sport
group-category-cooking = Gemeinsam kochen
group-category-forms_help = Hilfe bei Formularen
group-category-homework = Hausaufgabenhilfe
group-category-crafts = Nähen und Handarbeit
group-category-other = Sonstiges
group-sessions = Termine
group-session-cancelled = Fällt aus: { $reason }
group-session-moved = Verlegt: { $reason }
group-where = Wo?
group-contact = Kontakt
group-join = Anmelden
group-share-name = Die Ehrenamtlichen dürfen meinen Vornamen sehen.
group-joined = Sie sind angemeldet. Bis bald!
group-waitlist = Sie stehen auf der Warteliste, Platz { $position }.
group-waitlist-info = Wird ein Platz frei, rücken Sie von selbst nach.
group-leave = Meinen Platz freigeben
group-left = Sie sind nicht mehr angemeldet.
group-already = Sie sind schon angemeldet.
group-status-confirmed = Sie sind angemeldet.
group-status-waitlist = Warteliste, Platz { $position }
client-groups-open = Gruppenangebote ansehen
shifts-title = Meine Schichten
shifts-intro = Schichten in Ihren Gruppen für die nächsten acht Wochen.
shifts-show-all = Alle Termine zeigen
shifts-show-open = Nur offene und meine Schichten zeigen
shifts-empty = Sie sind noch in keiner Gruppe. Ihre Koordination trägt Sie ein.
shift-role-lead = Leitung
shift-role-helper = Hilfe
shift-role-childcare = Kinderbetreuung
shift-role-interpreter = Dolmetschen
shift-filled = { $filled } von { $needed } besetzt
shift-sign-up = Schicht übernehmen
shift-cancel = Schicht absagen
shift-mine = Ihre Schicht
shift-full = Voll
shift-done = Danke! Die Schicht gehört Ihnen.
shift-cancelled = Ihre Schicht ist abgesagt.
shift-cancelled-soon = Ihre Schicht ist abgesagt. Sie beginnt in weniger als zwei Tagen: Bitte sagen Sie auch der Kontaktperson der Gruppe Bescheid.
shift-taken = Jemand war schneller: Dieser Platz ist vergeben.
shift-not-open = Diese Schicht kann nicht (mehr) übernommen werden.
shift-participants = { $count ->
    [one] 1 Teilnehmende Person
   *[other] { $count } Teilnehmende
}
shift-first-names = Vornamen: { $names }
volunteer-shifts-open = Meine Schichten ansehen
