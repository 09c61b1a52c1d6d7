//! Moving a caseload (team leads for their team, coordinators for their municipality):
//! the choice and the preview are reads (GET), the move is one post that lands whole.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::permission::Principal;
use crate::db::moves::{Changed, Move, MoveGuide, MoveScope};
use axum::extract::RawQuery;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{ClientId, TeamId, UserId};
use lotse_app::i18n::Tr;
use lotse_app::pages::staff::moves::{GuideItem, MovesData, MovesPage, Preview, Receiving};
use std::collections::HashMap;

struct Mover {
    user: UserId,
    principal: Principal,
    scope: MoveScope,
    token: String,
    tr: Tr,
}

async fn mover(ctx: &Ctx) -> Result<Mover, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let scope = match &p {
        Principal::Guide {
            team,
            team_lead: true,
            ..
        } => MoveScope::Team(*team),
        Principal::Coordinator { municipality, .. } => MoveScope::Municipality(*municipality),
        _ => return Err(AppError::Forbidden),
    };
    Ok(Mover {
        user: p.user(),
        principal: p,
        scope,
        token: session.token_hash.clone(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

fn item(g: &MoveGuide) -> GuideItem {
    GuideItem {
        id: g.id,
        name: g.name.clone(),
        team: g.team.clone(),
        municipality: g.municipality.clone(),
        clients: g.clients,
        active: g.active,
    }
}

/// The giving guide (in the mover's scope), their open cases and who may receive them.
struct Choice {
    guides: Vec<MoveGuide>,
    from: MoveGuide,
    clients: Vec<(i64, String)>,
    receivers: Vec<MoveGuide>,
}

async fn choice(ctx: &Ctx, m: &Mover, from: i64) -> Result<Choice, AppError> {
    let store = &ctx.state.store;
    let guides = store.movable_guides(m.scope).await?;
    let from = guides
        .iter()
        .find(|g| g.id == from)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let clients = store.open_clients_of(UserId(from.id)).await?;
    let receivers = store
        .receiving_guides(TeamId(from.team_id))
        .await?
        .into_iter()
        // Becoming a client's own guide opens their health data: nobody gives that to
        // themselves (as with a single handover).
        .filter(|g| g.id != from.id && g.id != m.user.0)
        .collect();
    Ok(Choice {
        guides,
        from,
        clients,
        receivers,
    })
}

/// Shares the chosen clients among the chosen guides, each next client to whoever has
/// the fewest cases at that moment (ties: the order of the list), so that nobody is
/// loaded far past the others.
fn distribute(clients: &[i64], receivers: &[&MoveGuide]) -> Vec<(i64, usize)> {
    let mut load: Vec<i64> = receivers.iter().map(|r| r.clients).collect();
    clients
        .iter()
        .filter_map(|c| {
            let (at, _) = load.iter().enumerate().min_by_key(|(i, l)| (**l, *i))?;
            load[at] += 1;
            Some((*c, at))
        })
        .collect()
}

fn pairs(raw: &Option<String>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub async fn page(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let m = mover(&ctx).await?;
    let q = pairs(&raw);
    let get = |k: &str| {
        q.iter()
            .find(|(x, _)| x == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let all = |k: &str| -> Vec<i64> {
        q.iter()
            .filter(|(x, _)| x == k)
            .filter_map(|(_, v)| v.parse().ok())
            .collect()
    };
    let store = &ctx.state.store;
    let notice = Flash::take_info(store, &m.token, &m.tr).await?;
    let mut data = MovesData {
        notice,
        ..Default::default()
    };
    match get("from").parse::<i64>() {
        Err(_) => {
            data.guides = store.movable_guides(m.scope).await?.iter().map(item).collect();
        }
        Ok(from) => {
            let c = choice(&ctx, &m, from).await?;
            data.guides = c.guides.iter().map(item).collect();
            let previewing = get("preview") == "1";
            let chosen_clients: Vec<i64> = if previewing {
                all("client")
                    .into_iter()
                    .filter(|id| c.clients.iter().any(|(x, _)| x == id))
                    .collect()
            } else {
                c.clients.iter().map(|(id, _)| *id).collect()
            };
            let chosen_to: Vec<i64> = all("to");
            data.clients = c
                .clients
                .iter()
                .map(|(id, name)| (*id, name.clone(), chosen_clients.contains(id)))
                .collect();
            data.receivers = c
                .receivers
                .iter()
                .map(|g| (item(g), chosen_to.contains(&g.id)))
                .collect();
            if previewing {
                let receivers: Vec<&MoveGuide> =
                    c.receivers.iter().filter(|g| chosen_to.contains(&g.id)).collect();
                if chosen_clients.is_empty() || receivers.is_empty() {
                    data.alert = Some(m.tr.t("moves-choose-both"));
                } else {
                    let plan = distribute(&chosen_clients, &receivers);
                    let names: HashMap<i64, &String> = c.clients.iter().map(|(id, n)| (*id, n)).collect();
                    let target = store
                        .municipalities(Some(lotse_app::domain::MunicipalityId(c.from.municipality_id)))
                        .await?
                        .first()
                        .map(|x| x.caseload_target)
                        .unwrap_or(80);
                    data.preview = Some(Preview {
                        rows: plan
                            .iter()
                            .map(|(client, at)| {
                                (
                                    names.get(client).map(|n| n.to_string()).unwrap_or_default(),
                                    receivers[*at].name.clone(),
                                )
                            })
                            .collect(),
                        receiving: receivers
                            .iter()
                            .enumerate()
                            .map(|(i, r)| Receiving {
                                name: r.name.clone(),
                                team: r.team.clone(),
                                same_team: r.team_id == c.from.team_id,
                                now: r.clients,
                                after: r.clients + plan.iter().filter(|(_, at)| *at == i).count() as i64,
                            })
                            .collect(),
                        moves: plan
                            .iter()
                            .map(|(client, at)| format!("{client}:{}", receivers[*at].id))
                            .collect(),
                        target,
                    });
                }
            }
            data.from = Some(item(&c.from));
        }
    }
    let status = if data.alert.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let nav = ctx.nav_user(m.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <MovesPage user=nav data=data/> },
        )
        .await)
}

/// Moves what the preview showed, all or nothing.
pub async fn confirm(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let m = mover(&ctx).await?;
    let from = form.get("from").parse::<i64>().map_err(|_| AppError::NotFound)?;
    let c = choice(&ctx, &m, from).await?;
    let mut moves = vec![];
    for pair in form.all("move") {
        let (client, guide) = pair.split_once(':').ok_or(AppError::BadRequest)?;
        let client = client.parse::<i64>().map_err(|_| AppError::BadRequest)?;
        let guide = guide.parse::<i64>().map_err(|_| AppError::BadRequest)?;
        // Only to guides who may receive them; only the giving guide's clients move
        // (checked in the move itself, which refuses the whole step otherwise).
        let to = c
            .receivers
            .iter()
            .find(|g| g.id == guide)
            .ok_or(AppError::NotFound)?;
        moves.push(Move {
            client: ClientId(client),
            to_guide: UserId(to.id),
            to_team: TeamId(to.team_id),
        });
    }
    if moves.is_empty() {
        return Err(AppError::BadRequest);
    }
    let reason = forms::optional_text(form.get("reason"), 300)
        .ok()
        .flatten()
        .unwrap_or_else(|| m.tr.t("moves-default-reason"));
    let store = &ctx.state.store;
    match store
        .move_caseload(UserId(c.from.id), &moves, m.user, m.principal.role(), &reason)
        .await?
    {
        Ok(n) => {
            Flash::Info {
                message: if n == 1 {
                    "moves-done-one".into()
                } else {
                    "moves-done".into()
                },
            }
            .set(store, &m.token)
            .await?;
            Ok(Redirect::to(&format!("/cases/move?from={}", c.from.id)).into_response())
        }
        Err(Changed) => {
            Flash::Info {
                message: "moves-changed".into(),
            }
            .set(store, &m.token)
            .await?;
            Ok((
                StatusCode::SEE_OTHER,
                [("location", format!("/cases/move?from={}", c.from.id))],
            )
                .into_response())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide(id: i64, clients: i64) -> MoveGuide {
        MoveGuide {
            id,
            name: format!("g{id}"),
            team_id: 1,
            team: "t".into(),
            provider_id: 1,
            municipality_id: 1,
            municipality: "m".into(),
            clients,
            active: true,
        }
    }

    #[test]
    fn a_caseload_is_shared_so_that_the_least_loaded_get_more() {
        let count = |plan: &[(i64, usize)], at: usize| plan.iter().filter(|(_, a)| *a == at).count();
        let (a, b) = (guide(1, 70), guide(2, 78));
        let plan = distribute(&[10, 11, 12, 13, 14, 15], &[&a, &b]);
        assert_eq!(
            (count(&plan, 0), count(&plan, 1)),
            (6, 0),
            "70 + 6 is still below 78"
        );
        let (a, b) = (guide(1, 77), guide(2, 78));
        let plan = distribute(&[10, 11, 12, 13], &[&a, &b]);
        assert_eq!((count(&plan, 0), count(&plan, 1)), (3, 1));
        assert_eq!(
            plan.iter().map(|(c, _)| *c).collect::<Vec<_>>(),
            [10, 11, 12, 13],
            "every client once"
        );
    }
}
