//! The topic guides: their list and one guide with its steps.

use super::*;
use crate::i18n::use_tr;
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{BackLink, NavUser, Shell};

#[component]
pub fn GuideListPage(
    guides: Vec<GuideCard>,
    fallback: Option<FallbackChoice>,
    user: Option<NavUser>,
) -> impl IntoView {
    let tr = use_tr();
    let shown_in = guides
        .iter()
        .map(|g| g.lang.clone())
        .find(|l| l != tr.lang().code())
        .unwrap_or_default();
    let fallback = fallback
        .filter(|_| !shown_in.is_empty())
        .map(|c| view! { <FallbackNotice choice=c shown_in=shown_in/> });
    let items = guides
        .into_iter()
        .map(|g| view! { <GuideItem guide=g top_level=true/> })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("guides-heading") current_path="/guides".to_string() user=user>
            <BackLink href="/offices" label=tr.t("directory-title")/>
            <h1>{tr.t("guides-heading")}</h1>
            {fallback}
            <ul class="plain-list cards">{items}</ul>
        </Shell>
    }
}

#[component]
pub fn GuideDetailPage(guide: GuidePage, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let text_lang = (guide.text_lang != tr.lang().code()).then(|| guide.text_lang.clone());
    let fallback = guide
        .fallback
        .clone()
        .filter(|_| text_lang.is_some())
        .map(|c| view! { <FallbackNotice choice=c shown_in=guide.text_lang.clone()/> });
    let steps = guide
        .steps
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let bring = (!s.bring.is_empty()).then(|| {
                view! {
                    <div class="bring">
                        <p><strong>{tr.t("what-to-bring")}</strong></p>
                        <RichText blocks=s.bring/>
                    </div>
                }
            });
            let office = s.office.map(|(id, name, opening)| {
                view! {
                    <div class="step-office">
                        <a href=format!("/offices/{id}") dir="auto"><IconSvg icon=Icon::Office/>" "{name}</a>
                        <OpeningBadge opening=opening/>
                    </div>
                }
            });
            view! {
                <li class="card guide-step" data-testid="guide-step" lang=s.lang>
                    <h2><span class="step-number">{tr.number(i as i64 + 1)}". "</span><span dir="auto">{s.title}</span></h2>
                    <div dir="auto"><RichText blocks=s.body/></div>
                    {bring}
                    {office}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=guide.title.clone() current_path=format!("/guides/{}", guide.id) user=user>
            <BackLink href="/guides" label=tr.t("guides-heading")/>
            {guide.draft.then(|| view! { <p class="alert alert-warning" data-testid="preview-draft">{tr.t("preview-draft")}</p> })}
            <h1 lang=text_lang.clone() dir="auto">{guide.title}</h1>
            {fallback}
            {guide.outdated.then(|| view! { <p class="alert alert-info" role="note" data-testid="outdated-notice">{tr.t("translation-outdated")}</p> })}
            <p class="lead" lang=text_lang.clone() dir="auto">{guide.summary}</p>
            <ol class="plain-list guide-steps" lang=text_lang>{steps}</ol>
        </Shell>
    }
}
