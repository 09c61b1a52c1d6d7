//! The directory in the manager view: the translation dashboard (what is missing or
//! outdated per language), the office form (facts and the German source), translation
//! forms beside the German text, import with a dry-run report, export, who may edit,
//! and a preview of any page on a phone-sized screen.

use crate::directory::CATEGORIES;
use crate::domain::{Lang, SPOKEN_LANGUAGES};
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select, TextArea, TheirVersion};
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
    let head = Lang::ALL
        .iter()
        .map(|l| view! { <th scope="col" lang=l.code()>{l.native_name()}</th> })
        .collect::<Vec<_>>();
    let missing_per_lang = Lang::ALL
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
                    let href = if l == Lang::De {
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

/// The office form: its facts and its German text (the source of every translation).
#[derive(Clone, Debug, Default)]
pub struct OfficeForm {
    /// None for a new office.
    pub id: Option<i64>,
    pub version: i64,
    /// Field values as typed or stored.
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Number of contact slots shown.
    pub contact_slots: usize,
    /// The opening-hours parser's words after a refused expression.
    pub hours_detail: Option<String>,
}

pub const OFFICE_FORM: &str = "office";

#[component]
pub fn OfficeFormPage(f: OfficeForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = f.posted.clone();
    let v = move |name: &str| p.value(OFFICE_FORM, name);
    let errors = f.posted.clone();
    let e = move |name: &str| errors.error(OFFICE_FORM, name);
    let title = match f.id {
        Some(_) => tr.t("office-edit"),
        None => tr.t("office-new"),
    };
    let action = match f.id {
        Some(id) => format!("/directory/manage/offices/{id}"),
        None => "/directory/manage/offices/new".to_string(),
    };
    let mut categories: Vec<(String, String)> = CATEGORIES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("category-{c}"))))
        .collect();
    categories.sort_by(|a, b| a.1.cmp(&b.1));
    categories.insert(0, (String::new(), tr.t("choose")));
    let spoken = v("languages");
    let language_boxes = SPOKEN_LANGUAGES
        .iter()
        .map(|code| {
            let checked = spoken.split_whitespace().any(|s| s == *code);
            view! {
                <div class="check">
                    <input type="checkbox" id=format!("lang-{code}") name="languages" value=*code checked=checked/>
                    <label for=format!("lang-{code}")>{tr.t(&format!("language-{code}"))}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    let contacts = (1..=f.contact_slots)
        .map(|i| {
            let field = |n: &str| format!("contact_{i}_{n}");
            view! {
                <fieldset class="contact-slot">
                    <legend>{tr.ta("contact-slot", &[("n", (i as i64).into())])}</legend>
                    <div class="field"><label for=field("name")>{tr.t("contact-name")}</label>
                        <input id=field("name") name=field("name") value=v(&field("name")) maxlength="200"/></div>
                    <div class="field"><label for=field("role")>{tr.t("contact-role")}</label>
                        <input id=field("role") name=field("role") value=v(&field("role")) maxlength="200"/></div>
                    <div class="field"><label for=field("phone")>{tr.t("contact-phone")}</label>
                        {e(&field("phone")).map(|m| view! { <p class="error">{m}</p> })}
                        <input id=field("phone") name=field("phone") type="tel" value=v(&field("phone")) maxlength="40"/></div>
                    <div class="field"><label for=field("email")>{tr.t("contact-email")}</label>
                        <input id=field("email") name=field("email") type="email" value=v(&field("email")) maxlength="254"/></div>
                    <div class="field"><label for=field("hours")>{tr.t("contact-hours")}</label>
                        {e(&field("hours")).map(|m| view! { <p class="error">{m}</p> })}
                        <input id=field("hours") name=field("hours") value=v(&field("hours")) maxlength="300" dir="ltr"/></div>
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    let published = v("published") == "on";
    let preview =
        f.id.map(|id| format!("/directory/manage/preview?path=/offices/{id}"));
    view! {
        <Shell title=title.clone() current_path=action.clone() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{title}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {preview.map(|h| view! { <p><a href=h>{tr.t("preview-link")}</a></p> })}
            <form method="post" action=action class="card section stack">
                <input type="hidden" name="version" value=f.version.to_string()/>
                <h2>{tr.t("office-german-text")}</h2>
                <Field name="name" label=tr.t("office-name") value=v("name") error=e("name") required=true/>
                <TextArea name="description" label=tr.t("office-about") value=v("description") error=e("description") hint=tr.t("format-hint") rows=5/>
                <TextArea name="bring" label=tr.t("what-to-bring") value=v("bring") error=e("bring") hint=tr.t("format-hint")/>
                <TextArea name="transport" label=tr.t("getting-there") value=v("transport") error=e("transport") rows=2/>
                <h2>{tr.t("office-facts")}</h2>
                <Select name="category" label=tr.t("filter-category") options=categories selected=v("category") error=e("category")/>
                <Field name="street" label=tr.t("office-street") value=v("street") error=e("street") autocomplete="street-address"/>
                <div class="row">
                    <Field name="postcode" label=tr.t("office-postcode") value=v("postcode") error=e("postcode") maxlength=10 inputmode="numeric"/>
                    <Field name="city" label=tr.t("office-city") value=v("city") error=e("city")/>
                </div>
                <div class="row">
                    <Field name="lat" label=tr.t("office-lat") value=v("lat") error=e("lat") inputmode="decimal" maxlength=20/>
                    <Field name="lon" label=tr.t("office-lon") value=v("lon") error=e("lon") inputmode="decimal" maxlength=20/>
                </div>
                <Field name="phone" label=tr.t("contact-phone") value=v("phone") error=e("phone") input_type="tel" maxlength=40/>
                <Field name="email" label=tr.t("contact-email") value=v("email") error=e("email") input_type="email" maxlength=254/>
                <Field name="website" label=tr.t("office-website") value=v("website") error=e("website") input_type="url" maxlength=300/>
                <Field name="opening_hours" label=tr.t("opening-hours") value=v("opening_hours") error=e("opening_hours") hint=tr.t("hours-hint") maxlength=500/>
                {f.hours_detail.map(|d| view! { <pre class="hint" dir="ltr" data-testid="hours-detail">{d}</pre> })}
                <Checkbox name="by_appointment" label=tr.t("by-appointment-only") checked=v("by_appointment") == "on"/>
                <Checkbox name="barrier_free" label=tr.t("barrier-free") checked=v("barrier_free") == "on"/>
                <fieldset>
                    <legend>{tr.t("filter-language")}</legend>
                    {e("languages").map(|m| view! { <p class="error">{m}</p> })}
                    <div class="checks">{language_boxes}</div>
                </fieldset>
                <h2>{tr.t("contact-persons")}</h2>
                {contacts}
                <Checkbox name="published" label=tr.t("publish-german") checked=published/>
                <button type="submit" class="button">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}

/// The German guide: title, summary and its steps, each with what to bring and the
/// office it leads to. Empty step slots add steps; clearing a step's title removes it;
/// the position numbers reorder them.
#[derive(Clone, Debug, Default)]
pub struct GuideForm {
    /// None for a new guide.
    pub id: Option<i64>,
    pub version: i64,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Number of step slots shown (the steps plus empty ones).
    pub step_slots: usize,
    /// Offices a step can lead to: (id, German name).
    pub offices: Vec<(i64, String)>,
}

pub const GUIDE_FORM: &str = "guide";

#[component]
pub fn GuideFormPage(f: GuideForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = f.posted.clone();
    let v = move |name: &str| p.value(GUIDE_FORM, name);
    let errors = f.posted.clone();
    let e = move |name: &str| errors.error(GUIDE_FORM, name);
    let (title, action) = match f.id {
        Some(id) => (tr.t("guide-edit"), format!("/directory/manage/guides/{id}")),
        None => (tr.t("guide-new"), "/directory/manage/guides/new".to_string()),
    };
    let steps = (1..=f.step_slots)
        .map(|n| {
            let field = |k: &str| format!("step_{n}_{k}");
            let chosen = v(&field("office"));
            let options = std::iter::once((String::new(), tr.t("guide-step-no-office")))
                .chain(f.offices.iter().map(|(id, name)| (id.to_string(), name.clone())))
                .map(|(value, label)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{label}</option> }
                })
                .collect::<Vec<_>>();
            let label = |k: &str| tr.ta(k, &[("n", (n as i64).into())]);
            let order = v(&field("order"));
            let order = if order.is_empty() { n.to_string() } else { order };
            view! {
                <fieldset class="step-slot" data-testid=format!("step-slot-{n}")>
                    <legend>{label("guide-step-slot")}</legend>
                    <input type="hidden" name=field("from") value=v(&field("from"))/>
                    <div class="field"><label for=field("title")>{label("guide-step-title")}</label>
                        <input id=field("title") name=field("title") value=v(&field("title")) maxlength="200"/></div>
                    <div class="field"><label for=field("body")>{label("guide-step-body")}</label>
                        <textarea id=field("body") name=field("body") rows="3" maxlength="4000">{v(&field("body"))}</textarea></div>
                    <div class="field"><label for=field("bring")>{label("guide-step-bring")}</label>
                        <textarea id=field("bring") name=field("bring") rows="2" maxlength="4000">{v(&field("bring"))}</textarea></div>
                    <div class="row">
                        <div class="field"><label for=field("office")>{tr.t("guide-step-office")}</label>
                            <select id=field("office") name=field("office")>{options}</select></div>
                        <div class="field narrow"><label for=field("order")>{tr.t("guide-step-order")}</label>
                            <input id=field("order") name=field("order") value=order inputmode="numeric" maxlength="3"/></div>
                    </div>
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    let published = v("published") == "on";
    let preview =
        f.id.map(|id| format!("/directory/manage/preview?path=/guides/{id}"));
    view! {
        <Shell title=title.clone() current_path=action.clone() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{title}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {preview.map(|h| view! { <p><a href=h>{tr.t("preview-link")}</a></p> })}
            <form method="post" action=action class="card section stack">
                <input type="hidden" name="version" value=f.version.to_string()/>
                <Field name="title" label=tr.t("guide-title") value=v("title") error=e("title") required=true/>
                <TextArea name="summary" label=tr.t("guide-summary") value=v("summary") error=e("summary") rows=2 maxlength=1000/>
                <h2>{tr.t("guide-steps")}</h2>
                <p class="hint">{tr.t("guide-steps-hint")}</p>
                {e("steps").map(|m| view! { <p class="error" role="alert">{m}</p> })}
                {steps}
                <p class="hint">{tr.t("format-hint")}</p>
                <Checkbox name="published" label=tr.t("publish-german") checked=published/>
                <button type="submit" class="button">{tr.t("save")}</button>
            </form>
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
    pub preview_href: String,
}

pub const TRANSLATION_FORM: &str = "translation";

#[component]
pub fn TranslationFormPage(f: TranslationForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let lang = f.lang.unwrap_or(Lang::En);
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
                view! { <textarea id=id.clone() name=name.clone() rows="4" maxlength="4000" lang=lang.code() dir=lang.dir()>{value}</textarea> }.into_any()
            } else {
                view! { <input id=id.clone() name=name.clone() value=value maxlength="300" lang=lang.code() dir=lang.dir()/> }.into_any()
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
    view! {
        <Shell title=heading.clone() current_path=f.action.clone() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{heading}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {f.outdated.then(|| view! { <p class="alert alert-warning" data-testid="outdated-notice">{tr.t("translation-outdated-editor")}</p> })}
            <p><a href=f.preview_href>{tr.t("preview-link")}</a></p>
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
    let links = Lang::ALL
        .iter()
        .map(|l| {
            let href = format!("/directory/manage/preview?path={path}&lang={}", l.code());
            view! { <a href=href lang=l.code() aria-current=(*l == lang).then_some("page")>{l.native_name()}</a>" " }
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
