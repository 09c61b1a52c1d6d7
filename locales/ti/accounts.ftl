# Staff accounts and the organisation (administration, coordinators). German is the
# staff's language; the other locales carry the same ids.

admin-staff-link = ሰራሕተኛታት
admin-organisation-link = ውዳበ
admin-log-link = መዝገብ ለውጥታት

staff-title = ሰራሕተኛታት
staff-more = ምምሕዳር
staff-invite = ሰብ ዓድሙ
staff-invite-intro = እቲ ሰብ ሓንሳብ ጥራይ ዝሰርሕ፡ ድሕሪ 7 መዓልቲ ድማ ግዜኡ ዝሓልፍ መላግቦ ይረክብ። ብእኡ መሕለፊ ቃሉ ይመርጽ። ሰርቨር ኢመይል እንተ ተዳልዩ፡ እቲ መላግቦ ብኢመይል እውን ይስደድ።
staff-invite-submit = ዓድሙ
staff-invited = ተዓዲሙ ኣሎ። ነቲ መላግቦ ሃብዎ፤ ሕጂ ጥራይ እዩ ዝርአ።
staff-search = ስም ወይ ኢመይል
staff-search-submit = ድለዩ
staff-include-inactive = ደው ዝተባህሉ ሕሳባት እውን ኣርእዩ
staff-found = { $count ->
    [0] ዋላ ሓደ ሕሳብ ኣይተረኽበን
    [one] 1 ሕሳብ ተረኺቡ
   *[other] { $count } ሕሳባት ተረኺቦም
}
staff-back = ናብ ሰራሕተኛታት ተመለሱ
staff-role = ተራ
staff-role-any = ኩሎም ተራታት
staff-role-guide = ኣማኻሪ ምውህሃድ
staff-role-lead = መራሒ ጉጅለ
staff-role-coordinator = ኣወሃሃዲ
staff-role-volunteer_coordinator = ኣወሃሃዲ ወለንታውያን
staff-role-county_coordinator = ኣወሃሃዲ ዞባ
staff-role-admin = ኣመሓዳሪ
staff-municipality = ምምሕዳር ከተማ
staff-no-municipality = ምምሕዳር ከተማ የለን
staff-team = ጉጅለ
staff-no-team = ጉጅለ የለን
staff-name = ስም
staff-email = ኣድራሻ ኢመይል
staff-state-active = ንጡፍ
staff-state-inactive = ደው ተባሂሉ
staff-state-invited = ተዓዲሙ፡ ገና ኣይኣተወን
staff-clients = { $count ->
    [0] ተገልጋሊ የለን
    [one] 1 ተገልጋሊ
   *[other] { $count } ተገልገልቲ
}
staff-account = ሕሳብ
staff-save = ዓቕቡ
staff-saved = ተዓቂቡ።
staff-own-account = እዚ ናትኩም ሕሳብ እዩ። ደው ከብሎ ዝኽእል ካልእ ሰብ ጥራይ እዩ።
staff-own-rights = ተራ፡ ምምሕዳር ከተማን ጉጅለን ናይ ገዛእ ርእስኹም ሕሳብ ካልእ ሰብ እዩ ዝቕይሮ።
staff-team-fixed = { $count ->
    [0] እዚ ሰብ ዝከታተሎ ተገልጋሊ የለን።
    [one] እዚ ሰብ 1 ተገልጋሊ ይከታተል ኣሎ። ጉጅለን ተራን ዝቕየሩ እቲ ጉዳይ ምስ ተረከበ ጥራይ እዩ።
   *[other] እዚ ሰብ { $count } ተገልገልቲ ይከታተል ኣሎ። ጉጅለን ተራን ዝቕየሩ እቶም ጉዳያት ምስ ተረከቡ ጥራይ እዩ።
}
staff-access = መእተዊ
staff-deactivate-intro = ደው ምባል ነቲ ሰብ ብቕጽበት ካብ ኩሉ ምእታዋቱ የውጽኦ። ደጊም ክኣቱ ኣይክእልን። ስሙ ግን ኣብ ኩሉ ዝጸሓፎ ይጸንሕ።
staff-deactivate = ደው ኣብሉ
staff-deactivated = ደው ተባሂሉ። ኩሉ ምእታዋቱ ተቋሪጹ።
staff-deactivate-clients = { $count ->
    [0] ኣብ ትሕቲ እዚ ሰብ ዝኾነ ተገልጋሊ የለን።
    [one] ኣብ ትሕቲ እዚ ሰብ ገና 1 ተገልጋሊ ኣሎ። ምክትታሉ ምእንቲ ክቕጽል ነቲ ጉዳይ ኣረክቡ።
   *[other] ኣብ ትሕቲ እዚ ሰብ ገና { $count } ተገልገልቲ ኣለዉ። ምክትታሎም ምእንቲ ክቕጽል ነቶም ጉዳያት ኣረክቡ።
}
staff-reactivate-intro = ዳግማይ ንጡፍ ምግባር፦ እቲ ሰብ ብናይ ቀደም መሕለፊ ቃሉ ደጊሙ ክኣቱ ይኽእል።
staff-reactivate = ዳግማይ ንጡፍ ግበሩ
staff-reactivated = ዳግማይ ንጡፍ ኮይኑ።
staff-reset-intro = መሕለፊ ቃል ተረሲዑ? ሓንሳብ ጥራይ ዝሰርሕ ሓድሽ መላግቦ ነቲ ሰብ ሓድሽ መሕለፊ ቃል ክመርጽ የኽእሎ። ከምኡ ምስ ገበረ፡ ኩሉ ምእታዋቱ ይቋረጽ።
staff-reset = ንመሕለፊ ቃል ሓድሽ መላግቦ ፍጠሩ
staff-new-invite-intro = እቲ ዕድመ ገና ኣይተቐበሎን። ሓድሽ መላግቦ ንናይ ቀደም ይትክኦ።
staff-new-invite = ሓድሽ መላግቦ ዕድመ ፍጠሩ
staff-link-title = መላግቦ ነዚ ሰብ
staff-link-once = እዚ መላግቦ ሕጂ ጥራይ እዩ ዝርአ። ሓንሳብ ጥራይ፡ ን7 መዓልቲ ይሰርሕ።
staff-link-made = ሓድሽ መላግቦ ተፈጢሩ። ሕጂ ጥራይ እዩ ዝርአ።
staff-refused-last-admin = እዚ ናይ መወዳእታ ንጡፍ ኣመሓዳሪ እዩ። ካልእ ሰብ ነዚ ተራ ክሳዕ ዝሕዞ፡ ከምዘለዎ ይጸንሕ።
staff-refused-has-clients = እዚ ሰብ ገና ተገልገልቲ ይከታተል ኣሎ። ቅድም ነቶም ጉዳያት ኣረክቡ፤ ድሕሪኡ ጉጅለን ተራን ይቕየሩ።
staff-refused-conflict = ኣብዚ ሞንጎ ካልእ ሰብ ነዚ ሕሳብ ቀይርዎ እዩ። እቲ ገጽ ሕጂ ነቲ ሓድሽ ኩነታት የርኢ ኣሎ፤ ዘእተኽምዎ ግን ገና ኣብቲ ቅጥዒ ኣሎ።
staff-email-taken = እዚ ኣድራሻ ኢመይል ድሮ ናይ ካልእ ሕሳብ እዩ።
staff-role-not-yours = ነዚ ተራ ክትህቡ ኣይትኽእሉን ኢኹም።
staff-team-needed = ኣማኸርቲ ምውህሃድ ኣባላት ሓደ ጉጅለ ክኾኑ ኣለዎም።
staff-municipality-needed = ምምሕዳር ከተማ ምረጹ።
staff-team-elsewhere = እቲ ጉጅለ ናይ ካልእ ምምሕዳር ከተማ እዩ።
staff-mail-subject = መእተዊኹም ናብ Lotse
staff-mail-body = ሰላም { $name }፡

    ኣብ Lotse መእተዊ ተዳልዩልኩም ኣሎ። መሕለፊ ቃልኩም ኣብዚ ምረጹ (እቲ መላግቦ ን{ $days } መዓልቲ፡ ሓንሳብ ጥራይ ይሰርሕ)፦

    { $link }
staff-reset-mail-subject = ሓድሽ መሕለፊ ቃል ናይ Lotse
staff-reset-mail-body = ሰላም { $name }፡

    ኣብዚ ሓድሽ መሕለፊ ቃል ናይ Lotse ምረጹ (እቲ መላግቦ ን{ $days } መዓልቲ፡ ሓንሳብ ጥራይ ይሰርሕ)፦

    { $link }

staff-log-title = መዝገብ ለውጥታት
staff-log-intro = መን፡ መዓስ፡ ኣየናይ ሕሳብን ኣየናይ ክፋል ውዳበን ከም ዝቐየረ። ናይ ተገልገልቲ ሓበሬታ ኣይሓዘን።
staff-change-invited = ተዓዲሙ
staff-change-invited-again = ደጊሙ ተዓዲሙ
staff-change-reset-link = ንሓድሽ መሕለፊ ቃል መላግቦ ተፈጢሩ
staff-change-password-set = መሕለፊ ቃል ተመሪጹ
staff-change-changed = ሕሳብ ተቐይሩ
staff-change-deactivated = ደው ተባሂሉ
staff-change-reactivated = ዳግማይ ንጡፍ ኮይኑ
staff-change-municipality-added = ምምሕዳር ከተማ ተመዝጊቡ
staff-change-municipality-changed = ምምሕዳር ከተማ ተቐይሩ
staff-change-provider-added = ትካል ተመዝጊቡ
staff-change-provider-changed = ትካል ተቐይሩ
staff-change-team-added = ጉጅለ ተመዝጊቡ
staff-change-team-changed = ጉጅለ ተቐይሩ

staff-password-title = እንቋዕ ናብ Lotse ብደሓን መጻእኩም
staff-password-reset-title = ሓድሽ መሕለፊ ቃል ምረጹ
staff-password-intro = ሰላም { $name }። መሕለፊ ቃልኩም ምረጹ፤ ድሕሪኡ ብእኡ ኣትዉ።
staff-password = መሕለፊ ቃል
staff-password-hint = ብውሑዱ 12 ፊደላት። ክትዝክርዎ እትኽእሉ ሓረግ ጽቡቕ ምርጫ እዩ።
staff-password-submit = መሕለፊ ቃል ዓቕቡ
staff-password-set = መሕለፊ ቃል ተዓቂቡ
staff-password-set-next = ሕጂ ብኣድራሻ ኢመይልኩምን ብሓድሽ መሕለፊ ቃልኩምን ኣትዉ።
staff-signin-now = ናብ ምእታው ኪዱ

organisation-title = ውዳበ
organisation-county = ዞባ
organisation-no-county = ገና ኣይተመዝገበን
organisation-county-name = ስም ዞባ
organisation-municipalities = ምምሕዳራት ከተማ
organisation-municipality-new = ሓድሽ ምምሕዳር ከተማ
organisation-municipality-name = ስም ምምሕዳር ከተማ
organisation-caseload-target = ዕላማ፦ ብዝሒ ተገልገልቲ ንነፍሲ ወከፍ ናይ ምሉእ ግዜ ስራሕ
organisation-caseload-target-hint = ንኣብነት 80 ማለት «ብዝበዝሐ 1:80»።
organisation-ratio = ክፉታት ጉዳያት፦ { $clients }፡ ሰራሕተኛታት፦ { $staff }፡ ዕላማ፦ 1:{ $target }
organisation-edit = ቀይር
organisation-retention = ዝተዓጸዉ ጉዳያት ዝዕቀብሉ ግዜ (ኣዋርሕ)
organisation-retention-hint = ኣብዚ ግዜ ተገልገልቲ ሓበሬታኦም ከንብቡ ይኽእሉ፡ እቲ ጉዳይ ድማ እንደገና ክኽፈት ይኽእል። ድሕሪኡ ይድምሰስ።
organisation-retention-range = ካብ 6 ክሳብ 120 ቁጽሪ።
organisation-save = ዓቕቡ
organisation-add = መዝግቡ
organisation-saved = ተዓቂቡ።
organisation-added = ተመዝጊቡ።
organisation-providers = ትካላት
organisation-providers-intro = ጉጅለታት ዝሰርሑለን ትካላት፡ ንኣብነት Caritas፡ Diakonie፡ AWO፡ DRK ወይ ባዕላ እታ ከተማ።
organisation-provider-new = ሓድሽ ትካል
organisation-provider-name = ስም ትካል
organisation-provider-contact = ኣድራሻ ርክብ
organisation-provider-teams = { $count ->
    [0] ጉጅለ የለን
    [one] 1 ጉጅለ
   *[other] { $count } ጉጅለታት
}
organisation-teams = ጉጅለታት
organisation-team-new = ሓድሽ ጉጅለ
organisation-team-name = ስም ጉጅለ
organisation-team-municipality = ምምሕዳር ከተማ
organisation-team-provider = ትካል
organisation-team-lead = መራሒ ጉጅለ
organisation-team-no-lead = የለን
organisation-team-members = { $count ->
    [0] ኣባል የለን
    [one] 1 ሰብ
   *[other] { $count } ሰባት
}
organisation-team-staff = ሰራሕተኛታት ናይዚ ጉጅለ
organisation-name-taken = እዚ ስም ኣብዚ ድሮ ኣሎ።
organisation-target-range = ካብ 10 ክሳዕ 300 ዘሎ ቁጽሪ።
organisation-county-first = ቅድም ሓደ ምምሕዳር ከተማ (ምስ ዞባኡ) መዝግቡ።
organisation-choose = በጃኹም ምረጹ።

# Which languages a municipality's clients may choose.
organisation-client-langs = ቋንቋታት ንተገልገልቲ
organisation-client-langs-hint = እቲ ኣፕ ንተገልገልቲ እዞም ቋንቋታት ጥራይ የቕርብ።
organisation-client-langs-needed = በጃኹም እንተወሓደ ሓደ ቋንቋ ምረጹ።
