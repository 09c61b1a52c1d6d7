# What people would like to take part in: the client's page (plain sentences), the
# section of the intake and the count for planning.

interests-title = دوست دارید در چه چیزی اشتراک کنید؟
interests-intro = نشانی بزنید که به چه چیزی علاقه دارید و چه وقت فرصت دارید. این‌طور شاروالی شما می‌تواند فعالیت‌های مناسب را پلان کند.
interests-kinds = به این‌ها علاقه دارم
interests-times = در این وقت‌ها فرصت دارم
interests-childcare = به نگهداری از اطفال ضرورت دارم تا بتوانم بیایم.
interests-who-sees = رهنمای ادغام شما جواب شما را می‌بیند. کسانی که پلان می‌سازند فقط می‌بینند که چند نفر چیزی را می‌خواهند. آن‌ها نام‌ها را نمی‌بینند.
interests-save = ذخیره کردن
interests-saved = تشکر! خواسته‌های شما ذخیره شد.
interests-conflict = خواسته‌های شما در این میان تغییر کرده است. لطفاً انتخاب خود را دوباره ببینید و باز ذخیره کنید.
interest-time-weekday_am = دوشنبه تا جمعه، قبل از چاشت
interest-time-weekday_pm = دوشنبه تا جمعه، بعد از چاشت
interest-time-weekday_ev = دوشنبه تا جمعه، شام
interest-time-weekend = آخر هفته (شنبه و یکشنبه)

# In the intake
interests-intake-heading = خواسته‌ها برای فعالیت‌های گروهی
interests-intake-hint = شخص دوست دارد در چه چیزی و چه وقت اشتراک کند. خود شخص هم می‌تواند این را در اپلیکیشن نشانی بزند.
interests-saved-staff = خواسته‌ها ذخیره شد.
interests-conflict-staff = خواسته‌ها در این میان تغییر کرده است (مثلاً توسط خود شخص). لطفاً بررسی کنید و دوباره ذخیره کنید.

# Count for planning
demand-title = ضرورت‌ها و فعالیت‌ها
demand-intro = مراجعان دوست دارند در چه چیزی اشتراک کنند، در کنار فعالیت‌های گروهی موجود: تا فعالیت‌ها مطابق خواسته‌ها باشند. دوسیه‌های باز شمرده می‌شوند؛ نام‌ها هرگز نشان داده نمی‌شوند.
demand-answers = جواب‌ها: { $count }
demand-caption = خواسته‌ها به اساس نوع فعالیت، همراه با وقت‌ها و ضرورت به نگهداری از اطفال، و فعالیت‌های موجود با تاریخ جلسه‌ها
demand-col-kind = نوع فعالیت
demand-col-wanted = می‌خواهند اشتراک کنند
demand-col-childcare = به نگهداری از اطفال ضرورت دارند
demand-col-offers = فعالیت‌ها
demand-col-places = جاها
demand-small-cells = کمتر از پنج نفر به شکل «< 5» نشان داده می‌شود تا هیچ‌کس شناخته نشود.
interests-district = کجا زندگی می‌کنید؟
interests-district-none = نمی‌خواهم بگویم
demand-district-caption = خواسته‌ها به اساس محله: جواب‌ها، ضرورت به نگهداری از اطفال و خواسته‌هایی که بیشتر از همه آمده است
demand-col-district = محله
demand-col-answers = جواب‌ها
demand-col-top = بیشترین خواسته‌ها
demand-no-district = گفته نشده
