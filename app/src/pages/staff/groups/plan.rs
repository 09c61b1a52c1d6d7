//! The plan of one offer: its series, single dates, each date with who signed up per
//! role, cancelling or moving a date, head counts once a date has begun, and the
//! volunteers who help in the group.

use crate::i18n::{use_tr, Tr};
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::pages::staff::case::{choices, When};
use leptos::prelude::*;

pub const REPEATS: [&str; 3] = ["weekly", "biweekly", "monthly"];
pub const SERIES_FORM: &str = "series";
pub const ONE_OFF_FORM: &str = "one-off";

crate::form! {
    /// A recurring series: how it repeats (`nth` only for monthly), the day and time,
    /// how long, and from when until when (open-ended without `last`).
    SeriesInput / SeriesField {
        repeat: Repeat,
        nth: Nth,
        weekday: Weekday,
        time: Time,
        minutes: Minutes,
        first: First,
        last: Last,
    }
}

crate::form! {
    /// A single date outside any series.
    OneOffInput / OneOffField {
        date: Date,
        time: Time,
        minutes: Minutes,
    }
}

crate::form! {
    /// Cancelling one date: the reason the volunteers are told, and the version seen.
    CancelSessionInput / CancelSessionField {
        version: Version,
        reason: Reason,
    }
}

crate::form! {
    /// Moving one date: the new day and time, the reason, and the version seen.
    MoveSessionInput / MoveSessionField {
        version: Version,
        date: Date,
        time: Time,
        reason: Reason,
    }
}

crate::form! {
    /// How many came to a date that has begun (empty clears it).
    HeadCountInput / HeadCountField {
        head_count: HeadCount,
    }
}

crate::form! {
    /// A volunteer of the municipality to add to the group.
    GroupVolunteerInput / GroupVolunteerField {
        user: User,
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
    use CancelSessionField as C;
    use HeadCountField as H;
    use MoveSessionField as M;
    use OneOffField as O;
    use SeriesField as S;
    let (posted, perr) = (p.posted.clone(), p.posted.clone());
    let sv = move |f: S| posted.value(SERIES_FORM, f.name());
    let se = move |f: S| perr.error(SERIES_FORM, f.name());
    let (posted, perr) = (p.posted.clone(), p.posted.clone());
    let ov = move |f: O| posted.value(ONE_OFF_FORM, f.name());
    let oe = move |f: O| perr.error(ONE_OFF_FORM, f.name());
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
                            <input id=format!("count-{sid}") name=H::HeadCount.name() type="number"
                                inputmode="numeric"
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
                            <input type="hidden" name=C::Version.name() value=version.clone()/>
                            <div class="field">
                                <label for=format!("cancel-reason-{sid}")>{tr.t("session-reason")}</label>
                                <input id=format!("cancel-reason-{sid}") name=C::Reason.name()
                                    required maxlength="200"/>
                            </div>
                            <button type="submit" class="button">{tr.t("session-cancel")}</button>
                        </form>
                        <form method="post" action=format!("/groups/manage/{id}/sessions/{sid}/move") class="stack">
                            <input type="hidden" name=M::Version.name() value=version/>
                            <div class="field">
                                <label for=format!("move-date-{sid}")>{tr.t("session-new-date")}</label>
                                <input id=format!("move-date-{sid}") name=M::Date.name() type="date"
                                    required value=s.when.date.clone()/>
                            </div>
                            <div class="field">
                                <label for=format!("move-time-{sid}")>{tr.t("session-new-time")}</label>
                                <input id=format!("move-time-{sid}") name=M::Time.name() type="time"
                                    required value=format!("{:02}:{:02}", s.when.hour, s.when.minute)/>
                            </div>
                            <div class="field">
                                <label for=format!("move-reason-{sid}")>{tr.t("session-reason")}</label>
                                <input id=format!("move-reason-{sid}") name=M::Reason.name()
                                    required maxlength="200"/>
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
                        <Select name=S::Repeat.name() label=tr.t("series-repeat")
                            options=choices("series-repeat", &REPEATS, None) selected=sv(S::Repeat)
                            error=se(S::Repeat) id="series-repeat".to_string()/>
                        <Select name=S::Nth.name() label=tr.t("series-nth") options=nths selected=sv(S::Nth)
                            error=se(S::Nth) id="series-nth".to_string()/>
                        <Select name=S::Weekday.name() label=tr.t("series-weekday") options=weekdays
                            selected=sv(S::Weekday) error=se(S::Weekday) id="series-weekday".to_string()/>
                        <Field name=S::Time.name() label=tr.t("series-time") value=sv(S::Time)
                            error=se(S::Time) input_type="time" required=true id="series-time".to_string()/>
                        <Field name=S::Minutes.name() label=tr.t("series-minutes") value=sv(S::Minutes)
                            error=se(S::Minutes) input_type="number" inputmode="numeric" maxlength=3
                            required=true id="series-minutes".to_string()/>
                        <Field name=S::First.name() label=tr.t("series-first") value=sv(S::First)
                            error=se(S::First) input_type="date" required=true id="series-first".to_string()/>
                        <Field name=S::Last.name() label=tr.t("series-last") value=sv(S::Last)
                            error=se(S::Last) input_type="date" optional_label=tr.t("optional")
                            id="series-last".to_string()/>
                        <button type="submit" class="button primary">{tr.t("series-add")}</button>
                    </form>
                </details>
                <details open=p.posted.is(ONE_OFF_FORM)>
                    <summary>{tr.t("one-off-add")}</summary>
                    <form method="post" action=format!("/groups/manage/{id}/sessions") class="stack" novalidate>
                        <Field name=O::Date.name() label=tr.t("session-date") value=ov(O::Date)
                            error=oe(O::Date) input_type="date" required=true id="one-off-date".to_string()/>
                        <Field name=O::Time.name() label=tr.t("series-time") value=ov(O::Time)
                            error=oe(O::Time) input_type="time" required=true id="one-off-time".to_string()/>
                        <Field name=O::Minutes.name() label=tr.t("series-minutes") value=ov(O::Minutes)
                            error=oe(O::Minutes) input_type="number" inputmode="numeric" maxlength=3
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
                    <Select name=GroupVolunteerField::User.name() label=tr.t("group-volunteer-add")
                        options=candidates selected=String::new()
                        id="add-volunteer".to_string()/>
                    <button type="submit" class="button">{tr.t("group-volunteer-add-submit")}</button>
                </form>
            </section>
        </Shell>
    }
}
