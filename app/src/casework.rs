//! The vocabulary of case work, shared by the server (validation, storage) and the views
//! (labels): fields of action, intake sections, and the states of plan steps,
//! appointments, referrals and consents. Each value has a Fluent message named after it.
use crate::domain::text_enum;

/// Fields of action (Handlungsfelder) of the integration plan; message `field-<key>`.
pub const FIELDS: [&str; 8] = [
    "language",
    "work",
    "education",
    "health",
    "housing",
    "residence",
    "social",
    "finances",
];

/// The field whose goals, steps and notes are health data (GDPR art. 9): only the
/// client's own guide and the client see their content.
pub const HEALTH_FIELD: &str = "health";

pub fn is_field(v: &str) -> bool {
    FIELDS.contains(&v)
}

/// What kind of input an intake field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    LongText,
    Date,
    Number,
    /// One of these values; message `intake-choice-<field>-<value>`.
    Choice(&'static [&'static str]),
}

#[derive(Clone, Copy, Debug)]
pub struct IntakeField {
    pub name: &'static str,
    pub kind: FieldKind,
}

/// One part of the intake record, saved on its own; message `intake-section-<key>`,
/// field labels `intake-field-<name>`.
#[derive(Clone, Copy, Debug)]
pub struct IntakeSection {
    pub key: &'static str,
    pub fields: &'static [IntakeField],
    /// Special-category data (GDPR art. 9): only the client's own guide sees it.
    pub special_category: bool,
}

const fn f(name: &'static str, kind: FieldKind) -> IntakeField {
    IntakeField { name, kind }
}

use FieldKind::{Choice, Date, LongText, Number, Text};

/// Nationalities offered (ISO 3166 codes of the countries most clients come from, then
/// "stateless" and "other"); message `intake-choice-nationality-<code>`. Counted, never
/// listed by name, in the figures' "who the clients are".
pub const NATIONALITIES: [&str; 13] = [
    "sy",
    "af",
    "iq",
    "ir",
    "tr",
    "er",
    "so",
    "ua",
    "ru",
    "ge",
    "ng",
    "stateless",
    "other",
];

pub const INTAKE_SECTIONS: [IntakeSection; 8] = [
    // What funders ask for in the yearly report (sex, nationality); least data: no
    // place of birth, no religion, no ethnicity.
    IntakeSection {
        key: "person",
        special_category: false,
        fields: &[
            f("sex", Choice(&["female", "male", "diverse", "not_stated"])),
            f("nationality", Choice(&NATIONALITIES)),
        ],
    },
    IntakeSection {
        key: "household",
        special_category: false,
        fields: &[
            f(
                "housing",
                Choice(&["shared_accommodation", "own_flat", "with_relatives", "other"]),
            ),
            f("household_notes", LongText),
        ],
    },
    IntakeSection {
        key: "languages",
        special_category: false,
        fields: &[
            f(
                "german_level",
                Choice(&["none", "a1", "a2", "b1", "b2", "c1", "c2"]),
            ),
            f(
                "integration_course",
                Choice(&["not_started", "waiting", "attending", "completed"]),
            ),
            f("german_certificate", Text),
            f("other_languages", Text),
            // What a fitting course needs: the municipality plans courses from these.
            f(
                "course_time",
                Choice(&["any", "mornings", "afternoons", "evenings"]),
            ),
            f("childcare_needed", Choice(&["yes", "no"])),
            f("literacy_needed", Choice(&["yes", "no"])),
        ],
    },
    IntakeSection {
        key: "education",
        special_category: false,
        fields: &[
            f("school_years", Number),
            f("school_leaving", Text),
            f("qualifications", LongText),
            f(
                "recognition_status",
                Choice(&[
                    "not_needed",
                    "not_started",
                    "in_progress",
                    "recognised",
                    "partial",
                    "refused",
                ]),
            ),
        ],
    },
    IntakeSection {
        key: "work",
        special_category: false,
        fields: &[
            f("work_experience", LongText),
            f("work_wish", Text),
            f("work_permit", Choice(&["yes", "restricted", "no", "unknown"])),
        ],
    },
    IntakeSection {
        key: "residence",
        special_category: false,
        fields: &[
            f(
                "residence_status",
                Choice(&[
                    "asylum_pending",
                    "refugee",
                    "subsidiary",
                    "deportation_ban",
                    "toleration",
                    "residence_permit",
                    "settlement",
                    "other",
                ]),
            ),
            f(
                "document_type",
                Choice(&[
                    "arrival_certificate",
                    "permission_to_reside",
                    "residence_permit",
                    "toleration",
                    "fictional_certificate",
                    "settlement_permit",
                    "passport",
                    "other",
                ]),
            ),
            f("document_expires_on", Date),
        ],
    },
    IntakeSection {
        key: "health",
        special_category: true,
        fields: &[
            f("health_needs", LongText),
            f("disability", Choice(&["none", "yes", "unknown"])),
            f("care_needs", LongText),
        ],
    },
    IntakeSection {
        key: "contacts",
        special_category: false,
        fields: &[
            f("contact_jobcenter", Text),
            f("contact_immigration", Text),
            f("contact_social", Text),
            f("contact_school", Text),
            f("contact_other", LongText),
        ],
    },
];

pub fn intake_section(key: &str) -> Option<&'static IntakeSection> {
    INTAKE_SECTIONS.iter().find(|s| s.key == key)
}

/// School or Kita status of a child in the household; message `school-status-<value>`.
pub const SCHOOL_STATUS: [&str; 5] = ["kita", "kita_waiting", "school", "school_waiting", "none"];

/// Who does a plan step; message `step-actor-<value>`.
pub const STEP_ACTORS: [&str; 4] = ["client", "guide", "office", "volunteer"];

text_enum! {
    /// Where a plan step stands; messages `step-status-<value>` and `my-step-status-<value>`.
    pub enum StepStatus {
        Open = "open",
        Done = "done",
        /// Given up, with a reason (the only state that keeps one).
        Dropped = "dropped",
    }
}

text_enum! {
    /// Where a goal stands; message `goal-status-<value>`.
    pub enum GoalStatus {
        Open = "open",
        Achieved = "achieved",
        Dropped = "dropped",
    }
}

text_enum! {
    /// Why a guide's support ended; message `closing-reason-<value>`.
    pub enum ClosingReason {
        /// The aim: the client manages on their own.
        Independent = "independent",
        /// Handed to a regular service ([`HandedTo`] says which).
        RegularServices = "regular_services",
        Moved = "moved",
        Unreachable = "unreachable",
        Declined = "declined",
        Other = "other",
    }
}

text_enum! {
    /// The regular service a closed case was handed to; message `handed-to-<value>`.
    pub enum HandedTo {
        Jobcenter = "jobcenter",
        MigrationAdvice = "migration_advice",
        YouthMigration = "youth_migration",
        SocialServices = "social_services",
        Other = "other",
    }
}

text_enum! {
    /// What came of a goal still open when the case closed; message `goal-outcome-<value>`.
    pub enum GoalOutcome {
        Achieved = "achieved",
        Partly = "partly",
        NotAchieved = "not_achieved",
        NoLongerRelevant = "no_longer_relevant",
    }
}

text_enum! {
    /// What came of an appointment; message `appointment-status-<value>`.
    pub enum AppointmentStatus {
        Planned = "planned",
        Done = "done",
        Missed = "missed",
        /// Frees the booked interpreter.
        Cancelled = "cancelled",
    }
}

/// Services a client is referred to; message `service-<value>`.
pub const SERVICES: [&str; 9] = [
    "migration_advice",
    "jobcenter",
    "immigration_office",
    "psychosocial",
    "debt_advice",
    "youth_migration",
    "language_course",
    "health",
    "other",
];

text_enum! {
    /// Where a referral stands; message `referral-status-<value>`.
    pub enum ReferralStatus {
        Sent = "sent",
        Accepted = "accepted",
        Done = "done",
        Declined = "declined",
    }
}

/// What a consent is for; message `consent-purpose-<value>`.
pub const CONSENT_PURPOSES: [&str; 6] = [
    "release_jobcenter",
    "release_immigration",
    "release_social_office",
    "share_provider",
    "handover",
    // A volunteer who accompanies the client learns their first name, the time and
    // the place (see `companions`).
    "companion",
];
/// Parts of a case file a handover consent can cover; message `area-<value>`.
pub const AREAS: [&str; 5] = ["intake", "plan", "notes", "appointments", "referrals"];

/// Kinds of deadline (message `deadline-kind-<value>`) and how many days ahead each
/// reminds by default: a residence permit must be renewed well before it ends (the
/// office needs weeks for an appointment), a benefit renewal a month ahead.
pub const DEADLINE_KINDS: [(&str, i64); 5] = [
    ("residence_permit", 90),
    ("benefit_renewal", 30),
    ("registration", 7),
    ("document", 14),
    ("other", 7),
];
/// Reminder lead times a person can choose, in days (message `deadline-remind-days`).
pub const REMIND_DAYS: [i64; 7] = [1, 3, 7, 14, 30, 60, 90];

pub fn default_remind_days(kind: &str) -> Option<i64> {
    DEADLINE_KINDS.iter().find(|(k, _)| *k == kind).map(|(_, d)| *d)
}

/// What a client can ask their guide about; message `request-category-<value>`. The
/// pages also raise `move_appointment` and `revoke_consent` requests.
pub const REQUEST_CATEGORIES: [&str; 6] =
    ["question", "letter", "appointment", "documents", "money", "other"];

text_enum! {
    /// Where a client's request stands; message `request-status-<value>`.
    pub enum RequestStatus {
        /// Waiting for the guide.
        Open = "open",
        Answered = "answered",
        Closed = "closed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every state comes back from its stored text, and [`ALL`](StepStatus::ALL) and
    /// [`TEXTS`](StepStatus::TEXTS) list the same values in the same order.
    macro_rules! round_trip {
        ($($name:ident),+) => {$(
            for (s, text) in $name::ALL.iter().zip($name::TEXTS) {
                assert_eq!(s.as_str(), *text);
                assert_eq!($name::parse(s.as_str()), Some(*s));
                assert_eq!($name::try_from(s.to_string()), Ok(*s));
            }
            assert_eq!($name::ALL.len(), $name::TEXTS.len());
            assert_eq!($name::parse("x"), None);
            assert_eq!($name::parse(""), None);
            assert!($name::try_from("x".to_string()).is_err());
        )+};
    }

    #[test]
    fn statuses_round_trip_through_their_text() {
        round_trip!(
            StepStatus,
            GoalStatus,
            AppointmentStatus,
            ReferralStatus,
            RequestStatus
        );
    }

    #[test]
    fn stored_texts_are_unchanged() {
        assert_eq!(StepStatus::TEXTS, ["open", "done", "dropped"]);
        assert_eq!(GoalStatus::TEXTS, ["open", "achieved", "dropped"]);
        assert_eq!(
            AppointmentStatus::TEXTS,
            ["planned", "done", "missed", "cancelled"]
        );
        assert_eq!(ReferralStatus::TEXTS, ["sent", "accepted", "done", "declined"]);
        assert_eq!(RequestStatus::TEXTS, ["open", "answered", "closed"]);
        assert_eq!(GoalStatus::Achieved.to_string(), "achieved");
    }
}
