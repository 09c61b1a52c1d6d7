# ما يودّ الناس المشاركة فيه: صفحة المستفيدين (جمل بسيطة)، وقسم المقابلة الأولى،
# والإحصاء لأغراض التخطيط.

interests-title = ماذا تحب أن تشارك فيه؟
interests-intro = اختر ما يهمّك. واختر متى يكون لديك وقت. هكذا تستطيع بلديتك أن تخطط أنشطة مناسبة.
interests-kinds = هذا يهمّني
interests-times = عندي وقت في هذه الأوقات
interests-childcare = أحتاج إلى رعاية للأطفال حتى أستطيع الحضور.
interests-who-sees = مرشد الاندماج الخاص بك يرى إجابتك. فريق التخطيط يرى فقط كم شخصًا يريد شيئًا. لا يرى الأسماء.
interests-save = حفظ
interests-saved = شكرًا! تم حفظ رغباتك.
interests-conflict = تغيّرت رغباتك في هذه الأثناء. يرجى مراجعة اختيارك. ثم احفظ مرة أخرى.
interest-time-weekday_am = من الاثنين إلى الجمعة، صباحًا
interest-time-weekday_pm = من الاثنين إلى الجمعة، بعد الظهر
interest-time-weekday_ev = من الاثنين إلى الجمعة، مساءً
interest-time-weekend = في عطلة نهاية الأسبوع (السبت والأحد)

# في المقابلة الأولى
interests-intake-heading = الرغبات في الأنشطة الجماعية
interests-intake-hint = ما يودّ الشخص المشاركة فيه ومتى. يمكن للشخص أيضًا أن يختار ذلك بنفسه في التطبيق.
interests-saved-staff = تم حفظ الرغبات.
interests-conflict-staff = تم تغيير الرغبات في هذه الأثناء (مثلًا من قِبل الشخص نفسه). يرجى المراجعة والحفظ مرة أخرى.

# الإحصاء لأغراض التخطيط
demand-title = الاحتياجات والأنشطة
demand-intro = ما يودّ المستفيدون المشاركة فيه، إلى جانب الأنشطة الجماعية الموجودة: حتى تتبع الأنشطةُ الرغبات. تُحتسب الحالات المفتوحة؛ ولا تظهر الأسماء أبدًا.
demand-answers = الإجابات: { $count }
demand-caption = الرغبات حسب نوع النشاط، مع الأوقات والحاجة إلى رعاية الأطفال، والأنشطة الموجودة مع مواعيدها
demand-col-kind = نوع النشاط
demand-col-wanted = يرغبون في المشاركة
demand-col-childcare = يحتاجون إلى رعاية الأطفال
demand-col-offers = الأنشطة
demand-col-places = الأماكن
demand-small-cells = إذا كان عدد الأشخاص أقل من خمسة يظهر «< 5»، حتى لا يمكن التعرّف على أي شخص.
interests-district = أين تسكن؟
interests-district-none = أفضّل ألّا أقول
demand-district-caption = الرغبات حسب الحي: الإجابات، والحاجة إلى رعاية الأطفال، والرغبات الأكثر تكرارًا
demand-col-district = الحي
demand-col-answers = الإجابات
demand-col-top = الأكثر طلبًا
demand-no-district = لم يُذكر
