# The client's own view (plain, short sentences).

client-home-title = صفحتي الرئيسية
client-hello = مرحبًا، { $name }!
client-guide-heading = مرشد الاندماج الخاص بي
client-guide-phone = الهاتف
client-guide-call = اتصل بـ{ $name }
client-guide-hours = أوقات الدوام
client-guide-none = ليس لديك مرشد بعد. سيتواصل معك مكتب الاندماج.
client-number-reminder = رقمك في Lotse: { $number }
client-plan-heading = خطتي
client-plan-empty = خطتك ما زالت فارغة. ستكتبها مع مرشدك.
client-appointments-heading = مواعيدي
client-appointments-empty = ليس لديك مواعيد بعد.
client-offices-heading = المكاتب والمساعدة
client-offices-empty = قريبًا ستجد هنا مكاتب ومساعدة قريبة منك.
client-groups-heading = المجموعات واللقاءات
client-groups-empty = قريبًا ستجد هنا مجموعات مثل مقاهي اللغة.
volunteer-home-title = مجموعاتي
volunteer-hello = مرحبًا، { $name }!
volunteer-groups-empty = قريبًا ستظهر هنا مجموعاتك ومناوباتك.
volunteer-interpreting-heading = مواعيد الترجمة الخاصة بي
volunteer-interpreting-language = الترجمة إلى { $language }
volunteer-interpreting-minutes = { $minutes } دقيقة
volunteer-interpreting-contact = للأسئلة: { $name }
