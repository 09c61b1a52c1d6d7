# Shell, navigation and messages shared by every page.

app-name = Lotse
app-tagline = ንሓድሽ ጅማሮ መራሒኹም
skip-to-content = ናብ ቀንዲ ትሕዝቶ ኺዱ
nav-home = መበገሲ ገጽ
nav-caseload = ዝርዝር ተገልገልቲ
nav-sign-out = ውጹ
nav-signed-in-as = ብስም { $name } ኣቲኹም ኣለኹም
language-label = ቋንቋ
language-submit = ቋንቋ ቀይሩ
footer-privacy = ሓበሬታኹም ብምምሕዳር ከተማኹም እዩ ዝዕቀብ። ኣብ ጉዳይኩም ዝሰርሑ ሰባት ጥራይ እዮም ዝርእይዎ።
offline-title = ምስ ኢንተርነት ኣይተራኸብኩምን
offline-body = እዚ ገጽ ገና ኣብ ተሌፎንኩም ኣይተዓቀበን። ምስ ኢንተርነት ተራኸቡ እሞ ደጊምኩም ፈትኑ።
form-errors-heading = በጃኹም ነቶም ምልክት ዘለዎም ቦታታት ርኣይዎም።
field-required = በጃኹም ነዚ ቦታ ምልእዎ።
field-too-long = እዚ ኣዝዩ ነዊሕ እዩ (እንተበዝሐ { $max } ፊደላት)።
date-invalid = በጃኹም ከምዚ 2026-03-31 ዝበለ ዕለት ኣእትዉ።
date-in-future = እዚ ዕለት ኣብ መጻኢ ክኸውን ኣይክእልን።
phone-invalid = በጃኹም ቁጽሪ ተሌፎን ብቑጽርታት ጥራይ ጸሓፉ (ባዶ ቦታ፡ + ከምኡውን - ይፍቀዱ)።
optional = ግዴታ ኣይኮነን
save = ዓቕቡ
cancel = ሰርዙ
back = ተመለሱ
# Error pages
error-title = ገለ ጌጋ ኣጋጢሙ
error-not-found = እዚ ገጽ የለን፡ ወይ ድማ ክትከፍትዎ ኣይፍቀደልኩምን።
error-forbidden = ነዚ ገጽ ክትከፍትዎ ኣይፍቀደልኩምን።
error-bad-request = እቲ ቅጥዒ ክንበብ ኣይከኣለን። በጃኹም ደጊምኩም ፈትኑ።
error-too-large = ዝሰደድኩምዎ ኣዝዩ ዓቢ እዩ። በጃኹም ዝወሓደ ስደዱ።
error-cross-site = እዚ ቅጥዒ ካብ ካልእ መርበብ ሓበሬታ ስለ ዝተሰደደ ኣይተቐበልናዮን። በጃኹም Lotse ብቐጥታ ክፈቱ እሞ ደጊምኩም ፈትኑ።
error-internal = ብወገንና ጌጋ ኣጋጢሙ። ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-unavailable = ሕጂ ምስ Lotse ምርኻብ ኣይተኻእለን። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-back-home = ናብ መበገሲ ገጽ ተመለሱ
# Names of languages that clients speak (ISO 639 codes).
language-ar = ዓረብኛ
language-fa = ፋርስኛ
language-prs = ዳሪ
language-ps = ፓሽቶ
language-ti = ትግርኛ
language-ku = ኩርድኛ
language-so = ሶማልኛ
language-tr = ቱርክኛ
language-ru = ሩስኛ
language-uk = ዩክሬንኛ
language-en = እንግሊዝኛ
language-fr = ፈረንሳይኛ
language-de = ጀርመንኛ
language-am = ኣምሓርኛ

## Paged lists (staff, caseload)
pager-pages = ገጻት
pager-previous = ዝቐደመ
pager-next = ዝቕጽል
pager-page-of = ገጽ { $page } ካብ { $pages }
pager-page = ገጽ { $page }
read-aloud = ገጹ ብድምጺ ኣንብብ
read-aloud-stop = ምንባብ ኣቁም
