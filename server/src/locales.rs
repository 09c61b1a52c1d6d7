//! What each language still needs, the way Mozilla's compare-locales reports it, for the
//! translators: messages **missing** (German has them, the language not), **untranslated**
//! (the same text as English, or no letter of the language's script), **changed in
//! German** since they were translated, and **obsolete** (German no longer has them).
//!
//! "Changed in German" needs to know what German said when the translation was made:
//! each folder keeps `translated.txt`, one line per message with a digest of its German
//! source at that time. `lotse-server locales --accept <code>` records the current German
//! for every message the language has, after a translator went through the report.
//!
//! Run by the test command (`lotse-server locales`), which prints the report; only
//! missing messages fail the tests (`i18n::tests::every_locale_has_every_message`).

use fluent_syntax::ast;
use lotse_app::languages::{script_letter, FACTS_FILE, SETTINGS_FILE};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The file in each language folder that remembers the German each message was
/// translated from.
pub const RECORD_FILE: &str = "translated.txt";

/// One language's state against German.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct LocaleReport {
    pub code: String,
    pub messages: usize,
    pub missing: Vec<String>,
    pub untranslated: Vec<String>,
    pub changed: Vec<String>,
    pub obsolete: Vec<String>,
}

/// A folder's messages: id → (canonical source, plain text without placeables).
type Messages = BTreeMap<String, (String, String)>;

fn messages(folder: &Path) -> Result<Messages, String> {
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl") && !p.ends_with(FACTS_FILE))
        .collect();
    files.sort();
    for file in files {
        let src = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let res = fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in res.body {
            if let ast::Entry::Message(mut m) = entry {
                // The comment is not the message: a changed comment needs no translator.
                m.comment = None;
                let id = m.id.name.to_string();
                let mut text = String::new();
                if let Some(v) = &m.value {
                    plain(v, &mut text);
                }
                for a in &m.attributes {
                    plain(&a.value, &mut text);
                }
                let canonical = fluent_syntax::serializer::serialize(&ast::Resource {
                    body: vec![ast::Entry::Message(m)],
                });
                out.insert(id, (canonical, text));
            }
        }
    }
    Ok(out)
}

/// The text of a pattern with placeables left out (the variants of a select included).
fn plain(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    plain(&v.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

fn digest(source: &str) -> String {
    let hash = Sha256::digest(source.as_bytes());
    hash.iter().take(6).fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The recorded digests of a folder: id → digest of its German source.
fn record(folder: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(folder.join(RECORD_FILE))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .map(|(id, d)| (id.to_string(), d.trim().to_string()))
        .collect()
}

/// A language's `script` (from its `language.conf`), if it names one.
fn script(folder: &Path) -> Option<String> {
    let src = std::fs::read_to_string(folder.join(SETTINGS_FILE)).ok()?;
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == "script")
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Every language folder under `dir` (those with a `language.ftl`) against German.
pub fn compare(dir: &Path) -> Result<Vec<LocaleReport>, String> {
    let german = messages(&dir.join("de"))?;
    let english = messages(&dir.join("en"))?;
    let mut folders: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join(FACTS_FILE).is_file() && !p.ends_with("de"))
        .collect();
    folders.sort();
    let mut out = vec![];
    for folder in folders {
        let code = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let have = messages(&folder)?;
        let recorded = record(&folder);
        let script = script(&folder);
        let mut r = LocaleReport {
            code: code.clone(),
            messages: have.len(),
            ..Default::default()
        };
        for (id, (source, _)) in &german {
            let Some((_, text)) = have.get(id) else {
                r.missing.push(id.clone());
                continue;
            };
            if recorded.get(id).is_some_and(|d| *d != digest(source)) {
                r.changed.push(id.clone());
            }
            if code == "en" || lotse_app::i18n::SAME_EVERYWHERE.contains(&id.as_str()) {
                continue;
            }
            let same_as_english = english
                .get(id)
                .is_some_and(|(_, en)| en == text && en.chars().any(|c| c.is_ascii_alphabetic()));
            let latin = text.chars().any(|c| c.is_ascii_alphabetic());
            let native = script
                .as_deref()
                .map(|s| text.chars().any(|c| script_letter(s, c).unwrap_or(true)))
                .unwrap_or(true);
            if same_as_english || (latin && !native) {
                r.untranslated.push(id.clone());
            }
        }
        r.obsolete = have
            .keys()
            .filter(|id| !german.contains_key(*id))
            .cloned()
            .collect();
        out.push(r);
    }
    Ok(out)
}

/// Records the current German of every message `code` has (its translator went through
/// them); returns how many.
pub fn accept(dir: &Path, code: &str) -> Result<usize, String> {
    let folder = dir.join(code);
    if code == "de" || !folder.join(FACTS_FILE).is_file() {
        return Err(format!("no language folder {}", folder.display()));
    }
    let german = messages(&dir.join("de"))?;
    let have = messages(&folder)?;
    let mut text = format!(
        "# The German each message of this language was translated from (a digest per message),\n\
         # written by `lotse-server locales --accept {code}`; `lotse-server locales` reports\n\
         # the messages German changed since.\n"
    );
    let mut n = 0;
    for (id, (source, _)) in german.iter().filter(|(id, _)| have.contains_key(*id)) {
        let _ = writeln!(text, "{id} {}", digest(source));
        n += 1;
    }
    std::fs::write(folder.join(RECORD_FILE), text).map_err(|e| format!("{}: {e}", folder.display()))?;
    Ok(n)
}

/// The report as the test command prints it: a table, then the ids per language.
pub fn render(reports: &[LocaleReport]) -> String {
    let mut s = String::from("language  messages  missing  untranslated  changed in German  obsolete\n");
    for r in reports {
        let _ = writeln!(
            s,
            "{:<9} {:>8} {:>8} {:>13} {:>18} {:>9}",
            r.code,
            r.messages,
            r.missing.len(),
            r.untranslated.len(),
            r.changed.len(),
            r.obsolete.len()
        );
    }
    for r in reports {
        for (what, ids) in [
            ("missing", &r.missing),
            ("untranslated", &r.untranslated),
            ("changed in German since translated", &r.changed),
            ("obsolete", &r.obsolete),
        ] {
            if !ids.is_empty() {
                let _ = writeln!(s, "{} {what}: {}", r.code, ids.join(", "));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, code: &str, facts: &str, common: &str) {
        let f = dir.join(code);
        std::fs::create_dir_all(&f).unwrap_or_default();
        let (name, settings) = facts.split_once('\n').unwrap_or_default();
        std::fs::write(f.join(FACTS_FILE), format!("{name}\n")).unwrap_or_default();
        std::fs::write(f.join(SETTINGS_FILE), settings).unwrap_or_default();
        std::fs::write(f.join("common.ftl"), common).unwrap_or_default();
    }

    #[test]
    fn reports_missing_untranslated_changed_and_obsolete() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let d = dir.path();
        let facts = "language-name = X\ndirection = ltr\nscript = Latn\n";
        write(
            d,
            "de",
            facts,
            "# A comment\nhello = Hallo { $name }\nbye = Tschüss\nnew = Neu\n",
        );
        write(d, "en", facts, "hello = Hello { $name }\nbye = Bye\nnew = New\n");
        write(
            d,
            "uk",
            "language-name = У\ndirection = ltr\nscript = Cyrl\n",
            "hello = Привіт { $name }\nbye = Bye\nold = Старе\n",
        );
        assert_eq!(
            accept(d, "uk").unwrap_or_default(),
            2,
            "hello and bye are recorded"
        );
        // German changes one message, and a comment (which needs no translator).
        write(
            d,
            "de",
            facts,
            "# Another comment\nhello = Hallo, { $name }!\nbye = Tschüss\nnew = Neu\n",
        );
        let reports = compare(d).unwrap_or_default();
        let uk = reports
            .iter()
            .find(|r| r.code == "uk")
            .unwrap_or_else(|| panic!("uk"));
        assert_eq!(uk.missing, ["new"]);
        assert_eq!(uk.untranslated, ["bye"]);
        assert_eq!(uk.changed, ["hello"]);
        assert_eq!(uk.obsolete, ["old"]);
        let en = reports
            .iter()
            .find(|r| r.code == "en")
            .unwrap_or_else(|| panic!("en"));
        assert!(en.missing.is_empty() && en.untranslated.is_empty() && en.changed.is_empty());
        assert!(render(&reports).contains("uk changed in German since translated: hello"));
        assert!(accept(d, "de").is_err(), "German is the source");
    }

    /// The real folders: every language has every message, and each was translated
    /// from today's German or the report names it (it is printed by the test command).
    #[test]
    fn the_locales_have_every_message_and_a_record() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let reports = compare(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(reports.len() >= 6, "every folder but German");
        for r in &reports {
            assert!(
                r.missing.is_empty() && r.obsolete.is_empty(),
                "{}",
                render(&reports)
            );
            assert!(
                dir.join(&r.code).join(RECORD_FILE).is_file(),
                "{} has a {RECORD_FILE}",
                r.code
            );
        }
    }
}
