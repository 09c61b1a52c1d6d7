# What people would like to take part in: the client's page (plain sentences), the
# section of the intake and the count for planning.

interests-title = What would you like to join?
interests-intro = Tick what interests you and when you have time. This helps your town plan the right offers.
interests-kinds = I am interested in
interests-times = I have time
interests-childcare = I need childcare to be able to come.
interests-who-sees = Your adviser sees your answer. The planners only see how many people want something – without names.
interests-save = Save
interests-saved = Thank you! Your wishes are saved.
interests-conflict = Your wishes were changed in the meantime. Please check your choice and save again.
interest-time-weekday_am = weekday mornings
interest-time-weekday_pm = weekday afternoons
interest-time-weekday_ev = weekday evenings
interest-time-weekend = at the weekend

# In the intake
interests-intake-heading = Wishes for group offers
interests-intake-hint = What the person would like to join, and when. The person can also tick this in the app.
interests-saved-staff = The wishes are saved.
interests-conflict-staff = The wishes were changed in the meantime (for example by the person). Please check and save again.

# Count for planning
demand-title = Demand and offers
demand-intro = What clients would like to join, beside the group offers that exist, so that offers follow wishes. Open cases are counted; names never appear.
demand-answers = Answers: { $count }
demand-caption = Wishes per kind of offer, with times and childcare needs, and existing offers with dates
demand-col-kind = Kind of offer
demand-col-wanted = Would like to join
demand-col-childcare = Need childcare
demand-col-offers = Offers
demand-col-places = Places
demand-small-cells = Fewer than five people are shown as "< 5" so that nobody can be recognised.
interests-district = Where do you live?
interests-district-none = I'd rather not say
demand-district-caption = Wishes per district: answers, childcare needs and the most frequent wishes
demand-col-district = District
demand-col-answers = Answers
demand-col-top = Most wished for
demand-no-district = Not given
