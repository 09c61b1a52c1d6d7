//! Planning group offers (manager view, German, coordinators of the municipality):
//! the overview with gaps in the coming weeks, the offer form, the plan of one offer
//! (series, single dates, cancelling or moving a date, head counts, who helps), and
//! the volunteers (invitations, checked documents, hours).

use super::case::{choices, When};
use super::directory::{DashboardRow, TranslationTable};
use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::{use_tr, Tr};
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select, TextArea, TheirVersion};
use crate::pages::groups::TARGET_GROUPS;
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const GROUP_CATEGORIES: [&str; 9] = [
    "language_cafe",
    "tandem",
    "parents_children",
    "sports",
    "cooking",
    "forms_help",
    "homework",
    "crafts",
    "other",
];
pub const SHIFT_ROLES: [&str; 4] = ["lead", "helper", "childcare", "interpreter"];
pub const REPEATS: [&str; 3] = ["weekly", "biweekly", "monthly"];
/// Skills a volunteer can name in their profile.
pub const SKILLS: [&str; 8] = [
    "teaching",
    "childcare",
    "sports",
    "cooking",
    "forms",
    "driving",
    "crafts",
    "interpreting",
];
/// Availability slots: weekday (1 = Monday) and part of the day.
pub const DAY_PARTS: [&str; 3] = ["am", "pm", "ev"];
pub const DOCUMENT_KINDS: [&str; 4] = [
    "police_certificate",
    "measles",
    "infection_protection",
    "confidentiality",
];

pub const GROUP_FORM: &str = "group";
pub const SERIES_FORM: &str = "series";
pub const ONE_OFF_FORM: &str = "one-off";
pub const INVITE_FORM: &str = "invite";
pub const DOCUMENT_FORM: &str = "document";

/// The open places of one role in one session.
#[derive(Clone, Debug)]
pub struct GapView {
    pub group_id: i64,
    pub title: String,
    pub when: When,
    pub role: String,
    pub needed: i64,
    pub filled: i64,
}

/// A notice inside Lotse, already in the reader's language.
#[derive(Clone, Debug)]
pub struct NoticeView {
    pub text: String,
    pub link: Option<String>,
    pub when: When,
}

#[derive(Clone, Debug)]
pub struct AttendanceView {
    pub target_group: String,
    pub sessions: i64,
    pub counted: i64,
    pub heads: i64,
}

/// A checked document, its holder, and until when it is valid.
#[derive(Clone, Debug)]
pub struct DocumentView {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub kind: String,
    pub valid_until: Option<String>,
    pub expired: bool,
    pub expiring: bool,
    pub checked: String,
}

#[derive(Clone, Debug, Default)]
pub struct GroupsDashboard {
    pub weeks: i64,
    pub gaps: Vec<GapView>,
    pub offers: Vec<DashboardRow>,
    pub notices: Vec<NoticeView>,
    pub documents: Vec<DocumentView>,
    pub attendance: Vec<AttendanceView>,
    pub notice: Option<String>,
}

/// The notices list with a button that marks them read.
#[component]
pub fn NoticeList(notices: Vec<NoticeView>, read_action: &'static str) -> impl IntoView {
    let tr = use_tr();
    (!notices.is_empty()).then(|| {
        let items = notices
            .into_iter()
            .map(|n| {
                let when = n.when.show(&tr);
                let text = match n.link {
                    Some(href) => view! { <a href=href>{n.text}</a> }.into_any(),
                    None => view! { <span>{n.text}</span> }.into_any(),
                };
                view! { <li data-testid="notice">{text}<br/><span class="muted">{when}</span></li> }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section notices" aria-labelledby="h-notices">
                <h2 id="h-notices">{tr.t("notices-heading")}</h2>
                <ul class="plain-list">{items}</ul>
                <form method="post" action=read_action>
                    <button type="submit" class="button secondary">{tr.t("notices-read")}</button>
                </form>
            </section>
        }
    })
}

fn document_label(tr: &Tr, d: &DocumentView) -> String {
    let kind = tr.t(&format!("document-kind-{}", d.kind));
    match &d.valid_until {
        Some(until) if d.expired => tr.ta(
            "document-expired",
            &[("kind", kind.into()), ("date", tr.date(until).into())],
        ),
        Some(until) => tr.ta(
            "document-valid-until",
            &[("kind", kind.into()), ("date", tr.date(until).into())],
        ),
        None => tr.ta("document-valid", &[("kind", kind.into())]),
    }
}

#[component]
pub fn GroupsDashboardPage(d: GroupsDashboard, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let gap_count = d.gaps.iter().map(|g| g.needed - g.filled).sum::<i64>();
    let gaps = d
        .gaps
        .into_iter()
        .map(|g| {
            let open = tr.ta(
                "shift-filled",
                &[("filled", g.filled.into()), ("needed", g.needed.into())],
            );
            view! {
                <tr data-testid="gap">
                    <td>{g.when.show(&tr)}</td>
                    <th scope="row"><a href=format!("/groups/manage/{}/plan", g.group_id)>{g.title}</a></th>
                    <td>{tr.t(&format!("shift-role-{}", g.role))}</td>
                    <td>{open}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let offers = d
        .offers
        .iter()
        .map(|o| {
            let id = o.id;
            view! {
                <li>
                    <strong>{o.title.clone()}</strong>" · "
                    <a href=format!("/groups/manage/{id}/plan") data-testid=format!("plan-{id}")>{tr.t("group-plan-link")}</a>" · "
                    <a href=format!("/groups/manage/{id}")>{tr.t("group-edit-link")}</a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let docs = d
        .documents
        .iter()
        .filter(|x| x.expired || x.expiring)
        .map(|x| {
            let label = document_label(&tr, x);
            view! { <li class:gap=x.expired><a href=format!("/groups/manage/volunteers/{}", x.user_id)>{x.name.clone()}</a>": "{label}</li> }
        })
        .collect::<Vec<_>>();
    let attendance = d
        .attendance
        .into_iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{tr.t(&format!("group-target-{}", a.target_group))}</th>
                    <td>{tr.number(a.sessions)}</td>
                    <td>{tr.number(a.counted)}</td>
                    <td>{tr.number(a.heads)}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let gaps_heading = tr.ta("groups-gaps-heading", &[("weeks", d.weeks.into())]);
    view! {
        <Shell title=tr.t("groups-manage-title") current_path="/groups/manage".to_string() user=Some(user)>
            <h1>{tr.t("groups-manage-title")}</h1>
            <Notice message=d.notice/>
            <p class="quick-links">
                <a class="button primary" href="/groups/manage/new">{tr.t("group-new")}</a>
                " "<a class="button" href="/groups/manage/volunteers">{tr.t("volunteers-title")}</a>
            </p>
            <NoticeList notices=d.notices read_action="/groups/manage/notices/read"/>
            <section class="section" aria-labelledby="h-gaps">
                <h2 id="h-gaps">{gaps_heading}</h2>
                {if gaps.is_empty() {
                    view! { <p class="card">{tr.t("groups-no-gaps")}</p> }.into_any()
                } else {
                    view! {
                        <p data-testid="gap-count">{tr.ta("groups-gap-count", &[("count", gap_count.into())])}</p>
                        <div class="table-wrap">
                            <table class="gaps">
                                <thead><tr>
                                    <th scope="col">{tr.t("groups-col-when")}</th>
                                    <th scope="col">{tr.t("groups-col-group")}</th>
                                    <th scope="col">{tr.t("groups-col-role")}</th>
                                    <th scope="col">{tr.t("groups-col-filled")}</th>
                                </tr></thead>
                                <tbody>{gaps}</tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </section>
            {(!docs.is_empty()).then(|| view! {
                <section class="card section" aria-labelledby="h-docs-due">
                    <h2 id="h-docs-due">{tr.t("documents-due-heading")}</h2>
                    <ul>{docs}</ul>
                </section>
            })}
            <section class="section" aria-labelledby="h-offers">
                <h2 id="h-offers">{tr.t("groups-offers-heading")}</h2>
                <ul class="plain-list card">{offers}</ul>
                <h3>{tr.t("groups-translations-heading")}</h3>
                <TranslationTable kind="group" base="/groups/manage" rows=d.offers preview="/groups/"/>
            </section>
            <section class="section" aria-labelledby="h-attendance">
                <h2 id="h-attendance">{tr.t("groups-attendance-heading")}</h2>
                <p class="hint">{tr.t("groups-attendance-hint")}</p>
                <div class="table-wrap">
                    <table>
                        <thead><tr>
                            <th scope="col">{tr.t("groups-col-target")}</th>
                            <th scope="col">{tr.t("groups-col-sessions")}</th>
                            <th scope="col">{tr.t("groups-col-counted")}</th>
                            <th scope="col">{tr.t("groups-col-heads")}</th>
                        </tr></thead>
                        <tbody>{attendance}</tbody>
                    </table>
                </div>
            </section>
        </Shell>
    }
}

/// The offer form: facts, shift needs and the German text.
#[derive(Clone, Debug, Default)]
pub struct GroupForm {
    pub id: Option<i64>,
    pub version: i64,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Places from the directory: (office id, name).
    pub places: Vec<(String, String)>,
}

#[component]
pub fn GroupFormPage(f: GroupForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = f.posted.clone();
    let v = move |name: &str| p.value(GROUP_FORM, name);
    let errors = f.posted.clone();
    let e = move |name: &str| errors.error(GROUP_FORM, name);
    let (title, action) = match f.id {
        Some(id) => (tr.t("group-edit"), format!("/groups/manage/{id}")),
        None => (tr.t("group-new"), "/groups/manage/new".to_string()),
    };
    let mut places = vec![(String::new(), tr.t("group-place-address"))];
    places.extend(f.places.clone());
    let needs = SHIFT_ROLES
        .iter()
        .map(|role| {
            let name: &'static str = match *role {
                "lead" => "need_lead",
                "helper" => "need_helper",
                "childcare" => "need_childcare",
                _ => "need_interpreter",
            };
            view! {
                <Field name=name label=tr.t(&format!("shift-role-{role}")) value=v(name) error=e(name)
                    input_type="number" inputmode="numeric" maxlength=2/>
            }
        })
        .collect::<Vec<_>>();
    let plan = f
        .id
        .map(|id| view! { <p><a href=format!("/groups/manage/{id}/plan")>{tr.t("group-plan-link")}</a></p> });
    view! {
        <Shell title=title.clone() current_path=action.clone() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{title}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {plan}
            <form method="post" action=action class="card section stack" novalidate>
                <input type="hidden" name="version" value=f.version.to_string()/>
                <h2>{tr.t("office-german-text")}</h2>
                <Field name="title" label=tr.t("group-title-field") value=v("title") error=e("title") required=true/>
                <TextArea name="description" label=tr.t("group-description-field") value=v("description")
                    error=e("description") hint=tr.t("format-hint") rows=5/>
                <h2>{tr.t("group-facts")}</h2>
                <Select name="category" label=tr.t("group-category-field")
                    options=choices("group-category", &GROUP_CATEGORIES, Some(tr.t("choose")))
                    selected=v("category") error=e("category")/>
                <Select name="target_group" label=tr.t("groups-filter-target")
                    options=choices("group-target", &TARGET_GROUPS, Some(tr.t("choose")))
                    selected=v("target_group") error=e("target_group")/>
                <Select name="office_id" label=tr.t("group-where") options=places selected=v("office_id") error=e("office_id")/>
                <Field name="address" label=tr.t("group-address-field") value=v("address") error=e("address")
                    hint=tr.t("group-address-hint")/>
                <Field name="capacity" label=tr.t("group-capacity-field") value=v("capacity") error=e("capacity")
                    input_type="number" inputmode="numeric" maxlength=4 required=true/>
                <Checkbox name="childcare" label=tr.t("group-childcare") checked=v("childcare") == "on"/>
                <Checkbox name="barrier_free" label=tr.t("group-barrier-free") checked=v("barrier_free") == "on"/>
                <Field name="contact_name" label=tr.t("group-contact-name") value=v("contact_name") error=e("contact_name")/>
                <Field name="contact_phone" label=tr.t("contact-phone") value=v("contact_phone") error=e("contact_phone")
                    input_type="tel" maxlength=40/>
                <Field name="contact_email" label=tr.t("contact-email") value=v("contact_email") error=e("contact_email")
                    input_type="email" maxlength=254/>
                <fieldset>
                    <legend>{tr.t("group-needs-legend")}</legend>
                    <p class="hint">{tr.t("group-needs-hint")}</p>
                    {needs}
                </fieldset>
                <Checkbox name="published" label=tr.t("group-published") checked=v("published") == "on"/>
                <button type="submit" class="button primary">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct PlanRole {
    pub role: String,
    pub needed: i64,
    pub names: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct PlanSession {
    pub id: i64,
    pub when: When,
    pub minutes: i64,
    pub cancelled: bool,
    pub moved: bool,
    pub reason: Option<String>,
    pub head_count: Option<i64>,
    pub version: i64,
    /// Has begun: a head count can be recorded.
    pub begun: bool,
    pub roles: Vec<PlanRole>,
}

#[derive(Clone, Debug, Default)]
pub struct GroupPlan {
    pub id: i64,
    pub title: String,
    pub capacity: i64,
    pub confirmed: i64,
    pub waiting: i64,
    pub series: Vec<SeriesView>,
    pub sessions: Vec<PlanSession>,
    pub volunteers: Vec<(i64, String)>,
    /// The municipality's volunteers not yet in this group.
    pub candidates: Vec<(String, String)>,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Show past dates too.
    pub past: bool,
}

/// A recurring series as stored, to be put in words.
#[derive(Clone, Debug)]
pub struct SeriesView {
    pub repeat: String,
    pub nth: Option<i64>,
    /// 0 = Monday.
    pub weekday: i64,
    pub hour: u8,
    pub minute: u8,
    pub minutes: i64,
    pub first: String,
    pub last: Option<String>,
}

impl SeriesView {
    /// "Every Tuesday, 17:00, 90 minutes · from … until …".
    pub fn describe(&self, tr: &Tr) -> String {
        let day = tr.t(&format!("weekday-{}", self.weekday + 1));
        let rule = match self.repeat.as_str() {
            "monthly" => tr.ta(
                "series-monthly",
                &[("nth", self.nth.unwrap_or(1).into()), ("weekday", day.into())],
            ),
            "biweekly" => tr.ta("series-biweekly", &[("weekday", day.into())]),
            _ => tr.ta("series-weekly", &[("weekday", day.into())]),
        };
        let span = match &self.last {
            Some(l) => tr.ta(
                "series-span",
                &[
                    ("first", tr.date(&self.first).into()),
                    ("last", tr.date(l).into()),
                ],
            ),
            None => tr.ta("series-from", &[("first", tr.date(&self.first).into())]),
        };
        format!(
            "{rule}, {}, {} · {span}",
            tr.time(self.hour, self.minute),
            tr.ta(
                "volunteer-interpreting-minutes",
                &[("minutes", self.minutes.into())]
            )
        )
    }
}

#[component]
pub fn GroupPlanPage(p: GroupPlan, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let id = p.id;
    let posted = p.posted.clone();
    let v = move |form: &str, name: &str| posted.value(form, name);
    let perr = p.posted.clone();
    let e = move |form: &str, name: &str| perr.error(form, name);
    let series = p
        .series
        .iter()
        .map(|s| view! { <li>{s.describe(&tr)}</li> })
        .collect::<Vec<_>>();
    let weekdays: Vec<(String, String)> = (0..7)
        .map(|d| (d.to_string(), tr.t(&format!("weekday-{}", d + 1))))
        .collect();
    let nths: Vec<(String, String)> = [1, 2, 3, 4, -1]
        .iter()
        .map(|n| {
            (
                n.to_string(),
                tr.t(&format!(
                    "series-nth-{}",
                    if *n < 0 { "last".to_string() } else { n.to_string() }
                )),
            )
        })
        .collect();
    let sessions = p
        .sessions
        .iter()
        .map(|s| {
            let sid = s.id;
            let roles = s
                .roles
                .iter()
                .map(|r| {
                    let gap = (r.names.len() as i64) < r.needed;
                    let who = if r.names.is_empty() { "–".to_string() } else { r.names.join(", ") };
                    view! {
                        <li class:gap=gap>
                            <strong>{tr.t(&format!("shift-role-{}", r.role))}</strong>" · "
                            {tr.ta("shift-filled", &[("filled", (r.names.len() as i64).into()), ("needed", r.needed.into())])}
                            ": "{who}
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let status = if s.cancelled {
                Some(tr.ta("group-session-cancelled", &[("reason", s.reason.clone().unwrap_or_default().into())]))
            } else if s.moved {
                Some(tr.ta("group-session-moved", &[("reason", s.reason.clone().unwrap_or_default().into())]))
            } else {
                None
            };
            let actions = if s.cancelled {
                ().into_any()
            } else if s.begun {
                let count = s.head_count.map(|c| c.to_string()).unwrap_or_default();
                view! {
                    <form method="post" action=format!("/groups/manage/{id}/sessions/{sid}/count") class="inline-fields">
                        <div class="field">
                            <label for=format!("count-{sid}")>{tr.t("session-head-count")}</label>
                            <input id=format!("count-{sid}") name="head_count" type="number" inputmode="numeric"
                                min="0" max="999" value=count/>
                        </div>
                        <button type="submit" class="button">{tr.t("save")}</button>
                    </form>
                }
                .into_any()
            } else {
                let version = s.version.to_string();
                view! {
                    <details>
                        <summary>{tr.t("session-change")}</summary>
                        <form method="post" action=format!("/groups/manage/{id}/sessions/{sid}/cancel") class="stack">
                            <input type="hidden" name="version" value=version.clone()/>
                            <div class="field">
                                <label for=format!("cancel-reason-{sid}")>{tr.t("session-reason")}</label>
                                <input id=format!("cancel-reason-{sid}") name="reason" required maxlength="200"/>
                            </div>
                            <button type="submit" class="button">{tr.t("session-cancel")}</button>
                        </form>
                        <form method="post" action=format!("/groups/manage/{id}/sessions/{sid}/move") class="stack">
                            <input type="hidden" name="version" value=version/>
                            <div class="field">
                                <label for=format!("move-date-{sid}")>{tr.t("session-new-date")}</label>
                                <input id=format!("move-date-{sid}") name="date" type="date" required value=s.when.date.clone()/>
                            </div>
                            <div class="field">
                                <label for=format!("move-time-{sid}")>{tr.t("session-new-time")}</label>
                                <input id=format!("move-time-{sid}") name="time" type="time" required
                                    value=format!("{:02}:{:02}", s.when.hour, s.when.minute)/>
                            </div>
                            <div class="field">
                                <label for=format!("move-reason-{sid}")>{tr.t("session-reason")}</label>
                                <input id=format!("move-reason-{sid}") name="reason" required maxlength="200"/>
                            </div>
                            <button type="submit" class="button">{tr.t("session-move")}</button>
                        </form>
                    </details>
                }
                .into_any()
            };
            let when = format!(
                "{} · {}",
                s.when.show(&tr),
                tr.ta("volunteer-interpreting-minutes", &[("minutes", s.minutes.into())])
            );
            view! {
                <li class="card plan-session" class:cancelled=s.cancelled data-testid=format!("session-{sid}")>
                    <h3>{when}</h3>
                    {status.map(|t| view! { <p class="badge">{t}</p> })}
                    <ul class="plain-list">{roles}</ul>
                    {actions}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let volunteers = p
        .volunteers
        .iter()
        .map(|(uid, name)| {
            view! {
                <li>
                    <a href=format!("/groups/manage/volunteers/{uid}")>{name.clone()}</a>
                    <form method="post" action=format!("/groups/manage/{id}/volunteers/{uid}/remove") class="inline-form">
                        <button type="submit" class="link-button">{tr.t("group-volunteer-remove")}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let seats = tr.ta(
        "group-plan-seats",
        &[
            ("confirmed", p.confirmed.into()),
            ("capacity", p.capacity.into()),
            ("waiting", p.waiting.into()),
        ],
    );
    let mut candidates = vec![(String::new(), tr.t("choose"))];
    candidates.extend(p.candidates.clone());
    let (toggle_href, toggle_label) = if p.past {
        (format!("/groups/manage/{id}/plan"), tr.t("group-plan-upcoming"))
    } else {
        (
            format!("/groups/manage/{id}/plan?past=1"),
            tr.t("group-plan-past"),
        )
    };
    let path = format!("/groups/manage/{id}/plan");
    view! {
        <Shell title=p.title.clone() current_path=path user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{p.title.clone()}</h1>
            <ErrorSummary message=p.alert.clone()/>
            <Notice message=p.notice.clone()/>
            <p>{seats}" · "<a href=format!("/groups/manage/{id}")>{tr.t("group-edit-link")}</a></p>
            <section class="card section" aria-labelledby="h-series">
                <h2 id="h-series">{tr.t("series-heading")}</h2>
                {if series.is_empty() {
                    view! { <p>{tr.t("series-none")}</p> }.into_any()
                } else {
                    view! { <ul>{series}</ul> }.into_any()
                }}
                <details open=p.posted.is(SERIES_FORM)>
                    <summary>{tr.t("series-add")}</summary>
                    <form method="post" action=format!("/groups/manage/{id}/series") class="stack" novalidate>
                        <Select name="repeat" label=tr.t("series-repeat")
                            options=choices("series-repeat", &REPEATS, None) selected=v(SERIES_FORM, "repeat")
                            error=e(SERIES_FORM, "repeat") id="series-repeat".to_string()/>
                        <Select name="nth" label=tr.t("series-nth") options=nths selected=v(SERIES_FORM, "nth")
                            error=e(SERIES_FORM, "nth") id="series-nth".to_string()/>
                        <Select name="weekday" label=tr.t("series-weekday") options=weekdays
                            selected=v(SERIES_FORM, "weekday") error=e(SERIES_FORM, "weekday") id="series-weekday".to_string()/>
                        <Field name="time" label=tr.t("series-time") value=v(SERIES_FORM, "time") error=e(SERIES_FORM, "time")
                            input_type="time" required=true id="series-time".to_string()/>
                        <Field name="minutes" label=tr.t("series-minutes") value=v(SERIES_FORM, "minutes")
                            error=e(SERIES_FORM, "minutes") input_type="number" inputmode="numeric" maxlength=3
                            required=true id="series-minutes".to_string()/>
                        <Field name="first" label=tr.t("series-first") value=v(SERIES_FORM, "first")
                            error=e(SERIES_FORM, "first") input_type="date" required=true id="series-first".to_string()/>
                        <Field name="last" label=tr.t("series-last") value=v(SERIES_FORM, "last")
                            error=e(SERIES_FORM, "last") input_type="date" optional_label=tr.t("optional")
                            id="series-last".to_string()/>
                        <button type="submit" class="button primary">{tr.t("series-add")}</button>
                    </form>
                </details>
                <details open=p.posted.is(ONE_OFF_FORM)>
                    <summary>{tr.t("one-off-add")}</summary>
                    <form method="post" action=format!("/groups/manage/{id}/sessions") class="stack" novalidate>
                        <Field name="date" label=tr.t("session-date") value=v(ONE_OFF_FORM, "date") error=e(ONE_OFF_FORM, "date")
                            input_type="date" required=true id="one-off-date".to_string()/>
                        <Field name="time" label=tr.t("series-time") value=v(ONE_OFF_FORM, "time") error=e(ONE_OFF_FORM, "time")
                            input_type="time" required=true id="one-off-time".to_string()/>
                        <Field name="minutes" label=tr.t("series-minutes") value=v(ONE_OFF_FORM, "minutes")
                            error=e(ONE_OFF_FORM, "minutes") input_type="number" inputmode="numeric" maxlength=3
                            required=true id="one-off-minutes".to_string()/>
                        <button type="submit" class="button primary">{tr.t("one-off-add")}</button>
                    </form>
                </details>
            </section>
            <section class="section" aria-labelledby="h-plan-sessions">
                <h2 id="h-plan-sessions">{tr.t("group-sessions")}</h2>
                <p><a href=toggle_href>{toggle_label}</a></p>
                {if sessions.is_empty() {
                    view! { <p class="card">{tr.t("group-no-sessions")}</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{sessions}</ul> }.into_any()
                }}
            </section>
            <section class="card section" aria-labelledby="h-group-volunteers">
                <h2 id="h-group-volunteers">{tr.t("group-volunteers-heading")}</h2>
                <ul class="plain-list">{volunteers}</ul>
                <form method="post" action=format!("/groups/manage/{id}/volunteers") class="stack">
                    <Select name="user" label=tr.t("group-volunteer-add") options=candidates selected=String::new()
                        id="add-volunteer".to_string()/>
                    <button type="submit" class="button">{tr.t("group-volunteer-add-submit")}</button>
                </form>
            </section>
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct VolunteerListRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub active: bool,
}

#[derive(Clone, Debug, Default)]
pub struct VolunteersAdmin {
    pub volunteers: Vec<VolunteerListRow>,
    pub documents: Vec<DocumentView>,
    /// The link of an invitation just made, to pass on if no mail goes out.
    pub invite_link: Option<String>,
    pub mail_configured: bool,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
}

#[component]
pub fn VolunteersAdminPage(a: VolunteersAdmin, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = a.posted.clone();
    let v = move |name: &str| p.value(INVITE_FORM, name);
    let errs = a.posted.clone();
    let e = move |name: &str| errs.error(INVITE_FORM, name);
    let rows = a
        .volunteers
        .iter()
        .map(|x| {
            let docs = a
                .documents
                .iter()
                .filter(|d| d.user_id == x.id)
                .map(|d| document_label(&tr, d))
                .collect::<Vec<_>>()
                .join(" · ");
            let status = if x.active { tr.t("volunteer-active") } else { tr.t("volunteer-invited") };
            view! {
                <tr data-testid=format!("volunteer-{}", x.id)>
                    <th scope="row"><a href=format!("/groups/manage/volunteers/{}", x.id)>{x.name.clone()}</a></th>
                    <td>{x.email.clone()}</td>
                    <td>{status}</td>
                    <td>{docs}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let link = a.invite_link.clone().map(|l| {
        view! {
            <div class="card section" data-testid="invite-link">
                <p>{tr.t(if a.mail_configured { "invite-sent" } else { "invite-not-sent" })}</p>
                <p><code dir="ltr">{l}</code></p>
            </div>
        }
    });
    view! {
        <Shell title=tr.t("volunteers-title") current_path="/groups/manage/volunteers".to_string() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{tr.t("volunteers-title")}</h1>
            <ErrorSummary message=a.alert.clone()/>
            <Notice message=a.notice.clone()/>
            {link}
            <section class="card section" aria-labelledby="h-invite">
                <h2 id="h-invite">{tr.t("invite-heading")}</h2>
                <p class="hint">{tr.t("invite-hint")}</p>
                <form method="post" action="/groups/manage/volunteers" class="stack" novalidate>
                    <Field name="name" label=tr.t("invite-name") value=v("name") error=e("name") required=true/>
                    <Field name="email" label=tr.t("contact-email") value=v("email") error=e("email")
                        input_type="email" maxlength=254 required=true/>
                    <button type="submit" class="button primary">{tr.t("invite-submit")}</button>
                </form>
            </section>
            <div class="table-wrap">
                <table>
                    <thead><tr>
                        <th scope="col">{tr.t("invite-name")}</th>
                        <th scope="col">{tr.t("contact-email")}</th>
                        <th scope="col">{tr.t("volunteer-status")}</th>
                        <th scope="col">{tr.t("documents-heading")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Shell>
    }
}

/// A volunteer as the coordinator sees them: profile, documents, groups, hours.
#[derive(Clone, Debug, Default)]
pub struct VolunteerAdmin {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub languages: Vec<String>,
    pub skills: Vec<String>,
    pub availability: Vec<String>,
    pub note: String,
    pub documents: Vec<DocumentView>,
    pub groups: Vec<String>,
    /// Hours recorded this year (minutes).
    pub minutes_this_year: i64,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
}

/// "Monday morning" and the like for an availability slot such as "1-am".
pub fn slot_label(tr: &Tr, slot: &str) -> String {
    let (day, part) = slot.split_once('-').unwrap_or(("1", "am"));
    format!(
        "{} {}",
        tr.t(&format!("weekday-{day}")),
        tr.t(&format!("day-part-{part}"))
    )
}

#[component]
pub fn VolunteerAdminPage(a: VolunteerAdmin, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let id = a.id;
    let p = a.posted.clone();
    let v = move |name: &str| p.value(DOCUMENT_FORM, name);
    let errs = a.posted.clone();
    let e = move |name: &str| errs.error(DOCUMENT_FORM, name);
    let docs = a
        .documents
        .iter()
        .map(|d| {
            let label = document_label(&tr, d);
            view! {
                <li class:gap=d.expired data-testid="document">
                    {label}" · "<span class="muted">{d.checked.clone()}</span>
                    <form method="post" action=format!("/groups/manage/volunteers/{id}/documents/{}/remove", d.id) class="inline-form">
                        <button type="submit" class="link-button">{tr.t("document-remove")}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let languages = a
        .languages
        .iter()
        .map(|l| tr.t(&format!("language-{l}")))
        .collect::<Vec<_>>()
        .join(", ");
    let skills = a
        .skills
        .iter()
        .map(|s| tr.t(&format!("skill-{s}")))
        .collect::<Vec<_>>()
        .join(", ");
    let slots = a
        .availability
        .iter()
        .map(|s| slot_label(&tr, s))
        .collect::<Vec<_>>()
        .join(", ");
    let hours = tr.ta(
        "hours-this-year",
        &[("hours", format_hours(&tr, a.minutes_this_year).into())],
    );
    let dash = |s: String| if s.is_empty() { "–".to_string() } else { s };
    view! {
        <Shell title=a.name.clone() current_path=format!("/groups/manage/volunteers/{id}") user=Some(user)>
            <BackLink href="/groups/manage/volunteers" label=tr.t("volunteers-title")/>
            <h1>{a.name.clone()}</h1>
            <ErrorSummary message=a.alert.clone()/>
            <Notice message=a.notice.clone()/>
            <section class="card section" aria-labelledby="h-profile">
                <h2 id="h-profile">{tr.t("profile-heading")}</h2>
                <dl class="facts">
                    <dt>{tr.t("contact-email")}</dt><dd dir="ltr">{a.email.clone()}</dd>
                    <dt>{tr.t("profile-languages")}</dt><dd>{dash(languages)}</dd>
                    <dt>{tr.t("profile-skills")}</dt><dd>{dash(skills)}</dd>
                    <dt>{tr.t("profile-availability")}</dt><dd>{dash(slots)}</dd>
                    <dt>{tr.t("profile-note")}</dt><dd>{dash(a.note.clone())}</dd>
                    <dt>{tr.t("group-volunteers-groups")}</dt><dd>{dash(a.groups.join(", "))}</dd>
                    <dt>{tr.t("hours-heading")}</dt><dd>{hours}</dd>
                </dl>
            </section>
            <section class="card section" aria-labelledby="h-documents">
                <h2 id="h-documents">{tr.t("documents-heading")}</h2>
                <p class="hint">{tr.t("documents-hint")}</p>
                <ul class="plain-list">{docs}</ul>
                <form method="post" action=format!("/groups/manage/volunteers/{id}/documents") class="stack" novalidate>
                    <Select name="kind" label=tr.t("document-kind")
                        options=choices("document-kind", &DOCUMENT_KINDS, Some(tr.t("choose")))
                        selected=v("kind") error=e("kind")/>
                    <Field name="valid_until" label=tr.t("document-valid-until-field") value=v("valid_until")
                        error=e("valid_until") input_type="date" optional_label=tr.t("optional")
                        hint=tr.t("document-valid-until-hint")/>
                    <button type="submit" class="button primary">{tr.t("document-add")}</button>
                </form>
            </section>
        </Shell>
    }
}

/// Minutes as hours with one decimal in the reader's digits ("2,5").
pub fn format_hours(tr: &Tr, minutes: i64) -> String {
    tr.tenths((minutes * 10 + 30) / 60)
}

/// Spoken-language checkboxes for the volunteer's profile.
pub fn language_boxes(tr: &Tr, chosen: &str) -> Vec<AnyView> {
    SPOKEN_LANGUAGES
        .iter()
        .map(|code| {
            let checked = chosen.split_whitespace().any(|s| s == *code);
            view! {
                <div class="check">
                    <input type="checkbox" id=format!("lang-{code}") name="languages" value=*code checked=checked/>
                    <label for=format!("lang-{code}")>{tr.t(&format!("language-{code}"))}</label>
                </div>
            }
            .into_any()
        })
        .collect()
}
