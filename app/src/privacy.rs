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

/// A request is due this many calendar months after the day it arrived (art. 12(3)).
pub const DEADLINE_MONTHS: u32 = 1;
