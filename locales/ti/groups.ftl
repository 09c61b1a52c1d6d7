# ጉጅለታዊ ንጥፈታት (ንተገልገልቲ) ከምኡውን ፈረቓታት ስራሕ (ንወለንታውያን)።
groups-title = ጉጅለታዊ ንጥፈታት
groups-intro = ምስ ሰባት ተላለዩ፡ ጀርመንኛ ተማሃሩ፡ ስፖርት ግበሩ። ኩሎም ንጥፈታት ብነጻ እዮም።
groups-empty = ገና ዝኾነ ጉጅለታዊ ንጥፈት የለን።
groups-filter-target = ንመን?
groups-filter-any = ኩሎም ጉጅለታት
groups-filter-submit = ኣርእዩ
group-next = ዝቕጽል ርክብ፦ { $when }
group-no-sessions = ሕጂ ዝተመደበ ርክብ የለን።
group-seats = { $free ->
    [0] ምሉእ እዩ። ኣብ ዝርዝር መጸበዪ ክትምዝገቡ ትኽእሉ ኢኹም።
    [one] ሓደ ባዶ ቦታ ኣሎ
   *[other] { $free } ባዶ ቦታታት ኣለዉ
}
group-childcare = ሓልዮት ህጻናት ኣሎ
group-barrier-free = ንስንኩላን ምቹእ መእተዊ
group-target-women = ደቂ ኣንስትዮ
group-target-parents = ወለዲ ምስ ንኣሽቱ ቆልዑ
group-target-children = ቆልዑ
group-target-youth = መንእሰያት
group-target-beginners = ጀመርቲ (ደረጃ A1)
group-target-everyone = ኩሉ ሰብ
group-category-language_cafe = ካፈ ቋንቋ
group-category-tandem = ቋንቋ ብጽምዲ
group-category-parents_children = ወለድን ቆልዑን
group-category-womens_group = ርክብ ደቂ ኣንስትዮ
group-category-sports = ስፖርት
group-category-cooking = ብሓባር ምብሳል
group-category-forms_help = ሓገዝ ኣብ ምምላእ ቅጥዕታት
group-category-homework = ሓገዝ ዕዮ ገዛ
group-category-crafts = ስፍየትን ኢደ ስራሕን
group-category-other = ካልእ
group-sessions = ዕለታት ርክብ
group-session-cancelled = ተሰሪዙ፦ { $reason }
group-session-moved = ተቐይሩ፦ { $reason }
group-where = ኣበይ?
group-contact = መራኸቢ
group-join = ኣመዝግቡኒ
group-share-name = ወለንታውያን ቀዳማይ ስመይ ክርእዩ ይኽእሉ እዮም።
group-joined = ተመዝጊብኩም ኣለኹም። ኣብኡ ንራኸብ!
group-waitlist = ኣብ ዝርዝር መጸበዪ ኣለኹም፡ ቁጽሪኹም { $position } እዩ።
group-waitlist-info = ቦታ ባዶ እንተ ኾይኑ፡ ባዕልኹም ንቕድሚት ክትሓልፉ ኢኹም።
group-leave = ቦታይ ክለቕቕ እየ
group-left = ምዝገባኹም ተሰሪዙ እዩ።
group-already = ድሮ ተመዝጊብኩም ኣለኹም።
group-status-confirmed = ተመዝጊብኩም ኣለኹም።
group-status-waitlist = ዝርዝር መጸበዪ፡ ቁጽሪ { $position }
client-groups-open = ጉጅለታዊ ንጥፈታት ርኣዩ
shifts-title = ፈረቓታት ስራሐይ
shifts-intro = ኣብ ጉጅለታትኩም ዘለዉ ፈረቓታት ስራሕ ንዝመጽእ ሸሞንተ ሰሙን።
shifts-show-all = ኩሉ ዕለታት ኣርእዩ
shifts-show-open = ክፉታት ፈረቓታትን ናተይን ጥራይ ኣርእዩ
shifts-empty = ገና ኣብ ዝኾነ ጉጅለ የለኹምን። ኣወሃሃዲ ክምዝግበኩም እዩ።
shift-role-lead = ምምራሕ
shift-role-helper = ሓገዝ
shift-role-childcare = ሓልዮት ህጻናት
shift-role-interpreter = ትርጉም
shift-filled = { $filled } ካብ { $needed } ተታሒዞም
shift-sign-up = ነዚ ፈረቓ ክወስዶ እየ
shift-cancel = ፈረቓይ ክሰርዞ እየ
shift-mine = ፈረቓኹም
shift-full = ምሉእ
shift-done = የቐንየልና! እዚ ፈረቓ ናትኩም እዩ።
shift-cancelled = ፈረቓኹም ተሰሪዙ እዩ።
shift-cancelled-soon = ፈረቓኹም ተሰሪዙ እዩ። ኣብ ውሽጢ ክልተ መዓልቲ ይጅምር፦ በጃኹም ንመራኸቢ ሰብ ናይቲ ጉጅለ እውን ሓብሩ።
shift-taken = ካልእ ሰብ ቀዲሙኩም፦ እዚ ቦታ ተታሒዙ እዩ።
shift-not-open = ነዚ ፈረቓ ምውሳድ ኣይከኣልን (ወይ ድሕሪ ሕጂ ኣይከኣልን)።
shift-participants = { $count ->
    [one] { $count } ተሳታፊ
   *[other] { $count } ተሳተፍቲ
}
shift-first-names = ቀዳማይ ኣስማት፦ { $names }
volunteer-shifts-open = ፈረቓታት ስራሐይ ርኣዩ
