# الأنشطة الجماعية (للمستفيدين) والمناوبات (للمتطوعين).
groups-title = الأنشطة الجماعية
groups-intro = تعرّف على أشخاص جدد، وتعلّم الألمانية، ومارس الرياضة. كل الأنشطة مجانية.
groups-empty = لا توجد أنشطة جماعية بعد.
groups-filter-target = لمن؟
groups-filter-any = كل المجموعات
groups-filter-submit = عرض
group-next = الموعد القادم: { $when }
group-no-sessions = لا توجد مواعيد مخطط لها حاليًا.
group-seats = { $free ->
    [0] المجموعة ممتلئة. يمكنك التسجيل في قائمة الانتظار.
    [one] مكان واحد متاح
    [two] مكانان متاحان
    [few] { $free } أماكن متاحة
    [many] { $free } مكانًا متاحًا
   *[other] { $free } مكان متاح
}
group-childcare = تتوفر رعاية للأطفال
group-barrier-free = مدخل خالٍ من العوائق
group-target-women = النساء
group-target-parents = الأهل مع أطفال صغار
group-target-children = الأطفال
group-target-youth = الشباب واليافعون
group-target-beginners = المبتدئون (المستوى A1)
group-target-everyone = الجميع
group-category-language_cafe = مقهى اللغة
group-category-tandem = تبادل لغوي
group-category-parents_children = الأهل والأطفال
group-category-womens_group = لقاء النساء
group-category-sports = الرياضة
group-category-cooking = الطبخ معًا
group-category-forms_help = المساعدة في ملء الاستمارات
group-category-homework = المساعدة في الواجبات المدرسية
group-category-crafts = الخياطة والأشغال اليدوية
group-category-other = أنشطة أخرى
group-sessions = المواعيد
group-session-cancelled = ملغى: { $reason }
group-session-moved = تم التغيير: { $reason }
group-where = أين؟
group-contact = للتواصل
group-join = سجّلني
group-share-name = يمكن للمتطوعين رؤية اسمي الأول.
group-joined = تم تسجيلك. نراك هناك!
group-waitlist = أنت على قائمة الانتظار، ترتيبك: { $position }.
group-waitlist-info = عندما يصبح مكان متاحًا، تتقدّم في القائمة تلقائيًا.
group-leave = التخلي عن مكاني
group-left = لم تعد مسجّلًا.
group-already = أنت مسجّل بالفعل.
group-status-confirmed = أنت مسجّل.
group-status-waitlist = قائمة الانتظار، الترتيب: { $position }
client-groups-open = اعرض الأنشطة الجماعية
shifts-title = مناوباتي
shifts-intro = المناوبات في مجموعاتك خلال الأسابيع الثمانية القادمة.
shifts-show-all = عرض كل المواعيد
shifts-show-open = عرض المناوبات المفتوحة ومناوباتي فقط
shifts-empty = لست في أي مجموعة بعد. سيضيفك المنسّق أو المنسّقة.
shift-role-lead = قيادة المجموعة
shift-role-helper = المساعدة
shift-role-childcare = رعاية الأطفال
shift-role-interpreter = الترجمة الشفوية
shift-filled = الأماكن المشغولة: { $filled } من { $needed }
shift-sign-up = سآخذ هذه المناوبة
shift-cancel = إلغاء مناوبتي
shift-mine = مناوبتك
shift-full = مكتملة
shift-done = شكرًا! المناوبة لك.
shift-cancelled = تم إلغاء مناوبتك.
shift-cancelled-soon = تم إلغاء مناوبتك. تبدأ المناوبة بعد أقل من يومين: يرجى إبلاغ الشخص المسؤول عن المجموعة أيضًا.
shift-taken = سبقك شخص آخر: هذا المكان محجوز.
shift-not-open = لا يمكن أخذ هذه المناوبة (أو لم يعد ذلك ممكنًا).
shift-participants = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
shift-first-names = الأسماء الأولى: { $names }
volunteer-shifts-open = اعرض مناوباتي
