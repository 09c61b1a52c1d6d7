//! The organisation page: administrators add and change municipalities, providers and
//! teams; a coordinator changes their own municipality's settings and its teams.

use super::accounts::{manager, Manager};
use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::db::organisation::NameTaken;
use crate::db::Saved;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, MunicipalityId, TeamId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::organisation::{
    MunicipalityField, MunicipalityInput, MunicipalityItem, Organisation, OrganisationPage, ProviderField,
    ProviderInput, ProviderItem, TeamField, TeamInput, TeamItem, MUNICIPALITY_FORM, PROVIDER_FORM, TEAM_FORM,
};

async fn render(
    ctx: &Ctx,
    m: Manager,
    posted: Posted,
    posted_for: String,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let only = m.municipality();
    let mut municipalities = vec![];
    for x in store.municipalities(only).await? {
        let districts = store
            .districts(MunicipalityId(x.id))
            .await?
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        municipalities.push(MunicipalityItem {
            id: x.id,
            name: x.name,
            caseload_target: x.caseload_target,
            retention_months: x.retention_months,
            // Empty: every language Lotse has (never chosen), shown as all ticked.
            client_langs: match Lang::list(&x.client_langs) {
                none if none.is_empty() => Lang::all().to_vec(),
                chosen => chosen,
            },
            districts,
            staff: x.staff,
            clients: x.clients,
        });
    }
    let data = Organisation {
        county: store.county().await?.map(|(_, name)| name),
        municipalities,
        providers: store
            .providers()
            .await?
            .into_iter()
            .map(|p| ProviderItem {
                id: p.id,
                name: p.name,
                contact: p.contact,
                teams: p.teams,
            })
            .collect(),
        teams: store
            .teams(only)
            .await?
            .into_iter()
            .map(|t| TeamItem {
                id: t.id,
                name: t.name,
                municipality: t.municipality,
                provider_id: t.provider_id,
                provider: t.provider,
                lead: t.leads,
                members: t.members,
            })
            .collect(),
        admin: m.is_admin(),
        notice: Flash::notice_on(store, &m.token, &m.tr, status).await?,
        alert,
        posted_for,
    };
    let nav = m.nav;
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <OrganisationPage user=nav data=data posted=posted/> }
        })
        .await)
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    render(&ctx, m, Posted::default(), String::new(), None, StatusCode::OK).await
}

async fn done(ctx: &Ctx, m: &Manager, message: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &m.token)
    .await?;
    Ok(Redirect::to("/admin/organisation").into_response())
}

async fn refused(
    ctx: &Ctx,
    m: Manager,
    form: &FormData,
    form_id: &str,
    posted_for: String,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let alert = Some(m.tr.t("form-errors-heading"));
    let posted = form.refused(form_id, errors);
    render(
        ctx,
        m,
        posted,
        posted_for,
        alert,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

fn target(input: &str) -> Result<i64, Problem> {
    match input.trim().parse::<i64>() {
        Ok(n) if (10..=300).contains(&n) => Ok(n),
        _ => Err(Problem::new("organisation-target-range")),
    }
}

/// Months a closed case is kept: from half a year to ten years.
fn retention(input: &str) -> Result<i64, Problem> {
    match input.trim().parse::<i64>() {
        Ok(n) if (6..=120).contains(&n) => Ok(n),
        _ => Err(Problem::new("organisation-retention-range")),
    }
}

/// Districts as typed, one per line: trimmed, each once, at most 100 of 60 characters.
fn district_names(input: &str) -> Result<Vec<String>, Problem> {
    let mut names: Vec<String> = vec![];
    for line in input.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let name = forms::required_text(line, 60)?;
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.len() > 100 {
        return Err(Problem::new("organisation-districts-too-many"));
    }
    Ok(names)
}

fn taken<F: lotse_app::forms::FormField>(field: F) -> FieldErrors {
    let mut e = FieldErrors::new();
    e.insert(field.name(), Problem::new("organisation-name-taken"));
    e
}

// --- municipalities ---

pub async fn add_municipality(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    if !m.is_admin() {
        return Err(AppError::Forbidden);
    }
    use MunicipalityField as F;
    let input: MunicipalityInput = form.input();
    let has_county = ctx.state.store.county().await?.is_some();
    let mut p = Problems::new();
    let county = if has_county {
        Some(String::new())
    } else {
        p.check(F::County, forms::required_text(&input.county, 100))
    };
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let target = p.check(F::CaseloadTarget, target(&input.caseload_target));
    let parsed = p.finish(|| Some((county?, name?, target?)));
    let errors = match parsed {
        Ok((county, name, target)) => {
            match ctx
                .state
                .store
                .add_municipality(&county, &name, target, m.user)
                .await?
            {
                Ok(_) => return done(&ctx, &m, "organisation-added").await,
                Err(NameTaken) => taken(F::Name),
            }
        }
        Err(e) => e,
    };
    refused(&ctx, m, &form, MUNICIPALITY_FORM, String::new(), errors).await
}

pub async fn save_municipality(
    ctx: Ctx,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let own = m.municipality().is_none_or(|x| x.0 == id);
    if !own
        || ctx
            .state
            .store
            .municipalities(Some(MunicipalityId(id)))
            .await?
            .is_empty()
    {
        return Err(AppError::NotFound);
    }
    use MunicipalityField as F;
    let input: MunicipalityInput = form.input();
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let target = p.check(F::CaseloadTarget, target(&input.caseload_target));
    let retention = p.check(F::RetentionMonths, retention(&input.retention_months));
    let langs = Lang::list(&input.client_langs);
    if langs.is_empty() {
        p.add(F::ClientLangs, Problem::new("organisation-client-langs-needed"));
    }
    let districts = p.check(F::Districts, district_names(&input.districts));
    let errors = match p.finish(|| Some((name?, target?, retention?, districts?))) {
        Ok((name, target, retention, districts)) => {
            match ctx
                .state
                .store
                .update_municipality(
                    MunicipalityId(id),
                    &name,
                    target,
                    retention,
                    &Lang::join(&langs),
                    m.user,
                )
                .await?
            {
                Ok(Saved::Done) => {
                    ctx.state
                        .store
                        .set_districts(MunicipalityId(id), &districts)
                        .await?;
                    return done(&ctx, &m, "organisation-saved").await;
                }
                Ok(Saved::Conflict) => return Err(AppError::NotFound),
                Err(NameTaken) => taken(F::Name),
            }
        }
        Err(e) => e,
    };
    refused(&ctx, m, &form, MUNICIPALITY_FORM, id.to_string(), errors).await
}

// --- providers (administrators) ---

fn parse_provider(input: &ProviderInput) -> Result<(String, String), FieldErrors> {
    use ProviderField as F;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let contact = p.check(F::Contact, forms::optional_text(&input.contact, 300));
    p.finish(|| Some((name?, contact?.unwrap_or_default())))
}

pub async fn add_provider(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    if !m.is_admin() {
        return Err(AppError::Forbidden);
    }
    let errors = match parse_provider(&form.input()) {
        Ok((name, contact)) => {
            if ctx.state.store.county().await?.is_none() {
                let mut e = FieldErrors::new();
                e.insert(
                    ProviderField::Name.name(),
                    Problem::new("organisation-county-first"),
                );
                e
            } else {
                match ctx.state.store.add_provider(&name, &contact, m.user).await? {
                    Ok(_) => return done(&ctx, &m, "organisation-added").await,
                    Err(NameTaken) => taken(ProviderField::Name),
                }
            }
        }
        Err(e) => e,
    };
    refused(&ctx, m, &form, PROVIDER_FORM, String::new(), errors).await
}

pub async fn save_provider(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    if !m.is_admin() {
        return Err(AppError::Forbidden);
    }
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx.state.store.providers().await?.iter().any(|p| p.id == id) {
        return Err(AppError::NotFound);
    }
    let errors = match parse_provider(&form.input()) {
        Ok((name, contact)) => match ctx
            .state
            .store
            .update_provider(id, &name, &contact, m.user)
            .await?
        {
            Ok(_) => return done(&ctx, &m, "organisation-saved").await,
            Err(NameTaken) => taken(ProviderField::Name),
        },
        Err(e) => e,
    };
    refused(&ctx, m, &form, PROVIDER_FORM, id.to_string(), errors).await
}

// --- teams ---

/// A team as posted: its name, a provider that exists, and (for a new team) a
/// municipality in the manager's scope.
async fn parse_team(
    ctx: &Ctx,
    m: &Manager,
    input: &TeamInput,
    new: bool,
) -> Result<Result<(String, i64, Option<MunicipalityId>), FieldErrors>, AppError> {
    use TeamField as F;
    let store = &ctx.state.store;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let providers = store.providers().await?;
    let provider = input
        .provider
        .parse::<i64>()
        .ok()
        .filter(|id| providers.iter().any(|x| x.id == *id));
    if provider.is_none() {
        p.add(F::Provider, Problem::new("organisation-choose"));
    }
    let municipality = if new {
        let mine = store.municipalities(m.municipality()).await?;
        let chosen = input
            .municipality
            .parse::<i64>()
            .ok()
            .filter(|id| mine.iter().any(|x| x.id == *id))
            .map(MunicipalityId);
        if chosen.is_none() {
            p.add(F::Municipality, Problem::new("organisation-choose"));
        }
        chosen
    } else {
        None
    };
    Ok(p.finish(|| Some((name?, provider?, municipality))))
}

pub async fn add_team(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let errors = match parse_team(&ctx, &m, &form.input(), true).await? {
        Ok((name, provider, Some(municipality))) => {
            match ctx
                .state
                .store
                .add_team(municipality, provider, &name, m.user)
                .await?
            {
                Ok(_) => return done(&ctx, &m, "organisation-added").await,
                Err(NameTaken) => taken(TeamField::Name),
            }
        }
        Ok(_) => FieldErrors::new(),
        Err(e) => e,
    };
    refused(&ctx, m, &form, TEAM_FORM, String::new(), errors).await
}

pub async fn save_team(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let id = TeamId(raw.parse::<i64>().map_err(|_| AppError::NotFound)?);
    let in_scope = match ctx.state.store.team_municipality(id).await? {
        None => false,
        Some(t) => m.municipality().is_none_or(|x| x == t),
    };
    if !in_scope {
        return Err(AppError::NotFound);
    }
    let errors = match parse_team(&ctx, &m, &form.input(), false).await? {
        Ok((name, provider, _)) => match ctx.state.store.update_team(id, provider, &name, m.user).await? {
            Ok(_) => return done(&ctx, &m, "organisation-saved").await,
            Err(NameTaken) => taken(TeamField::Name),
        },
        Err(e) => e,
    };
    refused(&ctx, m, &form, TEAM_FORM, id.0.to_string(), errors).await
}
