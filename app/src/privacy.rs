//! Requests under data-protection law (GDPR art. 15-18, 7(3); § 84 SGB X): what a client
//! may ask, and how the municipality's data-protection officer decides. Shared by the
//! server (rows, checks) and the pages (forms, labels).

use crate::domain::text_enum;

text_enum! {
    /// What is asked; messages `privacy-kind-<value>` (staff) and `my-rights-kind-<value>`
    /// (the client's own words).
    pub enum PrivacyKind {
        /// Correct data that are wrong (art. 16).
        Correct = "correct",
        /// Restrict processing (art. 18): kept, out of everyday work.
        Restrict = "restrict",
        /// Erase data (art. 17).
        Erase = "erase",
        /// Withdraw a consent (art. 7(3)).
        WithdrawConsent = "withdraw_consent",
        /// A copy of everything stored (art. 15/20), asked on paper; a client in the app
        /// downloads it themselves.
        Access = "access",
    }
}

impl PrivacyKind {
    /// What a client asks for from "My data" (a copy they download themselves).
    pub const FROM_CLIENT: [PrivacyKind; 4] = [
        PrivacyKind::Correct,
        PrivacyKind::Restrict,
        PrivacyKind::Erase,
        PrivacyKind::WithdrawConsent,
    ];
}

text_enum! {
    /// Where a request stands; messages `privacy-status-<value>` and
    /// `my-rights-status-<value>`.
    pub enum PrivacyStatus {
        Open = "open",
        Granted = "granted",
        /// Granted in part; the answer says which part.
        Partly = "partly",
        Refused = "refused",
        /// Deletion is not allowed (a duty to keep the record): the record is restricted
        /// instead (§ 84 SGB X).
        Restricted = "restricted",
    }
}

/// What an access-log line may name besides its action (message `access-detail-<value>`):
/// the areas of a record read or changed, and the pages and feeds that show it. The store
/// refuses (in debug builds, so every test) to write any other: a detail without its
/// message showed the client and the data-protection officer a raw id.
pub const ACCESS_DETAILS: [&str; 27] = [
    "record",
    "intake",
    "household",
    "plan",
    "notes",
    "appointments",
    "referrals",
    "consent",
    "handover",
    "home",
    "group",
    "closing",
    "closed",
    "reopened",
    "history",
    "consents",
    "caseload",
    "moved",
    "privacy",
    "export",
    "erased",
    "unrestricted",
    "deadlines",
    "requests",
    "data",
    "calendar-feed",
    "reissued-code",
];

/// A request is due this many calendar months after the day it arrived (art. 12(3)).
pub const DEADLINE_MONTHS: u32 = 1;

text_enum! {
    /// A kind of record with its own retention period; messages `retention-kind-<value>`
    /// (what it is), `retention-basis-<value>` (the legal basis) and
    /// `retention-effect-<value>` (what happens when the period is over).
    pub enum RetentionKind {
        /// A closed case: anonymised this many months after closing.
        CaseFile = "case_file",
        /// Conversation notes of a closed case: deleted months after closing.
        Notes = "notes",
        /// Photos of letters sent with a question: deleted months after sending.
        LetterPhotos = "letter_photos",
        /// Lines of the access log: deleted months after they were written.
        AccessLog = "access_log",
        /// Known devices of a sign-in: deleted months after their last use.
        SignIns = "sign_ins",
        /// Mail and text messages: deleted months after sending (or trying).
        Outbox = "outbox",
        /// A volunteer's documents (police certificate, …): deleted months after they were
        /// removed or ran out.
        VolunteerDocuments = "volunteer_documents",
        /// Hours volunteers gave: deleted months after the session.
        VolunteerHours = "volunteer_hours",
        /// Who took part in a group offer: deleted months after the last change, once the
        /// offer has no session ahead.
        GroupParticipation = "group_participation",
        /// Complaints, suggestions and praise: deleted months after they were closed.
        Complaints = "complaints",
    }
}

/// A kind's lawful default and the range a municipality may choose, in months.
#[derive(Clone, Copy, Debug)]
pub struct RetentionRule {
    pub kind: RetentionKind,
    pub default_months: i64,
    pub min_months: i64,
    pub max_months: i64,
}

/// The defaults, in the order the page lists them. The legal basis of each is its
/// `retention-basis-…` message.
pub const RETENTION: [RetentionRule; 10] = [
    RetentionRule {
        kind: RetentionKind::CaseFile,
        default_months: 36,
        min_months: 6,
        max_months: 120,
    },
    RetentionRule {
        kind: RetentionKind::Notes,
        default_months: 12,
        min_months: 1,
        max_months: 120,
    },
    RetentionRule {
        kind: RetentionKind::LetterPhotos,
        default_months: 3,
        min_months: 1,
        max_months: 24,
    },
    RetentionRule {
        kind: RetentionKind::AccessLog,
        default_months: 24,
        min_months: 6,
        max_months: 120,
    },
    RetentionRule {
        kind: RetentionKind::SignIns,
        default_months: 13,
        min_months: 1,
        max_months: 24,
    },
    RetentionRule {
        kind: RetentionKind::Outbox,
        default_months: 1,
        min_months: 1,
        max_months: 12,
    },
    RetentionRule {
        kind: RetentionKind::VolunteerDocuments,
        default_months: 3,
        min_months: 1,
        max_months: 60,
    },
    RetentionRule {
        kind: RetentionKind::VolunteerHours,
        default_months: 36,
        min_months: 6,
        max_months: 120,
    },
    RetentionRule {
        kind: RetentionKind::GroupParticipation,
        default_months: 12,
        min_months: 1,
        max_months: 60,
    },
    RetentionRule {
        kind: RetentionKind::Complaints,
        default_months: 36,
        min_months: 12,
        max_months: 120,
    },
];

impl RetentionKind {
    pub fn rule(self) -> RetentionRule {
        RETENTION
            .iter()
            .copied()
            .find(|r| r.kind == self)
            .unwrap_or(RETENTION[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_retention_kind_has_its_rule_within_its_range() {
        for kind in RetentionKind::ALL {
            let r = kind.rule();
            assert_eq!(r.kind, *kind, "{kind:?} is listed in RETENTION");
            assert!(
                r.min_months <= r.default_months && r.default_months <= r.max_months,
                "{kind:?}"
            );
        }
    }
}

/// One processing activity of the record of processing activities (GDPR art. 30):
/// messages `record-<field>-<key>` hold its name, purpose, legal basis, data subjects,
/// categories of data and recipients; the tables are where Lotse stores it (every table
/// of the schema belongs to exactly one activity — a test walks the schema), and the
/// retention kinds say how long it is kept.
#[derive(Clone, Copy, Debug)]
pub struct Activity {
    pub key: &'static str,
    pub tables: &'static [&'static str],
    pub retention: &'static [RetentionKind],
    /// Holds special-category data (GDPR art. 9: health).
    pub special_category: bool,
}

/// The fields of an activity that have a message each.
pub const RECORD_FIELDS: [&str; 6] = ["name", "purpose", "basis", "subjects", "data", "recipients"];

/// What Lotse processes, activity by activity.
pub const PROCESSING: [Activity; 14] = [
    Activity {
        key: "casework",
        tables: &[
            "clients",
            "households",
            "household_members",
            "assignments",
            "intake_sections",
            "goals",
            "plan_steps",
            "plan_history",
            "plan_confirmations",
            "notes",
            "appointments",
            "referrals",
            "consents",
            "transfers",
            "deadlines",
            "case_closures",
            "closure_outcomes",
            "deputies",
            "interpreter_slots",
            "client_interests",
        ],
        retention: &[RetentionKind::CaseFile, RetentionKind::Notes],
        special_category: true,
    },
    Activity {
        key: "self_service",
        tables: &[
            "client_requests",
            "request_photos",
            "calendar_tokens",
            "activation_codes",
        ],
        retention: &[RetentionKind::LetterPhotos],
        special_category: false,
    },
    Activity {
        key: "data_protection",
        tables: &["privacy_requests", "retention_rules", "retention_runs"],
        retention: &[],
        special_category: false,
    },
    Activity {
        key: "accounts",
        tables: &[
            "users",
            "sessions",
            "signin_failures",
            "known_devices",
            "recovery_codes",
            "second_factor_pending",
            "setup_tokens",
            "staff_links",
            "staff_changes",
            "kept_forms",
            "notices",
        ],
        retention: &[RetentionKind::SignIns],
        special_category: false,
    },
    Activity {
        key: "complaints",
        tables: &["complaints", "complaint_handlers", "post_throttle"],
        retention: &[RetentionKind::Complaints],
        special_category: false,
    },
    Activity {
        key: "companions",
        tables: &[
            "companion_tasks",
            "companion_asks",
            "companion_meetings",
            "districts",
        ],
        // Tasks go with the case file; the hours stay the volunteer's, without the client.
        retention: &[RetentionKind::CaseFile, RetentionKind::VolunteerHours],
        special_category: true,
    },
    Activity {
        key: "events",
        // Registrations go 30 days after their event (the janitor).
        tables: &["events", "event_texts", "event_registrations"],
        retention: &[],
        special_category: false,
    },
    Activity {
        key: "network",
        // Expired posts go a year after their last day (the janitor); an actor's
        // contact person is named with their consent, and leaves with the actor.
        tables: &[
            "actors",
            "actor_texts",
            "actor_offices",
            "actor_groups",
            "actor_partners",
            "exchange_posts",
            "exchange_matches",
        ],
        retention: &[],
        special_category: false,
    },
    Activity {
        key: "access_log",
        tables: &["access_log"],
        retention: &[RetentionKind::AccessLog],
        special_category: false,
    },
    Activity {
        key: "groups",
        tables: &[
            "group_offers",
            "group_texts",
            "group_series",
            "group_sessions",
            "group_shift_needs",
            "group_volunteers",
            "shift_signups",
            "group_participants",
            "volunteer_profiles",
            "volunteer_invitations",
            "volunteer_documents",
            "volunteer_calendar_tokens",
        ],
        retention: &[
            RetentionKind::VolunteerDocuments,
            RetentionKind::VolunteerHours,
            RetentionKind::GroupParticipation,
        ],
        special_category: false,
    },
    Activity {
        key: "directory",
        tables: &[
            "offices",
            "office_texts",
            "office_words",
            "directory_words",
            "directory_vocabulary",
            "office_names",
            "office_contacts",
            "office_open_intervals",
            "guides",
            "guide_steps",
            "guide_texts",
            "directory_imports",
            "interpreters",
            "interpreter_availability",
        ],
        retention: &[],
        special_category: false,
    },
    Activity {
        key: "figures",
        tables: &[
            "figure_snapshots",
            "indicator_points",
            "measures",
            "milestones",
            "milestone_evidence",
            "integration_goals",
            "indicators",
            "indicator_values",
            "goal_templates",
            "goal_template_titles",
        ],
        retention: &[],
        special_category: false,
    },
    Activity {
        key: "push",
        tables: &["push_keys", "push_subscriptions", "push_outbox"],
        retention: &[],
        special_category: false,
    },
    Activity {
        key: "organisation",
        tables: &["counties", "municipalities", "providers", "teams", "outbox"],
        retention: &[RetentionKind::Outbox],
        special_category: false,
    },
];
