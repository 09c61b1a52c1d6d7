//! Group offers and shifts. Clients browse their municipality's published offers in
//! their language and take a seat or a waiting place; volunteers see the shifts of the
//! groups they help in and take or give back one with a tap. Volunteers learn how many
//! take part and the first names of those who agreed, never anything else.

use crate::auth::permission::Principal;
use crate::db::access_log::Action;
use crate::db::groups::{GroupFull, Joined, ShiftAsk, ShiftSignUp};
use crate::db::{now, Store};
use crate::directory::text;
use crate::push::Push;
use crate::web::case::local;
use crate::web::ctx::Ctx;
use crate::web::directory::languages;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{ClientId, Lang, MunicipalityId, ShiftRole, UserId};
use lotse_app::pages::groups::{
    GroupCard, GroupDetail, GroupDetailPage, GroupList, GroupListPage, JoinInput, MyPlace, SessionView,
    ShiftInput, ShiftRoleView, ShiftSession, Shifts, ShiftsPage, TARGET_GROUPS,
};
use lotse_app::pages::pager::Paging;
use serde::Deserialize;

/// Shifts are listed this far ahead.
const SHIFT_WEEKS: i64 = 8;
/// A cancellation this close to the start asks the volunteer to tell the group too.
const LATE_CANCEL_HOURS: i64 = 48;
/// Dates shown on an offer's page.
const SESSIONS_SHOWN: i64 = 8;
/// Offers on a page of the list, and dates on a page of shifts.
const GROUPS_PER_PAGE: i64 = 20;
const SHIFTS_PER_PAGE: i64 = 20;

/// Who is reading: their municipality, the client (if one), the session's token.
struct Reader {
    municipality: MunicipalityId,
    client: Option<ClientId>,
    principal: Principal,
    token: String,
}

async fn reader(ctx: &Ctx) -> Result<Reader, AppError> {
    let (p, session) = ctx.principal(false).await?;
    let (municipality, client) = match &p {
        Principal::Client {
            client, municipality, ..
        } => (*municipality, Some(*client)),
        Principal::Guide { municipality, .. }
        | Principal::Coordinator { municipality, .. }
        | Principal::VolunteerCoordinator { municipality, .. } => (*municipality, None),
        Principal::Volunteer { .. } => (
            MunicipalityId(session.user.municipality_id.ok_or(AppError::Forbidden)?),
            None,
        ),
        Principal::Admin { .. }
        | Principal::CountyCoordinator { .. }
        | Principal::DataProtection { .. }
        | Principal::Partner { .. } => return Err(AppError::Forbidden),
    };
    Ok(Reader {
        municipality,
        client,
        token: session.token_hash.clone(),
        principal: p,
    })
}

async fn flash(ctx: &Ctx, token: &str, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

async fn my_place(store: &Store, client: Option<ClientId>, group: i64) -> Result<Option<MyPlace>, AppError> {
    let Some(client) = client else { return Ok(None) };
    Ok(store
        .participation(client, group)
        .await?
        .map(|(status, position)| match status.as_str() {
            "confirmed" => MyPlace::Confirmed,
            _ => MyPlace::Waitlist(position),
        }))
}

#[derive(Deserialize)]
pub struct ListParams {
    target: Option<String>,
    page: Option<String>,
}

pub async fn list(ctx: Ctx, Query(q): Query<ListParams>) -> Result<Response, AppError> {
    let r = reader(&ctx).await?;
    let store = &ctx.state.store;
    let (lang, fallback) = languages(&ctx, None);
    let target = q
        .target
        .filter(|t| TARGET_GROUPS.contains(&t.as_str()))
        .unwrap_or_default();
    let page = Paging::asked(q.page.as_deref());
    let mut rows = store
        .group_list(
            r.municipality,
            lang.code(),
            fallback.code(),
            &target,
            GROUPS_PER_PAGE + 1,
            (page - 1) * GROUPS_PER_PAGE,
        )
        .await?;
    let more = rows.len() as i64 > GROUPS_PER_PAGE;
    rows.truncate(GROUPS_PER_PAGE as usize);
    // The client's own places in one query; waiting positions only where they wait.
    let own = match r.client {
        Some(c) => store.my_groups(c).await?,
        None => vec![],
    };
    let mut groups = Vec::with_capacity(rows.len());
    for g in rows {
        let mine = match own.iter().find(|(id, _)| *id == g.id) {
            Some(_) => my_place(store, r.client, g.id).await?,
            None => None,
        };
        groups.push(GroupCard {
            mine,
            id: g.id,
            lang: (g.lang != lang.code()).then(|| g.lang.clone()),
            title: g.title,
            category: g.category,
            target_group: g.target_group,
            childcare: g.childcare,
            barrier_free: g.barrier_free,
            free: (g.capacity - g.confirmed).max(0),
            next: g.next_at.map(local),
        });
    }
    let tr = ctx.state.i18n.translator(lang);
    let notice = Flash::take_info(store, &r.token, &tr).await?;
    let list = GroupList {
        groups,
        target,
        notice,
        paging: Paging::uncounted(page, more),
    };
    let user = ctx.nav_user(r.principal.home()).unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <GroupListPage list=list user=user/> })
        .await)
}

/// The offer's text in the reader's language, else the fallback, else German.
fn pick(g: &GroupFull, lang: Lang, fallback: Lang) -> Option<&crate::db::groups::GroupTextRow> {
    let published = |l: &str| g.text(l).filter(|t| t.status == "published");
    published(lang.code())
        .or_else(|| published(fallback.code()))
        .or_else(|| published("de"))
}

pub async fn detail(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let r = reader(&ctx).await?;
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let store = &ctx.state.store;
    let (lang, fallback) = languages(&ctx, None);
    let g = store
        .group(r.municipality, id)
        .await?
        .filter(GroupFull::is_published)
        .ok_or(AppError::NotFound)?;
    let text = pick(&g, lang, fallback).ok_or(AppError::NotFound)?;
    let (confirmed, _) = store.seat_counts(id).await?;
    let free = (g.group.capacity - confirmed).max(0);
    let sessions = store
        .sessions(id, now() - 3600, SESSIONS_SHOWN)
        .await?
        .into_iter()
        .map(|s| SessionView {
            when: local(s.starts_at),
            minutes: s.minutes,
            cancelled: (s.status == "cancelled").then(|| s.reason.clone().unwrap_or_default()),
            moved: (s.moved && s.status != "cancelled").then(|| s.reason.clone().unwrap_or_default()),
        })
        .collect();
    let place = match g.group.office_id {
        Some(office) => store
            .office_name(office, lang.code())
            .await?
            .map(|name| (name, Some(office))),
        None => None,
    };
    let tr = ctx.state.i18n.translator(lang);
    let detail = GroupDetail {
        card: GroupCard {
            id,
            title: text.title.clone(),
            lang: (text.lang != lang.code()).then(|| text.lang.clone()),
            category: g.group.category.clone(),
            target_group: g.group.target_group.clone(),
            childcare: g.group.childcare,
            barrier_free: g.group.barrier_free,
            free,
            next: g.group.next_at.map(local),
            mine: my_place(store, r.client, id).await?,
        },
        description: text::parse(&text.description),
        capacity: g.group.capacity,
        place,
        address: g.group.address.clone(),
        contact_name: g.group.contact_name.clone(),
        contact_phone: g.group.contact_phone.clone(),
        sessions,
        notice: Flash::take_info(store, &r.token, &tr).await?,
    };
    let user = ctx.nav_user(r.principal.home()).unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <GroupDetailPage g=detail user=user/> })
        .await)
}

/// The signed-in client and the offer they act on (404 for anyone else).
async fn client_and_group(ctx: &Ctx, raw: &str) -> Result<(Reader, ClientId, i64), AppError> {
    let r = reader(ctx).await?;
    let Some(client) = r.client else {
        return Err(AppError::NotFound);
    };
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    Ok((r, client, id))
}

pub async fn join(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let (r, client, id) = client_and_group(&ctx, &raw).await?;
    let store = &ctx.state.store;
    let input: JoinInput = form.input();
    let share = !input.share_first_name.is_empty();
    let to = format!("/groups/{id}");
    let message = match store.join_group(client, id, share, r.principal.user()).await? {
        Joined::Confirmed => "group-joined",
        Joined::Waitlist(_) => "group-waitlist-info",
        Joined::Already => "group-already",
        Joined::NotFound => return Err(AppError::NotFound),
    };
    store
        .log_access(
            r.principal.user(),
            r.principal.role(),
            Some(client),
            Action::Update,
            "group",
        )
        .await?;
    flash(&ctx, &r.token, message, &to).await
}

pub async fn leave(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (r, client, id) = client_and_group(&ctx, &raw).await?;
    let store = &ctx.state.store;
    let Some(left) = store.leave_group(client, id).await? else {
        return Err(AppError::NotFound);
    };
    // Whoever waited longest has the seat now, and hears it on their phone.
    if let Some(next) = left.moved_up {
        ctx.state
            .push
            .tell_client(store, next, Push::Seat { group: id })
            .await?;
    }
    store
        .log_access(
            r.principal.user(),
            r.principal.role(),
            Some(client),
            Action::Update,
            "group",
        )
        .await?;
    flash(&ctx, &r.token, "group-left", &format!("/groups/{id}")).await
}

/// The signed-in volunteer (others go to their own home).
async fn volunteer(ctx: &Ctx) -> Result<(lotse_app::domain::UserId, String), AppError> {
    let (p, session) = ctx.principal(false).await?;
    match p {
        Principal::Volunteer { user } => Ok((user, session.token_hash.clone())),
        other => Err(AppError::ElsewhereHome(other.home())),
    }
}

#[derive(Deserialize)]
pub struct ShiftParams {
    all: Option<String>,
    page: Option<String>,
}

/// By default only what needs doing: dates with a free place, and the volunteer's own.
pub async fn shifts(ctx: Ctx, Query(q): Query<ShiftParams>) -> Result<Response, AppError> {
    let show_all = q.all.is_some();
    let (user, token) = volunteer(&ctx).await?;
    let store = &ctx.state.store;
    let from = now();
    let lang = ctx.lang(false);
    let page = Paging::asked(q.page.as_deref());
    let ask = ShiftAsk {
        user,
        from,
        to: from + SHIFT_WEEKS * 7 * 86_400,
        open_only: !show_all,
        limit: SHIFTS_PER_PAGE + 1,
        offset: (page - 1) * SHIFTS_PER_PAGE,
    };
    let rows = store.shifts(&ask, lang.code()).await?;
    // A page with shifts is a volunteer's in some group; only an empty one asks (the
    // list of every group they help in: 200 for the benchmark's volunteer).
    let in_groups = !rows.is_empty() || !store.volunteer_groups(user).await?.is_empty();
    // Participants are per group: read once for the page's groups, not once per date.
    let mut groups: Vec<i64> = rows.iter().map(|r| r.group_id).collect();
    groups.sort_unstable();
    groups.dedup();
    let people = store.participants_for_volunteers(&groups).await?;
    let mut sessions: Vec<ShiftSession> = vec![];
    for row in rows {
        if sessions.last().is_none_or(|s| s.session_id != row.session_id) {
            let (participants, first_names) = people.get(&row.group_id).cloned().unwrap_or_default();
            sessions.push(ShiftSession {
                session_id: row.session_id,
                group_title: row.title.clone(),
                when: local(row.starts_at),
                minutes: row.minutes,
                roles: vec![],
                mine: row.mine.clone(),
                participants,
                first_names,
            });
        }
        if let Some(s) = sessions.last_mut() {
            s.roles.push(ShiftRoleView {
                role: row.role,
                needed: row.needed,
                filled: row.filled,
            });
        }
    }
    let more = sessions.len() as i64 > SHIFTS_PER_PAGE;
    sessions.truncate(SHIFTS_PER_PAGE as usize);
    let tr = ctx.state.i18n.translator(lang);
    let data = Shifts {
        show_all,
        in_groups,
        sessions,
        paging: Paging::uncounted(page, more),
        notice: Flash::take_info(store, &token, &tr).await?,
    };
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <ShiftsPage shifts=data user=nav/> })
        .await)
}

pub async fn take_shift(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let session = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let input: ShiftInput = form.input();
    // Taken as sent (no trimming): the list writes the role exactly. An unknown role is
    // no shift of the session, but the certificate is asked about first, as for any role.
    let role = ShiftRole::parse(&input.role);
    let store = &ctx.state.store;
    // A session of a group this volunteer does not help in is not theirs to see.
    let (target, starts_at) = store
        .session_target_group(session, user)
        .await?
        .ok_or(AppError::NotFound)?;
    // Work with children needs an extended police certificate, valid on the day.
    if needs_police_certificate(&target, role) {
        let day = local(starts_at).date;
        if !store.has_valid_police_certificate(user, &day).await? {
            return flash(&ctx, &token, "shift-needs-certificate", "/volunteer/shifts").await;
        }
    }
    let Some(role) = role else {
        // The schema knows only these roles, so no session needs another: the answer
        // the sign-up itself gives for a role the session does not need.
        return flash(&ctx, &token, "shift-not-open", "/volunteer/shifts").await;
    };
    let message = match store.sign_up_shift(user, session, role.as_str()).await? {
        ShiftSignUp::Done => "shift-done",
        ShiftSignUp::Full => "shift-taken",
        ShiftSignUp::Already | ShiftSignUp::NotAllowed => "shift-not-open",
    };
    flash(&ctx, &token, message, "/volunteer/shifts").await
}

/// Childcare, and any role in a group for children or youth (§ 72a SGB VIII). `None`
/// is a role that is not one: the group alone decides, so the answer stays the one a
/// known role other than childcare would get.
pub fn needs_police_certificate(target_group: &str, role: Option<ShiftRole>) -> bool {
    role == Some(ShiftRole::Childcare) || matches!(target_group, "children" | "youth")
}

pub async fn cancel_shift(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let session = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let store = &ctx.state.store;
    let message = match store.cancel_shift(user, session).await? {
        Some(hours) if hours < LATE_CANCEL_HOURS => {
            tell_of_late_cancellation(&ctx, user, session).await?;
            "shift-cancelled-soon"
        }
        Some(_) => "shift-cancelled",
        None => return Err(AppError::NotFound),
    };
    flash(&ctx, &token, message, "/volunteer/shifts").await
}

/// A shift given back shortly before the date: the coordinators and the group's other
/// volunteers hear of it, so that someone can step in.
async fn tell_of_late_cancellation(ctx: &Ctx, user: UserId, session: i64) -> Result<(), AppError> {
    let store = &ctx.state.store;
    let Some((group, municipality, title, starts_at)) = store.session_info(session).await? else {
        return Ok(());
    };
    let name = ctx
        .session
        .as_ref()
        .map(|s| s.user.display_name.clone())
        .unwrap_or_default();
    let args = serde_json::json!({ "name": name, "group": title, "when": starts_at.to_string() });
    for coordinator in store.coordinators(MunicipalityId(municipality)).await? {
        let link = format!("/groups/manage/{group}/plan");
        store
            .notify(coordinator, "late-cancellation", &args, Some(&link))
            .await?;
    }
    for (other, _) in store.group_volunteer_list(group).await? {
        if other != user.0 {
            store
                .notify(
                    UserId(other),
                    "late-cancellation-volunteer",
                    &args,
                    Some("/volunteer/shifts"),
                )
                .await?;
        }
    }
    Ok(())
}
