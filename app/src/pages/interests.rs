//! What people would like to take part in: the client's page (plain words, their
//! language), the section of the intake where a guide records the same, and the
//! planners' page where the wishes are counted beside the offers that exist.

use crate::i18n::use_tr;
use crate::interests::InterestBoxes;
use crate::pages::forms::{ErrorSummary, Notice, PendingNote};
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct InterestsView {
    pub kinds: String,
    pub times: String,
    pub childcare: bool,
    pub version: i64,
    /// The chosen district's id ("" for none) and the municipality's districts.
    pub district: String,
    pub districts: Vec<(String, String)>,
}

#[component]
pub fn MyInterestsPage(
    data: InterestsView,
    notice: Option<String>,
    alert: Option<String>,
    user: NavUser,
) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("interests-title") current_path="/me/interests".to_string() user=Some(user)>
            <BackLink href="/me" label=tr.t("client-home-title")/>
            <h1><IconSvg icon=Icon::Group/>" "{tr.t("interests-title")}</h1>
            <Notice message=notice/>
            <ErrorSummary message=alert/>
            <p>{tr.t("interests-intro")}</p>
            <form method="post" action="/me/interests" class="card section stack">
                <InterestBoxes kinds=data.kinds times=data.times childcare=data.childcare version=data.version
                    districts=data.districts district=data.district/>
                <p class="hint">{tr.t("interests-who-sees")}</p>
                <button type="submit" class="button primary">{tr.t("interests-save")}</button>
                <PendingNote/>
            </form>
        </Shell>
    }
}

/// The intake's section: the same boxes, posted to the case.
#[component]
pub fn IntakeInterests(case_path: String, data: InterestsView) -> impl IntoView {
    let tr = use_tr();
    view! {
        <section class="card" id="section-interests" aria-labelledby="h-interests">
            <h2 id="h-interests">{tr.t("interests-intake-heading")}</h2>
            <p class="hint">{tr.t("interests-intake-hint")}</p>
            <form method="post" action=format!("{case_path}/interests") class="stack">
                <InterestBoxes kinds=data.kinds times=data.times childcare=data.childcare version=data.version
                    districts=data.districts district=data.district/>
                <button type="submit" class="button">{tr.t("save")}</button>
            </form>
        </section>
    }
}

/// One kind of offer: how many would like it (and when, and with childcare), and what
/// exists. Counts are already suppressed to text ("< 5") by the server.
#[derive(Clone, Debug)]
pub struct DemandLine {
    pub kind: String,
    /// How many would like it, and the same as shown ("< 5" for a few).
    pub wanted_count: i64,
    pub wanted: String,
    pub childcare: String,
    /// Per time of [`crate::interests::INTEREST_TIMES`].
    pub times: Vec<String>,
    pub offers: i64,
    pub places: i64,
}

/// One district's wishes: how many answered, how many need childcare, and the kinds most
/// wished for (kind, count as shown). `name` None: the answers that named no district.
#[derive(Clone, Debug)]
pub struct DistrictLine {
    pub name: Option<String>,
    pub answers: String,
    pub childcare: String,
    pub top: Vec<(String, String)>,
}

#[component]
pub fn DemandPage(
    lines: Vec<DemandLine>,
    districts: Vec<DistrictLine>,
    answers: String,
    user: NavUser,
) -> impl IntoView {
    let tr = use_tr();
    let head_times = crate::interests::INTEREST_TIMES
        .iter()
        .map(|t| view! { <th scope="col">{tr.t(&format!("interest-time-{t}"))}</th> })
        .collect::<Vec<_>>();
    let rows = lines
        .iter()
        .map(|l| {
            let times = l
                .times
                .iter()
                .map(|t| view! { <td>{t.clone()}</td> })
                .collect::<Vec<_>>();
            let gap = l.offers == 0 && l.wanted_count > 0;
            view! {
                <tr class:gap=gap>
                    <th scope="row">{tr.t(&format!("group-category-{}", l.kind))}</th>
                    <td>{l.wanted.clone()}</td>
                    <td>{l.childcare.clone()}</td>
                    {times}
                    <td>{tr.number(l.offers)}</td>
                    <td>{tr.number(l.places)}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("demand-title") current_path="/groups/manage/demand".to_string() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{tr.t("demand-title")}</h1>
            <p>{tr.t("demand-intro")}</p>
            <p class="muted">{tr.ta("demand-answers", &[("count", answers.into())])}</p>
            // Wider than a tablet: the region scrolls, and a keyboard can scroll it too.
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="demand-caption">
                <table class="demand">
                    <caption id="demand-caption">{tr.t("demand-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{tr.t("demand-col-kind")}</th>
                        <th scope="col">{tr.t("demand-col-wanted")}</th>
                        <th scope="col">{tr.t("demand-col-childcare")}</th>
                        {head_times}
                        <th scope="col">{tr.t("demand-col-offers")}</th>
                        <th scope="col">{tr.t("demand-col-places")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(!districts.is_empty()).then(|| {
                let rows = districts
                    .iter()
                    .map(|d| {
                        let name = d.name.clone().unwrap_or_else(|| tr.t("demand-no-district"));
                        let top = d
                            .top
                            .iter()
                            .map(|(kind, n)| format!("{} ({n})", tr.t(&format!("group-category-{kind}"))))
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <tr>
                                <th scope="row" dir="auto">{name}</th>
                                <td>{d.answers.clone()}</td>
                                <td>{d.childcare.clone()}</td>
                                <td>{top}</td>
                            </tr>
                        }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="demand-district-caption">
                        <table class="demand-districts" data-testid="demand-by-district">
                            <caption id="demand-district-caption">{tr.t("demand-district-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{tr.t("demand-col-district")}</th>
                                <th scope="col">{tr.t("demand-col-answers")}</th>
                                <th scope="col">{tr.t("demand-col-childcare")}</th>
                                <th scope="col">{tr.t("demand-col-top")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
            })}
            <p class="hint">{tr.t("demand-small-cells")}</p>
        </Shell>
    }
}
