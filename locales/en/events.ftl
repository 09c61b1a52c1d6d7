# Public events: the pages without sign-in (list, event, registration, poster)
# and the coordinators' page. Short, simple sentences on the public pages.

events-title = Events
events-intro = Festivals, information evenings and meetings near you. Everyone is welcome.
events-places = Places
events-all-places = All places
events-feed = Subscribe in my calendar
events-upcoming = Coming up
events-empty = No events are planned right now.
events-groups = Regular activities
events-groups-intro = These groups meet regularly. Ask at the place or at your advice service.
event-group-next = Next meeting: { $when }
event-group-childcare = with childcare
event-cancelled = Cancelled
event-past = This event is over.
event-full = Fully booked
event-registration = Please register
event-places-left = { $count ->
    [0] No places left
    [one] One place left
   *[other] { $count } places left
}
event-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
event-place-link = More about this place
event-ics = Add to my calendar
event-poster = Print poster
event-poster-qr = QR code for this event
event-poster-scan = Scan with your phone: everything in your language.
event-register = Register
event-register-name = First name
event-register-people = How many people are coming?
event-register-contact = Phone or email
event-register-contact-hint = Only in case we have to cancel.
event-register-send = Register
event-registered-notice = Thank you! You are registered.
event-people-invalid = Please enter at least one person.
event-not-enough-places = There are not that many places left.
event-registration-closed = Registration is no longer possible.
event-too-many = Too many registrations from this connection. Please try again later.

# Coordination
events-manage-title = Manage events
events-manage-public-link = View the public page
event-new = New event
event-edit = Edit event
event-save-new = Publish event
event-saved = The event is saved and public.
event-conflict = Someone has changed the event in the meantime. Your entries are still in the form; please check them and save again.
event-cancel = Cancel event
event-cancelled-notice = The event is cancelled. The public page and the calendar show this.
event-public-page = Public page
event-form-date = Date
event-form-time = Start time
event-form-minutes = Duration in minutes
event-form-office = Place from the directory
event-form-place = Place or room
event-form-place-hint = For example "Fairground by the town hall" or "Hall on the 1st floor".
event-place-needed = Please choose a place from the directory or enter a place.
event-form-registration = Registration required
event-form-capacity = Places
event-form-capacity-hint = Leave empty if there is no limit.
event-form-texts = Text in { $language }
event-form-title = Title
event-form-description = Description
event-title-needed = Please also enter a title in this language.
event-registered = { $count ->
    [0] No registrations yet
    [one] One person registered
   *[other] { $count } people registered
}
event-registered-of = { $count } of { $capacity } places taken
event-translations = Translations: { $languages }
event-only-german = German only
event-no-registrations = Nobody has registered yet.
event-col-language = Language
event-col-at = Registered on
event-groups-heading = Group offers on the public page
event-groups-hint = Public offers appear on the events page with title, place and next date – without names of participants or volunteers.
event-group-public = public
event-group-internal = internal only
event-group-show = Show publicly
event-group-hide = Stop showing
event-group-saved = Saved.
events-manage-link = Events

# Record of processing activities
record-name-events = Public events
record-purpose-events = Announcing events publicly and taking registrations.
record-basis-events = Art. 6(1)(e) GDPR; for registrations art. 6(1)(b) GDPR.
record-subjects-events = Residents and clients who register.
record-data-events = First name, number of people, phone or email if given voluntarily, language; deleted 30 days after the event.
record-recipients-events = The municipality's coordinators and volunteer coordinators.
