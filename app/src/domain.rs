//! Domain types shared by the server and the browser: languages, roles and typed ids.
//! Values that come from a request are parsed into these types once, at the edge.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The languages Lotse is written in: one folder each under `locales/` (server side).
#[cfg(feature = "ssr")]
pub use crate::languages::Lang;

/// What a signed-in person is. Scope (own record, team, municipality) comes with the role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Client,
    Volunteer,
    Guide,
    Coordinator,
    Admin,
    /// Group offers and volunteers of one municipality; never case files.
    VolunteerCoordinator,
    /// Figures across the county's municipalities and the directory; never case content.
    CountyCoordinator,
    /// The municipality's data-protection officer: requests under data-protection law,
    /// the access log, restricted records; case content only where a request needs it.
    DataProtection,
    /// The contact person of an actor of the local network: keeps the actor's own entry
    /// and posts in the exchange; sees nothing else.
    Partner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Client => "client",
            Role::Volunteer => "volunteer",
            Role::Guide => "guide",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
            Role::VolunteerCoordinator => "volunteer_coordinator",
            Role::CountyCoordinator => "county_coordinator",
            Role::DataProtection => "data_protection",
            Role::Partner => "partner",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "client" => Some(Role::Client),
            "volunteer" => Some(Role::Volunteer),
            "guide" => Some(Role::Guide),
            "coordinator" => Some(Role::Coordinator),
            "admin" => Some(Role::Admin),
            "volunteer_coordinator" => Some(Role::VolunteerCoordinator),
            "county_coordinator" => Some(Role::CountyCoordinator),
            "data_protection" => Some(Role::DataProtection),
            "partner" => Some(Role::Partner),
            _ => None,
        }
    }

    /// Staff work in the manager view, in German by default.
    pub fn is_staff(self) -> bool {
        matches!(
            self,
            Role::Guide
                | Role::Coordinator
                | Role::Admin
                | Role::VolunteerCoordinator
                | Role::CountyCoordinator
                | Role::DataProtection
                | Role::Partner
        )
    }

    /// Reads case files (within the gate's rules): the caseload is their start.
    pub fn works_cases(self) -> bool {
        matches!(self, Role::Guide | Role::Coordinator)
    }
}

/// Declares a state kept in a text column: the enum, every value in the order the forms
/// offer them, and the conversions between the two. The text is what the rows hold and
/// the tail of the value's Fluent message id, so it is written once, next to its variant,
/// and a renamed variant never changes stored data.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the order the forms offer them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            /// The stored texts in the order of [`Self::ALL`], for helpers that take plain
            /// strings (select options, the translation test).
            pub const TEXTS: &'static [&'static str] = &[$($text),+];

            /// The text stored in the database, posted by forms and named in message ids.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text),+
                }
            }

            /// The value stored or posted as `text`, None for any other text.
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }

        /// For `#[sqlx(try_from = "String")]`: a row with an unknown state is an error,
        /// not a silently wrong value.
        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(text: String) -> Result<Self, String> {
                Self::parse(&text).ok_or_else(|| format!("not a {}: {:?}", stringify!($name), text))
            }
        }

        /// The stored text, so message ids like `format!("goal-status-{status}")` stay as
        /// they were.
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;

text_enum! {
    /// What a volunteer does in a group session. The text is what the database stores
    /// (shift needs, sign-ups) and the tail of its `shift-role-…` message, so the roles
    /// are listed here once for the offer form, the plan and the checks.
    pub enum ShiftRole {
        Lead = "lead",
        Helper = "helper",
        Childcare = "childcare",
        Interpreter = "interpreter",
    }
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

typed_id!(/// A row in `users`: anyone who can sign in.
    UserId);
typed_id!(/// A row in `clients`: a person in case management.
    ClientId);
typed_id!(/// A team of guides at one provider in one municipality.
    TeamId);
typed_id!(/// A municipality (Kommune).
    MunicipalityId);
typed_id!(/// An actor of the local network (a club, a provider, an employer, …).
    ActorId);

/// Languages clients commonly speak, offered as checkboxes when a client is created.
/// ISO 639 codes; each has a `language-<code>` Fluent message.
pub const SPOKEN_LANGUAGES: [&str; 14] = [
    "ar", "fa", "prs", "ps", "ti", "ku", "so", "tr", "ru", "uk", "en", "fr", "de", "am",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for r in [
            Role::Client,
            Role::Volunteer,
            Role::Guide,
            Role::Coordinator,
            Role::Admin,
            Role::VolunteerCoordinator,
            Role::CountyCoordinator,
            Role::DataProtection,
            Role::Partner,
        ] {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn shift_roles_round_trip() {
        for r in ShiftRole::ALL {
            assert_eq!(ShiftRole::parse(r.as_str()), Some(*r));
        }
        assert_eq!(ShiftRole::parse("boss"), None);
    }
}
