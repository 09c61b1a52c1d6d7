# The client's own view (plain, short sentences).

client-home-title = መበገሲ ገጸይ
client-hello = ሰላም፡ { $name }!
client-guide-heading = ኣማኻሪ ምውህሃደይ
client-guide-phone = ተሌፎን
client-guide-call = ናብ { $name } ደውሉ
client-guide-hours = ሰዓታት ስራሕ
client-guide-none = ገና ኣማኻሪ የብልኩምን። ቤት ጽሕፈት ምውህሃድ ምሳኹም ክራኸብ እዩ።
client-number-reminder = ናይ Lotse ቁጽሪኹም፦ { $number }
client-plan-heading = መደበይ
client-plan-empty = መደብኩም ገና ባዶ እዩ። ምስ ኣማኻሪኹም ብሓባር ክትሰርሕዎ ኢኹም።
client-appointments-heading = ቆጸራታተይ
client-appointments-empty = ገና ቆጸራ የብልኩምን።
client-offices-heading = ቤት ጽሕፈታትን ሓገዝን
client-offices-empty = ኣብ ቀረባ እዋን ኣብ ጥቓኹም ዘለዉ ቤት ጽሕፈታትን ሓገዝን ኣብዚ ክትረኽቡ ኢኹም።
client-groups-heading = ጉጅለታትን ርክባትን
client-groups-empty = ኣብ ቀረባ እዋን ኣብዚ ጉጅለታት ክትረኽቡ ኢኹም፡ ንኣብነት ቋንቋ ንምልማድ ዝራኸቡ ጉጅለታት።
volunteer-home-title = ጉጅለታተይ
volunteer-hello = ሰላም፡ { $name }!
volunteer-groups-empty = ጉጅለታትኩምን ፈረቓታት ስራሕኩምን ኣብ ቀረባ እዋን ኣብዚ ክረኣዩ እዮም።
volunteer-interpreting-heading = ናይ ትርጉም ስራሕተይ
volunteer-interpreting-language = ትርጉም ናብ { $language }
volunteer-interpreting-minutes = { $minutes } ደቒቕ
volunteer-interpreting-contact = ሕቶታት ናብ { $name }
