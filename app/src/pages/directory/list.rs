//! The office list: the filter form, one card per office, paging.

use super::*;
use crate::i18n::use_tr;
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{NavUser, Shell};

fn query_href(f: &Filters, page: Option<i64>) -> String {
    let mut parts = vec![];
    let enc = encode_component;
    if !f.q.is_empty() {
        parts.push(format!("q={}", enc(&f.q)));
    }
    if !f.category.is_empty() {
        parts.push(format!("category={}", enc(&f.category)));
    }
    if !f.language.is_empty() {
        parts.push(format!("language={}", enc(&f.language)));
    }
    if f.open_now {
        parts.push("open=1".into());
    }
    if let Some(p) = page {
        parts.push(format!("page={p}"));
    }
    if parts.is_empty() {
        "/offices".into()
    } else {
        format!("/offices?{}", parts.join("&"))
    }
}

/// The link to the next page of results with the same filters.
pub fn next_page_href(f: &Filters, page: i64) -> String {
    query_href(f, Some(page))
}

#[component]
fn FilterForm(filters: Filters) -> impl IntoView {
    let tr = use_tr();
    let mut categories: Vec<(String, String)> = CATEGORIES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("category-{c}"))))
        .collect();
    categories.sort_by(|a, b| a.1.cmp(&b.1));
    let category_options = std::iter::once((String::new(), tr.t("filter-any-category")))
        .chain(categories)
        .map(|(v, l)| {
            let sel = v == filters.category;
            view! { <option value=v selected=sel>{l}</option> }
        })
        .collect::<Vec<_>>();
    let mut languages: Vec<(String, String)> = SPOKEN_LANGUAGES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("language-{c}"))))
        .collect();
    languages.sort_by(|a, b| a.1.cmp(&b.1));
    let language_options = std::iter::once((String::new(), tr.t("filter-any-language")))
        .chain(languages)
        .map(|(v, l)| {
            let sel = v == filters.language;
            view! { <option value=v selected=sel>{l}</option> }
        })
        .collect::<Vec<_>>();
    view! {
        <form method="get" action="/offices" class="card section directory-filters" role="search">
            <div class="field">
                <label for="dir-q">{tr.t("directory-search-label")}</label>
                <input id="dir-q" type="search" name="q" value=filters.q.clone() maxlength="100" enterkeyhint="search"/>
            </div>
            <div class="filter-row">
                <div class="field">
                    <label for="dir-category">{tr.t("filter-category")}</label>
                    <select id="dir-category" name="category">{category_options}</select>
                </div>
                <div class="field">
                    <label for="dir-language">{tr.t("filter-language")}</label>
                    <select id="dir-language" name="language">{language_options}</select>
                </div>
            </div>
            <div class="check">
                <input type="checkbox" id="dir-open" name="open" value="1" checked=filters.open_now/>
                <label for="dir-open">{tr.t("filter-open-now")}</label>
            </div>
            <button type="submit" class="button">{tr.t("directory-search-submit")}</button>
        </form>
    }
}

/// Where "x km" goes once the phone knows where it is (filled in by the page enhancer).
fn coords_attr(v: Option<f64>) -> Option<String> {
    v.map(|v| format!("{v:.5}"))
}

#[component]
fn OfficeItem(office: OfficeCard) -> impl IntoView {
    let tr = use_tr();
    let other_lang = office.lang != tr.lang().code();
    let name_lang = other_lang.then(|| office.lang.clone());
    let href = format!("/offices/{}", office.id);
    let category = tr.t(&format!("category-{}", office.category));
    view! {
        <li class="card office-card" data-lat=coords_attr(office.lat) data-lon=coords_attr(office.lon) data-testid="office-card">
            <h3><a href=href lang=name_lang dir="auto">{office.name}</a></h3>
            <p class="muted category">{category}</p>
            <OpeningBadge opening=office.opening/>
            <Languages codes=office.languages/>
            {(!office.address.is_empty()).then(|| view! { <p class="address" dir="auto">{office.address}</p> })}
            {office.barrier_free.then(|| view! { <p class="badge">{tr.t("barrier-free")}</p> })}
            <p class="distance" data-distance="" aria-live="off"></p>
        </li>
    }
}

#[component]
pub fn OfficeListPage(list: OfficeList, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let filtered = !list.filters.q.is_empty()
        || !list.filters.category.is_empty()
        || !list.filters.language.is_empty()
        || list.filters.open_now;
    let shown_in = list
        .offices
        .iter()
        .map(|o| o.lang.clone())
        .chain(list.guides.iter().map(|g| g.lang.clone()))
        .find(|l| l != tr.lang().code())
        .unwrap_or_default();
    let fallback = list
        .fallback
        .filter(|_| !shown_in.is_empty())
        .map(|c| view! { <FallbackNotice choice=c shown_in=shown_in/> });
    // Found so far (this page and those before it); with another page after it, at least that.
    let count = (list.before + list.offices.len()) as i64;
    let results = if list.next_href.is_some() {
        "directory-results-more"
    } else {
        "directory-results"
    };
    let empty = list.offices.is_empty();
    let guides = (!list.guides.is_empty()).then(|| {
        let items = list
            .guides
            .into_iter()
            .map(|g| view! { <GuideItem guide=g/> })
            .collect::<Vec<_>>();
        view! {
            <section aria-labelledby="h-guides" class="section">
                <h2 id="h-guides">{tr.t("guides-heading")}</h2>
                <ul class="plain-list cards">{items}</ul>
            </section>
        }
    });
    let offices = list
        .offices
        .into_iter()
        .map(|o| view! { <OfficeItem office=o/> })
        .collect::<Vec<_>>();
    let distance_template = tr.ta("distance-km", &[("km", "§".into())]);
    view! {
        <Shell title=tr.t("directory-title") current_path="/offices".to_string() user=user>
            <h1><IconSvg icon=Icon::Office/>" "{tr.t("directory-title")}</h1>
            <p class="lead">{tr.t("directory-intro")}</p>
            <FilterForm filters=list.filters.clone()/>
            {fallback}
            {guides}
            <section aria-labelledby="h-offices" class="section">
                <h2 id="h-offices">{if filtered { tr.ta(results, &[("count", count.into())]) } else { tr.t("offices-heading") }}</h2>
                <div class="near-me">
                    <button type="button" class="button secondary" data-near-me="" data-template=distance_template
                        data-denied=tr.t("near-me-denied") data-sorted=tr.t("near-me-sorted")>
                        {tr.t("near-me")}
                    </button>
                    <p class="hint">{tr.t("near-me-privacy")}</p>
                    <p class="near-me-status" role="status"></p>
                </div>
                {empty.then(|| view! { <p class="card empty">{tr.t("directory-empty")}</p> })}
                <ul class="plain-list cards" data-office-list="">{offices}</ul>
                {list.next_href.map(|h| view! { <p><a class="button secondary" href=h>{tr.t("directory-more")}</a></p> })}
            </section>
        </Shell>
    }
}
