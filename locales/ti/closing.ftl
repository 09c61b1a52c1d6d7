# The end of a case: closing, episodes of support, reopening (staff), and what
# the client's home page says when their support has ended (plain, short sentences).

case-tab-closing = ምዕጻው ጉዳይ
case-closed-banner = እዚ ጉዳይ ካብ { $date } ጀሚሩ ተዓጽዩ እዩ። ክንበብ ጥራይ እዩ ዝኽእል።
case-closed-more = ምዕጻውን ዳግማይ ምኽፋትን
error-case-closed = እዚ ደገፍ ተዛዚሙ እዩ። ኩሉ ገና ክንበብ ይኽእል፡ ግን ደጊም ክቕየር ኣይክእልን።

closing-title = ጉዳይ ዕጸዉ
closing-intro = ዕላማ ደገፍ ምውህሃድ፡ ደጊም ዘየድሊ ክኸውን እዩ። ስለምንታይ እቲ ደገፍ ከም ዝዛዘምን እቶም ክፉታት ዕላማታት እንታይ ከም ዝኾኑን መዝግቡ። እቲ ተገልጋሊ ኣብ መበገሲ ገጹ፡ እቲ ደገፍ ከም ዝተዛዘመን ናብ መን ክወከስ ከም ዝኽእልን ክርኢ እዩ።
closing-reason = ምኽንያት
closing-reason-independent = ብርእሱ ክኢሉ
closing-reason-regular_services = ናብ ስሩዓት ኣገልግሎታት ተረኪቡ
closing-reason-moved = ናብ ካልእ ቦታ ገዒዙ
closing-reason-unreachable = ደጊም ክርከብ ኣይከኣለን
closing-reason-declined = ተወሳኺ ደገፍ ነጺጉ
closing-reason-other = ካልእ ምኽንያት
closing-handed-to = ዝተረከበ ናብ
closing-handed-to-none = ኣይተረከበን
closing-only-handed = ናብ ስሩዓት ኣገልግሎታት ምስ ዝረከብ ጥራይ
closing-moved-to = ዝገዓዘሉ ቦታ
closing-only-moved = ምስ ዝግዕዝ ጥራይ
closing-outcomes = እቶም ክፉታት ዕላማታት እንታይ ኮይኖም?
goal-outcome-achieved = ተበጺሑ
goal-outcome-partly = ብኽፋል ተበጺሑ
goal-outcome-not_achieved = ኣይተበጽሐን
goal-outcome-no_longer_relevant = ደጊም ኣየድልን
closing-note = መዘኻኸሪ ምዕጻው
closing-note-hint = ብሓጺሩ፦ እንታይ ተበጺሑ፡ እንታይ ድማ ክፉት ተሪፉ።
closing-submit = ጉዳይ ዕጸዉ
closing-own-guide-only = ነዚ ጉዳይ ክዓጽዎ ዝኽእል፡ ኣማኻሪ ምውህሃድ ናይዚ ተገልጋሊ ጥራይ እዩ።
closing-closed-heading = ተዓጽዩ
closing-kept-until = እቲ ጉዳይ ክሳዕ { $date } ይዕቀብ። ክሳዕ ሽዑ እቲ ተገልጋሊ ከንብቦ ይኽእል፡ እቲ ጉዳይ ድማ ዳግማይ ክኽፈት ይኽእል።
closing-reopen-intro = እቲ ተገልጋሊ ደጊሙ ደገፍ የድልዮ ዶ? ሽዑ ሓድሽ ምዕራፍ ደገፍ ይጅምር።
closing-reopen = ጉዳይ ዳግማይ ክፈቱ
closing-episodes = ምዕራፋት ደገፍ
closing-no-episodes = ገና ዝተዛዘመ ምዕራፍ ደገፍ የለን።
closing-closed-by = ብ{ $name } ተዓጽዩ
closing-reopened-by = ኣብ { $date } ብ{ $name } ዳግማይ ተኸፊቱ
closing-done = እቲ ጉዳይ ተዓጽዩ።
closing-reopened = እቲ ጉዳይ ዳግማይ ተኸፊቱ።
closing-goals-changed = እቶም ክፉታት ዕላማታት ኣብ ማእከሉ ተቐይሮም እዮም። በጃኹም ነቶም ውጽኢታት ደጊምኩም ርኣይዎም።
closing-too-late = ግዜ ምዕቃብ ኣኺሉ እዩ። እቲ ጉዳይ ደጊም ዳግማይ ክኽፈት ኣይክእልን።
closing-handed-to-needed = ናብ መን ከም ዝተረከበ ምረጹ።
closing-moved-to-needed = እቲ ተገልጋሊ ናበይ ገዒዙ?
closing-outcome-needed = በጃኹም ንነፍሲ ወከፍ ክፉት ዕላማ ውጽኢት ምረጹ።
handed-to-jobcenter = ክፍሊ ምምሕዳር ጉዳያት ናይ ቤት ጽሕፈት ስራሕ (Jobcenter)
handed-to-migration_advice = ማእከል ምኽሪ ንዓበይቲ ስደተኛታት (MBE)
handed-to-youth_migration = ኣገልግሎት ንመንእሰያት ስደተኛታት (JMD)
handed-to-social_services = ቤት ጽሕፈት ማሕበራዊ ጉዳያት
handed-to-other = ካልእ ትካል
caseload-state = ጉዳያት
caseload-state-open = ክፉታት ጉዳያት
caseload-state-closed = ዝተዓጽዉ ጉዳያት

access-detail-closing = ምዕጻው ጉዳይ
access-detail-closed = ጉዳይ ተዓጽዩ
access-detail-reopened = ጉዳይ ዳግማይ ተኸፊቱ
access-detail-history = መዝገብ ተግባራት
access-detail-consents = ፍቓዳት
access-detail-caseload = ዝርዝር ተገልገልቲ

client-ended-heading = ደገፍ ኣማኻሪኹም ተዛዚሙ እዩ
client-ended-on = ደገፍ ኣማኻሪ ምውህሃድኩም ኣብ { $date } ተዛዚሙ።
client-ended-handed = ሕጂ ካብ { $service } ሓገዝ ትረኽቡ።
client-ended-moved = ኣብ { $place }፡ ናይቲ ቦታ ቤት ጽሕፈት ምውህሃድ ይሕግዘኩም።
client-ended-independent = ሕጂ ጉዳያትኩም ባዕልኹም ክትፍጽሙ ትኽእሉ ኢኹም። ዕዉታት ኩኑ!
client-ended-again = ደጊም ሓገዝ የድልየኩም ዶ? ናብ ቤት ጽሕፈት ምውህሃድ ኣብ { $municipality } ተወከሱ።
client-ended-read = መደብኩምን ሓበሬታኹምን ክሳዕ { $date } ከተንብቡ ትኽእሉ ኢኹም።

moves-title = ምስግጋር ጉዳያት
moves-intro = ሓደ ሰብ ክኸይድ ከሎ ወይ ጉጅለ ክምቀል ከሎ፦ ገለ ወይ ኩሎም ጉዳያት ናይ ሓደ ኣማኻሪ ምውህሃድ ብሓደ ስጉምቲ ናብ ሓደ ወይ ዝያዳ ካልኦት ኣማኸርቲ ምውህሃድ ናይ ተመሳሳሊ ትካል ኣሰጋግሩ። ኣብ ውሽጢ እቲ ትካል ሓድሽ ፍቓድ ኣየድልን፤ ነፍሲ ወከፍ ሓድሽ ኣማኻሪ እቲ ቀዳማይ ኣማኻሪ ዝርእዮ ዝነበረ ጥራይ ይርኢ፡ ካብኡ ንላዕሊ ኣይርእን። ነፍሲ ወከፍ ምስግጋር ከም በይኑ ምርካብ ፋይል ይምዝገብ።
moves-from = ጉዳያት ናይ ኣማኻሪ
moves-choose = ምረጹ
moves-open-cases = { $count ->
    [0] ክፉት ጉዳይ የለን
    [one] 1 ክፉት ጉዳይ
   *[other] { $count } ክፉታት ጉዳያት
}
moves-inactive = ደው ተባሂሉ
moves-clients-of = ጉዳያት ናይ { $name }
moves-no-clients = እዚ ኣማኻሪ ክፉት ጉዳይ የብሉን።
moves-which-clients = ኣየኖት ጉዳያት?
moves-to-whom = ናብ መን?
moves-to-whom-hint = ብዙሓት ኣማኸርቲ እንተ መሪጽኩም፡ ነፍሲ ወከፍ ዝቕጽል ጉዳይ ነቲ ኣብቲ ግዜ እቲ ዝወሓዱ ጉዳያት ዘለዉዎ ኣማኻሪ ይወሃብ።
moves-preview = ቅድመ ምርኣይ
moves-choose-both = እንተ ወሓደ ሓደ ጉዳይን እንተ ወሓደ ሓደ ኣማኻሪ ምውህሃድን ምረጹ።
moves-preview-heading = { $count ->
    [0] ቅድመ ምርኣይ፦ ዝሰጋገር ጉዳይ የለን
    [one] ቅድመ ምርኣይ፦ 1 ጉዳይ ክሰጋገር እዩ
   *[other] ቅድመ ምርኣይ፦ { $count } ጉዳያት ክሰጋገሩ እዮም
}
moves-caseload-change = { $now } → { $after } ጉዳያት (ዕላማ፦ 1:{ $target })
moves-over-target = ካብ ዕላማ ንላዕሊ
moves-sees-team = ተመሳሳሊ ጉጅለ፦ ነቲ ፋይል ከም ቀደም ይርእዮ።
moves-sees-provider = ተመሳሳሊ ትካል፡ ካልእ ጉጅለ፦ ነቲ ፋይል ብዘይ ሓድሽ ፍቓድ ከም ቀደም ይርእዮ።
moves-client = ተገልጋሊ
moves-new-guide = ሓድሽ ኣማኻሪ ምውህሃድ
moves-reason = ምኽንያት
moves-confirm = ሕጂ ኣሰጋግሩ
moves-default-reason = ምስግጋር ጉዳያት
moves-done = እቶም ጉዳያት ተሰጋጊሮም።
moves-done-one = እቲ ጉዳይ ተሰጋጊሩ።
moves-changed = ኣብ ማእከሉ ኣብዞም ጉዳያት ገለ ነገር ተቐይሩ እዩ። ዋላ ሓደ ኣይተሰጋገረን፤ በጃኹም ነቲ ቅድመ ምርኣይ ደጊምኩም ርኣይዎ።
access-detail-moved = ጉዳይ ተሰጋጊሩ

deputy-title = ተካኢ ኣማኻሪ
deputy-intro = ኣብ ግዜ ዕረፍቲ ወይ ሕማም፡ ሓደ መሳርሕቲ ካብቲ ጉጅለ ነቲ ኣማኻሪ ምውህሃድ ይትክኦ። ኣብዚ ግዜ እዚ፡ እቲ ተካኢ ነቶም ጉዳያት ከምቲ እቲ ኣማኻሪ ባዕሉ ዝርእዮም ጥራይ ይኸፍቶም፡ ካብኡ ንላዕሊ ኣይርእን። ነፍሲ ወከፍ ምርኣይ ጉዳይ ብስም እቲ ተካኢ ይምዝገብ። ተገልገልቲ ኣብ መበገሲ ገጾም መን ከም ዝትክእ ይርእዩ።
deputy-current = ሕጂን ኣብ ቀረባ እዋንን
deputy-none = ዝተመዝገበ ተካኢ የለን።
deputy-line = { $deputy }፡ ተካኢ ናይ { $guide }
deputy-period = ካብ { $from } ክሳዕ { $to }
deputy-end = ኣቋርጹ
deputy-new = ተካኢ መዝግቡ
deputy-for = ኣብ ክንዲ
deputy-who = ተካኢ
deputy-from = ካብ
deputy-to = ክሳዕ
deputy-save = መዝግቡ
deputy-saved = እቲ ተካኢ ተመዝጊቡ።
deputy-ended = እቲ ምትካእ ተዛዚሙ።
deputy-not-self = ሓደ ሰብ ንርእሱ ክትክእ ኣይክእልን።
deputy-past = እዚ ግዜ እዚ ድሮ ሓሊፉ እዩ።
deputy-order = ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ እዩ።
deputy-too-long = እንተ በዝሐ { $max } መዓልቲ። ንዝነውሐ ግዜ ዘይምህላው፡ ነቶም ጉዳያት ኣሰጋግሩ።
client-deputy = ሕጂ ተካኢ ኣማኻሪ ምውህሃድኩም { $name } እዩ። ናብ { $name } ክትወከሱ ትኽእሉ ኢኹም።
