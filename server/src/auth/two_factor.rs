//! Two-factor sign-in for staff who can read case data: time-based one-time codes
//! (RFC 6238, SHA-1, six digits, 30 seconds: what every authenticator app reads from the
//! QR code) and one-time recovery codes. BSI TR-03161 and the practice for social data
//! expect a second factor for access to case files.
//!
//! Administrators must use it; guides and coordinators when their municipality requires
//! it, and otherwise may. Volunteers and clients read no case files and are not asked.

use super::credentials;
use lotse_app::domain::Role;
use rand::Rng;
use totp_rs::{Algorithm, Secret, TOTP};

pub const ISSUER: &str = "Lotse";
/// One code is valid for this many seconds.
const STEP: u64 = 30;
/// How many recovery codes a person gets at a time.
pub const RECOVERY_CODES: usize = 10;
/// How long a half-finished sign-in (password accepted, code not yet) lasts.
pub const PENDING_SECS: i64 = 10 * 60;

/// May this role use a second factor at all?
pub fn offered(role: Role) -> bool {
    role.is_staff()
}

/// Must this person use one? `municipality_requires` is their municipality's setting.
pub fn required(role: Role, municipality_requires: bool) -> bool {
    match role {
        Role::Admin => true,
        Role::Guide
        | Role::Coordinator
        | Role::VolunteerCoordinator
        | Role::CountyCoordinator
        | Role::DataProtection => municipality_requires,
        Role::Client | Role::Volunteer | Role::Partner => false,
    }
}

/// A new secret, base32 as authenticator apps take it (160 bits, RFC 4226's advice).
pub fn new_secret() -> String {
    let bytes: [u8; 20] = rand::thread_rng().gen();
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(s) => s,
        Secret::Raw(_) => String::new(),
    }
}

fn totp(secret: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_string()).to_bytes().ok()?;
    // The account name may not contain ':' in an otpauth link.
    let account = account.replace(':', " ");
    TOTP::new(Algorithm::SHA1, 6, 0, STEP, bytes, Some(ISSUER.into()), account).ok()
}

/// The otpauth:// link the QR code carries.
pub fn otpauth_url(secret: &str, account: &str) -> Option<String> {
    totp(secret, account).map(|t| t.get_url())
}

/// The code for the time step containing `now` (tests and the demo).
pub fn code_at(secret: &str, now: i64) -> Option<String> {
    totp(secret, "").map(|t| t.generate(u64::try_from(now).unwrap_or(0)))
}

/// Checks a code against the step containing `now` and its neighbours (a phone's clock
/// may be half a minute off). Returns the step it matched, which must be later than the
/// last one used (the caller records it, refusing a replay).
pub fn verify(secret: &str, code: &str, now: i64, last_step: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "")?;
    let now = u64::try_from(now).ok()?;
    let here = now / STEP;
    [here.saturating_sub(1), here, here + 1]
        .into_iter()
        .filter(|step| i64::try_from(*step).is_ok_and(|s| s > last_step))
        .find(|step| t.check(&code, step * STEP))
        .and_then(|step| i64::try_from(step).ok())
}

/// Fresh recovery codes, as the person writes them down: "ACDEF-GHJKM".
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let raw = credentials::new_activation_code();
            let raw: String = raw
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .take(10)
                .collect();
            format!("{}-{}", &raw[..5.min(raw.len())], &raw[5.min(raw.len())..])
        })
        .collect()
}

/// What is stored for a recovery code: the hash of its letters, however it was typed.
pub fn recovery_hash(code: &str) -> String {
    let key: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    credentials::token_hash(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_vector_and_replay() {
        // RFC 6238 appendix B: the SHA-1 key "12345678901234567890" at 59 s is 94287082
        // (eight digits); its last six are the six-digit code.
        let secret = match Secret::Raw(b"12345678901234567890".to_vec()).to_encoded() {
            Secret::Encoded(s) => s,
            Secret::Raw(_) => unreachable!(),
        };
        assert_eq!(code_at(&secret, 59).as_deref(), Some("287082"));
        assert_eq!(verify(&secret, "287 082", 59, 0), Some(1));
        assert_eq!(verify(&secret, "287082", 59, 1), None, "a used step is refused");
        assert_eq!(verify(&secret, "287082", 59 + 30, 0), Some(1), "the step before");
        assert_eq!(verify(&secret, "287082", 59 + 90, 0), None, "too old");
        assert_eq!(verify(&secret, "abcdef", 59, 0), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_forgiving() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
        let c = &codes[0];
        assert_eq!(
            recovery_hash(c),
            recovery_hash(&c.to_lowercase().replace('-', " "))
        );
        assert!(new_secret().len() >= 32);
    }
}
