# ህዝባዊ ፍጻመታት፦ ብዘይ ምእታው ዝኽፈቱ ገጻት (ዝርዝር፡ ፍጻመ፡ ምዝገባ፡ ፖስተር)
# ከምኡ’ውን ገጽ ምውህሃድ። ኣብ ህዝባዊ ገጻት ሓጸርቲን ቀለልቲን ሓረጋት።

events-title = ፍጻመታት
events-intro = በዓላት፡ ናይ ሓበሬታ ምሸታትን ኣኼባታትን ኣብ ጥቓኹም። ኩሉ ሰብ ክመጽእ ይኽእል።
events-places = ቦታታት
events-all-places = ኩሎም ቦታታት
events-feed = ናብ ዓውደ ኣዋርሐይ ወስኹ (ባዕሉ ይሕደስ)
events-upcoming = ኣብ ቀረባ ግዜ
events-empty = ሕጂ ዝተመደበ ፍጻመ የለን።
events-groups = ስሩዓት ንጥፈታት
events-groups-intro = እዞም ጉጅለታት ብስሩዕ ይራኸቡ። ኣብቲ ቦታ ወይ ንኣማኻሪኹም ሕተቱ።
event-group-next = ዝቕጽል ርክብ፦ { $when }
event-group-childcare = ምስ ሓልዮት ህጻናት
event-cancelled = ተሰሪዙ
event-past = እዚ ፍጻመ ተወዲኡ እዩ።
event-full = ኩሉ ቦታ ተታሒዙ
event-registration = በጃኹም ተመዝገቡ
event-places-left = { $count ->
    [0] ዝተረፈ ቦታ የለን
    [one] ሓደ ቦታ ጥራይ ተሪፉ
   *[other] { $count } ቦታታት ተሪፎም
}
event-minutes = { $minutes } ደቓይቕ
event-place-link = ብዛዕባ እዚ ቦታ ተወሳኺ
event-ics = ናብ ዓውደ ኣዋርሐይ ወስኹ
event-poster = ፖስተር ሕተሙ
event-poster-qr = ኮድ ኪው-ኣር (QR) ናይዚ ፍጻመ
event-poster-scan = ብተሌፎንኩም ኣንብብዎ፦ ኩሉ ብቋንቋኹም።
event-register = ምዝገባ
event-register-name = ቀዳማይ ስም
event-register-people = ክንደይ ሰባት ክመጹ እዮም?
event-register-contact = ተሌፎን ወይ ኢመይል
event-register-contact-hint = ነቲ ፍጻመ እንተሰሪዝናዮ ንምሕባርኩም ጥራይ።
event-register-send = ተመዝገቡ
event-registered-notice = የቐንየልና! ተመዝጊብኩም ኣለኹም።
event-people-invalid = በጃኹም እንተወሓደ ሓደ ሰብ ጽሓፉ።
event-not-enough-places = ክንድዚ ዝኣክል ቦታ ኣይተረፈን።
event-registration-closed = ደጊም ክትምዝገቡ ኣይትኽእሉን ኢኹም።
event-too-many = ካብዚ መራኸቢ ኢንተርነት ብዙሕ ምዝገባታት መጺኡ። በጃኹም ድሒርኩም ደጊምኩም ፈትኑ።

# ምውህሃድ
events-manage-title = ምምሕዳር ፍጻመታት
events-manage-public-link = ህዝባዊ ገጽ ርኣዩ
event-new = ሓድሽ ፍጻመ
event-edit = ፍጻመ ምቕያር
event-save-new = ፍጻመ ንህዝቢ ኣውጽኡ
event-saved = እቲ ፍጻመ ተዓቂቡ፡ ንህዝቢ ድማ ይርአ ኣሎ።
event-conflict = ኣብዚ ሞንጎ ካልእ ሰብ ነዚ ፍጻመ ቀይርዎ እዩ። ዘእተኽምዎ ገና ኣብቲ ቅጥዒ ኣሎ፤ በጃኹም መርሚርኩም ደጊምኩም ዓቕቡ።
event-cancel = ፍጻመ ሰርዙ
event-cancelled-notice = እቲ ፍጻመ ተሰሪዙ። ህዝባዊ ገጽን ዓውደ ኣዋርሕን ነዚ የርእዩ።
event-public-page = ህዝባዊ ገጽ
event-form-date = ዕለት
event-form-time = ሰዓት ምጅማር
event-form-minutes = ንውሓት ብደቓይቕ
event-form-office = ቦታ ካብ ዝርዝር
event-form-place = ቦታ ወይ ክፍሊ
event-form-place-hint = ንኣብነት «ሜዳ ጥቓ ቤት ጽሕፈት ምምሕዳር ከተማ» ወይ «ኣዳራሽ ኣብ ቀዳማይ ደርቢ»።
event-place-needed = በጃኹም ካብ ዝርዝር ቦታ ምረጹ ወይ ቦታ ጽሓፉ።
event-form-registration = ምዝገባ የድሊ
event-form-capacity = ብዝሒ ቦታታት
event-form-capacity-hint = ደረት እንተዘይብሉ ባዶ ግደፍዎ።
event-form-texts = ጽሑፍ ብ{ $language }
event-form-title = ኣርእስቲ
event-form-description = መግለጺ
event-title-needed = በጃኹም ብዚ ቋንቋ’ውን ኣርእስቲ ጽሓፉ።
event-registered = { $count ->
    [0] ገና ዝተመዝገበ የለን
    [one] ሓደ ሰብ ተመዝጊቡ
   *[other] { $count } ሰባት ተመዝጊቦም
}
event-registered-of = ካብ { $capacity } ቦታታት { $count } ተታሒዞም
event-translations = ትርጉማት፦ { $languages }
event-only-german = ጀርመንኛ ጥራይ
event-no-registrations = ክሳዕ ሕጂ ዝተመዝገበ ሰብ የለን።
event-col-language = ቋንቋ
event-col-at = ዕለት ምዝገባ
event-groups-heading = ጉጅለታዊ ንጥፈታት ኣብ ህዝባዊ ገጽ
event-groups-hint = ህዝባውያን ንጥፈታት ምስ ኣርእስቲ፡ ቦታን ዝቕጽል ቆጸራን ኣብ ገጽ ፍጻመታት ይርኣዩ – ብዘይ ኣስማት ተሳተፍቲ ወይ ወለንታውያን።
event-group-public = ህዝባዊ
event-group-internal = ውሽጣዊ ጥራይ
event-group-show = ኣብ ህዝባዊ ገጽ ኣርእዩ
event-group-hide = ካብ ህዝባዊ ገጽ ኣልግሱ
event-group-saved = ተዓቂቡ።
events-manage-link = ፍጻመታት

# መዝገብ ንጥፈታት ኣተሓሕዛ ሓበሬታ
record-name-events = ህዝባዊ ፍጻመታት
record-purpose-events = ፍጻመታት ንህዝቢ ምፍላጥን ምዝገባታት ምቕባልን።
record-basis-events = ዓንቀጽ 6(1)(ሠ) ሓፈሻዊ ሕጊ ሓለዋ ሓበሬታ፤ ንምዝገባታት ዓንቀጽ 6(1)(ለ) ሓፈሻዊ ሕጊ ሓለዋ ሓበሬታ።
record-subjects-events = ዝምዝገቡ ነበርትን ተገልገልትን።
record-data-events = ቀዳማይ ስም፡ ብዝሒ ሰባት፡ ብድሌት ተሌፎን ወይ ኢመይል፡ ቋንቋ፤ እቲ ፍጻመ ካብ ዝሓልፍ 30 መዓልቲ ምስ ኮነ ይድምሰስ።
record-recipients-events = ኣወሃሃድትን ኣወሃሃድቲ ወለንታውያንን ናይ ከተማ።
