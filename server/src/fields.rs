//! Checking what people type, field by field: the domain's rules for a piece of text,
//! a date, a phone number or an address, used by forms and imports alike. A check never
//! translates: it returns a Fluent message id (and arguments), and the web layer says it
//! in the reader's language (`lotse_app::i18n::Tr::problem`).

use chrono::NaiveDate;

pub use lotse_app::forms::Problem;

/// Trimmed, required text of at most `max` characters.
pub fn required_text(input: &str, max: usize) -> Result<String, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::new("field-required"));
    }
    optional_text(v, max).map(|o| o.unwrap_or_default())
}

/// Trimmed text, None when empty.
pub fn optional_text(input: &str, max: usize) -> Result<Option<String>, Problem> {
    let v = input.trim();
    if v.chars().count() > max {
        return Err(Problem::with_max("field-too-long", max as i64));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Problem::new("error-bad-request"));
    }
    Ok((!v.is_empty()).then(|| v.to_string()))
}

/// A past (or today's) calendar date, typed as 2026-03-31 (what `<input type=date>`
/// sends) or 31.03.2026 (what German staff type where the picker is missing).
pub fn optional_past_date(input: &str, today: NaiveDate) -> Result<Option<String>, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(v, "%d.%m.%Y"))
        .map_err(|_| Problem::new("date-invalid"))?;
    if date > today {
        return Err(Problem::new("date-in-future"));
    }
    if date < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN) {
        return Err(Problem::new("date-invalid"));
    }
    Ok(Some(date.format("%Y-%m-%d").to_string()))
}

/// Any plausible calendar date (appointments, due dates, expiry dates), same input
/// forms as [`optional_past_date`].
pub fn optional_date(input: &str) -> Result<Option<String>, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(v, "%d.%m.%Y"))
        .map_err(|_| Problem::new("date-invalid"))?;
    let lo = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN);
    let hi = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(NaiveDate::MAX);
    if date < lo || date > hi {
        return Err(Problem::new("date-invalid"));
    }
    Ok(Some(date.format("%Y-%m-%d").to_string()))
}

pub fn required_date(input: &str) -> Result<String, Problem> {
    optional_date(input)?.ok_or(Problem::new("field-required"))
}

/// A time of day, "14:30" (what `<input type=time>` sends) or "14.30".
pub fn time_of_day(input: &str) -> Result<(u8, u8), Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::new("field-required"));
    }
    let (h, m) = v.split_once([':', '.']).ok_or(Problem::new("time-invalid"))?;
    match (h.parse::<u8>(), m.get(..2).unwrap_or(m).parse::<u8>()) {
        (Ok(h), Ok(m)) if h < 24 && m < 60 => Ok((h, m)),
        _ => Err(Problem::new("time-invalid")),
    }
}

/// One of the allowed values, or None when empty.
pub fn optional_choice(input: &str, allowed: &[&str]) -> Result<Option<String>, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if allowed.contains(&v) {
        Ok(Some(v.to_string()))
    } else {
        Err(Problem::new("choice-invalid"))
    }
}

pub fn required_choice(input: &str, allowed: &[&str]) -> Result<String, Problem> {
    optional_choice(input, allowed)?.ok_or(Problem::new("choice-required"))
}

/// One value of a state kept as text (`lotse_app::casework::GoalStatus` and its kin),
/// read with its `parse`: the same messages as [`required_choice`], but the caller gets
/// the enum, so nothing after the form compares strings.
pub fn required_parsed<T>(input: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::new("choice-required"));
    }
    parse(v).ok_or(Problem::new("choice-invalid"))
}

/// A whole number from 0 to `max`, or None when empty.
pub fn optional_number(input: &str, max: i64) -> Result<Option<i64>, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    match v.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(Some(n)),
        _ => Err(Problem::with_max("number-invalid", max)),
    }
}

/// A phone number: digits with spaces, +, -, / and brackets.
pub fn optional_phone(input: &str) -> Result<Option<String>, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let allowed = v.chars().all(|c| c.is_ascii_digit() || " +-/()".contains(c));
    if !allowed || !(5..=20).contains(&digits) || v.len() > 40 {
        return Err(Problem::new("phone-invalid"));
    }
    Ok(Some(v.to_string()))
}

/// An e-mail address: one @, something on both sides, a dot in the domain. The real
/// check is the sign-in; this only catches typing slips.
pub fn email(input: &str) -> Result<String, Problem> {
    let v = input.trim().to_lowercase();
    if v.is_empty() {
        return Err(Problem::new("field-required"));
    }
    let ok = v.len() <= 254
        && v.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !v.contains(char::is_whitespace)
        });
    if ok {
        Ok(v)
    } else {
        Err(Problem::new("email-invalid"))
    }
}

/// A local path to come back to after a form (never another site).
/// A fresh idempotency key for a form: a post sent twice (a retry after a dropped
/// connection, a queued post from a phone) is stored once.
pub fn idempotency_key() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// A redirect target taken from a form: a path on this site, or "/". Browsers drop tabs
/// and line breaks from a `Location` before reading it, so "/\t/evil.example" would be
/// "//evil.example" to them: control characters and anything but printable ASCII are
/// refused along with "//", "\\" and absolute addresses.
pub fn local_path(input: &str) -> String {
    let printable = input.bytes().all(|b| (0x21..0x7f).contains(&b));
    let rest = input.trim_start_matches('/');
    if input.starts_with('/')
        && printable
        && !input.contains('\\')
        && input.len() - rest.len() == 1
        && input.len() < 500
    {
        input.to_string()
    } else {
        "/".to_string()
    }
}

/// A required date and time of day in the municipality's zone, as a Unix time. A problem
/// goes to the field it belongs to; a time that does not exist on that day (the hour the
/// clocks skip in spring) to the time.
pub fn date_and_time<F: lotse_app::forms::FormField + Copy>(
    p: &mut lotse_app::forms::Problems<F>,
    (date_field, date): (F, &str),
    (time_field, time): (F, &str),
) -> Option<i64> {
    let date = p.check(date_field, required_date(date));
    let time = p.check(time_field, time_of_day(time));
    let (d, (h, m)) = (date?, time?);
    let at = crate::time::to_unix(&d, h, m);
    if at.is_none() {
        p.add(time_field, Problem::new("time-invalid"));
    }
    at
}

/// An item chosen by its id from `items`: None when nothing was chosen, a problem when the
/// id is not one of them (a stale or forged form).
pub fn optional_pick<'a, T>(
    input: &str,
    items: &'a [T],
    id: impl Fn(&T) -> i64,
) -> Result<Option<&'a T>, Problem> {
    match input.trim() {
        "" => Ok(None),
        raw => raw
            .parse::<i64>()
            .ok()
            .and_then(|want| items.iter().find(|i| id(i) == want))
            .map(Some)
            .ok_or(Problem::new("choice-invalid")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn text() {
        assert_eq!(required_text("  Amal ", 10), Ok("Amal".into()));
        assert_eq!(required_text("   ", 10), Err(Problem::new("field-required")));
        assert_eq!(
            required_text("abcdefghijk", 10).map_err(|p| p.id),
            Err("field-too-long")
        );
        assert_eq!(optional_text("", 10), Ok(None));
        assert!(optional_text("a\u{0}b", 10).is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(
            optional_past_date("2019-04-01", today()),
            Ok(Some("2019-04-01".into()))
        );
        assert_eq!(
            optional_past_date("01.04.2019", today()),
            Ok(Some("2019-04-01".into()))
        );
        assert_eq!(optional_past_date("", today()), Ok(None));
        assert_eq!(
            optional_past_date("2019-02-30", today()).map_err(|p| p.id),
            Err("date-invalid")
        );
        assert_eq!(
            optional_past_date("2030-01-01", today()).map_err(|p| p.id),
            Err("date-in-future")
        );
        assert_eq!(
            optional_past_date("yesterday", today()).map_err(|p| p.id),
            Err("date-invalid")
        );
    }

    #[test]
    fn times_choices_numbers() {
        assert_eq!(time_of_day("09:30"), Ok((9, 30)));
        assert_eq!(time_of_day("14.05"), Ok((14, 5)));
        assert_eq!(time_of_day("25:00").map_err(|p| p.id), Err("time-invalid"));
        assert_eq!(time_of_day("").map_err(|p| p.id), Err("field-required"));
        assert_eq!(optional_choice("b1", &["a1", "b1"]), Ok(Some("b1".into())));
        assert_eq!(
            optional_choice("x", &["a1"]).map_err(|p| p.id),
            Err("choice-invalid")
        );
        use lotse_app::casework::GoalStatus;
        assert_eq!(
            required_parsed(" achieved ", GoalStatus::parse),
            Ok(GoalStatus::Achieved)
        );
        assert_eq!(
            required_parsed("", GoalStatus::parse).map_err(|p| p.id),
            Err("choice-required")
        );
        assert_eq!(
            required_parsed("done", GoalStatus::parse).map_err(|p| p.id),
            Err("choice-invalid")
        );
        assert_eq!(optional_number("12", 40), Ok(Some(12)));
        assert!(optional_number("-1", 40).is_err());
        assert!(optional_number("zwölf", 40).is_err());
        assert_eq!(optional_date("2030-05-01"), Ok(Some("2030-05-01".into())));
        assert!(optional_date("2030-13-01").is_err());
    }

    #[test]
    fn phones_and_emails() {
        assert_eq!(
            optional_phone("+49 176 1234567"),
            Ok(Some("+49 176 1234567".into()))
        );
        assert!(optional_phone("call me").is_err());
        assert_eq!(email(" Guide@Example.org "), Ok("guide@example.org".into()));
        assert!(email("guide@").is_err());
        assert!(email("a b@example.org").is_err());
    }

    #[test]
    fn only_local_return_paths() {
        assert_eq!(local_path("/cases/3"), "/cases/3");
        assert_eq!(local_path("//evil.example"), "/");
        assert_eq!(local_path("https://evil.example"), "/");
        assert_eq!(local_path("/\t/evil.example"), "/");
        assert_eq!(local_path("/\r\n/evil.example"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path("/ä"), "/");
        assert_eq!(local_path("/directory?q=a%20b#x"), "/directory?q=a%20b#x");
    }
}
