//! The local network on the web: actors (`actors`), the resource exchange (`exchange`),
//! the partner's own page (`partner`) and the public list of actors (`public`).
//!
//! Who may do what: the municipality's coordinator and volunteer coordination keep the
//! actors and make matches; its guides read the actors and use the exchange for the
//! municipality; a partner account reaches only `/network/mine` and the confirming of
//! its own matches. Everyone else: forbidden; another municipality's records: not found.

pub mod actors;
pub mod exchange;
pub mod partner;
pub mod partner_accounts;
pub mod public;

use crate::auth::permission::Principal;
use crate::db::network::exchange::{MatchRow, PostRow};
use crate::db::Store;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::response::{IntoResponse, Redirect, Response};
use lotse_app::domain::{MunicipalityId, UserId};
use lotse_app::i18n::Tr;
use lotse_app::network::Side;
use lotse_app::pages::network::{Choices, MatchView, PostView};
use lotse_app::pages::shell::NavUser;

/// Who works with the network, as their role allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Coordinator or volunteer coordination: keeps actors, makes matches.
    Coordination,
    /// A guide: reads actors, posts and confirms for the municipality.
    Guide,
    /// An actor's contact person: their own entry and posts.
    Partner(i64),
}

pub struct Networker {
    pub municipality: MunicipalityId,
    pub user: UserId,
    pub part: Part,
    pub token: String,
    pub nav: NavUser,
    pub tr: Tr,
}

impl Networker {
    pub fn coordination(&self) -> bool {
        self.part == Part::Coordination
    }
}

/// The signed-in person's part in the network; forbidden for everyone else.
pub async fn networker(ctx: &Ctx) -> Result<Networker, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (municipality, user, part) = match p {
        Principal::Coordinator { user, municipality }
        | Principal::VolunteerCoordinator { user, municipality } => (municipality, user, Part::Coordination),
        Principal::Guide {
            user, municipality, ..
        } => (municipality, user, Part::Guide),
        Principal::Partner {
            user,
            actor,
            municipality,
        } => (municipality, user, Part::Partner(actor.0)),
        _ => return Err(AppError::Forbidden),
    };
    Ok(Networker {
        municipality,
        user,
        part,
        token: session.token_hash.clone(),
        nav: ctx.nav_user(p.home()).unwrap_or_default(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

/// Staff of the network (coordination or guides); a partner account is forbidden here.
pub async fn staff(ctx: &Ctx) -> Result<Networker, AppError> {
    let n = networker(ctx).await?;
    if matches!(n.part, Part::Partner(_)) {
        return Err(AppError::Forbidden);
    }
    Ok(n)
}

/// The coordination only.
pub async fn coordination(ctx: &Ctx) -> Result<Networker, AppError> {
    let n = networker(ctx).await?;
    if !n.coordination() {
        return Err(AppError::Forbidden);
    }
    Ok(n)
}

pub(crate) fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

pub(crate) async fn done(ctx: &Ctx, n: &Networker, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &n.token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

/// The municipality's districts (and, for the actor form, the county's places and the
/// municipality's group offers) as form choices.
pub(crate) async fn choices(store: &Store, n: &Networker, links: bool) -> Result<Choices, AppError> {
    let strings = |v: Vec<(i64, String)>| {
        v.into_iter()
            .map(|(id, s)| (id.to_string(), s))
            .collect::<Vec<_>>()
    };
    let districts = strings(store.districts(n.municipality).await?);
    if !links {
        return Ok(Choices {
            districts,
            ..Choices::default()
        });
    }
    let offices = match store.county_of(n.municipality).await? {
        Some(county) => strings(store.office_names(county).await?),
        None => vec![],
    };
    let groups = store
        .groups_publicity(n.municipality)
        .await?
        .into_iter()
        .map(|(id, title, _)| (id.to_string(), title))
        .collect();
    Ok(Choices {
        districts,
        offices,
        groups,
    })
}

/// A contact in one line: name, phone, e-mail.
fn contact_line(name: &str, phone: &str, email: &str) -> String {
    [name, phone, email]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

pub(crate) fn post_view(p: &PostRow) -> PostView {
    PostView {
        id: p.id,
        side: p.side,
        topic: p.topic,
        title: p.title.clone(),
        details: p.details.clone(),
        actor: p.actor.clone(),
        district: p.district.clone(),
        from_on: p.from_on.clone(),
        until_on: p.until_on.clone(),
        closed: p.closed,
        contact: contact_line(&p.contact_name, &p.phone, &p.email),
    }
}

/// May `n` speak for the side of a match whose post belongs to `actor` (None: the
/// municipality)? A partner for their own actor; staff for the municipality's posts;
/// the coordination also for an actor without a partner account (after asking them).
pub(crate) fn speaks_for(n: &Networker, m: &MatchRow, side: Side) -> bool {
    match (n.part, m.actor_of(side)) {
        (Part::Partner(own), Some(a)) => own == a,
        (Part::Partner(_), None) => false,
        (Part::Guide | Part::Coordination, None) => true,
        (Part::Guide, Some(_)) => false,
        (Part::Coordination, Some(_)) => !m.partnered(side),
    }
}

/// A match as `n` sees it: the sides they may confirm now, and once both agreed the
/// contacts (the other side's for a partner, both for staff).
pub(crate) fn match_view(n: &Networker, m: &MatchRow) -> MatchView {
    let can_confirm = if m.declined {
        vec![]
    } else {
        [Side::Offer, Side::Seek]
            .into_iter()
            .filter(|side| !m.confirmed(*side) && speaks_for(n, m, *side))
            .collect()
    };
    let mut contacts = vec![];
    if m.agreed() {
        for side in [Side::Offer, Side::Seek] {
            if matches!(n.part, Part::Partner(a) if m.actor_of(side) == Some(a)) {
                continue;
            }
            let (owner, name, phone, email) = m.contact(side);
            let owner = owner
                .map(str::to_string)
                .unwrap_or_else(|| n.tr.t("post-owner-municipality"));
            contacts.push(format!("{owner}: {}", contact_line(name, phone, email)));
        }
    }
    MatchView {
        id: m.id,
        topic: m.topic,
        offer_title: m.offer_title.clone(),
        offer_owner: m.offer_actor.clone(),
        seek_title: m.seek_title.clone(),
        seek_owner: m.seek_actor.clone(),
        offer_ok: m.offer_ok,
        seek_ok: m.seek_ok,
        declined: m.declined,
        can_confirm,
        contacts,
        agreed_on: m
            .agreed_at
            .and_then(crate::time::local_date)
            .map(|d| d.format("%Y-%m-%d").to_string()),
    }
}
