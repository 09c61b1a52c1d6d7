# ሰባት ክሳተፍሉ ዝደልዩዎ፦ ገጽ ተገልገልቲ (ቀለልቲ ሓረጋት)፡ ክፋል ቀዳማይ ርክብ፡
# ከምኡውን ቁጽሪ ንውጥን።

interests-title = ኣብ እንታይ ክትሳተፉ ትደልዩ?
interests-intro = ዘገድሰኩም ምልክት ግበሩ። ግዜ ዘለኩም እዋን እውን ምልክት ግበሩ። ከምዚ ብምግባር ምምሕዳር ከተማኹም ዝሰማማዕ ንጥፈታት ክውጥን ይኽእል።
interests-kinds = እዚ የገድሰኒ
interests-times = ግዜ ዘለኒ እዋን
interests-childcare = ክመጽእ ምእንቲ ሓልዮት ህጻናት የድልየኒ።
interests-who-sees = ኣማኻሪ ምውህሃድኩም መልስኹም ይርኢ። እቶም ዝውጥኑ ክንደይ ሰባት ሓደ ነገር ከም ዝደልዩ ጥራይ እዮም ዝርእዩ። ስምኩም ኣይርእዩን።
interests-save = ዓቕቡ
interests-saved = የቐንየልና! ድሌታትኩም ተዓቂቡ እዩ።
interests-conflict = ድሌታትኩም ኣብዚ ሞንጎ ተቐይሩ እዩ። በጃኹም ምርጫኹም ደጊምኩም ርኣይዎ። ድሕሪኡ እንደገና ዓቕቡ።
interest-time-weekday_am = ካብ ሰኑይ ክሳዕ ዓርቢ፡ ንግሆ
interest-time-weekday_pm = ካብ ሰኑይ ክሳዕ ዓርቢ፡ ድሕሪ ቐትሪ
interest-time-weekday_ev = ካብ ሰኑይ ክሳዕ ዓርቢ፡ ምሸት
interest-time-weekend = ቀዳመ ሰንበት (ቀዳምን ሰንበትን)

# ኣብ ቀዳማይ ርክብ
interests-intake-heading = ድሌታት ንጉጅለታዊ ንጥፈታት
interests-intake-hint = እቲ ሰብ ኣብ እንታይን መዓስን ክሳተፍ ከም ዝደሊ። እቲ ሰብ ባዕሉ እውን ኣብቲ ኣፕ ምልክት ክገብሮ ይኽእል።
interests-saved-staff = እቲ ድሌታት ተዓቂቡ እዩ።
interests-conflict-staff = እቲ ድሌታት ኣብዚ ሞንጎ ተቐይሩ እዩ (ንኣብነት ብእቲ ሰብ ባዕሉ)። በጃኹም ተቖጻጸሩ እሞ ደጊምኩም ዓቕቡ።

# ቁጽሪ ንውጥን
demand-title = ጠለብን ንጥፈታትን
demand-intro = ተገልገልቲ ክሳተፍሉ ዝደልዩዎ፡ ብዘይካ እቶም ዘለዉ ጉጅለታዊ ንጥፈታት፦ ንጥፈታት ንድሌታት ምእንቲ ክስዕቡ። ክፉታት ጉዳያት ይቑጸሩ፤ ኣስማት ፈጺሞም ኣይርኣዩን።
demand-answers = መልስታት፦ { $count }
demand-caption = ድሌታት ብዓይነት ንጥፈት፡ ምስ ግዜታትን ጠለብ ሓልዮት ህጻናትን፡ ከምኡውን ዘለዉ ንጥፈታት ምስ ዕለታት ርክብ
demand-col-kind = ዓይነት ንጥፈት
demand-col-wanted = ክሳተፉ ዝደልዩ
demand-col-childcare = ሓልዮት ህጻናት ዘድልዮም
demand-col-offers = ንጥፈታት
demand-col-places = ቦታታት
demand-small-cells = ካብ ሓሙሽተ ዝወሓዱ ሰባት ከም «< 5» ይርኣዩ፡ ዝኾነ ሰብ ምእንቲ ከይልለ።
interests-district = ኣበይ ትነብሩ?
interests-district-none = ክነግር ኣይደልን
demand-district-caption = ድሌታት ብከባቢ፦ መልስታት፡ ጠለብ ሓልዮት ህጻናትን ብብዝሒ ዝተደለዩ ድሌታትን
demand-col-district = ከባቢ
demand-col-answers = መልስታት
demand-col-top = ብብዝሒ ዝተደለዩ
demand-no-district = ዘይተገልጸ
