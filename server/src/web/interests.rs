//! What people would like to take part in: the client's page (`/me/interests`), the
//! guide's section of the intake (`/cases/{id}/interests`), both through the case gate,
//! and the planners' count beside the offers (`/groups/manage/demand`), without names
//! and with small counts shown as "< 5".

use crate::auth::permission::Principal;
use crate::db::case_file::Written;
use crate::db::interests::InterestsRow;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::figures::{Cell, Shown};
use lotse_app::i18n::Tr;
use lotse_app::interests::{interest_kinds, InterestsInput, INTEREST_TIMES};
use lotse_app::pages::interests::{DemandLine, DemandPage, DistrictLine, InterestsView, MyInterestsPage};

/// The boxes as posted: only known codes, a district only of the client's municipality;
/// nothing here can be wrong.
pub fn parse(input: &InterestsInput, districts: &[(String, String)]) -> InterestsRow {
    InterestsRow {
        kinds: InterestsInput::ticked(&input.kinds, interest_kinds()).join(" "),
        times: InterestsInput::ticked(&input.times, INTEREST_TIMES.into_iter()).join(" "),
        childcare: input.childcare == "on",
        district_id: districts
            .iter()
            .find(|(id, _)| *id == input.district.trim())
            .and_then(|(id, _)| id.parse().ok()),
        version: input.version.trim().parse().unwrap_or(-1),
    }
}

pub fn view_of(r: InterestsRow, districts: Vec<(String, String)>) -> InterestsView {
    InterestsView {
        kinds: r.kinds,
        times: r.times,
        childcare: r.childcare,
        version: r.version,
        district: r.district_id.map(|d| d.to_string()).unwrap_or_default(),
        districts,
    }
}

/// The districts of the client's municipality, as form choices.
pub async fn districts_of(
    store: &crate::db::Store,
    client: lotse_app::domain::ClientId,
) -> Result<Vec<(String, String)>, AppError> {
    let Some(scope) = store.client_scope(client).await? else {
        return Ok(vec![]);
    };
    Ok(store
        .districts(lotse_app::domain::MunicipalityId(scope.municipality_id))
        .await?
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect())
}

pub async fn my_page(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = super::client::own_record(&ctx).await?;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let store = &ctx.state.store;
    let districts = districts_of(store, access.client()).await?;
    let data = view_of(store.case(&access).interests().await?, districts);
    let notice = Flash::take_info(store, &token, &tr).await?;
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render(
            lang,
            move || view! { <MyInterestsPage data=data notice=notice alert=None user=user/> },
        )
        .await)
}

pub async fn save_mine(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (access, token) = super::client::own_record(&ctx).await?;
    let store = &ctx.state.store;
    let districts = districts_of(store, access.client()).await?;
    let row = parse(&form.input(), &districts);
    match store.case(&access).save_interests(&row).await? {
        Written::Saved => {
            Flash::Info {
                message: "interests-saved".into(),
            }
            .set(store, &token)
            .await?;
            Ok(Redirect::to("/me").into_response())
        }
        // Changed meanwhile (by the guide, or on another phone): the boxes as ticked,
        // with the stored version, and a word about it.
        _ => {
            let lang = ctx.lang(false);
            let tr = ctx.state.i18n.translator(lang);
            let stored = store.case(&access).interests().await?;
            let data = InterestsView {
                version: stored.version,
                ..view_of(row, districts)
            };
            let alert = Some(tr.t("interests-conflict"));
            let user = ctx.nav_user("/me").unwrap_or_default();
            Ok(ctx
                .render_status(lang, StatusCode::CONFLICT, move || {
                    view! { <MyInterestsPage data=data notice=None alert=alert user=user/> }
                })
                .await)
        }
    }
}

/// The guide records them in the intake.
pub async fn save_for_case(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = super::case::open(&ctx, &raw).await?;
    let districts = districts_of(&ctx.state.store, case.access.client()).await?;
    let row = parse(&form.input(), &districts);
    match case.file(&ctx).save_interests(&row).await? {
        Written::Saved => {
            case.done(&ctx, "intake", "interests-saved-staff", "#section-interests")
                .await
        }
        Written::NotFound => Err(AppError::NotFound),
        Written::Conflict => {
            case.done(&ctx, "intake", "interests-conflict-staff", "#section-interests")
                .await
        }
    }
}

fn people(tr: &Tr, n: i64) -> String {
    match Cell::People(n).shown() {
        Shown::FewerThanFive => tr.t("figures-fewer-than-five"),
        Shown::Count(n) => tr.number(n),
        _ => tr.number(n),
    }
}

/// The planners' page: wishes per kind, when and with childcare, beside the offers.
pub async fn demand(ctx: Ctx) -> Result<Response, AppError> {
    let (p, _) = ctx.principal(true).await?;
    let (Principal::Coordinator { municipality, .. } | Principal::VolunteerCoordinator { municipality, .. }) =
        p
    else {
        return Err(AppError::Forbidden);
    };
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let answers = store.demand(municipality).await?;
    let offers = store.offers_by_category(municipality).await?;
    let lines = interest_kinds()
        .map(|kind| {
            let wanting: Vec<_> = answers
                .iter()
                .filter(|a| a.kinds.split_whitespace().any(|k| k == kind))
                .collect();
            let count = |f: &dyn Fn(&&crate::db::interests::DemandRow) -> bool| {
                wanting.iter().filter(|a| f(a)).count() as i64
            };
            let (o, places) = offers
                .iter()
                .find(|(c, ..)| c == kind)
                .map(|(_, o, p)| (*o, *p))
                .unwrap_or((0, 0));
            DemandLine {
                kind: kind.to_string(),
                wanted_count: wanting.len() as i64,
                wanted: people(&tr, wanting.len() as i64),
                childcare: people(&tr, count(&|a| a.childcare)),
                times: INTEREST_TIMES
                    .iter()
                    .map(|t| people(&tr, count(&|a| a.times.split_whitespace().any(|x| x == *t))))
                    .collect(),
                offers: o,
                places,
            }
        })
        .collect();
    let districts = by_district(&tr, &answers, store.districts(municipality).await?);
    let total = people(&tr, answers.len() as i64);
    let user = ctx.nav_user(p.home()).unwrap_or_default();
    Ok(ctx
        .render(
            lang,
            move || view! { <DemandPage lines=lines districts=districts answers=total user=user/> },
        )
        .await)
}

/// The wishes per district (the current districts by name, then the answers that named
/// none): answers, childcare, and the three kinds most wished for. Counts as shown.
fn by_district(
    tr: &Tr,
    answers: &[crate::db::interests::DemandRow],
    districts: Vec<(i64, String)>,
) -> Vec<DistrictLine> {
    let names = districts
        .into_iter()
        .map(|(_, n)| Some(n))
        .chain(std::iter::once(None));
    names
        .filter_map(|name| {
            let here: Vec<_> = answers.iter().filter(|a| a.district == name).collect();
            if here.is_empty() {
                return None;
            }
            let mut kinds: Vec<(&str, i64)> = interest_kinds()
                .map(|k| {
                    let n = here
                        .iter()
                        .filter(|a| a.kinds.split_whitespace().any(|x| x == k))
                        .count() as i64;
                    (k, n)
                })
                .filter(|(_, n)| *n > 0)
                .collect();
            kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            Some(DistrictLine {
                name,
                answers: people(tr, here.len() as i64),
                childcare: people(tr, here.iter().filter(|a| a.childcare).count() as i64),
                top: kinds
                    .into_iter()
                    .take(3)
                    .map(|(k, n)| (k.to_string(), people(tr, n)))
                    .collect(),
            })
        })
        .collect()
}
