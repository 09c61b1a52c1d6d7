//! Moving a caseload: choose whose clients, which of them and to whom; see who goes where
//! and what each receiving guide will see; then move them all in one step.

use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field, Notice, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

/// A guide on the move pages: (id, name, team, municipality, open cases, active).
#[derive(Clone, Debug)]
pub struct GuideItem {
    pub id: i64,
    pub name: String,
    pub team: String,
    pub municipality: String,
    pub clients: i64,
    pub active: bool,
}

/// What one receiving guide gets in the preview.
#[derive(Clone, Debug)]
pub struct Receiving {
    pub name: String,
    pub team: String,
    pub same_team: bool,
    pub now: i64,
    pub after: i64,
}

#[derive(Clone, Debug)]
pub struct Preview {
    /// (client name, receiving guide's name)
    pub rows: Vec<(String, String)>,
    pub receiving: Vec<Receiving>,
    /// `client:guide` pairs for the confirming post.
    pub moves: Vec<String>,
    /// The municipality's target caseload (clients per guide).
    pub target: i64,
}

#[derive(Clone, Debug, Default)]
pub struct MovesData {
    pub guides: Vec<GuideItem>,
    pub from: Option<GuideItem>,
    /// (client id, name, chosen)
    pub clients: Vec<(i64, String, bool)>,
    /// Guides who may receive: (guide, chosen)
    pub receivers: Vec<(GuideItem, bool)>,
    pub preview: Option<Preview>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

fn label(tr: &crate::i18n::Tr, g: &GuideItem) -> String {
    let mut l = format!("{} – {}, {}", g.name, g.team, g.municipality);
    l.push_str(&format!(
        " ({})",
        tr.ta("moves-open-cases", &[("count", g.clients.into())])
    ));
    if !g.active {
        l.push_str(&format!(" · {}", tr.t("moves-inactive")));
    }
    l
}

#[component]
pub fn MovesPage(user: NavUser, data: MovesData) -> impl IntoView {
    let tr = use_tr();
    let mut from_options = vec![(String::new(), tr.t("choice-pick"))];
    from_options.extend(data.guides.iter().map(|g| (g.id.to_string(), label(&tr, g))));
    let from_id = data.from.as_ref().map(|g| g.id.to_string()).unwrap_or_default();
    let choose = data.from.clone().map(|from| {
        let clients = data
            .clients
            .iter()
            .map(|(id, name, chosen)| {
                let fid = format!("f-client-{id}");
                view! {
                    <div class="check">
                        <input type="checkbox" id=fid.clone() name="client" value=id.to_string() checked=*chosen/>
                        <label for=fid>{name.clone()}</label>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        let receivers = data
            .receivers
            .iter()
            .map(|(g, chosen)| {
                let fid = format!("f-to-{}", g.id);
                view! {
                    <div class="check">
                        <input type="checkbox" id=fid.clone() name="to" value=g.id.to_string() checked=*chosen/>
                        <label for=fid>{label(&tr, g)}</label>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <form method="get" action="/cases/move" class="stack card">
                <input type="hidden" name="from" value=from.id.to_string()/>
                <input type="hidden" name="preview" value="1"/>
                <h2>{tr.ta("moves-clients-of", &[("name", from.name.clone().into())])}</h2>
                {clients.is_empty().then(|| view! { <p class="empty">{tr.t("moves-no-clients")}</p> })}
                <fieldset>
                    <legend>{tr.t("moves-which-clients")}</legend>
                    <div class="checks">{clients}</div>
                </fieldset>
                <fieldset>
                    <legend>{tr.t("moves-to-whom")}</legend>
                    <p class="hint">{tr.t("moves-to-whom-hint")}</p>
                    <div class="checks">{receivers}</div>
                </fieldset>
                <button type="submit" class="button primary">{tr.t("moves-preview")}</button>
            </form>
        }
    });
    let preview = data.preview.clone().map(|p| {
        let from = data.from.as_ref().map(|g| g.id).unwrap_or_default();
        let rows = p
            .rows
            .iter()
            .map(|(c, g)| view! { <tr><td>{c.clone()}</td><td>{g.clone()}</td></tr> })
            .collect::<Vec<_>>();
        let receiving = p
            .receiving
            .iter()
            .map(|r| {
                let sees = if r.same_team { tr.t("moves-sees-team") } else { tr.t("moves-sees-provider") };
                let over = r.after > p.target;
                view! {
                    <li>
                        <strong>{r.name.clone()}</strong>" ("{r.team.clone()}"): "
                        {tr.ta("moves-caseload-change", &[("now", r.now.into()), ("after", r.after.into()), ("target", p.target.into())])}
                        {over.then(|| view! { " "<span class="badge">{tr.t("moves-over-target")}</span> })}
                        <br/><span class="muted">{sees}</span>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let hidden = p
            .moves
            .iter()
            .map(|m| view! { <input type="hidden" name="move" value=m.clone()/> })
            .collect::<Vec<_>>();
        view! {
            <section class="card" aria-labelledby="h-preview" data-testid="move-preview">
                <h2 id="h-preview">{tr.ta("moves-preview-heading", &[("count", (p.rows.len() as i64).into())])}</h2>
                <ul>{receiving}</ul>
                <table class="caseload">
                    <thead><tr><th scope="col">{tr.t("moves-client")}</th><th scope="col">{tr.t("moves-new-guide")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <form method="post" action="/cases/move" class="stack">
                    <input type="hidden" name="from" value=from.to_string()/>
                    {hidden}
                    <Field name="reason" label=tr.t("moves-reason") value=String::new()
                        optional_label=tr.t("optional") maxlength=300/>
                    <button type="submit" class="button primary">{tr.t("moves-confirm")}</button>
                </form>
            </section>
        }
    });
    view! {
        <Shell title=tr.t("moves-title") current_path="/cases/move".to_string() user=Some(user)>
            <BackLink href="/cases" label=tr.t("nav-caseload")/>
            <h1>{tr.t("moves-title")}</h1>
            <Notice message=data.notice.clone()/>
            <ErrorSummary message=data.alert.clone()/>
            <p>{tr.t("moves-intro")}</p>
            <form method="get" action="/cases/move" class="filters">
                <Select name="from" label=tr.t("moves-from") selected=from_id options=from_options/>
                <button type="submit" class="button">{tr.t("moves-choose")}</button>
            </form>
            {preview}
            {choose}
        </Shell>
    }
}
