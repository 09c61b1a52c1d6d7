//! Passwords, PINs, tokens and codes: parsing, hashing and generation.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use rand::Rng;
use sha2::{Digest, Sha256};

/// Argon2id with the OWASP minimum: 19 MiB memory, 2 iterations, 1 lane.
fn argon2() -> Argon2<'static> {
    // The constants are valid; Params::new only fails on out-of-range values.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_secret(secret: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2().hash_password(secret.as_bytes(), &salt)?.to_string())
}

pub fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| argon2().verify_password(secret.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that a wrong e-mail
/// takes as long as a wrong password (no account probing by timing).
pub fn dummy_verify(secret: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash = DUMMY.get_or_init(|| hash_secret("lotse-timing-equaliser").unwrap_or_default());
    let _ = verify_secret(secret, hash);
}

/// SHA-256 hex of a high-entropy token (session, activation code, set-up link): these
/// are random, so a fast hash is enough and lets us look them up by hash.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// 256 random bits, URL-safe.
pub fn new_session_token() -> String {
    let bytes: [u8; 32] = rand::thread_rng().gen();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Could this be a token we made ([`new_session_token`])? A cookie is input: anything
/// else is replaced rather than stored.
pub fn looks_like_token(t: &str) -> bool {
    t.len() == 43
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Letters and digits that cannot be mixed up when read aloud or typed from paper
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

/// A 10-character activation code, shown as ABCD-EFGH-JK (~46 bits; one-time, expires,
/// and sign-in attempts are rate-limited).
pub fn new_activation_code() -> String {
    let mut rng = rand::thread_rng();
    let raw: String = (0..10)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}-{}", &raw[0..4], &raw[4..8], &raw[8..10])
}

/// Normalises what a person typed: upper case, spaces and dashes dropped.
pub fn normalise_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Canonical form of a code for hashing: the 10 characters without dashes.
pub fn code_key(code: &str) -> String {
    normalise_code(code)
}

/// An 8-digit sign-in number for a client, shown as "1234 5678".
pub fn new_login_number() -> String {
    let n: u32 = rand::thread_rng().gen_range(10_000_000..100_000_000);
    n.to_string()
}

pub fn format_login_number(n: &str) -> String {
    if n.len() == 8 {
        format!("{} {}", &n[..4], &n[4..])
    } else {
        n.to_string()
    }
}

/// Digits only, as typed with or without spaces (Arabic-Indic and Persian digits too,
/// since phones in those locales type them).
pub fn normalise_number(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect()
}

/// Why a new PIN or passphrase is refused; each is a Fluent message id.
#[derive(Debug, PartialEq, Eq)]
pub enum PinProblem {
    TooShort,
    TooSimple,
    TooLong,
}

impl PinProblem {
    pub fn message_id(&self) -> &'static str {
        match self {
            PinProblem::TooShort => "pin-too-short",
            PinProblem::TooSimple => "pin-too-simple",
            PinProblem::TooLong => "pin-too-long",
        }
    }
}

/// A PIN of at least 6 digits (not all the same, not a straight run) or a passphrase of
/// at least 12 characters. Native digits count as digits.
pub fn check_new_pin(input: &str) -> Result<String, PinProblem> {
    let digits = normalise_number(input);
    let all_digits = !input.is_empty() && input.chars().all(|c| c.is_numeric() || c == ' ');
    if input.chars().count() > 128 {
        return Err(PinProblem::TooLong);
    }
    if all_digits {
        if digits.len() < 6 {
            return Err(PinProblem::TooShort);
        }
        let bytes = digits.as_bytes();
        let same = bytes.iter().all(|b| *b == bytes[0]);
        let up = bytes.windows(2).all(|w| w[1] == w[0] + 1);
        let down = bytes.windows(2).all(|w| w[0] == w[1] + 1);
        if same || up || down {
            return Err(PinProblem::TooSimple);
        }
        return Ok(digits);
    }
    if input.chars().count() < 12 {
        return Err(PinProblem::TooShort);
    }
    Ok(input.to_string())
}

/// The form in which a PIN is hashed and compared: digits in ASCII, passphrases as typed.
pub fn pin_key(input: &str) -> String {
    if !input.is_empty() && input.chars().all(|c| c.is_numeric() || c == ' ') {
        normalise_number(input)
    } else {
        input.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_differ() {
        let h = hash_secret("482915").unwrap_or_default();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_secret("482915", &h));
        assert!(!verify_secret("482916", &h));
        assert!(!verify_secret("482915", "not a hash"));
    }

    #[test]
    fn activation_codes_are_readable_and_normalised() {
        let code = new_activation_code();
        assert_eq!(code.len(), 12);
        assert!(code
            .chars()
            .all(|c| c == '-' || CODE_ALPHABET.contains(&(c as u8))));
        assert_eq!(code_key(&code.to_lowercase().replace('-', " ")), code_key(&code));
    }

    #[test]
    fn pins_need_six_digits_and_are_not_trivial() {
        assert_eq!(check_new_pin("12345"), Err(PinProblem::TooShort));
        assert_eq!(check_new_pin("123456"), Err(PinProblem::TooSimple));
        assert_eq!(check_new_pin("111111"), Err(PinProblem::TooSimple));
        assert_eq!(check_new_pin("654321"), Err(PinProblem::TooSimple));
        assert_eq!(check_new_pin("482915"), Ok("482915".into()));
        // Arabic-Indic and Persian digits are the same PIN as ASCII digits.
        assert_eq!(check_new_pin("٤٨٢٩١٥"), Ok("482915".into()));
        assert_eq!(pin_key("۴۸۲۹۱۵"), "482915");
        assert_eq!(check_new_pin("short pass"), Err(PinProblem::TooShort));
        assert!(check_new_pin("a long passphrase").is_ok());
        assert_eq!(check_new_pin(&"9".repeat(200)), Err(PinProblem::TooLong));
    }

    #[test]
    fn login_numbers() {
        let n = new_login_number();
        assert_eq!(n.len(), 8);
        assert_eq!(normalise_number(&format_login_number(&n)), n);
        assert_eq!(normalise_number("١٢٣٤ ٥٦٧٨"), "12345678");
    }
}
