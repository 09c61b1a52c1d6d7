//! On a right-to-left page, every piece of German or user-written text sits in its own
//! isolate, or the browser's bidi algorithm interleaves it with what stands beside it
//! (the review found "Anmeldung beim Sprachkursträger 2026/11/abgeben · 30" on the Arabic
//! *My data* page). Each client page of the demo client, in Arabic, is walked element by
//! element: a run of Latin letters must be inside `<bdi>`, an element with `dir` or
//! `lang`, or Fluent's isolation marks.

use crate::common::{self, Client};
use axum::http::StatusCode;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

/// Words that read the same in every script: the product, codes and units.
const SAME_EVERYWHERE: [&str; 6] = ["Lotse", "PIN", "ICS", "PDF", "JSON", "CSV"];

/// Latin text on the page that is not isolated: (the text, the element it sits in).
fn unisolated_latin(html: &str) -> Vec<(String, String)> {
    const VOID: [&str; 8] = ["meta", "link", "img", "input", "br", "hr", "source", "wbr"];
    let body = html.find("<body").map(|i| &html[i..]).unwrap_or(html);
    // Open elements: (name, isolates its content).
    let mut stack: Vec<(String, bool)> = vec![];
    let mut found = vec![];
    let mut rest = body;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else { break };
        let text = &rest[..lt];
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else { break };
        let tag = &after[1..gt];
        rest = &after[gt + 1..];
        let inside_script = stack.last().is_some_and(|(n, _)| n == "script" || n == "style");
        if !inside_script && !stack.iter().any(|(_, iso)| *iso) && has_latin_run(text) {
            let within = stack.last().map(|(n, _)| n.clone()).unwrap_or_default();
            found.push((text.trim().to_string(), within));
        }
        if let Some(closing) = tag.strip_prefix('/') {
            let name = closing.trim().to_ascii_lowercase();
            if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                stack.truncate(pos);
            }
            continue;
        }
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let isolates = name == "bdi"
            || tag.contains(" dir=\"")
            || tag.contains(" lang=\"")
            || name == "script"
            || name == "style"
            || name == "time";
        stack.push((name, isolates));
    }
    found
}

/// Whether `text` has a word of Latin letters outside Fluent's isolation marks
/// (U+2068 … U+2069) and not one of [`SAME_EVERYWHERE`].
fn has_latin_run(text: &str) -> bool {
    let mut depth = 0;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
            '\u{2069}' => depth = (depth - 1).max(0),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let decoded = outside.replace("&amp;", "&").replace("&nbsp;", " ");
    decoded
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            w.chars().count() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c))
        })
        .any(|w| !SAME_EVERYWHERE.contains(&w))
}

#[test]
fn the_walker_finds_only_unisolated_latin() {
    let page = "<body><p>مرحبا Anmeldung · ٣٠</p><p><bdi>Anmeldung abgeben</bdi> · ٣٠</p>\
                <p dir=\"auto\">Jobcenter</p><p>رقم \u{2068}Talheim\u{2069} Lotse</p>\
                <script>var x = 1;</script><img src=\"x\"><p>PIN</p></body>";
    let found = unisolated_latin(page);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("Anmeldung"));
}

both_backends!(seeded
    every_client_page_isolates_german_text_in_arabic,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app);
        let r = common::sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mut failures = vec![];
        for path in [
            "/me",
            "/me/plan",
            "/me/appointments",
            "/me/deadlines",
            "/me/requests",
            "/me/data",
            "/me/data/rights",
            "/groups",
            "/events",
            "/offices",
            "/feedback",
        ] {
            let page = c.get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert!(page.body.contains("lang=\"ar\"") && page.body.contains("dir=\"rtl\""), "{path} in Arabic");
            for (text, within) in unisolated_latin(&page.body) {
                failures.push(format!("{path}: <{within}> {text:?}"));
            }
        }
        assert!(failures.is_empty(), "German text without an isolate:\n{}", failures.join("\n"));
    }
);
