# Notifications on the phone (Web Push). What a notification says is what a locked
# screen may show: never a name, a place or what a message says.

push-answer = ካብ ኣማኻሪ ምውህሃድኩም ሓድሽ መልእኽቲ ኣለኩም።
push-appointment-new = ሓድሽ ቆጸራ ኣለኩም።
push-appointment-cancelled = ሓደ ቆጸራ ተሰሪዙ።
push-appointment-tomorrow = ጽባሕ ቆጸራ ኣለኩም።
push-deadline-soon = ሓደ ግዜ ገደብ ኣብ ቀረባ እዋን ይውዳእ።
push-group-date-cancelled = ሓደ ርክብ ጉጅለ ተሰሪዙ።
push-group-date-moved = ሓደ ርክብ ጉጅለ ናብ ካልእ ግዜ ተቐይሩ።
push-seat = ሕጂ ኣብ ሓደ ጉጅለ ንዓኹም ባዶ ቦታ ኣሎ።
push-shift-cancelled = ፈረቓ ዘለኩምሉ ሓደ ርክብ ተሰሪዙ።
push-shift-moved = ፈረቓ ዘለኩምሉ ሓደ ርክብ ናብ ካልእ ግዜ ተቐይሩ።
push-shift-tomorrow = ጽባሕ ፈረቓ ኣለኩም።

# The opt-in on the home page (shown only where the phone can receive them).
push-heading = መልእኽትታት ኣብዚ ተሌፎን
push-intro = Lotse ሓድሽ ነገር ምስ ዝህሉ ኣብዚ ተሌፎን ክሕብረኩም ይኽእል፦ መልሲ ካብ ኣማኻሪ ምውህሃድኩም፡ ቆጸራ፡ ግዜ ገደብ፡ ኣብ ጉጅለ ባዶ ቦታ። እቲ መልእኽቲ ሓድሽ ነገር ከም ዘሎ ጥራይ ይነግር። ካልእ ኩሉ ኣብ Lotse ኣንብብዎ።
push-intro-volunteer = ፈረቓ ዘለኩምሉ ርክብ ምስ ዝስረዝ ወይ ናብ ካልእ ግዜ ምስ ዝቕየር፡ ከምኡ እውን ቅድሚ ፈረቓኹም ሓንቲ መዓልቲ፡ Lotse ኣብዚ ተሌፎን ክሕብረኩም ይኽእል።
push-quiet = ብለይቲ Lotse መልእኽትታት ኣይሰድድን። ብንግሆ ይመጹኹም።
push-off = ኣብዚ ተሌፎን መልእኽትታት ንጡፋት ኣይኮኑን።
push-on = ኣብዚ ተሌፎን መልእኽትታት ንጡፋት እዮም።
push-denied = እዚ ተሌፎን መልእኽትታት ካብ Lotse ይዓግት ኣሎ። ኣብ ምድላዋት ብራውዘርኩም ክተፍቅድዎም ትኽእሉ ኢኹም።
push-failed = ኣይሰለጠን። በጃኹም ደሓር ደጊምኩም ፈትኑ።
push-turn-on = መልእኽትታት ንጡፍ ግበሩ
push-turn-off = መልእኽትታት ኣቋርጹ
