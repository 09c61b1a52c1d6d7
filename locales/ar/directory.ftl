# دليل المكاتب والخدمات والأدلة الإرشادية حسب الموضوع (للقرّاء).
directory-title = المكاتب والمساعدة
directory-intro = إلى أين تذهب، ومتى يكون المكان مفتوحًا، وما اللغات التي يتحدثونها، وماذا تُحضر معك.
directory-search-label = بحث
directory-search-submit = عرض
directory-results = { $count ->
    [zero] لم يتم العثور على أي مكان
    [one] تم العثور على مكان واحد
    [two] تم العثور على مكانين
    [few] تم العثور على ⁨{ $count }⁩ أماكن
    [many] تم العثور على ⁨{ $count }⁩ مكانًا
   *[other] تم العثور على ⁨{ $count }⁩ مكان
}
directory-results-more = { $count ->
    [few] تم العثور على أكثر من ⁨{ $count }⁩ أماكن
    [many] تم العثور على أكثر من ⁨{ $count }⁩ مكانًا
   *[other] تم العثور على أكثر من ⁨{ $count }⁩ مكان
}
directory-empty = لم يتم العثور على شيء. جرّب عددًا أقل من الفلاتر أو كلمات أخرى.
directory-more = عرض المزيد
offices-heading = المكاتب والخدمات
guides-heading = أدلة خطوة بخطوة
guides-with-office = أدلة توصلك إلى هنا
filter-category = نوع المكان
filter-any-category = كل الأنواع
filter-language = اللغات التي يتحدثونها
filter-any-language = أي لغة
filter-open-now = مفتوح الآن
near-me = الترتيب حسب المسافة
near-me-privacy = موقعك يبقى على هاتفك. لا يُرسَل إلينا.
near-me-denied = موقعك غير متاح. تبقى القائمة كما هي.
near-me-sorted = مرتّبة حسب المسافة، الأقرب أولًا.
distance-km = على بُعد ⁨{ $km }⁩ كم
open-now-always = مفتوح الآن، ليلًا ونهارًا
open-now-until = مفتوح الآن · حتى الساعة ⁨{ $time }⁩
opens-today = مغلق · يفتح اليوم الساعة ⁨{ $time }⁩
opens-tomorrow = مغلق · يفتح غدًا الساعة ⁨{ $time }⁩
opens-weekday = مغلق · يفتح يوم { $day } الساعة ⁨{ $time }⁩
opens-date = مغلق · يفتح بتاريخ ⁨{ $date }⁩ الساعة ⁨{ $time }⁩
closed-now = مغلق الآن
hours-unknown = أوقات الدوام غير معروفة. يرجى الاتصال أولًا.
by-appointment-only = بموعد مسبق فقط.
by-appointment-hint = يرجى الاتصال في هذه الأوقات لتحديد موعد.
open-all-day = مفتوح على مدار الساعة
closed-day = مغلق
public-holiday = عطلة رسمية
opening-hours = أوقات الدوام
languages-spoken = يتحدثون هنا: { $languages }
barrier-free = مدخل خالٍ من العوائق
visit-heading = الزيارة
open-in-maps = افتح في الخرائط
open-in-osm = الخريطة في المتصفح
office-about = ماذا يقدّمون
what-to-bring = ماذا تُحضر معك
getting-there = كيف تصل إلى هناك
contact-persons = الأشخاص المسؤولون
consultation-hours = أوقات الاستشارة
consultation-hours-of = أوقات الاستشارة لدى ⁨{ $name }⁩
fallback-shown-in = هذا النص غير متوفر بلغتك بعد. يُعرض باللغة { $language }.
fallback-choose = اعرض باللغة
fallback-submit = تغيير
translation-outdated = تم تغيير النص الألماني. قد تكون هذه الترجمة غير محدّثة.
preview-draft = معاينة: هذا النص لم يُنشر بعد.
category-immigration_office = دائرة شؤون الأجانب
category-citizens_office = مكتب المواطنين (تسجيل السكن)
category-jobcenter = مركز العمل (⁨Jobcenter⁩)
category-social_welfare = مكتب الشؤون الاجتماعية
category-migration_advice = استشارة الهجرة
category-welcome_centre = مركز الترحيب
category-kita = روضة الأطفال (⁨Kita⁩)
category-school = مدرسة
category-doctor = عيادة طبيب
category-hospital = مستشفى
category-trauma_care = مساعدة نفسية وعلاج الصدمات
category-counselling = استشارة
category-womens_helpline = مساعدة للنساء
category-language_course = دورة لغة
category-library = مكتبة
category-sports_club = نادٍ رياضي
category-youth_welfare = مكتب رعاية الأطفال والشباب
category-other = مساعدة أخرى
