# Die eigene Ansicht der Klient:innen (einfache, kurze Sätze).

client-home-title = Meine Startseite
client-hello = Hallo, { $name }!
client-guide-heading = Mein Integrationsguide
client-guide-phone = Telefon
client-guide-call = { $name } anrufen
client-guide-hours = Sprechzeiten
client-guide-none = Sie haben noch keinen Integrationsguide. Das Integrationsbüro meldet sich bei Ihnen.
client-number-reminder = Ihre Lotse-Nummer: { $number }
client-plan-heading = Mein Plan
client-plan-empty = Ihr Plan ist noch leer. Sie machen den Plan zusammen mit Ihrem Integrationsguide.
client-appointments-heading = Meine Termine
client-appointments-empty = Sie haben noch keine Termine.
client-offices-heading = Ämter und Hilfe
client-offices-empty = Hier finden Sie bald Ämter und Hilfe in Ihrer Nähe.
client-groups-heading = Gruppen und Treffen
client-groups-empty = Hier finden Sie bald Gruppen, zum Beispiel Sprachcafés.
volunteer-home-title = Meine Gruppen
volunteer-hello = Hallo, { $name }!
volunteer-groups-empty = Hier sehen Sie bald Ihre Gruppen und Schichten.
volunteer-interpreting-heading = Meine Einsätze als Dolmetscher:in
volunteer-interpreting-language = Dolmetschen in { $language }
volunteer-interpreting-minutes = { $minutes } Minuten
volunteer-interpreting-contact = Fragen an { $name }
