//! The directory of offices and services: categories and the safe rich-text subset
//! shared by the server (which parses editors' text) and the pages (which render it).

use serde::{Deserialize, Serialize};

/// Kinds of offices and services; each has a `category-<id>` Fluent message.
pub const CATEGORIES: [&str; 18] = [
    "immigration_office",
    "citizens_office",
    "jobcenter",
    "social_welfare",
    "migration_advice",
    "welcome_centre",
    "kita",
    "school",
    "doctor",
    "hospital",
    "trauma_care",
    "counselling",
    "womens_helpline",
    "language_course",
    "library",
    "sports_club",
    "youth_welfare",
    "other",
];

pub fn is_category(id: &str) -> bool {
    CATEGORIES.contains(&id)
}

/// A run of text, bold or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bold: bool,
}

/// What editors may write: paragraphs and bullet lists of (possibly bold) text. Nothing
/// else reaches a page, so nothing an editor types can become markup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph(Vec<Span>),
    List(Vec<Vec<Span>>),
}

/// Translation state of one text in one language, as the dashboard shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextState {
    Missing,
    Draft,
    Published,
    /// Published or draft, but made from an older German text.
    Outdated,
}

impl TextState {
    pub fn of(status: Option<&str>, rev: i64, source_rev: i64) -> TextState {
        match status {
            None => TextState::Missing,
            Some(_) if rev < source_rev => TextState::Outdated,
            Some("published") => TextState::Published,
            Some(_) => TextState::Draft,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TextState::Missing => "missing",
            TextState::Draft => "draft",
            TextState::Published => "published",
            TextState::Outdated => "outdated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outdated_wins_over_status() {
        assert_eq!(TextState::of(None, 0, 3), TextState::Missing);
        assert_eq!(TextState::of(Some("published"), 2, 3), TextState::Outdated);
        assert_eq!(TextState::of(Some("draft"), 3, 3), TextState::Draft);
        assert_eq!(TextState::of(Some("published"), 3, 3), TextState::Published);
    }
}
