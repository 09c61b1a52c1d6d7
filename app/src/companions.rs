//! One-to-one volunteering (seed 001: *Patenschaften*, accompaniment to doctors and
//! offices, rides where the buses are poor): what a guide can ask for, where a task
//! stands, and how Lotse proposes volunteers for it. Shared by the server (rows,
//! checks) and the pages (forms, labels).

use crate::domain::text_enum;

text_enum! {
    /// What the guide asks for; messages `companion-kind-<value>`.
    pub enum CompanionKind {
        /// A mentoring pair (Patenschaft): regular meetings over months.
        Mentoring = "mentoring",
        /// Going along to one appointment (a doctor, an office).
        Accompaniment = "accompaniment",
        /// Driving the client to one appointment.
        Ride = "ride",
    }
}

text_enum! {
    /// Where a task stands; messages `companion-status-<value>`.
    pub enum CompanionStatus {
        /// Waiting for a volunteer to accept.
        Open = "open",
        /// A volunteer accepted: they see the task until it ends.
        Matched = "matched",
        Ended = "ended",
        Cancelled = "cancelled",
    }
}

text_enum! {
    /// What an asked volunteer answered; messages `companion-answer-<value>`.
    pub enum CompanionAnswer {
        Accepted = "accepted",
        Declined = "declined",
        /// Someone else accepted first, or the guide cancelled the task.
        Withdrawn = "withdrawn",
    }
}

/// The skill a ride needs (one of the profile's skills).
pub const DRIVING: &str = "driving";
/// Check-in intervals a guide can choose for a mentoring pair, in days.
pub const CHECKIN_DAYS: [i64; 4] = [7, 14, 30, 60];
/// An accompaniment or ride that nobody closed ends this many days after its time:
/// the volunteer can still record their hours, then the task leaves their view.
pub const AFTER_DAYS: i64 = 7;

impl CompanionKind {
    /// A skill the volunteer must have for this kind of task.
    pub fn needs_skill(self) -> Option<&'static str> {
        match self {
            CompanionKind::Ride => Some(DRIVING),
            _ => None,
        }
    }

    /// Is it for one appointment (and so ends by itself after it)?
    pub fn is_single(self) -> bool {
        self != CompanionKind::Mentoring
    }
}

/// The part of the day of a local time, as availability slots name it (`am` before
/// noon, `pm` before five, `ev` after).
pub fn day_part(minute_of_day: i64) -> &'static str {
    match minute_of_day {
        m if m < 12 * 60 => "am",
        m if m < 17 * 60 => "pm",
        _ => "ev",
    }
}

/// What a task needs, for proposing volunteers.
#[derive(Clone, Debug)]
pub struct Need {
    pub language: String,
    /// A skill every proposed volunteer must have.
    pub skill: Option<String>,
    /// The availability slot of the meeting time (`"2-am"`: Tuesday morning).
    pub slot: String,
    pub district: Option<i64>,
}

/// A volunteer of the municipality, as far as proposing needs to know them.
#[derive(Clone, Debug, Default)]
pub struct Candidate {
    pub user: i64,
    pub name: String,
    pub languages: Vec<String>,
    pub skills: Vec<String>,
    pub slots: Vec<String>,
    pub districts: Vec<i64>,
    /// A police certificate (Führungszeugnis) is on file and valid: one-to-one contact
    /// is where it matters most.
    pub certified: bool,
    /// Already matched to a task at the same time.
    pub busy: bool,
    /// Declined this task already (not asked again).
    pub declined: bool,
    /// Tasks they currently hold.
    pub active_tasks: i64,
}

/// A volunteer Lotse proposes, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub user: i64,
    pub name: String,
    pub fits_time: bool,
    pub fits_place: bool,
    pub active_tasks: i64,
}

/// Volunteers for a task, best first. A proposal must speak the language, have the
/// skill the task needs, hold a valid police certificate, be free at that time and not
/// have declined already; among them those who said they are available then and can
/// reach the district come first, then those with fewer tasks (the work is shared),
/// then by name so that the order is stable.
pub fn propose(need: &Need, candidates: &[Candidate]) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = candidates
        .iter()
        .filter(|c| c.certified && !c.busy && !c.declined)
        .filter(|c| c.languages.contains(&need.language))
        .filter(|c| need.skill.as_ref().is_none_or(|s| c.skills.contains(s)))
        .map(|c| Proposal {
            user: c.user,
            name: c.name.clone(),
            fits_time: c.slots.contains(&need.slot),
            fits_place: need.district.is_some_and(|d| c.districts.contains(&d)),
            active_tasks: c.active_tasks,
        })
        .collect();
    out.sort_by(|a, b| {
        let score = |p: &Proposal| u8::from(p.fits_time) + u8::from(p.fits_place);
        score(b)
            .cmp(&score(a))
            .then(a.active_tasks.cmp(&b.active_tasks))
            .then(a.name.cmp(&b.name))
            .then(a.user.cmp(&b.user))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(user: i64, name: &str, langs: &str, skills: &str, slots: &str, districts: &[i64]) -> Candidate {
        Candidate {
            user,
            name: name.into(),
            languages: langs.split_whitespace().map(String::from).collect(),
            skills: skills.split_whitespace().map(String::from).collect(),
            slots: slots.split_whitespace().map(String::from).collect(),
            districts: districts.to_vec(),
            certified: true,
            ..Candidate::default()
        }
    }

    fn need(language: &str, skill: Option<&str>, slot: &str, district: Option<i64>) -> Need {
        Need {
            language: language.into(),
            skill: skill.map(String::from),
            slot: slot.into(),
            district,
        }
    }

    fn names(p: &[Proposal]) -> Vec<&str> {
        p.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn language_is_required_and_time_and_place_rank() {
        let all = [
            c(1, "Anna", "de ar", "", "2-am", &[7]),
            c(2, "Bernd", "de ar", "", "", &[]),
            c(3, "Carla", "de fa", "", "2-am", &[7]),
            c(4, "Dilan", "de ar", "", "2-am", &[]),
            c(5, "Emil", "ar", "", "", &[7]),
        ];
        let p = propose(&need("ar", None, "2-am", Some(7)), &all);
        // Carla speaks no Arabic; Anna fits both; Dilan the time, Emil the place; Bernd neither.
        assert_eq!(names(&p), ["Anna", "Dilan", "Emil", "Bernd"]);
        assert!(p[0].fits_time && p[0].fits_place);
        assert!(p[1].fits_time && !p[1].fits_place);
        assert!(!p[2].fits_time && p[2].fits_place);
    }

    #[test]
    fn a_ride_needs_a_driver_and_nobody_uncertified_busy_or_declined_is_proposed() {
        let mut all = vec![
            c(1, "Anna", "ar", "driving", "", &[]),
            c(2, "Bernd", "ar", "cooking", "", &[]),
            c(3, "Carla", "ar", "driving", "", &[]),
            c(4, "Dilan", "ar", "driving", "", &[]),
            c(5, "Emil", "ar", "driving", "", &[]),
        ];
        all[2].certified = false;
        all[3].busy = true;
        all[4].declined = true;
        let p = propose(&need("ar", CompanionKind::Ride.needs_skill(), "1-pm", None), &all);
        assert_eq!(names(&p), ["Anna"]);
        // Without a skill needed, the non-driver is proposed too.
        let p = propose(&need("ar", None, "1-pm", None), &all);
        assert_eq!(names(&p), ["Anna", "Bernd"]);
    }

    #[test]
    fn the_work_is_shared_among_equals() {
        let mut all = vec![
            c(1, "Anna", "ti", "", "3-ev", &[]),
            c(2, "Bernd", "ti", "", "3-ev", &[]),
        ];
        all[0].active_tasks = 2;
        let p = propose(&need("ti", None, "3-ev", None), &all);
        assert_eq!(names(&p), ["Bernd", "Anna"]);
        // Without a district named, nobody fits the place.
        assert!(p.iter().all(|p| !p.fits_place));
    }

    #[test]
    fn parts_of_the_day() {
        assert_eq!(day_part(9 * 60), "am");
        assert_eq!(day_part(12 * 60), "pm");
        assert_eq!(day_part(16 * 60 + 59), "pm");
        assert_eq!(day_part(17 * 60), "ev");
    }
}
