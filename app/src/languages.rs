//! The languages Lotse speaks. A language is a folder under `locales/`: its `.ftl` files
//! are its messages, its `language.ftl` holds its own name, and its `language.conf` says
//! what the code needs to know about it (direction, the tag for `lang` attributes and
//! formatting, the languages that stand in for a missing message, its script and its
//! font: settings, not messages, so they stay out of Fluent and out of translation). The language list, the
//! switcher, the fallback chain, the fonts' CSS and the translation tests all derive from
//! what is there: adding a language is adding a folder, with no code change.
//!
//! The folders are embedded at build time (`app/build.rs`); a server started with
//! `LOTSE_LOCALES_DIR` reads them from that directory instead (translators trying a new
//! language, and the test that adds and removes one).

use fluent_bundle::{FluentBundle, FluentResource};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The file of a folder that holds the language's own name (`language-name`); a folder
/// with one is a language.
pub const FACTS_FILE: &str = "language.ftl";
/// The file of a folder with the language's settings (`key = value` lines, `#` comments).
pub const SETTINGS_FILE: &str = "language.conf";

/// One of the languages under `locales/`, by its place in [`Lang::all`]. German is always
/// the first (the source of every text and the staff's language), English the second
/// (the last fallback for clients); the others follow by code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

/// A web font for a script phones may lack, from `public/fonts/`.
#[derive(Clone, Debug)]
pub struct Font {
    pub file: String,
    /// Installed fonts to prefer (`local()`), so phones that have one download nothing.
    pub local: Vec<String>,
    /// The code points it covers: pages without them download nothing.
    pub range: String,
    pub line_height: Option<String>,
}

/// What a language folder says about its language.
#[derive(Clone, Debug)]
pub struct Language {
    /// The folder's name: in URLs, settings and stored rows.
    pub code: &'static str,
    /// BCP 47 tag for `lang` attributes, plural rules, dates and numbers ("fa-AF" for Dari).
    pub tag: &'static str,
    /// The language named in itself, as the language switcher shows it.
    pub name: &'static str,
    pub rtl: bool,
    /// ISO 15924 code of its script ("Arab", "Ethi", "Cyrl", "Latn").
    pub script: &'static str,
    /// Other tags and codes that mean this language ("fas", "tir").
    pub aliases: Vec<&'static str>,
    /// Languages whose messages stand in for a missing one, before English and German.
    pub fallback: Vec<Lang>,
    /// Where a message is looked for: itself, `fallback`, English, German (worked out
    /// once here: every message of every page walks it).
    pub chain: Vec<Lang>,
    pub font: Option<Font>,
    /// The message files (name, Fluent source), `language.ftl` and `language.conf` left out.
    pub files: Vec<(&'static str, &'static str)>,
}

/// A language folder that cannot be used: a start-up error naming the file.
#[derive(Debug)]
pub struct LanguageError(pub String);

impl fmt::Display for LanguageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LanguageError {}

struct Registry {
    languages: Vec<Language>,
    all: Vec<Lang>,
}

static REGISTRY: OnceLock<Registry> = OnceLock::new();

fn registry() -> &'static Registry {
    REGISTRY.get_or_init(|| match embedded() {
        Ok(r) => r,
        // The embedded folders are checked by the tests (a build that broke them does
        // not pass); should one still slip through, German and English without
        // messages keep the server up, and every page shows message ids, loudly.
        Err(e) => {
            leptos::logging::error!("locales: {e}");
            let bare = |code: &'static str, name: &'static str| Language {
                code,
                tag: code,
                name,
                rtl: false,
                script: "Latn",
                aliases: vec![],
                fallback: vec![],
                chain: vec![],
                font: None,
                files: vec![],
            };
            let mut languages = vec![bare("de", "Deutsch"), bare("en", "English")];
            languages[0].chain = vec![Lang::DE];
            languages[1].chain = vec![Lang::EN, Lang::DE];
            Registry {
                languages,
                all: vec![Lang::DE, Lang::EN],
            }
        }
    })
}

fn embedded() -> Result<Registry, LanguageError> {
    build(
        EMBEDDED
            .iter()
            .map(|(c, f)| {
                (
                    c.to_string(),
                    f.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect(),
                )
            })
            .collect(),
    )
}

/// Reads the languages from `dir` (one folder each, as under `locales/`) instead of the
/// embedded ones. Called once at start-up, before any page; false when they were already
/// in use.
pub fn use_dir(dir: &Path) -> Result<bool, LanguageError> {
    let read_err = |p: &Path, e: std::io::Error| LanguageError(format!("{}: {e}", p.display()));
    let mut folders = vec![];
    for entry in std::fs::read_dir(dir).map_err(|e| read_err(dir, e))? {
        let path = entry.map_err(|e| read_err(dir, e))?.path();
        if !path.join(FACTS_FILE).is_file() {
            continue;
        }
        let code = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let mut files = vec![];
        for f in std::fs::read_dir(&path).map_err(|e| read_err(&path, e))? {
            let file = f.map_err(|e| read_err(&path, e))?.path();
            if file.extension().is_some_and(|e| e == "ftl" || e == "conf") {
                let name = file
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                let text = std::fs::read_to_string(&file).map_err(|e| read_err(&file, e))?;
                files.push((name, text));
            }
        }
        files.sort();
        folders.push((code, files));
    }
    let registry = build(folders)?;
    Ok(REGISTRY.set(registry).is_ok())
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The registry from (code, [(file, source)]) folders: German first, English second, the
/// rest by code; every fallback a language that is there.
fn build(mut folders: Vec<(String, Vec<(String, String)>)>) -> Result<Registry, LanguageError> {
    folders.sort_by_key(|(code, _)| (code != "de", code != "en", code.clone()));
    if folders.first().map(|f| f.0.as_str()) != Some("de")
        || folders.get(1).map(|f| f.0.as_str()) != Some("en")
    {
        return Err(LanguageError(
            "locales/de and locales/en are required (the source and the last fallback)".into(),
        ));
    }
    if folders.len() > usize::from(u8::MAX) {
        return Err(LanguageError("too many languages".into()));
    }
    let codes: Vec<String> = folders.iter().map(|(c, _)| c.clone()).collect();
    let mut languages = vec![];
    for (code, files) in folders {
        let file = |name: &str| {
            files
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, s)| s.clone())
                .ok_or_else(|| LanguageError(format!("locales/{code}/{name} is missing")))
        };
        let name = Facts::parse(&code, file(FACTS_FILE)?)?
            .get("language-name")
            .ok_or_else(|| LanguageError(format!("locales/{code}/{FACTS_FILE}: language-name is missing")))?;
        let facts = Settings::parse(&code, &file(SETTINGS_FILE)?)?;
        let required = |key: &str| {
            facts
                .get(key)
                .ok_or_else(|| LanguageError(format!("locales/{code}/{SETTINGS_FILE}: {key} is missing")))
        };
        let rtl = match required("direction")?.as_str() {
            "rtl" => true,
            "ltr" => false,
            other => {
                return Err(LanguageError(format!(
                    "locales/{code}/{SETTINGS_FILE}: direction is ltr or rtl, not {other:?}"
                )))
            }
        };
        let script = required("script")?;
        let list = |key: &str| -> Vec<String> {
            facts
                .get(key)
                .map(|v| {
                    v.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut fallback = vec![];
        for f in list("fallback") {
            let i = codes.iter().position(|c| *c == f).ok_or_else(|| {
                LanguageError(format!(
                    "locales/{code}/{SETTINGS_FILE}: no language {f:?} to fall back to"
                ))
            })?;
            #[allow(clippy::cast_possible_truncation)]
            fallback.push(Lang(i as u8));
        }
        let font = facts.get("font").map(|file| Font {
            file,
            local: list("font-local"),
            range: facts.get("font-range").unwrap_or_default(),
            line_height: facts.get("line-height"),
        });
        languages.push(Language {
            code: leak(code.clone()),
            tag: leak(facts.get("tag").unwrap_or_else(|| code.clone())),
            name: leak(name),
            rtl,
            script: leak(script),
            aliases: list("aliases").into_iter().map(leak).collect(),
            fallback,
            chain: vec![],
            font,
            files: files
                .into_iter()
                .filter(|(n, _)| n != FACTS_FILE && n != SETTINGS_FILE)
                .map(|(n, s)| (leak(n), leak(s)))
                .collect(),
        });
    }
    #[allow(clippy::cast_possible_truncation)]
    let all: Vec<Lang> = (0..languages.len()).map(|i| Lang(i as u8)).collect();
    for (&lang, language) in all.iter().zip(languages.iter_mut()) {
        let mut chain = vec![lang];
        for l in language.fallback.iter().copied().chain([Lang::EN, Lang::DE]) {
            if !chain.contains(&l) {
                chain.push(l);
            }
        }
        language.chain = chain;
    }
    Ok(Registry { languages, all })
}

/// A `language.conf`: `key = value` lines; `#` starts a comment line.
struct Settings(std::collections::HashMap<String, String>);

impl Settings {
    fn parse(code: &str, src: &str) -> Result<Settings, LanguageError> {
        let mut map = std::collections::HashMap::new();
        for (i, line) in src.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line.split_once('=').ok_or_else(|| {
                LanguageError(format!(
                    "locales/{code}/{SETTINGS_FILE}, line {}: not `key = value`",
                    i + 1
                ))
            })?;
            map.insert(key.trim().to_string(), value.trim().to_string());
        }
        Ok(Settings(map))
    }

    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key).filter(|v| !v.is_empty()).cloned()
    }
}

/// The messages of a `language.ftl`, read through Fluent itself (plain text values).
struct Facts(FluentBundle<FluentResource>);

impl Facts {
    fn parse(code: &str, src: String) -> Result<Facts, LanguageError> {
        let res = FluentResource::try_new(src)
            .map_err(|(_, e)| LanguageError(format!("locales/{code}/{FACTS_FILE}: {e:?}")))?;
        let mut bundle = FluentBundle::new(vec![]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(res)
            .map_err(|e| LanguageError(format!("locales/{code}/{FACTS_FILE}: {e:?}")))?;
        Ok(Facts(bundle))
    }

    fn get(&self, key: &str) -> Option<String> {
        let pattern = self.0.get_message(key)?.value()?;
        let mut errors = vec![];
        let text = self
            .0
            .format_pattern(pattern, None, &mut errors)
            .trim()
            .to_string();
        (!text.is_empty()).then_some(text)
    }
}

impl Lang {
    /// German: the source of every text and the staff's language.
    pub const DE: Lang = Lang(0);
    /// English: the last fallback for clients.
    pub const EN: Lang = Lang(1);

    /// Every language, German and English first.
    pub fn all() -> &'static [Lang] {
        &registry().all
    }

    /// What the language's folder says about it.
    pub fn info(self) -> &'static Language {
        let r = registry();
        // Every Lang comes from this registry (the index is private), so it is there.
        &r.languages[usize::from(self.0).min(r.languages.len() - 1)]
    }

    /// The language of a code, e.g. a cookie or a stored row ("ar").
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::all().iter().copied().find(|l| l.code() == code)
    }

    /// The languages named in a comma-separated list of codes (as a municipality's
    /// setting keeps them), in [`Lang::all`] order, unknown codes left out.
    pub fn list(codes: &str) -> Vec<Lang> {
        let named: Vec<Lang> = codes.split(',').filter_map(|c| Lang::parse(c.trim())).collect();
        Lang::all()
            .iter()
            .copied()
            .filter(|l| named.contains(l))
            .collect()
    }

    /// The codes of `langs`, comma-separated, for [`Lang::list`].
    pub fn join(langs: &[Lang]) -> String {
        langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The BCP 47 tag for `lang` attributes and formatting.
    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// Accepts a code, a BCP 47 tag or an alias ("ar-SY", "fa_IR", "fa-AF" for Dari):
    /// first a whole match on a code, tag or alias, then on the primary subtag.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        if tag.is_empty() {
            return None;
        }
        let names = |l: &Lang| {
            let i = l.info();
            std::iter::once(i.code)
                .chain(std::iter::once(i.tag))
                .chain(i.aliases.iter().copied())
        };
        let whole = Lang::all()
            .iter()
            .copied()
            .find(|l| names(l).any(|n| n.eq_ignore_ascii_case(&tag)));
        whole.or_else(|| {
            let primary = tag.split('-').next().unwrap_or_default();
            Lang::all()
                .iter()
                .copied()
                .find(|l| names(l).any(|n| n.eq_ignore_ascii_case(primary)))
        })
    }

    /// The language named in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        self.info().name
    }

    pub fn is_rtl(self) -> bool {
        self.info().rtl
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Where a missing message is looked for: this language, its own fallbacks, English,
    /// German.
    pub fn chain(self) -> &'static [Lang] {
        &self.info().chain
    }

    /// A form field's name for this language ("title_ar"), kept for the life of the
    /// process so forms can name it like their fixed fields (`&'static str`).
    pub fn field(self, prefix: &str) -> &'static str {
        static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let name = format!("{prefix}_{}", self.code());
        let mut names = NAMES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match names.get(name.as_str()) {
            Some(n) => n,
            None => {
                let n = leak(name);
                names.insert(n);
                n
            }
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        Lang::parse(&code).ok_or_else(|| serde::de::Error::custom(format!("no language {code:?}")))
    }
}

/// Whether `c` is a letter of the ISO 15924 `script`; None for a script these checks do
/// not know (a new script's text is then not checked, rather than refused).
pub fn script_letter(script: &str, c: char) -> Option<bool> {
    let r = |a: char, b: char| (a..=b).contains(&c);
    match script {
        "Arab" => Some(r('\u{0600}', '\u{06FF}') || r('\u{FB50}', '\u{FDFF}') || r('\u{FE70}', '\u{FEFF}')),
        "Ethi" => Some(r('\u{1200}', '\u{139F}') || r('\u{2D80}', '\u{2DDF}')),
        "Cyrl" => Some(r('\u{0400}', '\u{04FF}')),
        "Latn" => Some(c.is_ascii_alphabetic() || r('\u{00C0}', '\u{024F}')),
        _ => None,
    }
}

/// The fonts of every language that names one: `@font-face` rules (installed fonts first,
/// then the file; only for the script's code points, so a page without them downloads
/// nothing), the root font stack that covers every script (the language switcher names
/// each language in itself), and each language's own stack. Put into every page's head.
pub fn font_css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        let mut faces = String::new();
        let mut stack = vec![];
        let mut per_lang = String::new();
        for l in Lang::all() {
            let info = l.info();
            let Some(font) = &info.font else { continue };
            let family = format!("Lotse {}", info.code);
            let local: String = font.local.iter().map(|n| format!("local(\"{n}\"),")).collect();
            let range = if font.range.is_empty() {
                String::new()
            } else {
                format!("unicode-range:{};", font.range)
            };
            faces.push_str(&format!(
                "@font-face{{font-family:\"{family}\";src:{local}url(\"/fonts/{}\") format(\"woff2\");font-display:swap;{range}}}",
                font.file
            ));
            stack.push(format!("\"{family}\""));
            let line = font
                .line_height
                .as_ref()
                .map(|h| format!("line-height:{h};"))
                .unwrap_or_default();
            per_lang.push_str(&format!(
                ":lang({}){{font-family:\"{family}\",system-ui,sans-serif;{line}}}",
                info.tag
            ));
        }
        format!(
            "{faces}:root{{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,{}\"Noto Sans\",sans-serif}}{per_lang}",
            stack.iter().map(|s| format!("{s},")).collect::<String>()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(code: &str, name: &str, settings: &str) -> (String, Vec<(String, String)>) {
        (
            code.to_string(),
            vec![
                (FACTS_FILE.to_string(), format!("language-name = {name}\n")),
                (SETTINGS_FILE.to_string(), settings.to_string()),
                ("common.ftl".to_string(), "hello = hi\n".to_string()),
            ],
        )
    }

    #[test]
    fn the_embedded_folders_load_with_german_and_english_first() {
        let r = embedded().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.languages[0].code, "de");
        assert_eq!(r.languages[1].code, "en");
        assert!(
            r.languages.len() >= 5,
            "every folder under locales/ is a language"
        );
        for l in &r.languages {
            assert!(!l.files.is_empty(), "{} has messages", l.code);
            assert!(
                script_letter(l.script, 'a').is_some(),
                "{}: a script the checks know",
                l.code
            );
        }
    }

    #[test]
    fn a_folder_is_a_language_and_its_facts_are_read() {
        let r = build(vec![
            folder(
                "xx",
                "Xish",
                "direction = rtl\nscript = Arab\ntag = xx-YY\nfallback = en, de\naliases = xxx\n",
            ),
            folder("en", "English", "direction = ltr\nscript = Latn\n"),
            folder("de", "Deutsch", "direction = ltr\nscript = Latn\n"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        let codes: Vec<_> = r.languages.iter().map(|l| l.code).collect();
        assert_eq!(codes, ["de", "en", "xx"]);
        let xx = &r.languages[2];
        assert!(xx.rtl);
        assert_eq!(xx.tag, "xx-YY");
        assert_eq!(xx.fallback, vec![Lang(1), Lang(0)]);
        assert_eq!(xx.chain, vec![Lang(2), Lang(1), Lang(0)]);
        assert_eq!(
            xx.files.len(),
            1,
            "language.ftl and language.conf are not message files"
        );
        assert!(
            build(vec![folder("de", "D", "direction = ltr\nscript = Latn\n")]).is_err(),
            "English is required"
        );
        assert!(
            build(vec![
                folder("de", "D", "direction = sideways\nscript = Latn\n"),
                folder("en", "E", "direction = ltr\nscript = Latn\n"),
            ])
            .is_err(),
            "a direction is ltr or rtl"
        );
        assert!(
            build(vec![
                folder("de", "D", "direction = ltr\nscript = Latn\nfallback = zz\n"),
                folder("en", "E", "direction = ltr\nscript = Latn\n"),
            ])
            .is_err(),
            "a fallback is a language that is there"
        );
    }

    #[test]
    fn tags_and_aliases_find_their_language() {
        let p = |t: &str| Lang::parse(t).map(|l| l.code());
        assert_eq!(p("de-DE"), Some("de"));
        assert_eq!(p("AR_sy"), Some("ar"));
        assert_eq!(p("fa-IR"), Some("fa"));
        assert_eq!(p("ti"), Some("ti"));
        assert_eq!(p("tir"), Some("ti"));
        assert_eq!(p("xx"), None);
        assert_eq!(p(""), None);
        assert_eq!(Lang::parse("de"), Some(Lang::DE));
        assert_eq!(Lang::parse("en"), Some(Lang::EN));
        let json = serde_json::to_string(&Lang::EN).unwrap_or_default();
        assert_eq!(json, "\"en\"");
    }

    #[test]
    fn a_field_name_per_language_is_made_once() {
        let a = Lang::EN.field("title");
        assert_eq!(a, "title_en");
        assert!(std::ptr::eq(a, Lang::EN.field("title")));
    }

    #[test]
    fn the_fonts_css_names_each_script_font_once() {
        let css = font_css();
        for l in Lang::all() {
            if let Some(font) = &l.info().font {
                assert!(css.contains(&font.file), "{}'s font", l.code());
                assert!(css.contains(&format!(":lang({})", l.tag())));
            }
        }
        assert!(css.contains(":root{font-family:system-ui"));
    }
}
