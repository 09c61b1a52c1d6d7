# ወለንታውያን ሓደ ንሓደ ዝገብርዎ ምስናይ፦ ቀጻሊ ምስናይ፡ ናብ ቆጸራ ምስናይ፡
# ብመኪና ምብጻሕ። ገጻት ኣማኻሪ ምውህሃድ (ክፋል ፋይል ጉዳይ) ከምኡውን ገጻት ወለንታውያን።

case-tab-companions = ምስናይ
consent-purpose-companion = ዘሰንየኩም ወለንታዊ ቀዳማይ ስምኩም፡ ግዜን ቦታን ክፈልጥ ይኽእል
companion-consent-recipient = ዘሰንን ወለንታዊ

companion-kind = ዓይነት ምስናይ
companion-kind-mentoring = ቀጻሊ ምስናይ (ስሩዕ ርክብ)
companion-kind-accompaniment = ናብ ቆጸራ ምስናይ
companion-kind-ride = ብመኪና ናብ ቆጸራ ምብጻሕ
companion-status-open = ሰብ ይድለ ኣሎ
companion-status-matched = ተሰማሚዑ
companion-status-ended = ተዛዚሙ
companion-status-cancelled = ተሰሪዙ
companion-answer-accepted = ተቐቢሉ
companion-answer-declined = ኣይተቐበለን
companion-answer-withdrawn = ድሕሪ ሕጂ ኣየድልን
companion-answer-waiting = ገና መልሲ የለን

companion-intro = ወለንታውያን ንተገልገልቲ ናብ ቆጸራታት የሰንይዎም፡ ብመኪና የብጽሕዎም ወይ ብስሩዕ ይራኸብዎም (ቀጻሊ ምስናይ)። ቀዳማይ ስም፡ ግዜ፡ ቦታ፡ ቋንቋን እንታይ ክሕዝ ከም ዘለዎን ጥራይ እዮም ዝፈልጡ – ፋይል ጉዳይ ፈጺሞም ኣይርእዩን።
companion-empty = ገና ምስናይ ኣይተሓተተን።
companion-new = ምስናይ ሕተቱ
companion-appointment = ንኣየናይ ቆጸራ?
companion-no-appointment = – ብዘይ ቆጸራ (ቀጻሊ ምስናይ) –
companion-appointment-hint = ቆጸራ እንተ መሪጽኩም፡ Lotse ግዜ፡ ንውሓት፡ ቦታን ክሕዝዎ ዘለዎም ነገራትን ካብቲ ቆጸራ ይወስድ፡ ካልእ እንተ ዘየእቶኹም።
companion-date = ዕለት (ንቀጻሊ ምስናይ፦ ቀዳማይ ርክብ)
companion-time = ሰዓት
companion-minutes = ንውሓት ብደቓይቕ
companion-place = ቦታ ርክብ
companion-place-hint = ከምቲ እቲ ወለንታዊ ክፈልጦ ዘለዎ፡ ንኣብነት «ቤት ሕክምና ጥቓ ዕዳጋ፡ Marktstraße 3»።
companion-district = ከባቢ
companion-language = እቲ ወለንታዊ ክዛረቦ ዘለዎ ቋንቋ
companion-bring = ክሕዝዎ ዘለዎም ነገራት
companion-bring-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ ነገር።
companion-checkin = ጸብጻብ ቀጻሊ ምስናይ
companion-checkin-every = ኣብ ነፍሲ ወከፍ { $days } መዓልቲ
companion-for-mentoring = ንቀጻሊ ምስናይ ጥራይ
companion-ends-on = ዝተመደበ መወዳእታ
companion-consent-legend = ፍቓድ ተገልጋሊ
companion-consent-hint = እቲ ወለንታዊ ቀዳማይ ስም፡ ግዜ፡ ቦታን ቋንቋን ይፈልጥ። ስለዚ ፍቓድ የድሊ፤ እቲ ፍቓድ ኣብ ፍቓዳት ፋይል ጉዳይ ይዕቀብ፡ ኣብኡ ድማ ክስሓብ ይኽእል።
companion-consent-given = ዝተፈረመ ፍቓድ ኣሎ።
companion-consent-on = ዝተዋህበሉ ዕለት
companion-consent-on-file = ሓበሬታ ናብ ዘሰንን ወለንታዊ ንምሃብ ዝተዋህበ ፍቓድ ኣሎ።
companion-consent-missing = እቲ ፍቓድ ተሳሒቡ እዩ፦ እቲ ወለንታዊ ድሕሪ ሕጂ ነዚ ዕዮ ኣይርእዮን።
companion-consent-required = በጃኹም ፍቓድ ከም ዘሎ ኣረጋግጹ።
companion-appointment-or-date = በጃኹም ቆጸራ ምረጹ ወይ ዕለትን ሰዓትን ኣእትዉ።
companion-in-past = እዚ ግዜ ሓሊፉ እዩ።
companion-save = ምስናይ ሕተቱ
companion-saved = እቲ ሕቶ ተመዝጊቡ። ሕጂ ንሓደ ካብቶም ዝተሓበሩ ሰባት ሕተቱ።
companion-back = ኩሎም ሕቶታት ምስናይ

companion-with = ምስ { $name }
companion-bring-line = ክሕዝዎ ዘለዎም፦ { $bring }
companion-ends-line = ዝተመደበ መወዳእታ፦ { $date }
companion-checkin-late = ጸብጻብ ደንጕዩ
companion-call-me-badge = በጃኹም ደውሉ
companion-proposals = ዝተሓበሩ ሰባት
companion-proposals-hint = ነቲ ቋንቋ ዝዛረቡ፡ ዘድሊ ክእለትን ግዜኡ ዘይሓለፈ ምስክር ወረቐት ፖሊስን ዘለዎም፡ ኣብዚ ግዜ ድማ ነጻ ዝኾኑ ወለንታውያን። ኣብ ላዕሊ ዘለዉ፡ ኣብዚ ግዜ ክመጹ ዝኽእሉን ናብቲ ከባቢ ክበጽሑ ዝኽእሉን እዮም።
companion-proposals-none = ሕጂ ዝሰማማዕ ሰብ የለን። ንኣወሃሃዲ ወለንታውያን ሕተቱ።
companion-fits-time = ኣብዚ ግዜ ይኽእል
companion-fits-place = ናብቲ ከባቢ ይበጽሕ
companion-active-tasks = { $count ->
    [0] ኣብ መስርሕ ዘሎ ምስናይ የለን
    [one] ሓደ ኣብ መስርሕ ዘሎ ምስናይ
   *[other] { $count } ኣብ መስርሕ ዘለዉ ምስናያት
}
companion-ask = ን{ $name } ሕተቱ
companion-asked = እቲ ሕቶ ተላኢኹ እዩ።
companion-asks = ዝተሓተቱ
companion-meetings = ርክባትን ጸብጻባትን
companion-meeting-minutes = { $minutes } ደቓይቕ
companion-cancel = ሕቶ ስሓቡ
companion-end = ምስናይ ዛዝሙ
companion-closed = እቲ ምስናይ ተዛዚሙ እዩ።
conflict-companion = እዚ ምስናይ ኣብ ማእከሉ ተቐይሩ እዩ። እቲ ሕጂ ዘሎ ኩነታት እዚ እዩ።

# ገጻት ወለንታውያን
companion-v-heading = ምስናይ
companion-v-asked = ንዓኹም ዝቐረበ ሕቶ
companion-v-yours = ተቐቢልኩምዎ
companion-v-with-mentoring = ቀጻሊ ምስናይ ምስ { $name }
companion-v-with-accompaniment = ን{ $name } ምስናይ
companion-v-with-ride = ን{ $name } ብመኪና ምብጻሕ
companion-v-language = ቋንቋ፦ { $language }
companion-v-answer = ክትክእሉ ዲኹም?
companion-v-answer-hint = እንተ ተቐቢልኩም፡ ቀዳማይ ስም ክትርእዩ ኢኹም። ብርግጽ ክትክእሉ እንተ ኾንኩም ጥራይ ተቐበሉ።
companion-v-accept = እወ፡ ክገብሮ እየ
companion-v-decline = ኣይፋል፡ ኣብዚ ግዜ ኣይክእልን
companion-v-accepted = የቐንየልና! እቲ ምስናይ ተሰማሚዑ እዩ።
companion-v-declined = ኣይተቐበልኩምን። ስለ መልስኹም የቐንየልና።
companion-v-gone = እዚ ሕቶ ድሕሪ ሕጂ ክፉት ኣይኮነን።
companion-v-done = ድሕሪ ቆጸራ
companion-v-done-hint = ዝወሰደልኩም ግዜ ኣእትዉ። ድሕሪኡ እቲ ምስናይ ይዛዘም፡ ኣብ ሰዓታትኩም ድማ ይቑጸር።
companion-v-checkin = ርክብ መዝግቡ
companion-v-checkin-hint = ነፍሲ ወከፍ ርክብ መዝግቡ። ኣማኻሪ ምውህሃድ ዕለት፡ ንውሓትን ክድወለልኩም ትደልዩ እንተ ኾንኩምን ጥራይ እዩ ዝርኢ።
companion-v-met-on = ዕለት
companion-v-minutes = ግዜ ብደቓይቕ
companion-v-call-me = በጃኹም ደውሉለይ (ዘይጽቡቕ ነገር ኣሎ)
companion-v-recorded = ግዜኹም ተመዝጊቡ።
companion-mail-subject = Lotse: ሕቶ ምስናይ
companion-mail-body = ሰላም { $name }፡

    ንሓደ ሰብ ከተሰንዩ ትኽእሉ እንተ ኾንኩም ክንሓተኩም ንደሊ። ዝተረፈ ኩሉ ኣብ Lotse ክትርእዩ ኢኹም፦
    { $link }

    ብዙሕ የቐንየልና!
notice-companion-asked = ብ{ $when } ንሓደ ሰብ ከተሰንዩ ትኽእሉ ዶ? በጃኹም መልሱ።
hours-one-to-one = ምስናይን ቀጻሊ ምስናይን

# ገጽ ተገልጋሊ
my-appointment-companion-accompaniment = ናብ ቆጸራ ዘሰንየኩም ሰብ { $name } እዩ። እዚ ሰብ ወለንታዊ እዩ።
my-appointment-companion-ride = ብመኪና ዘብጽሓኩም ሰብ { $name } እዩ። እዚ ሰብ ወለንታዊ እዩ።
my-appointment-companion-mentoring = ብቐጻሊ ዘሰንየኩም ወለንታዊ { $name } እዩ።

# ናይ ባዕልኹም ሓበሬታን ውዳበን
profile-districts = ክበጽሖም ዝኽእል ከባቢታት
profile-districts-hint = ብቐሊሉ ክትበጽሕዎም እትኽእሉ ከባቢታት።
organisation-districts = ከባቢታት
organisation-districts-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ ከባቢ። ወለንታውያን ናበይ ክመጹ ከም ዝኽእሉ ይመርጹ፤ ሕቶታት ምስናይ ድማ ኣብ ኣየናይ ከባቢ ምዃኖም ይሕብሩ።
organisation-districts-too-many = እንተበዝሐ 100 ከባቢታት።

# መዝገብ ንጥፈታት ኣተሓሕዛ ሓበሬታ
record-name-companions = ሓደ ንሓደ ምስናይ ብወለንታውያን
record-purpose-companions = ንቀጻሊ ምስናይ፡ ናብ ቆጸራታት ምስናይን ብመኪና ምብጻሕን ወለንታውያን ምሕባር፡ ምሕታትን ምስ ተገልገልቲ ምርኻብን፤ ዝሃብዎ ግዜ ከም ሰዓታት ምቑጻር።
record-basis-companions = ዓንቀጽ 6(1)(ሀ) ሓፈሻዊ ሕጊ ሓለዋ ሓበሬታ (ተገልገልቲ ሓበሬታ ንምሃብ ዝሃብዎ ፍቓድ)፤ ዓንቀጽ 9(2)(ሀ) ሓፈሻዊ ሕጊ ሓለዋ ሓበሬታ፡ እቲ ምስናይ ናብ ቆጸራ ሓኪም እንተኾይኑ፤ § 72a SGB VIII ንምስክር ወረቐት ፖሊስ።
record-subjects-companions = ተገልገልቲ፡ ወለንታውያን።
record-data-companions = ዓይነት፡ ግዜ፡ ቦታ ርክብ፡ ከባቢ፡ ቋንቋን ክሕዝዎ ዘለዎም ነገራትን፤ ቀዳማይ ስም ተገልጋሊ ነቲ ዝተቐበለ ወለንታዊ፤ መልስታት፡ ርክባት ምስ ንውሓቶምን ደውሉለይ ዝብል ሕቶን።
record-recipients-companions = እቲ ሓላፊ ኣማኻሪ ምውህሃድ፤ እቲ ዝተሓተተ ወለንታዊ ግዜ፡ ቦታ፡ ቋንቋን ክሕዝዎ ዘለዎም ነገራትን ጥራይ ይርኢ፡ ድሕሪ ምቕባሉ ድማ ቀዳማይ ስም – እቲ ምስናይ ክሳብ ዝቕጽልን እቲ ፍቓድ ክሳብ ዘሎን።
companion-already-asked = እዚ ሰብ ድሮ ተሓቲቱ እዩ።
companion-v-met-before = እዚ ዕለት ቅድሚ ምጅማር ምስናይ እዩ።
companion-overview-title = ሓፈሻዊ ትዕዝብቲ ምስናይ
companion-overview-intro = ኩሉ ቀጻሊ ምስናይ፡ ምስናይን ብመኪና ምብጻሕን ናይ ምምሕዳር ከተማ፡ ገና ሰብ ዘድልዮ፡ መን እንታይ ከምዝተቐበለ፡ ቀረባ ግዜ ዝተወድአ። ብዘይ ኣስማት ተገልገልቲን ብዘይ ቦታን።
companion-overview-open = { $count ->
    [0] ሕጂ ሰብ ዝጽበ ሕቶ የለን።
    [one] ሓደ ሕቶ ገና ሰብ የድልዮ።
   *[other] { $count } ሕቶታት ገና ሰብ የድልዮም።
}
companion-overview-empty = ሕጂ ዝቕጽል ምስናይ የለን።
companion-overview-caption = ምስናይ ናይ ዝሓለፉ ሰለስተ ኣዋርሕ፡ ክፉታት ቀዳሞት
companion-overview-col-status = ኩነታት
companion-overview-col-when = መዓስ
companion-overview-col-language = ቋንቋ
companion-overview-col-volunteer = ወለንታዊ
companion-overview-asked = { $asked } ተሓቲቶም፡ { $declined } ኣብዮም
