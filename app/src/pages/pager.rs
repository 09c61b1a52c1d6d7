//! One pager for every paged list (staff accounts, the caseload): links to the previous
//! and next page that keep the list's own query, and where one stands.

use crate::i18n::use_tr;
use leptos::prelude::*;

/// Where a paged list stands; `pages` is at least 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    pub page: i64,
    pub pages: i64,
    /// Whether `pages` is the count. Lists that are read in the order of an index do not
    /// count every row to show one page: they know only whether another page follows,
    /// and `pages` is then this one or the next.
    pub counted: bool,
}

impl Default for Paging {
    fn default() -> Self {
        Self {
            page: 1,
            pages: 1,
            counted: true,
        }
    }
}

impl Paging {
    /// The page asked for (clamped into range) of `total` items at `per_page` each.
    pub fn new(asked: i64, total: i64, per_page: i64) -> Self {
        let pages = ((total + per_page - 1) / per_page).max(1);
        Self {
            page: asked.clamp(1, pages),
            pages,
            counted: true,
        }
    }

    /// Page `page` of a list that was not counted: `more` says whether another follows.
    pub fn uncounted(page: i64, more: bool) -> Self {
        let page = page.max(1);
        Self {
            page,
            pages: page + i64::from(more),
            counted: false,
        }
    }

    /// The page a query asked for (`page=3`), 1 if none or nonsense; kept below a bound
    /// so that an offset computed from it cannot overflow.
    pub fn asked(raw: Option<&str>) -> i64 {
        raw.and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, 1_000_000)
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
                <span>{if paging.counted {
                    tr.ta("pager-page-of", &[("page", paging.page.into()), ("pages", paging.pages.into())])
                } else {
                    tr.ta("pager-page", &[("page", paging.page.into())])
                }}</span>
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
        let counted = |page, pages| Paging {
            page,
            pages,
            counted: true,
        };
        assert_eq!(Paging::new(1, 0, 50), counted(1, 1));
        assert_eq!(Paging::new(9, 101, 50), counted(3, 3));
        assert_eq!(Paging::new(0, 2500, 200).offset(200), 0);
        assert_eq!(Paging::new(13, 2500, 200), counted(13, 13));
    }

    #[test]
    fn an_uncounted_list_knows_only_whether_more_follow() {
        assert_eq!(Paging::uncounted(1, false).pages, 1);
        assert_eq!(Paging::uncounted(3, true).pages, 4);
        assert_eq!(Paging::uncounted(0, true).offset(20), 0);
        assert_eq!(Paging::asked(Some("x")), 1);
        assert_eq!(Paging::asked(Some("-4")), 1);
        assert_eq!(Paging::asked(Some("99999999999999")), 1_000_000);
        assert_eq!(Paging::asked(Some(" 7")), 7);
    }

    #[test]
    fn queries_keep_what_was_asked_encoded() {
        assert_eq!(
            query_string(&[("q", "Ayşe K"), ("role", ""), ("sort", "name")]),
            "q=Ay%C5%9Fe%20K&sort=name"
        );
    }
}
