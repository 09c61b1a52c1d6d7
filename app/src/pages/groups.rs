//! Group offers as clients see them (the list in their language, one offer with its
//! dates and a sign-up that falls back to the waiting list) and the volunteer's shifts
//! (a plain list, one tap to take or give back a shift). Plain pages and forms.

use super::directory::RichText;
use super::forms::Notice;
use super::icons::{Icon, IconSvg};
use super::pager::{query_string, Pager, Paging};
use super::shell::{BackLink, NavUser, Shell};
use super::staff::case::When;
use crate::directory::Block;
use crate::i18n::{use_tr, Tr};
use leptos::prelude::*;

crate::form! {
    /// A client joining a group: whether the volunteers may see their first name (a
    /// checkbox: any value means yes, none means no).
    JoinInput / JoinField {
        share_first_name: ShareFirstName,
    }
}

crate::form! {
    /// A volunteer taking a shift: the role, as the shift list wrote it.
    ShiftInput / ShiftField {
        role: Role,
    }
}

/// Where the client stands in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MyPlace {
    Confirmed,
    /// Position on the waiting list (1 = next).
    Waitlist(i64),
}

#[derive(Clone, Debug)]
pub struct GroupCard {
    pub id: i64,
    pub title: String,
    /// Set when the title is in another language than the page.
    pub lang: Option<String>,
    pub category: String,
    pub target_group: String,
    pub childcare: bool,
    pub barrier_free: bool,
    pub free: i64,
    pub next: Option<When>,
    pub mine: Option<MyPlace>,
}

#[derive(Clone, Debug, Default)]
pub struct GroupList {
    pub groups: Vec<GroupCard>,
    pub target: String,
    pub notice: Option<String>,
    /// Soonest first, a page at a time.
    pub paging: Paging,
}

#[derive(Clone, Debug)]
pub struct SessionView {
    pub when: When,
    pub minutes: i64,
    pub cancelled: Option<String>,
    pub moved: Option<String>,
}

#[derive(Clone, Debug)]
pub struct GroupDetail {
    pub card: GroupCard,
    pub description: Vec<Block>,
    pub capacity: i64,
    /// The meeting place: its name and directory page, or an address.
    pub place: Option<(String, Option<i64>)>,
    pub address: String,
    pub contact_name: String,
    pub contact_phone: Option<String>,
    pub sessions: Vec<SessionView>,
    pub notice: Option<String>,
}

pub const TARGET_GROUPS: [&str; 6] = ["women", "parents", "children", "youth", "beginners", "everyone"];

fn place_text(tr: &Tr, mine: MyPlace) -> String {
    match mine {
        MyPlace::Confirmed => tr.t("group-status-confirmed"),
        MyPlace::Waitlist(p) => tr.ta("group-status-waitlist", &[("position", p.into())]),
    }
}

fn facts(tr: &Tr, g: &GroupCard) -> Vec<String> {
    let mut out = vec![
        tr.t(&format!("group-category-{}", g.category)),
        tr.t(&format!("group-target-{}", g.target_group)),
    ];
    if g.childcare {
        out.push(tr.t("group-childcare"));
    }
    if g.barrier_free {
        out.push(tr.t("group-barrier-free"));
    }
    out
}

#[component]
pub fn GroupListPage(list: GroupList, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let options = std::iter::once((String::new(), tr.t("groups-filter-any")))
        .chain(
            TARGET_GROUPS
                .iter()
                .map(|t| (t.to_string(), tr.t(&format!("group-target-{t}")))),
        )
        .map(|(v, l)| {
            let selected = v == list.target;
            view! { <option value=v selected=selected>{l}</option> }
        })
        .collect::<Vec<_>>();
    let empty = list.groups.is_empty();
    let base = match query_string(&[("target", &list.target)]) {
        q if q.is_empty() => "/groups".to_string(),
        q => format!("/groups?{q}"),
    };
    let cards = list
        .groups
        .into_iter()
        .map(|g| {
            let tr = tr.clone();
            let next = match &g.next {
                Some(w) => tr.ta("group-next", &[("when", w.show(&tr).into())]),
                None => tr.t("group-no-sessions"),
            };
            let seats = tr.ta("group-seats", &[("free", g.free.into())]);
            let mine = g.mine.map(|m| view! { <p class="badge" data-testid="my-place">{place_text(&tr, m)}</p> });
            let facts = facts(&tr, &g).join(" · ");
            view! {
                <li class="card group-card" data-testid="group-card">
                    <h2><a href=format!("/groups/{}", g.id) lang=g.lang.clone() dir="auto">{g.title.clone()}</a></h2>
                    <p class="muted">{facts}</p>
                    <p><IconSvg icon=Icon::Calendar/>" "{next}</p>
                    <p class="seats">{seats}</p>
                    {mine}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("groups-title") current_path="/groups".to_string() user=Some(user)>
            <h1><IconSvg icon=Icon::Group/>" "{tr.t("groups-title")}</h1>
            <p>{tr.t("groups-intro")}</p>
            <Notice message=list.notice/>
            <form method="get" action="/groups" class="card section inline-filter">
                <div class="field">
                    <label for="groups-target">{tr.t("groups-filter-target")}</label>
                    <select id="groups-target" name="target">{options}</select>
                </div>
                <button type="submit" class="button">{tr.t("groups-filter-submit")}</button>
            </form>
            {empty.then(|| view! { <p class="card empty">{tr.t("groups-empty")}</p> })}
            <ul class="plain-list">{cards}</ul>
            <Pager paging=list.paging base=base/>
        </Shell>
    }
}

#[component]
pub fn GroupDetailPage(g: GroupDetail, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let id = g.card.id;
    let facts = facts(&tr, &g.card).join(" · ");
    let seats = tr.ta("group-seats", &[("free", g.card.free.into())]);
    let sessions = g
        .sessions
        .iter()
        .map(|s| {
            let when = format!(
                "{} · {}",
                s.when.show(&tr),
                tr.ta("volunteer-interpreting-minutes", &[("minutes", s.minutes.into())])
            );
            let cancelled = s
                .cancelled
                .clone()
                .map(|r| tr.ta("group-session-cancelled", &[("reason", r.into())]));
            let moved = s
                .moved
                .clone()
                .map(|r| tr.ta("group-session-moved", &[("reason", r.into())]));
            let is_cancelled = cancelled.is_some();
            view! {
                <li class:cancelled=is_cancelled>
                    <span class:strike=is_cancelled>{when}</span>
                    {cancelled.map(|c| view! { <br/><strong>{c}</strong> })}
                    {moved.map(|m| view! { <br/><span class="muted">{m}</span> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let place = g.place.clone().map(|(name, office)| match office {
        Some(o) => view! { <p><a href=format!("/offices/{o}") dir="auto"><IconSvg icon=Icon::Office/>" "{name}</a></p> }.into_any(),
        None => view! { <p dir="auto">{name}</p> }.into_any(),
    });
    let address = (!g.address.is_empty()).then(|| view! { <p dir="auto">{g.address.clone()}</p> });
    let phone = g.contact_phone.clone().map(|p| {
        view! { <a class="button secondary" href=super::tel_href(&p)><IconSvg icon=Icon::Phone/>" "<bdi>{p.clone()}</bdi></a> }
    });
    let sign_up = match g.card.mine {
        Some(mine) => {
            let waiting = matches!(mine, MyPlace::Waitlist(_));
            view! {
                <section class="card section highlight" data-testid="my-place">
                    <p class="step-text">{place_text(&tr, mine)}</p>
                    {waiting.then(|| view! { <p>{tr.t("group-waitlist-info")}</p> })}
                    <form method="post" action=format!("/groups/{id}/leave")>
                        <button type="submit" class="button">{tr.t("group-leave")}</button>
                    </form>
                </section>
            }
            .into_any()
        }
        None => view! {
            <form method="post" action=format!("/groups/{id}/join") class="card section stack" data-testid="join-form">
                <div class="check">
                    <input type="checkbox" id="f-share" name=JoinField::ShareFirstName.name() value="on"/>
                    <label for="f-share">{tr.t("group-share-name")}</label>
                </div>
                <button type="submit" class="button primary">{tr.t("group-join")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <Shell title=g.card.title.clone() current_path=format!("/groups/{id}") user=Some(user)>
            <BackLink href="/groups" label=tr.t("groups-title")/>
            <h1 lang=g.card.lang.clone() dir="auto">{g.card.title.clone()}</h1>
            <p class="muted">{facts}</p>
            <Notice message=g.notice.clone()/>
            <p class="seats" data-testid="seats">{seats}</p>
            {sign_up}
            <section class="card section">
                <div lang=g.card.lang.clone() dir="auto"><RichText blocks=g.description.clone()/></div>
            </section>
            <section class="card section" aria-labelledby="h-where">
                <h2 id="h-where">{tr.t("group-where")}</h2>
                {place}
                {address}
            </section>
            <section class="card section" aria-labelledby="h-dates">
                <h2 id="h-dates">{tr.t("group-sessions")}</h2>
                {if sessions.is_empty() {
                    view! { <p class="empty">{tr.t("group-no-sessions")}</p> }.into_any()
                } else {
                    view! { <ul class="sessions">{sessions}</ul> }.into_any()
                }}
            </section>
            <section class="card section" aria-labelledby="h-contact">
                <h2 id="h-contact">{tr.t("group-contact")}</h2>
                <p>{g.contact_name.clone()}</p>
                {phone}
            </section>
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct ShiftRoleView {
    pub role: String,
    pub needed: i64,
    pub filled: i64,
}

#[derive(Clone, Debug)]
pub struct ShiftSession {
    pub session_id: i64,
    pub group_title: String,
    pub when: When,
    pub minutes: i64,
    pub roles: Vec<ShiftRoleView>,
    /// The role this volunteer took.
    pub mine: Option<String>,
    pub participants: i64,
    pub first_names: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Shifts {
    /// Every date, or only those with a free place and the volunteer's own.
    pub show_all: bool,
    pub sessions: Vec<ShiftSession>,
    /// Dates in time order, a page at a time.
    pub paging: Paging,
    pub in_groups: bool,
    pub notice: Option<String>,
}

#[component]
pub fn ShiftsPage(shifts: Shifts, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let base = if shifts.show_all {
        "/volunteer/shifts?all=1"
    } else {
        "/volunteer/shifts"
    }
    .to_string();
    let items = shifts
        .sessions
        .into_iter()
        .map(|s| {
            let tr = tr.clone();
            let sid = s.session_id;
            let when = format!(
                "{} · {}",
                s.when.show(&tr),
                tr.ta("volunteer-interpreting-minutes", &[("minutes", s.minutes.into())])
            );
            let roles = s
                .roles
                .iter()
                .map(|r| {
                    let label = tr.t(&format!("shift-role-{}", r.role));
                    let filled = tr.ta(
                        "shift-filled",
                        &[("filled", r.filled.into()), ("needed", r.needed.into())],
                    );
                    let mine = s.mine.as_deref() == Some(r.role.as_str());
                    let action = if mine {
                        view! {
                            <p class="badge">{tr.t("shift-mine")}</p>
                            <form method="post" action=format!("/volunteer/shifts/{sid}/cancel")>
                                <button type="submit" class="button">{tr.t("shift-cancel")}</button>
                            </form>
                        }
                        .into_any()
                    } else if s.mine.is_none() && r.filled < r.needed {
                        view! {
                            <form method="post" action=format!("/volunteer/shifts/{sid}/take")>
                                <input type="hidden" name=ShiftField::Role.name() value=r.role.clone()/>
                                <button type="submit" class="button primary">{tr.t("shift-sign-up")}</button>
                            </form>
                        }
                        .into_any()
                    } else if r.filled >= r.needed {
                        view! { <p class="muted">{tr.t("shift-full")}</p> }.into_any()
                    } else {
                        ().into_any()
                    };
                    let gap = r.filled < r.needed;
                    view! {
                        <li class="shift-role" class:gap=gap data-testid=format!("shift-{sid}-{}", r.role)>
                            <p><strong>{label}</strong>" · "{filled}</p>
                            {action}
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let people = tr.ta("shift-participants", &[("count", s.participants.into())]);
            let names = (!s.first_names.is_empty())
                .then(|| tr.ta("shift-first-names", &[("names", s.first_names.join(", ").into())]));
            view! {
                <li class="card shift-session" data-testid="shift-session">
                    <h2 dir="auto">{s.group_title.clone()}</h2>
                    <p class="step-text"><IconSvg icon=Icon::Calendar/>" "{when}</p>
                    <p class="muted">{people}{names.map(|n| format!(" · {n}"))}</p>
                    <ul class="plain-list">{roles}</ul>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("shifts-title") current_path="/volunteer/shifts".to_string() user=Some(user)>
            <BackLink href="/volunteer" label=tr.t("volunteer-home-title")/>
            <h1>{tr.t("shifts-title")}</h1>
            <Notice message=shifts.notice/>
            {if shifts.in_groups {
                let (href, label) = if shifts.show_all {
                    ("/volunteer/shifts", tr.t("shifts-show-open"))
                } else {
                    ("/volunteer/shifts?all=1", tr.t("shifts-show-all"))
                };
                view! { <p>{tr.t("shifts-intro")}</p><p><a href=href data-testid="shifts-toggle">{label}</a></p> }.into_any()
            } else {
                view! { <p class="card empty">{tr.t("shifts-empty")}</p> }.into_any()
            }}
            <ul class="plain-list">{items}</ul>
            <Pager paging=shifts.paging base=base/>
        </Shell>
    }
}
