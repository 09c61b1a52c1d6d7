//! The directory in the manager view: the translation dashboard (what is missing or
//! outdated per language), the office form (facts and the German source), translation
//! forms beside the German text, import with a dry-run report, export, who may edit,
//! and a preview of any page on a phone-sized screen.
//!
//! This file holds the dashboard, the translation form both kinds of text share, import,
//! editors and preview; the office and the guide form are in their own files.

mod guide;
mod office;

pub use guide::{
    step_field, GuideField, GuideForm, GuideFormPage, GuideInput, GuideTextField, GuideTextInput, GUIDE_FORM,
};
pub use office::{
    contact_field, role_field, OfficeField, OfficeForm, OfficeFormPage, OfficeInput, OfficeTextField,
    OfficeTextInput, OFFICE_FORM,
};

use crate::domain::Lang;
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Notice, Posted, TheirVersion};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

/// One row of the dashboard: an office or a guide with its state per language
/// (de, en, ar, fa, ti order; "missing", "draft", "published" or "outdated").
#[derive(Clone, Debug)]
pub struct DashboardRow {
    pub id: i64,
    pub title: String,
    pub states: Vec<(Lang, &'static str)>,
}

#[derive(Clone, Debug, Default)]
pub struct Dashboard {
    pub offices: Vec<DashboardRow>,
    pub guides: Vec<DashboardRow>,
    pub notice: Option<String>,
    /// May allow others to edit (coordinators).
    pub can_grant: bool,
}

fn state_label(tr: &crate::i18n::Tr, state: &str) -> String {
    tr.t(&format!("translation-state-{state}"))
}

/// Translation states of a list of texts: one row per item, one column per language,
/// each cell linking to the form for that language (German: `{base}/{id}`, others:
/// `{base}/{id}/{lang}`); the foot counts what is missing or outdated per language.
#[component]
pub fn TranslationTable(
    kind: &'static str,
    base: &'static str,
    rows: Vec<DashboardRow>,
    /// Where a reader's page for an item can be previewed: `{preview}{id}`.
    #[prop(optional)]
    preview: Option<&'static str>,
) -> impl IntoView {
    let tr = use_tr();
    let head = Lang::all()
        .iter()
        .map(|l| view! { <th scope="col" lang=l.tag()>{l.native_name()}</th> })
        .collect::<Vec<_>>();
    let missing_per_lang = Lang::all()
        .iter()
        .map(|l| {
            let n = rows
                .iter()
                .filter(|r| {
                    r.states
                        .iter()
                        .any(|(sl, s)| sl == l && (*s == "missing" || *s == "outdated"))
                })
                .count();
            view! { <td data-testid=format!("todo-{kind}-{}", l.code())>{tr.number(n as i64)}</td> }
        })
        .collect::<Vec<_>>();
    let body = rows
        .into_iter()
        .map(|r| {
            let id = r.id;
            let cells = r
                .states
                .into_iter()
                .map(|(l, s)| {
                    let href = if l == Lang::DE {
                        format!("{base}/{id}")
                    } else {
                        format!("{base}/{id}/{}", l.code())
                    };
                    view! { <td><a class=format!("state state-{s}") href=href>{state_label(&tr, s)}</a></td> }
                })
                .collect::<Vec<_>>();
            let preview = preview.map(|p| {
                view! { " "<a class="muted" href=format!("{p}{id}")>{tr.t("preview-link")}</a> }
            });
            view! {
                <tr data-testid=format!("{kind}-row-{id}")>
                    <th scope="row">{r.title}{preview}</th>
                    {cells}
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="table-wrap">
            <table class="translations">
                <thead><tr><th scope="col">{tr.t("dashboard-title-column")}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
                <tfoot><tr><th scope="row">{tr.t("dashboard-todo")}</th>{missing_per_lang}</tr></tfoot>
            </table>
        </div>
    }
}

#[component]
pub fn DashboardPage(d: Dashboard, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("directory-manage-title") current_path="/directory/manage".to_string() user=Some(user)>
            <h1>{tr.t("directory-manage-title")}</h1>
            <Notice message=d.notice/>
            <p class="quick-links">
                <a class="button" href="/directory/manage/offices/new">{tr.t("office-new")}</a>
                " "<a class="button" href="/directory/manage/guides/new">{tr.t("guide-new")}</a>
                " "<a class="button secondary" href="/directory/manage/import">{tr.t("import-title")}</a>
                " "<a href="/directory/manage/export.csv">{tr.t("export-csv")}</a>
                " · "<a href="/directory/manage/export.json">{tr.t("export-json")}</a>
                " · "<a href="/api/v1/openapi.json">{tr.t("api-docs")}</a>
                {d.can_grant.then(|| view! { " · "<a href="/directory/manage/editors">{tr.t("editors-title")}</a> })}
            </p>
            <p class="hint">{tr.t("dashboard-hint")}</p>
            <section class="section" aria-labelledby="h-dash-offices">
                <h2 id="h-dash-offices">{tr.t("offices-heading")}</h2>
                <TranslationTable kind="office" base="/directory/manage/offices" rows=d.offices
                    preview="/directory/manage/preview?path=/offices/"/>
            </section>
            <section class="section" aria-labelledby="h-dash-guides">
                <h2 id="h-dash-guides">{tr.t("guides-heading")}</h2>
                <TranslationTable kind="guide" base="/directory/manage/guides" rows=d.guides
                    preview="/directory/manage/preview?path=/guides/"/>
            </section>
        </Shell>
    }
}

/// A translation beside its German source. `fields` are (name, label, German text,
/// multi-line).
#[derive(Clone, Debug, Default)]
pub struct TranslationForm {
    pub action: String,
    pub title: String,
    pub lang: Option<Lang>,
    pub version: i64,
    pub fields: Vec<(String, String, String, bool)>,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    pub outdated: bool,
    /// Empty: no preview (the text is not on a page of the directory).
    pub preview_href: String,
    /// Where "back" leads: None for the directory's dashboard.
    pub back: Option<(&'static str, String)>,
}

pub const TRANSLATION_FORM: &str = "translation";

#[component]
pub fn TranslationFormPage(f: TranslationForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let lang = f.lang.unwrap_or(Lang::EN);
    let heading = tr.ta(
        "translation-heading",
        &[
            ("title", f.title.clone().into()),
            ("language", lang.native_name().into()),
        ],
    );
    let rows = f
        .fields
        .iter()
        .map(|(name, label, german, multiline)| {
            let value = f.posted.value(TRANSLATION_FORM, name);
            let error = f.posted.error(TRANSLATION_FORM, name);
            let id = format!("t-{name}");
            let input = if *multiline {
                view! { <textarea id=id.clone() name=name.clone() rows="4" maxlength="4000" lang=lang.tag() dir=lang.dir()>{value}</textarea> }.into_any()
            } else {
                view! { <input id=id.clone() name=name.clone() value=value maxlength="300" lang=lang.tag() dir=lang.dir()/> }.into_any()
            };
            view! {
                <div class="field translation-field">
                    <label for=id>{label.clone()}</label>
                    <p class="source" lang="de"><span class="muted">"DE: "</span>{german.clone()}</p>
                    {error.map(|e| view! { <p class="error">{e}</p> })}
                    {input}
                </div>
            }
        })
        .collect::<Vec<_>>();
    let published = f.posted.value(TRANSLATION_FORM, "published") == "on";
    let (back_href, back_label) = f
        .back
        .clone()
        .unwrap_or(("/directory/manage", tr.t("directory-manage-title")));
    let preview = (!f.preview_href.is_empty())
        .then(|| view! { <p><a href=f.preview_href.clone()>{tr.t("preview-link")}</a></p> });
    view! {
        <Shell title=heading.clone() current_path=f.action.clone() user=Some(user)>
            <BackLink href=back_href label=back_label/>
            <h1>{heading}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {f.outdated.then(|| view! { <p class="alert alert-warning" data-testid="outdated-notice">{tr.t("translation-outdated-editor")}</p> })}
            {preview}
            <form method="post" action=f.action.clone() class="card section stack">
                <input type="hidden" name="version" value=f.version.to_string()/>
                <p class="hint">{tr.t("format-hint")}</p>
                {rows}
                <Checkbox name="published" label=tr.t("publish-translation") checked=published/>
                <button type="submit" class="button">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}

/// The result of reading an uploaded file: what would change, or what is wrong.
#[derive(Clone, Debug, Default)]
pub struct ImportReport {
    pub import_id: Option<i64>,
    /// (row, name, "new" | "changed" | "unchanged").
    pub rows: Vec<(usize, String, &'static str)>,
    /// (row, field, message).
    pub errors: Vec<(usize, String, String)>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn ImportPage(report: ImportReport, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let errors = (!report.errors.is_empty()).then(|| {
        let items = report
            .errors
            .iter()
            .map(|(row, field, message)| {
                let at = tr.ta("import-row", &[("row", (*row as i64).into())]);
                view! { <li data-testid="import-error">{at}{(!field.is_empty()).then(|| format!(" · {field}"))}": "{message.clone()}</li> }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="alert alert-error" role="alert" aria-labelledby="h-import-errors">
                <h2 id="h-import-errors">{tr.t("import-errors-heading")}</h2>
                <p>{tr.t("import-nothing-imported")}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let report_table = (!report.rows.is_empty()).then(|| {
        let count = |k: &str| report.rows.iter().filter(|r| r.2 == k).count() as i64;
        let summary = tr.ta(
            "import-summary",
            &[("new", count("new").into()), ("changed", count("changed").into()), ("unchanged", count("unchanged").into())],
        );
        let rows = report
            .rows
            .iter()
            .map(|(row, name, change)| view! { <tr><td>{tr.number(*row as i64)}</td><td>{name.clone()}</td><td>{tr.t(&format!("import-change-{change}"))}</td></tr> })
            .collect::<Vec<_>>();
        view! {
            <section class="card section" aria-labelledby="h-import-report">
                <h2 id="h-import-report">{tr.t("import-dry-run")}</h2>
                <p data-testid="import-summary">{summary}</p>
                <div class="table-wrap"><table><thead><tr><th>{tr.t("import-row-column")}</th><th>{tr.t("office-name")}</th><th>{tr.t("import-change-column")}</th></tr></thead><tbody>{rows}</tbody></table></div>
                {report.import_id.map(|id| view! {
                    <form method="post" action=format!("/directory/manage/import/{id}/apply")>
                        <button type="submit" class="button">{tr.t("import-apply")}</button>
                    </form>
                })}
            </section>
        }
    });
    view! {
        <Shell title=tr.t("import-title") current_path="/directory/manage/import".to_string() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{tr.t("import-title")}</h1>
            <ErrorSummary message=report.alert/>
            <Notice message=report.notice/>
            {errors}
            {report_table}
            <form method="post" action="/directory/manage/import" enctype="multipart/form-data" class="card section stack">
                <fieldset>
                    <legend>{tr.t("import-format")}</legend>
                    <div class="check"><input type="radio" id="fmt-csv" name="format" value="csv" checked=true/><label for="fmt-csv">{tr.t("import-format-csv")}</label></div>
                    <div class="check"><input type="radio" id="fmt-integreat" name="format" value="integreat"/><label for="fmt-integreat">{tr.t("import-format-integreat")}</label></div>
                </fieldset>
                <div class="field">
                    <label for="import-file">{tr.t("import-file")}</label>
                    <p class="hint" id="import-file-hint">{tr.t("import-template-hint")}" "<a href="/directory/manage/template.csv">{tr.t("import-template")}</a></p>
                    <input type="file" id="import-file" name="file" accept=".csv,.json,text/csv,application/json" required=true aria-describedby="import-file-hint"/>
                </div>
                <button type="submit" class="button">{tr.t("import-check")}</button>
            </form>
        </Shell>
    }
}

/// Guides of the county who may edit the directory.
#[component]
pub fn EditorsPage(staff: Vec<(i64, String, bool)>, notice: Option<String>, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let rows = staff
        .into_iter()
        .map(|(id, name, allowed)| {
            let label = if allowed { tr.t("editor-revoke") } else { tr.t("editor-grant") };
            view! {
                <li class="card row">
                    <span>{name}" "{allowed.then(|| view! { <span class="badge">{tr.t("editor-allowed")}</span> })}</span>
                    <form method="post" action=format!("/directory/manage/editors/{id}") class="inline-form">
                        <input type="hidden" name="allowed" value=if allowed { "0" } else { "1" }/>
                        <button type="submit" class="button small secondary">{label}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("editors-title") current_path="/directory/manage/editors".to_string() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{tr.t("editors-title")}</h1>
            <Notice message=notice/>
            <p class="hint">{tr.t("editors-hint")}</p>
            <ul class="plain-list">{rows}</ul>
        </Shell>
    }
}

/// A page as a client sees it, in a phone-sized frame, in each language.
#[component]
pub fn PreviewPage(path: String, lang: Lang, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let links = Lang::all()
        .iter()
        .map(|l| {
            let href = format!("/directory/manage/preview?path={path}&lang={}", l.code());
            view! { <a href=href lang=l.tag() aria-current=(*l == lang).then_some("page")>{l.native_name()}</a>" " }
        })
        .collect::<Vec<_>>();
    let src = format!("{path}?preview=1&lang={}", lang.code());
    view! {
        <Shell title=tr.t("preview-title") current_path="/directory/manage/preview".to_string() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{tr.t("preview-title")}</h1>
            <p class="quick-links">{links}</p>
            <iframe class="phone-frame" src=src.clone() title=tr.t("preview-title") width="360" height="720"></iframe>
            <p><a href=src>{tr.t("preview-open")}</a></p>
        </Shell>
    }
}
