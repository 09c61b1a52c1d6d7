//! Planning group offers (manager view, German): only coordinators, and only for their
//! own municipality. An offer of another municipality answers 404, like one that does
//! not exist.

mod offer;
mod plan;
mod volunteers;

pub use offer::{
    create_group, edit_group_page, group_text_page, new_group_page, save_group_text, update_group,
};
pub use plan::{
    add_one_off, add_series, add_volunteer, cancel_session, count_session, move_session, plan_page,
    remove_volunteer,
};
pub use volunteers::{add_document, invite, remove_document, volunteer_page, volunteers_page};

use crate::auth::permission::Principal;
use crate::db::groups::GroupFull;
use crate::web::case::local;
use crate::web::ctx::Ctx;
use crate::web::directory::manage::translation_states;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{MunicipalityId, UserId};
use lotse_app::i18n::Tr;
use lotse_app::pages::shell::NavUser;
use lotse_app::pages::staff::groups::{
    AttendanceView, DocumentView, GapView, GroupsDashboard, GroupsDashboardPage, NoticeView,
};

/// Gaps are shown this many weeks ahead.
const GAP_WEEKS: i64 = 4;
/// Documents running out within this many days are flagged (and reminded of).
pub const EXPIRY_WARNING_DAYS: i64 = 56;

struct Planner {
    municipality: MunicipalityId,
    user: UserId,
    token: String,
    nav: NavUser,
    tr: Tr,
}

async fn planner(ctx: &Ctx) -> Result<Planner, AppError> {
    let (p, session) = ctx.principal(true).await?;
    // The municipality's coordinator, or its volunteer coordinator.
    let (Principal::Coordinator { user, municipality }
    | Principal::VolunteerCoordinator { user, municipality }) = p
    else {
        return Err(AppError::Forbidden);
    };
    Ok(Planner {
        municipality,
        user,
        token: session.token_hash.clone(),
        nav: ctx.nav_user(p.home()).unwrap_or_default(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

impl Planner {
    async fn group(&self, ctx: &Ctx, raw: &str) -> Result<GroupFull, AppError> {
        let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
        ctx.state
            .store
            .group(self.municipality, id)
            .await?
            .ok_or(AppError::NotFound)
    }

    async fn notice(&self, ctx: &Ctx) -> Result<Option<String>, AppError> {
        Ok(Flash::take_info(&ctx.state.store, &self.token, &self.tr).await?)
    }

    async fn saved(&self, ctx: &Ctx, message: &str, to: &str) -> Result<Response, AppError> {
        Flash::Info {
            message: message.into(),
        }
        .set(&ctx.state.store, &self.token)
        .await?;
        Ok(Redirect::to(to).into_response())
    }
}

/// Someone's unread notices, in the reader's language.
pub async fn notice_views(
    store: &crate::db::Store,
    user: UserId,
    tr: &Tr,
) -> Result<Vec<NoticeView>, crate::db::DbError> {
    Ok(store
        .unread_notices(user)
        .await?
        .into_iter()
        .map(|n| NoticeView {
            text: notice_text(tr, &n.kind, &n.args),
            link: n.link,
            when: local(n.created_at),
        })
        .collect())
}

pub use crate::groups::notice_text;

/// A checked document for display, flagged when it has run out or soon will.
pub fn document_view(tr: &Tr, d: &crate::db::groups::DocumentRow, today: chrono::NaiveDate) -> DocumentView {
    let until = d
        .valid_until
        .as_deref()
        .and_then(|u| chrono::NaiveDate::parse_from_str(u, "%Y-%m-%d").ok());
    let checked = local(d.checked_at);
    DocumentView {
        id: d.id,
        user_id: d.user_id,
        name: d.display_name.clone(),
        kind: d.kind.clone(),
        valid_until: d.valid_until.clone(),
        expired: until.is_some_and(|u| u < today),
        expiring: until.is_some_and(|u| u >= today && (u - today).num_days() <= EXPIRY_WARNING_DAYS),
        checked: tr.ta(
            "document-checked",
            &[
                ("name", d.checked_by_name.clone().into()),
                ("date", tr.date(&checked.date).into()),
            ],
        ),
    }
}

pub async fn dashboard(ctx: Ctx) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let store = &ctx.state.store;
    let at = crate::db::now();
    let gaps = store
        .shift_gaps(p.municipality, at, at + GAP_WEEKS * 7 * 86_400)
        .await?
        .into_iter()
        .map(|g| GapView {
            group_id: g.group_id,
            title: g.title,
            when: local(g.starts_at),
            role: g.role,
            needed: g.needed,
            filled: g.filled,
        })
        .collect();
    let notices = notice_views(store, p.user, &p.tr).await?;
    let today = crate::time::today();
    let documents = store
        .volunteer_documents(p.municipality, None)
        .await?
        .iter()
        .map(|d| document_view(&p.tr, d, today))
        .collect();
    // Attendance over the last twelve months, by target group.
    let year_ago = at - 365 * 86_400;
    let attendance = store
        .attendance(p.municipality, year_ago, at)
        .await?
        .into_iter()
        .map(|a| AttendanceView {
            target_group: a.target_group,
            sessions: a.sessions,
            counted: a.counted,
            heads: a.heads,
        })
        .collect();
    let d = GroupsDashboard {
        weeks: GAP_WEEKS,
        gaps,
        offers: translation_states(&store.group_translations(p.municipality).await?),
        notices,
        documents,
        attendance,
        notice: p.notice(&ctx).await?,
        complaints: super::complaints::routed_to(store, p.municipality, p.user).await?,
    };
    let nav = p.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <GroupsDashboardPage d=d user=nav/> },
        )
        .await)
}

pub async fn read_notices(ctx: Ctx) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    ctx.state.store.mark_notices_read(p.user).await?;
    Ok(Redirect::to("/groups/manage").into_response())
}
