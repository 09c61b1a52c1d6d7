//! The local network (seed 003: "a transparent overview of all actors in the city" and
//! the *Ressourcenbörse*; seed 004: donations of time, money and things): who does what,
//! and what they offer and seek. Shared by the server (rows, checks) and the pages
//! (forms, labels); the matching rule lives here so that it is tested without a database.

use crate::domain::text_enum;

text_enum! {
    /// What kind of actor; messages `actor-kind-<value>`.
    pub enum ActorKind {
        /// A provider of social work or courses (Träger).
        Provider = "provider",
        /// A club (Verein).
        Club = "club",
        /// A migrant organisation (MSO).
        Migrant = "migrant",
        Faith = "faith",
        Housing = "housing",
        Employer = "employer",
        School = "school",
        /// A public office (Jobcenter, Ausländerbehörde, …).
        Office = "office",
        Other = "other",
    }
}

text_enum! {
    /// Whether a post offers or seeks; messages `exchange-side-<value>`.
    pub enum Side {
        Offer = "offer",
        Seek = "seek",
    }
}

text_enum! {
    /// What a post is about; messages `exchange-topic-<value>`.
    pub enum Topic {
        Rooms = "rooms",
        Volunteers = "volunteers",
        Interpreters = "interpreters",
        Equipment = "equipment",
        KnowHow = "know_how",
        Transport = "transport",
        Donations = "donations",
    }
}

impl Side {
    /// The side a match pairs this one with.
    pub fn other(self) -> Side {
        match self {
            Side::Offer => Side::Seek,
            Side::Seek => Side::Offer,
        }
    }
}

/// How many days a post stands when nobody says otherwise.
pub const DEFAULT_DAYS: i64 = 90;
/// The longest a post may stand: what is offered in a year is posted again.
pub const MAX_DAYS: i64 = 366;
/// How many proposals a post shows.
pub const PROPOSALS: usize = 10;

/// What matching needs to know of a post. Dates are ISO (`YYYY-MM-DD`), so that they
/// compare as text; `district` None means the whole municipality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostKey {
    pub id: i64,
    pub side: Side,
    pub topic: Topic,
    pub district: Option<i64>,
    pub from_on: String,
    pub until_on: String,
    /// Who speaks for the post: an actor, or None for the municipality's staff.
    pub actor: Option<i64>,
}

/// How well a candidate fits, best first when sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// The same district.
    SameDistrict,
    /// One of the two is for the whole municipality.
    Municipality,
}

/// Lotse's proposals for `post` among `candidates`: the other side, the same topic, the
/// same district (or one of the two for the whole municipality) and periods that overlap,
/// never a post of the same actor. The same district comes first, then the longer
/// overlap, then the earlier start, then the lower id (so the order is stable).
/// At most [`PROPOSALS`].
pub fn propose<'a>(post: &PostKey, candidates: &'a [PostKey]) -> Vec<(&'a PostKey, Fit)> {
    let mut found: Vec<(&PostKey, Fit, i64)> = candidates
        .iter()
        .filter(|c| c.id != post.id && c.side == post.side.other() && c.topic == post.topic)
        .filter(|c| !(c.actor.is_some() && c.actor == post.actor))
        .filter_map(|c| {
            let fit = match (post.district, c.district) {
                (Some(a), Some(b)) if a == b => Fit::SameDistrict,
                (Some(_), Some(_)) => return None,
                _ => Fit::Municipality,
            };
            let overlap = overlap_days(post, c)?;
            Some((c, fit, overlap))
        })
        .collect();
    found.sort_by(|a, b| {
        a.1.cmp(&b.1)
            .then(b.2.cmp(&a.2))
            .then(a.0.from_on.cmp(&b.0.from_on))
            .then(a.0.id.cmp(&b.0.id))
    });
    found.truncate(PROPOSALS);
    found.into_iter().map(|(c, fit, _)| (c, fit)).collect()
}

/// Days both periods cover (both ends included), None when they do not meet.
fn overlap_days(a: &PostKey, b: &PostKey) -> Option<i64> {
    let from = a.from_on.as_str().max(b.from_on.as_str());
    let until = a.until_on.as_str().min(b.until_on.as_str());
    if from > until {
        return None;
    }
    Some(day_number(until)? - day_number(from)? + 1)
}

/// The day of an ISO date, None if malformed.
fn day_number(iso: &str) -> Option<i64> {
    let day = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
    Some(i64::from(chrono::Datelike::num_days_from_ce(&day)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(id: i64, side: Side, topic: Topic, district: Option<i64>, from: &str, until: &str) -> PostKey {
        PostKey {
            id,
            side,
            topic,
            district,
            from_on: from.into(),
            until_on: until.into(),
            actor: Some(100 + id),
        }
    }

    fn ids(found: &[(&PostKey, Fit)]) -> Vec<i64> {
        found.iter().map(|(p, _)| p.id).collect()
    }

    #[test]
    fn a_request_meets_offers_of_its_topic_district_and_time() {
        let seek = post(1, Side::Seek, Topic::Rooms, Some(7), "2027-03-01", "2027-03-31");
        let candidates = vec![
            post(2, Side::Offer, Topic::Rooms, Some(7), "2027-02-01", "2027-03-10"),
            post(3, Side::Offer, Topic::Rooms, None, "2027-01-01", "2027-12-31"),
            // Another district, another topic, the same side, a period before: never.
            post(4, Side::Offer, Topic::Rooms, Some(8), "2027-03-01", "2027-03-31"),
            post(
                5,
                Side::Offer,
                Topic::Transport,
                Some(7),
                "2027-03-01",
                "2027-03-31",
            ),
            post(6, Side::Seek, Topic::Rooms, Some(7), "2027-03-01", "2027-03-31"),
            post(7, Side::Offer, Topic::Rooms, Some(7), "2027-01-01", "2027-02-28"),
            // Ends on the first day: one day is enough.
            post(8, Side::Offer, Topic::Rooms, Some(7), "2026-12-01", "2027-03-01"),
        ];
        let found = propose(&seek, &candidates);
        // Same district first (the longer overlap first), then the whole municipality.
        assert_eq!(ids(&found), vec![2, 8, 3]);
        assert_eq!(found[0].1, Fit::SameDistrict);
        assert_eq!(found[2].1, Fit::Municipality);
    }

    #[test]
    fn a_post_for_the_whole_municipality_meets_every_district() {
        let offer = post(
            1,
            Side::Offer,
            Topic::Interpreters,
            None,
            "2027-01-01",
            "2027-06-30",
        );
        let candidates = vec![
            post(
                2,
                Side::Seek,
                Topic::Interpreters,
                Some(3),
                "2027-02-01",
                "2027-02-01",
            ),
            post(
                3,
                Side::Seek,
                Topic::Interpreters,
                None,
                "2027-05-01",
                "2027-08-31",
            ),
        ];
        // Both fit the municipality; the longer overlap (61 days) before one day.
        assert_eq!(ids(&propose(&offer, &candidates)), vec![3, 2]);
    }

    #[test]
    fn an_actor_is_never_matched_with_itself() {
        let mut offer = post(1, Side::Offer, Topic::Equipment, None, "2027-01-01", "2027-01-31");
        let mut seek = post(2, Side::Seek, Topic::Equipment, None, "2027-01-01", "2027-01-31");
        offer.actor = Some(9);
        seek.actor = Some(9);
        assert!(propose(&offer, &[seek.clone()]).is_empty());
        // Two posts of the municipality's staff may meet (two teams).
        offer.actor = None;
        seek.actor = None;
        assert_eq!(ids(&propose(&offer, &[seek])), vec![2]);
    }

    #[test]
    fn ties_keep_a_stable_order_and_the_list_is_short() {
        let seek = post(0, Side::Seek, Topic::Donations, None, "2027-01-01", "2027-01-31");
        let candidates: Vec<PostKey> = (1..=15)
            .rev()
            .map(|i| post(i, Side::Offer, Topic::Donations, None, "2027-01-01", "2027-01-31"))
            .collect();
        let found = propose(&seek, &candidates);
        assert_eq!(found.len(), PROPOSALS);
        assert_eq!(ids(&found), (1..=10).collect::<Vec<_>>());
    }

    #[test]
    fn day_numbers_count_across_months_and_leap_years() {
        let d = |s| day_number(s).unwrap();
        assert_eq!(d("2028-03-01") - d("2028-02-28"), 2);
        assert_eq!(d("2027-03-01") - d("2027-02-28"), 1);
        assert_eq!(d("2027-01-01") - d("2026-12-31"), 1);
        assert_eq!(day_number("2027-13-01"), None);
        assert_eq!(day_number("nonsense"), None);
    }
}
