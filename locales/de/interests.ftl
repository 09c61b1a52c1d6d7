# Was Menschen gern mitmachen möchten: die Seite der Klient:innen (einfache Sätze), der
# Abschnitt im Erstgespräch und die Auswertung für die Planung.

interests-title = Was möchten Sie mitmachen?
interests-intro = Kreuzen Sie an, was Sie interessiert und wann Sie Zeit haben. So kann Ihre Gemeinde passende Angebote planen.
interests-kinds = Das interessiert mich
interests-times = Dann habe ich Zeit
interests-childcare = Ich brauche Kinderbetreuung, damit ich kommen kann.
interests-who-sees = Ihre Beratung sieht Ihre Antwort. Die Planung sieht nur, wie viele Menschen etwas möchten – ohne Namen.
interests-save = Speichern
interests-saved = Danke! Ihre Wünsche sind gespeichert.
interests-conflict = Ihre Wünsche wurden inzwischen geändert. Bitte prüfen Sie Ihre Auswahl und speichern Sie noch einmal.
interest-time-weekday_am = unter der Woche vormittags
interest-time-weekday_pm = unter der Woche nachmittags
interest-time-weekday_ev = unter der Woche abends
interest-time-weekend = am Wochenende

# Im Erstgespräch
interests-intake-heading = Wünsche für Gruppenangebote
interests-intake-hint = Was die Person gern mitmachen möchte und wann. Die Person kann das auch selbst in der App ankreuzen.
interests-saved-staff = Die Wünsche sind gespeichert.
interests-conflict-staff = Die Wünsche wurden inzwischen geändert (zum Beispiel von der Person selbst). Bitte prüfen und erneut speichern.

# Auswertung für die Planung
demand-title = Bedarf und Angebote
demand-intro = Was Klient:innen gern mitmachen möchten, neben den Gruppenangeboten, die es gibt: damit Angebote den Wünschen folgen. Gezählt werden offene Fälle; Namen erscheinen nie.
demand-answers = Antworten: { $count }
demand-caption = Wünsche je Art des Angebots, mit Zeiten und Bedarf an Kinderbetreuung, und bestehende Angebote mit Terminen
demand-col-kind = Art des Angebots
demand-col-wanted = Möchten mitmachen
demand-col-childcare = Brauchen Kinderbetreuung
demand-col-offers = Angebote
demand-col-places = Plätze
demand-small-cells = Weniger als fünf Personen werden als „< 5“ gezeigt, damit niemand zu erkennen ist.
interests-district = Wo wohnen Sie?
interests-district-none = Möchte ich nicht sagen
demand-district-caption = Wünsche je Ortsteil: Antworten, Bedarf an Kinderbetreuung und die häufigsten Wünsche
demand-col-district = Ortsteil
demand-col-answers = Antworten
demand-col-top = Am häufigsten gewünscht
demand-no-district = Ohne Angabe
