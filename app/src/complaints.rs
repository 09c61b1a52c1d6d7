//! Complaints, suggestions and praise (Beschwerdemanagement, KISI seed 002): what a
//! sender may say and about whom, where a complaint stands, and how long the municipality
//! takes to acknowledge and to settle it. Shared by the server (rows, checks) and the
//! pages (forms, labels).

use crate::domain::text_enum;

text_enum! {
    /// What is sent; messages `feedback-kind-<value>`.
    pub enum FeedbackKind {
        Complaint = "complaint",
        Suggestion = "suggestion",
        Praise = "praise",
    }
}

text_enum! {
    /// Whom or what it is about; messages `feedback-about-<value>`. The municipality
    /// names a handler for each.
    pub enum FeedbackAbout {
        /// A service of the municipality or a provider (counselling, a course).
        Service = "service",
        /// An office or authority of the directory.
        Office = "office",
        /// A group offer.
        Group = "group",
        /// An integration guide (for a client: their own).
        Guide = "guide",
        /// Lotse itself, the app.
        Lotse = "lotse",
    }
}

text_enum! {
    /// Where it stands, as the sender sees it; messages `feedback-status-<value>`.
    pub enum FeedbackStatus {
        Received = "received",
        Acknowledged = "acknowledged",
        Answered = "answered",
        Closed = "closed",
    }
}

text_enum! {
    /// Who sent it; messages `feedback-sender-<value>`.
    pub enum Sender {
        Client = "client",
        Volunteer = "volunteer",
        /// Anyone, from the public page without signing in.
        Resident = "resident",
    }
}

/// A complaint is acknowledged within this many calendar days of its arrival.
pub const ACKNOWLEDGE_DAYS: i64 = 5;
/// And settled (answered or closed) within this many.
pub const SETTLE_DAYS: i64 = 30;

impl FeedbackStatus {
    /// The order a complaint moves in: a handler moves it on, never back.
    pub fn rank(self) -> u8 {
        match self {
            FeedbackStatus::Received => 0,
            FeedbackStatus::Acknowledged => 1,
            FeedbackStatus::Answered => 2,
            FeedbackStatus::Closed => 3,
        }
    }

    /// Answered or closed: the municipality has said its word.
    pub fn settled(self) -> bool {
        self.rank() >= FeedbackStatus::Answered.rank()
    }
}

/// Whether a complaint is late on `today` (ISO): not acknowledged by its day, or not
/// settled by its day.
pub fn overdue(status: FeedbackStatus, acknowledge_by: &str, settle_by: &str, today: &str) -> bool {
    (status == FeedbackStatus::Received && acknowledge_by < today) || (!status.settled() && settle_by < today)
}

/// The letters of a follow-up code: no 0/O, 1/I/L, so it can be read out and typed on
/// any keyboard.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A code as typed (any case, spaces, dashes) in the form it is stored under: upper
/// case, only the code's letters. Arabic-Indic and Persian digits count as digits.
pub fn normalise_code(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| {
            let c = match c {
                '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10)?,
                '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10)?,
                c => c.to_ascii_uppercase(),
            };
            CODE_ALPHABET
                .contains(&(c as u8))
                .then_some(c)
                .filter(char::is_ascii)
        })
        .collect()
}

/// A code as shown: two groups of four.
pub fn show_code(code: &str) -> String {
    if code.len() == 8 {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_back_however_typed() {
        assert_eq!(normalise_code(" abcd-ef23 "), "ABCDEF23");
        assert_eq!(normalise_code("ABCD EF٢٣"), "ABCDEF23");
        assert_eq!(normalise_code("ABCD-EF۲۳"), "ABCDEF23");
        // Letters that are not in the alphabet drop out (0, O, 1, I, L).
        assert_eq!(normalise_code("O0I1L"), "");
        assert_eq!(show_code("ABCDEF23"), "ABCD-EF23");
    }

    #[test]
    fn late_means_unacknowledged_or_unsettled_past_the_day() {
        use FeedbackStatus as S;
        assert!(!overdue(S::Received, "2026-03-05", "2026-03-30", "2026-03-05"));
        assert!(overdue(S::Received, "2026-03-05", "2026-03-30", "2026-03-06"));
        assert!(!overdue(
            S::Acknowledged,
            "2026-03-05",
            "2026-03-30",
            "2026-03-06"
        ));
        assert!(overdue(S::Acknowledged, "2026-03-05", "2026-03-30", "2026-03-31"));
        assert!(!overdue(S::Answered, "2026-03-05", "2026-03-30", "2026-04-30"));
    }
}
