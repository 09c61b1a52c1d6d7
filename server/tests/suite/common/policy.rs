//! What every HTML page must satisfy for the Content-Security-Policy to hold: a policy
//! header with a nonce and no `'unsafe-inline'`, and that nonce on every `<script>` of the
//! page (an inline script without it would be refused by the browser, or worse, a policy
//! loosened to let it run).

use axum::http::{header, HeaderMap};

/// `Ok` for a response that is not HTML or that keeps the policy; otherwise what is wrong.
pub fn page_policy(headers: &HeaderMap, body: &str) -> Result<(), String> {
    if !is_html(headers) {
        return Ok(());
    }
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .ok_or("no Content-Security-Policy header")?;
    if policy.contains("unsafe-inline") {
        return Err(format!("the policy allows inline scripts: {policy}"));
    }
    for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"] {
        if !policy.contains(directive) {
            return Err(format!("the policy lacks {directive}: {policy}"));
        }
    }
    let scripts = body.match_indices("<script").count();
    let Some(nonce) = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
    else {
        return if scripts == 0 {
            Ok(())
        } else {
            Err(format!("{scripts} scripts but no nonce in the policy: {policy}"))
        };
    };
    let attr = format!("nonce=\"{nonce}\"");
    for (at, _) in body.match_indices("<script") {
        let tag = &body[at..body[at..].find('>').map_or(body.len(), |e| at + e)];
        if !tag.contains(&attr) {
            return Err(format!("a script without the page's nonce: {tag}>"));
        }
    }
    Ok(())
}

/// What the W3C checker and screen-reader users would find wrong in a page's outline: an
/// empty `<!>` comment outside an island (Leptos's hydration marker, a "bogus comment"), or
/// a heading that skips a level (an `h3` right under the `h1`).
pub fn page_outline(headers: &HeaderMap, body: &str) -> Result<(), String> {
    if !is_html(headers) {
        return Ok(());
    }
    let mut outside = String::new();
    let mut rest = body;
    while let Some(open) = rest.find("<leptos-island") {
        outside.push_str(&rest[..open]);
        rest = rest[open..]
            .find("</leptos-island>")
            .map_or("", |close| &rest[open + close..]);
    }
    outside.push_str(rest);
    if let Some(at) = outside.find("<!>") {
        let from = outside[..at].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
        return Err(format!(
            "a <!> marker outside an island: …{}",
            &outside[from..at + 3]
        ));
    }
    let mut previous = 1;
    for (at, _) in body.match_indices("<h") {
        let Some(level) = body[at + 2..].chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        if !(1..=6).contains(&level) {
            continue;
        }
        if level > previous + 1 {
            let tag = &body[at..body[at..].find("</h").map_or(body.len(), |e| at + e)];
            return Err(format!("h{previous} followed by h{level}: {tag}"));
        }
        previous = level;
    }
    Ok(())
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}
