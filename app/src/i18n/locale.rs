//! Dates, times and numbers in the reader's conventions (ICU4X): on pages through
//! [`Tr`], and inside Fluent messages through the number formatter hook.

use super::{FluentValue, Tr};
use icu::calendar::Date;
use icu::datetime::input::Time;
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::locale::Locale;

/// Numbers inside messages ("{ $count } offices found") in the reader's digits and
/// grouping, as `Tr::number` writes them: on its own Fluent prints ASCII digits, which
/// put "2" beside "۷:۳۰" on a Persian page. Built once per language by Fluent's memoizer.
struct LocalDigits(DecimalFormatter);

impl intl_memoizer::Memoizable for LocalDigits {
    type Args = ();
    type Error = String;

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, String> {
        let locale: Locale = lang.to_string().parse().map_err(|e| format!("{e:?}"))?;
        DecimalFormatter::try_new(locale.into(), Default::default())
            .map(LocalDigits)
            .map_err(|e| format!("{e:?}"))
    }
}

/// Fluent's formatter hook: whole numbers through ICU4X; anything else as Fluent does.
pub(super) fn format_number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_bundle::memoizer::MemoizerKind;
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => intls
            .with_try_get_threadsafe::<LocalDigits, _, _>((), |f| {
                f.0.format(&Decimal::from(n.value as i64)).to_string()
            })
            .ok(),
        _ => None,
    }
}

impl Tr {
    /// A calendar date ("2026-11-22") in the reader's conventions, compact (for lists);
    /// unparsable input is shown as stored rather than hidden.
    pub fn date(&self, iso: &str) -> String {
        self.format_date(iso, false)
    }

    /// A calendar date with the month's name: easier to read for clients.
    pub fn date_long(&self, iso: &str) -> String {
        self.format_date(iso, true)
    }

    fn format_date(&self, iso: &str, long: bool) -> String {
        let mut parts = iso.splitn(3, '-').map(|p| p.parse::<i32>());
        let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_string();
        };
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
            return iso.to_string();
        };
        match (
            Date::try_new_gregorian(y, m, d),
            self.i18n.locales.get(&self.lang),
        ) {
            (Ok(date), Some(data)) if long => data.date_long.format(&date).to_string(),
            (Ok(date), Some(data)) => data.date.format(&date).to_string(),
            _ => iso.to_string(),
        }
    }

    /// A time of day ("14:30") in the reader's conventions.
    pub fn time(&self, hour: u8, minute: u8) -> String {
        match (
            Time::try_new(hour, minute, 0, 0),
            self.i18n.locales.get(&self.lang),
        ) {
            (Ok(t), Some(data)) => data.time.format(&t).to_string(),
            _ => format!("{hour:02}:{minute:02}"),
        }
    }

    /// A number given in tenths ("25" is 2.5), with one decimal unless it is whole.
    pub fn tenths(&self, tenths: i64) -> String {
        match self.i18n.locales.get(&self.lang) {
            Some(data) => {
                let mut d = Decimal::from(tenths);
                d.multiply_pow10(-1);
                d.trim_end();
                data.number.format(&d).to_string()
            }
            None if tenths % 10 == 0 => (tenths / 10).to_string(),
            None => format!("{}.{}", tenths / 10, (tenths % 10).abs()),
        }
    }

    /// An integer with the reader's digits and grouping.
    pub fn number(&self, n: i64) -> String {
        match self.i18n.locales.get(&self.lang) {
            Some(data) => data.number.format(&Decimal::from(n)).to_string(),
            None => n.to_string(),
        }
    }
}

/// A local date and time, already in the municipality's time zone; shown the reader's
/// way. Shared by every page that shows a moment, and by mail and notice texts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct When {
    /// ISO date.
    pub date: String,
    pub hour: u8,
    pub minute: u8,
}

impl When {
    pub fn show(&self, tr: &Tr) -> String {
        format!("{} {}", tr.date(&self.date), tr.time(self.hour, self.minute))
    }
}

#[cfg(test)]
mod tests {
    use super::super::I18n;
    use crate::domain::Lang;

    #[test]
    fn formats_dates_and_numbers_per_locale() {
        let i18n = I18n::load().unwrap_or_else(|e| panic!("{e}"));
        let de = i18n.translator(Lang::DE);
        assert_eq!(de.date("2026-03-05"), "05.03.2026");
        assert_eq!(de.number(1234), "1.234");
        assert_eq!(de.time(14, 5), "14:05");
        // CLDR's default for "ar" is Western digits (as on German letters); month names
        // are Arabic.
        let ar = i18n.translator(Lang::parse("ar").unwrap_or(Lang::EN));
        assert!(
            ar.date_long("2026-03-05")
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{}",
            ar.date_long("2026-03-05")
        );
        assert!(
            de.date_long("2026-03-05").contains("März"),
            "{}",
            de.date_long("2026-03-05")
        );
        let fa = i18n.translator(Lang::parse("fa").unwrap_or(Lang::EN));
        assert!(
            fa.number(12).contains('۱'),
            "Persian digits expected: {}",
            fa.number(12)
        );
        // Numbers inside messages too, with the plural still chosen by the number.
        let found = fa.ta("directory-results", &[("count", 12.into())]);
        assert!(found.contains("۱۲") && !found.contains("12"), "{found}");
        let found = de.ta("directory-results", &[("count", 1234.into())]);
        assert!(found.contains("1.234"), "{found}");
        assert!(de.ta("directory-results", &[("count", 1.into())]).contains("1"));
        // Unparsable dates are shown as stored, never dropped.
        assert_eq!(de.date("not a date"), "not a date");
        assert_eq!(de.date("2026-02-31"), "2026-02-31");
    }

    /// Dari is its own language, not Farsi with another name: Afghan words, the Afghan
    /// (Gregorian) month names and Persian digits. Ukrainian is in Cyrillic with its four
    /// plural forms.
    #[test]
    fn dari_and_ukrainian_speak_their_own_words() {
        let i18n = I18n::load().unwrap_or_else(|e| panic!("{e}"));
        let (Some(prs), Some(fa), Some(uk)) = (Lang::parse("prs"), Lang::parse("fa"), Lang::parse("uk"))
        else {
            panic!("locales/prs, locales/fa and locales/uk are languages");
        };
        assert_eq!(Lang::parse("fa-AF"), Some(prs), "fa-AF is Dari");
        assert_eq!(Lang::parse("fa-IR"), Some(fa));
        let (prs, fa, uk) = (i18n.translator(prs), i18n.translator(fa), i18n.translator(uk));
        for (id, dari, iranian) in [
            ("category-school", "مکتب", "مدرسه"),
            ("category-hospital", "شفاخانه", "بیمارستان"),
            ("category-doctor", "داکتر", "پزشک"),
            ("category-kita", "کودکستان", "مهدکودک"),
        ] {
            assert!(prs.t(id).contains(dari), "{id}: {}", prs.t(id));
            assert!(!prs.t(id).contains(iranian), "{id}: {}", prs.t(id));
        }
        // January: جنوری in Afghanistan, ژانویه in Iran; digits ۰–۹ in both.
        let jan = prs.date_long("2026-01-15");
        assert!(jan.contains("جنوری") && jan.contains('۲'), "{jan}");
        assert!(fa.date_long("2026-01-15").contains("ژانویه"));
        assert_eq!(prs.number(12), "۱۲");
        // Ukrainian: 1 місце, 3 місця, 5 місць, 21 місце (CLDR one/few/many).
        let n = |count: i64| uk.ta("directory-results", &[("count", count.into())]);
        assert!(
            n(1) != n(3) && n(3) != n(5) && n(5) != n(1),
            "{} / {} / {}",
            n(1),
            n(3),
            n(5)
        );
        assert!(n(21).contains("21"), "{}", n(21));
        assert!(uk
            .t("nav-home")
            .chars()
            .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
        assert!(
            uk.date_long("2026-01-15").contains("січ"),
            "{}",
            uk.date_long("2026-01-15")
        );
    }
}
