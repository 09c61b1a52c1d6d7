# The client's own view (plain, short sentences).

client-home-title = My start page
client-hello = Hello, { $name }!
client-guide-heading = My integration guide
client-guide-phone = Phone
client-guide-call = Call { $name }
client-guide-hours = Office hours
client-guide-none = You do not have a guide yet. The integration office will contact you.
client-number-reminder = Your Lotse number: { $number }
client-plan-heading = My plan
client-plan-empty = Your plan is still empty. You will make it together with your guide.
client-appointments-heading = My appointments
client-appointments-empty = You have no appointments yet.
client-offices-heading = Offices and help
client-offices-empty = Soon you will find offices and help near you here.
client-groups-heading = Groups and meetings
client-groups-empty = Soon you will find groups like language cafés here.
volunteer-home-title = My groups
volunteer-hello = Hello, { $name }!
volunteer-groups-empty = Your groups and shifts will be shown here soon.
volunteer-interpreting-heading = My interpreting jobs
volunteer-interpreting-language = Interpreting into { $language }
volunteer-interpreting-minutes = { $minutes } minutes
volunteer-interpreting-contact = Questions to { $name }
