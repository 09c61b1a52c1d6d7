//! One pager for every paged list (staff accounts, the caseload): links to the previous
//! and next page that keep the list's own query, and where one stands.

use crate::i18n::use_tr;
use leptos::prelude::*;

/// Where a paged list stands; `pages` is at least 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    pub page: i64,
    pub pages: i64,
}

impl Default for Paging {
    fn default() -> Self {
        Self { page: 1, pages: 1 }
    }
}

impl Paging {
    /// The page asked for (clamped into range) of `total` items at `per_page` each.
    pub fn new(asked: i64, total: i64, per_page: i64) -> Self {
        let pages = ((total + per_page - 1) / per_page).max(1);
        Self {
            page: asked.clamp(1, pages),
            pages,
        }
    }

    /// The first item's index on this page.
    pub fn offset(&self, per_page: i64) -> i64 {
        (self.page - 1) * per_page
    }
}

/// A query string's pairs as `a=b&c=d`, values percent-encoded, empty values left out.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes a value for a link (everything but RFC 3986's unreserved characters).
pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The pager under a list. `base` is the list's address with its query but without
/// `page`: `/cases?sort=name` or `/cases`. Shows nothing when everything fits on one page.
#[component]
pub fn Pager(paging: Paging, base: String) -> impl IntoView {
    let tr = use_tr();
    let link = move |page: i64| {
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}page={page}")
    };
    let prev = (paging.page > 1).then(|| link(paging.page - 1));
    let next = (paging.page < paging.pages).then(|| link(paging.page + 1));
    (paging.pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=tr.t("pager-pages")>
                {prev.map(|h| view! { <a href=h rel="prev">{tr.t("pager-previous")}</a> })}
                <span>{tr.ta("pager-page-of", &[("page", paging.page.into()), ("pages", paging.pages.into())])}</span>
                {next.map(|h| view! { <a href=h rel="next">{tr.t("pager-next")}</a> })}
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_clamped_and_counted() {
        assert_eq!(Paging::new(1, 0, 50), Paging { page: 1, pages: 1 });
        assert_eq!(Paging::new(9, 101, 50), Paging { page: 3, pages: 3 });
        assert_eq!(Paging::new(0, 2500, 200).offset(200), 0);
        assert_eq!(Paging::new(13, 2500, 200), Paging { page: 13, pages: 13 });
    }

    #[test]
    fn queries_keep_what_was_asked_encoded() {
        assert_eq!(
            query_string(&[("q", "Ayşe K"), ("role", ""), ("sort", "name")]),
            "q=Ay%C5%9Fe%20K&sort=name"
        );
    }
}
