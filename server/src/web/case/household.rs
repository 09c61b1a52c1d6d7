//! Linked households: the adults of one household with their own case. Linking and
//! unlinking need write access to both cases (each opened through the gate); the page
//! names only the members whose case this person may open.

use super::{open, Case};
use crate::auth::permission::{caseload, client_access, require_staff_write, CaseloadView, ClientAccess};
use crate::db::households::HouseholdMember;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use lotse_app::domain::ClientId;
use lotse_app::forms::{Problem, Problems};
use lotse_app::pages::staff::case::household::{
    HouseholdData, HouseholdLinkField, HouseholdLinkInput, HOUSEHOLD_LINK_FORM,
};

/// Another client's case, for a change that touches both: open, in the same
/// municipality, and writable by this person. Anything else is not found.
pub async fn member_access(ctx: &Ctx, case: &Case, member: i64) -> Result<ClientAccess, AppError> {
    if member == case.id().0 {
        return Err(AppError::NotFound);
    }
    let store = &ctx.state.store;
    let access = client_access(store, &case.principal, ClientId(member)).await?;
    require_staff_write(&access)?;
    let scope = store
        .client_scope(ClientId(member))
        .await?
        .ok_or(AppError::NotFound)?;
    if access.is_closed() || scope.municipality_id != case.municipality().0 {
        return Err(AppError::NotFound);
    }
    Ok(access)
}

/// The linked members this person may open (with their access), and how many others.
pub async fn members(
    ctx: &Ctx,
    case: &Case,
) -> Result<(Vec<(HouseholdMember, ClientAccess)>, usize), AppError> {
    let store = &ctx.state.store;
    let mut open = vec![];
    let mut others = 0;
    for m in case.file(ctx).household().await? {
        match client_access(store, &case.principal, m.id()).await {
            Ok(a) => open.push((m, a)),
            Err(crate::auth::permission::Denied::Db(e)) => return Err(e.into()),
            Err(_) => others += 1,
        }
    }
    Ok((open, others))
}

/// What the intake page's household part shows.
pub async fn data(ctx: &Ctx, case: &Case) -> Result<HouseholdData, AppError> {
    let (linked, others) = members(ctx, case).await?;
    let mut taken: Vec<i64> = linked.iter().map(|(m, _)| m.client_id).collect();
    taken.push(case.id().0);
    // The clients this person works with (their caseload), open, not linked yet.
    let candidates = match caseload(&case.principal) {
        Ok(view) if !case.access.is_closed() => {
            let filter = match view {
                CaseloadView::Own(f) | CaseloadView::Team(f, _) | CaseloadView::Municipality(f, _) => f,
            };
            ctx.state
                .store
                .caseload_names(filter)
                .await?
                .into_iter()
                .filter(|(id, _, _)| !taken.contains(id))
                .map(|(id, last, first)| (id.to_string(), format!("{last}, {first}")))
                .collect()
        }
        _ => vec![],
    };
    Ok(HouseholdData {
        members: linked
            .into_iter()
            .map(|(m, _)| {
                (
                    m.client_id,
                    format!("{} {}", m.first_name, m.last_name),
                    m.closed_at.is_some(),
                )
            })
            .collect(),
        others,
        candidates,
    })
}

pub async fn link(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let input: HouseholdLinkInput = form.input();
    let mut p = Problems::new();
    let member = p.check(
        HouseholdLinkField::Member,
        input
            .member
            .trim()
            .parse::<i64>()
            .map_err(|_| Problem::new("household-choose-error")),
    );
    let member = match p.finish(|| member) {
        Ok(m) => m,
        Err(errors) => {
            let tr = case.tr(&ctx);
            let posted = form.refused(HOUSEHOLD_LINK_FORM, errors);
            return super::intake::render(
                &ctx,
                &case,
                posted,
                super::form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let other = member_access(&ctx, &case, member).await?;
    let store = &ctx.state.store;
    case.file(&ctx).link_household(&store.case(&other)).await?;
    case.done(&ctx, "intake", "household-linked", "#household").await
}

pub async fn unlink(ctx: Ctx, Path((raw, member)): Path<(String, String)>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let member = super::parse_id(&member)?;
    let other = member_access(&ctx, &case, member).await?;
    let store = &ctx.state.store;
    if !case.file(&ctx).unlink_household(&store.case(&other)).await? {
        return Err(AppError::NotFound);
    }
    case.done(&ctx, "intake", "household-unlinked", "#household")
        .await
}
