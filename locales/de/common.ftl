# Rahmen, Navigation und Meldungen, die alle Seiten gemeinsam nutzen.

app-name = Lotse
app-tagline = Ihr Wegweiser für den Neuanfang
skip-to-content = Zum Inhalt springen
nav-home = Start
nav-caseload = Fallübersicht
nav-sign-out = Abmelden
nav-signed-in-as = Angemeldet als { $name }
language-label = Sprache
language-submit = Sprache ändern
footer-privacy = Ihre Daten speichert Ihre Kommune. Nur die Menschen, die an Ihrem Fall arbeiten, sehen Ihre Daten.
offline-title = Sie sind offline
offline-body = Diese Seite ist noch nicht auf Ihrem Handy gespeichert. Verbinden Sie sich mit dem Internet. Versuchen Sie es dann noch einmal.
form-errors-heading = Bitte prüfen Sie die markierten Felder.
field-required = Bitte füllen Sie dieses Feld aus.
field-too-long = Das ist zu lang. Erlaubt sind höchstens { $max } Zeichen.
date-invalid = Bitte geben Sie ein Datum ein, zum Beispiel 31.03.2026.
date-in-future = Dieses Datum darf nicht in der Zukunft liegen.
phone-invalid = Bitte geben Sie eine Telefonnummer nur mit Ziffern ein. Leerzeichen, + und - sind erlaubt.
optional = optional
save = Speichern
cancel = Abbrechen
back = Zurück
# Fehlerseiten
error-title = Etwas ist schiefgegangen
error-not-found = Diese Seite gibt es nicht. Oder Sie dürfen sie nicht öffnen.
error-forbidden = Sie dürfen diese Seite nicht öffnen.
error-bad-request = Das Formular konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal.
error-too-large = Was Sie gesendet haben, ist zu groß. Bitte senden Sie weniger.
error-cross-site = Dieses Formular kam von einer anderen Website. Deshalb wurde es nicht angenommen. Bitte öffnen Sie Lotse direkt und versuchen Sie es noch einmal.
error-internal = Bei uns ist ein Fehler passiert. Es wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal.
error-unavailable = Lotse ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-back-home = Zur Startseite
# Namen der Sprachen, die Klient:innen sprechen (Codes nach ISO 639).
language-ar = Arabisch
language-fa = Farsi
language-prs = Dari
language-ps = Paschtu
language-ti = Tigrinya
language-ku = Kurdisch
language-so = Somali
language-tr = Türkisch
language-ru = Russisch
language-uk = Ukrainisch
language-en = Englisch
language-fr = Französisch
language-de = Deutsch
language-am = Amharisch

## Paged lists (staff, caseload)
pager-pages = Seiten
pager-previous = Zurück
pager-next = Weiter
pager-page-of = Seite { $page } von { $pages }
pager-page = Seite { $page }
read-aloud = Vorlesen
read-aloud-stop = Vorlesen beenden
