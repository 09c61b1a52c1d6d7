# The manager view for guides, team leads, coordinators and admins.

caseload-title = ዝርዝር ተገልገልቲ
caseload-scope-own = ተገልገልተይ
caseload-scope-team = ተገልገልቲ ናይ ጉጅለ { $team }
caseload-scope-municipality = ተገልገልቲ ኣብ { $municipality }
caseload-count = { $count ->
    [0] ተገልጋሊ የለን
    [one] ሓደ ተገልጋሊ
   *[other] { $count } ተገልገልቲ
}
caseload-empty = ገና ተገልገልቲ የለዉን።
caseload-new-client = ሓድሽ ተገልጋሊ
caseload-col-name = ስም
caseload-col-languages = ቋንቋታት
caseload-col-household = ስድራቤት
caseload-col-last-contact = ናይ መወዳእታ ርክብ
caseload-col-guide = ኣማኻሪ
caseload-household-size = { $count ->
    [0] ሰብ የለን
    [one] 1 ሰብ
   *[other] { $count } ሰባት
}
caseload-no-contact = ገና የለን
client-new-title = ሓድሽ ተገልጋሊ
client-new-intro = ስም ጥራይ ግዴታ እዩ። ካልእ ኩሉ ደሓር ምስ ተገልጋሊ ብሓባር ክውሰኽ ይኽእል።
client-first-name = ስም
client-last-name = ስም ስድራ
client-birth-date = ዕለት ልደት
client-preferred-lang = ቋንቋ ንመተግበሪ ተገልጋሊ
client-languages = ዝዛረቦም ቋንቋታት
client-phone = ተሌፎን
client-create = ተገልጋሊ መዝግቡ
client-detail-personal = ውልቃዊ ሓበሬታ
client-detail-household = ስድራቤት
client-detail-household-empty = ካልኦት ኣባላት ስድራቤት ኣይተመዝገቡን።
client-detail-guide = ኣማኻሪ ምውህሃድ
client-detail-last-contact = ናይ መወዳእታ ርክብ
client-relation-partner = መጻምድቲ
client-relation-child = ውላድ
client-relation-parent = ወላዲ
client-relation-other = ካልእ ዘመድ
household-add-heading = ኣባል ስድራቤት ወስኹ
household-first-name = ስም
household-relation = ዝምድና
household-birth-date = ዕለት ልደት
household-add = ወስኹ
household-added = ኣባል ስድራቤት ተወሲኹ።
client-created = እቲ ተገልጋሊ ተመዝጊቡ።
activation-heading = መእተዊ ናብ መተግበሪ
activation-active = እቲ ተገልጋሊ መእተዊኡ ከፊቱ እዩ።
activation-pending = ኮድ ምኽፋት ተዋሂቡ እዩ፡ ክሳዕ { $date } ድማ ይሰርሕ።
activation-none = ዝሰርሕ ኮድ ምኽፋት የለን። እቲ ተገልጋሊ ክኣቱ ምእንቲ ሓድሽ ኮድ ኣውጽኡ።
activation-issue = ሓድሽ ኮድ ምኽፋት ኣውጽኡ
activation-reissue-note = ሓድሽ ኮድ ንዝኾነ ዝቐደመ ኮድ ዋጋ የስእኖ።
activation-code-heading = ኮድ ምኽፋት ን{ $name }
activation-code-instructions = ነዚ ኮድ ንተገልጋሊ ሃብዎ። ሓንሳብ ጥራይ ይሰርሕ፡ ክሳዕ { $date } ድማ ዋጋ ኣለዎ። እቲ ተገልጋሊ ነቲ ኮድ ኪው-ኣር (QR) ብተሌፎኑ የንብቦ፡ ወይ ገጽ ምኽፋት ከፊቱ ነቲ ኮድ የእትዎ።
activation-code-once = እዚ ኮድ ሕጂ ጥራይ እዩ ዝርአ። ሕተምዎ ወይ ጽሓፍዎ።
activation-print = ሕተሙ
activation-qr-label = ገጽ ምኽፋት ዝኸፍት ኮድ ኪው-ኣር (QR)
activation-number = እቲ ተገልጋሊ ብቑጽሪ { $number } ከምኡውን ብምስጢራዊ ቁጽሩ ይኣቱ።
admin-home-title = ምምሕዳር
admin-home-intro = ኣብዚ ሰራሕተኛታት፡ ውዳበ (ምምሕዳራት ከተማ፡ ትካላት፡ ጉጅለታት) ከምኡውን ምእታው ብኽልተ ስጉምቲ ተመሓድሩ።
admin-two-factor-title = ምእታው ብኽልተ ስጉምቲ
admin-two-factor-intro = ኣመሓደርቲ ኩሉ ግዜ ብኽልተ ስጉምቲ እዮም ዝኣትዉ። ኣብዚ ኣብ ኣየኖት ምምሕዳራት ከተማ ኣማኸርቲ ምውህሃድን ኣወሃሃድትን እውን ከምኡ ክገብሩ ከም ዘለዎም ትመርጹ።
admin-two-factor-required = ንኣማኸርቲ ምውህሃድን ኣወሃሃድትን ግዴታ ዝኾነሎም ምምሕዳራት ከተማ፦
admin-two-factor-save = ዓቕቡ
admin-two-factor-saved = ተዓቂቡ።
coordinator-note = ከም ኣወሃሃዲ ነቲ ዝርዝር ትርእዩ ኢኹም፡ ሰነዳት ጉዳይ ግን ኣይትርእዩን።
caseload-groups = ጉጅለታዊ ንጥፈታት ውጠኑ
caseload-directory = ዝርዝር ቤት ጽሕፈታትን ሓገዝን ኣመሓይሹ

# Linked households: adults of one household with their own case.
household-linked-heading = ናይ ገዛእ ርእሶም ጉዳይ ዘለዎም ዓበይቲ ኣባላት ስድራቤት
household-linked-hint = ነፍሲ ወከፍ ሰብ ናይ ገዛእ ርእሱ መደብ ኣለዎ። ዝተኣሳሰሩ ጉዳያት ብሓባር ትርእዩ፡ ንብዙሓት ካብኣቶም ድማ ሓደ መዘኻኸሪ ክትጽሕፉ ትኽእሉ ኢኹም።
household-linked-empty = ገና ዝተኣሳሰረ ጉዳይ የለን።
household-others = { $count ->
    [0] ካልእ ኣማኻሪ ዝድግፎ ካልእ ኣባል ስድራቤት የለን።
    [one] ሓደ ካልእ ኣባል ስድራቤት ብኻልእ ኣማኻሪ ይድገፍ ኣሎ።
   *[other] { $count } ካልኦት ኣባላት ስድራቤት ብኻልኦት ኣማኸርቲ ይድገፉ ኣለዉ።
}
household-link-heading = ጉዳይ ኣባል ስድራቤት ኣተኣሳስሩ
household-link-member = ካብ ጉዳያትኩም ተገልጋሊ
household-choose = በጃኹም ምረጹ
household-choose-error = በጃኹም ካብ ጉዳያትኩም ሓደ ሰብ ምረጹ።
household-link = ኣተኣሳስሩ
household-unlink = ምትእስሳር { $name } ምስ ስድራቤት ኣቋርጹ
household-unlink-short = ምትእስሳር ኣቋርጹ
household-case-closed = ጉዳይ ተዓጽዩ
household-linked = እቶም ጉዳያት ሕጂ ከም ሓደ ስድራቤት ተተኣሳሲሮም ኣለዉ።
household-unlinked = እቲ ምትእስሳር ተቋሪጹ።
client-lang-not-offered = እዚ ቋንቋ እዚ ምምሕዳር ከተማ ኣብቲ ኣፕ ኣየቕርቦን።
