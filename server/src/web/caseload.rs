//! The caseload and the client's record in the manager view: the list, a new client, a
//! client's record with household, and a new activation code.

use super::case;
use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms::{self};
use super::qr::qr_svg;
use crate::auth::credentials;
use crate::auth::permission::{self, client_access, require_staff_write, CaseloadView, Principal};
use crate::db::access_log::Action;
use crate::db::caseload::{CaseloadAsk, CaseloadOrder};
use crate::db::clients::{split_languages, CaseloadNarrowing, NewClient};
use crate::db::now;
use crate::search::NameQuery;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::casework::is_field;
use lotse_app::domain::{ClientId, Lang, MunicipalityId, TeamId, UserId, SPOKEN_LANGUAGES};
use lotse_app::forms::{Problem, Problems};
use lotse_app::pages::pager::Paging;
use lotse_app::pages::staff::caseload::{
    Caseload, CaseloadFilters, CaseloadPage, CaseloadRow, CaseloadScope, HandedOver, SORTS,
};
use lotse_app::pages::staff::client_detail::{
    Activation, ClientDetailPage, ClientRecord, HouseholdMember, IssuedCode,
};
use lotse_app::pages::staff::client_new::{ClientField, ClientForm, ClientInput, ClientNewPage};
use lotse_app::pages::FieldErrors;

/// The calendar date (UTC) of a Unix timestamp, as ISO text for the views.
fn iso_date(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|d| d.date_naive().format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

use crate::time::today;

/// What the caseload's filter form sends (all optional; unknown values are ignored).
#[derive(Debug, Default, serde::Deserialize)]
pub struct CaseloadQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    field: String,
    #[serde(default)]
    guide: String,
    /// "closed": the closed cases (still kept) instead of the open ones.
    #[serde(default)]
    state: String,
    #[serde(default)]
    page: String,
}

/// Rows per page of the caseload: a full-time guide's whole caseload (80–150) fits on one;
/// a team's or a municipality's list (Stuttgart: 2,500 clients) is paged.
const PER_PAGE: i64 = 200;

pub async fn caseload(ctx: Ctx, Query(query): Query<CaseloadQuery>) -> Result<Response, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let view = match permission::caseload(&p) {
        Ok(v) => v,
        Err(permission::Denied::Forbidden) => return Ok(Redirect::to(p.home()).into_response()),
        Err(e) => return Err(e.into()),
    };
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let others_clients = !matches!(view, CaseloadView::Own(_));
    // The heading names the lead's team or the coordinator's municipality: their own,
    // read with the session (another's is asked for).
    let me = &session.user;
    let (filter, scope, team) = match view {
        CaseloadView::Own(f) => (f, CaseloadScope::Own, None),
        CaseloadView::Team(f, t) => {
            let name = match (me.team_id == Some(t.0), &me.team_name) {
                (true, Some(name)) => Some(name.clone()),
                _ => store.team_name(t).await?,
            };
            (f, CaseloadScope::Team(name.unwrap_or_default()), Some(t))
        }
        CaseloadView::Municipality(f, m) => {
            let name = match (me.municipality_id == Some(m.0), &me.municipality_name) {
                (true, Some(name)) => Some(name.clone()),
                _ => store.municipality_name(m).await?,
            };
            (f, CaseloadScope::Municipality(name.unwrap_or_default()), None)
        }
    };
    let field = is_field(&query.field).then(|| query.field.clone());
    // A guide filter names a guide of the lead's own team, or nothing: an id from the
    // address bar must not turn into some other person's name on the page.
    let guide = match (query.guide.parse::<i64>().ok(), team) {
        (Some(id), Some(t)) => store
            .user(UserId(id))
            .await?
            .filter(|u| u.role == "guide" && u.team_id == Some(t.0))
            .map(|u| (UserId(u.id), u.display_name)),
        _ => None,
    };
    let narrowing = CaseloadNarrowing {
        guide: guide.as_ref().map(|(id, _)| *id),
        field: field.clone(),
        closed: query.state == "closed",
    };
    let today = case::today_iso();
    let search = NameQuery::new(&query.q);
    let sort = if SORTS.contains(&query.sort.as_str()) {
        query.sort.clone()
    } else {
        "due".to_string()
    };
    let asked_page = query.page.parse().unwrap_or(1);
    let offset = |total: i64| Paging::new(asked_page, total, PER_PAGE).offset(PER_PAGE);
    let page = store
        .caseload_page(&CaseloadAsk {
            filter,
            narrowing: &narrowing,
            viewer: p.user(),
            now: now(),
            order: CaseloadOrder::parse(&sort).unwrap_or(CaseloadOrder::Due),
            search: search.as_ref(),
            per_page: PER_PAGE,
            offset: &offset,
        })
        .await?;
    let guides = match team {
        Some(_) => {
            let mut g = page.guides;
            if let Some((UserId(id), name)) = guide {
                g.push((id, name));
            }
            g.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            g.dedup();
            g
        }
        None => vec![],
    };
    let total = page.total;
    let paging = Paging::new(asked_page, total, PER_PAGE);
    let db_rows = page.rows;
    // A lead's or coordinator's list is a look at each client on it (the page shown):
    // logged, once a day.
    if others_clients {
        let shown: Vec<ClientId> = db_rows.iter().map(|r| ClientId(r.id)).collect();
        store
            .log_list_view(p.user(), p.role(), &shown, "caseload")
            .await?;
    }
    let rows = db_rows
        .into_iter()
        .map(|r| CaseloadRow {
            overdue: r.next_due().is_some_and(|d| d < today.as_str()),
            next_step: r.next_step().map(|(d, t)| (d.to_string(), t.to_string())),
            id: r.id,
            name: format!("{} {}", r.first_name, r.last_name),
            languages: split_languages(&r.languages),
            last_contact: r.last_contact_on,
            guide_name: r.guide_name,
            next_appointment: r.next_appointment.map(case::local),
            open_requests: r.open_requests,
        })
        .collect();
    let transfers = match (&p, team) {
        (_, Some(t)) => store.transfers_from_team(t, 10).await?,
        (Principal::Guide { user, .. }, None) => store.transfers_from_guide(*user, 10).await?,
        _ => vec![],
    };
    let handed_over = transfers
        .into_iter()
        .map(|t| HandedOver {
            client: t.client_name,
            to: format!("{} ({})", t.to_guide_name, t.to_team_name),
            on: case::local(t.at).date,
        })
        .collect();
    let notice = Flash::take_info(store, &session.token_hash, &tr).await?;
    // Complaints on this person's desk: always for the coordinators (overdue ones stand
    // out), for a guide only when some were routed to them.
    let complaints = match crate::auth::permission::complaint_desk(&p) {
        Ok(desk) => {
            let (open, late) = store.complaints_due(desk, &today).await?;
            (desk.all || open > 0).then_some((open, late))
        }
        Err(_) => None,
    };
    let data = Caseload {
        complaints,
        scope,
        rows,
        can_open_records: matches!(p, Principal::Guide { .. }),
        can_move: matches!(
            p,
            Principal::Guide { team_lead: true, .. } | Principal::Coordinator { .. }
        ),
        filters: CaseloadFilters {
            q: query.q.chars().take(100).collect(),
            sort,
            field: field.unwrap_or_default(),
            guide: narrowing.guide.map(|g| g.0.to_string()).unwrap_or_default(),
            state: if narrowing.closed {
                "closed".into()
            } else {
                String::new()
            },
            guides,
        },
        handed_over,
        notice,
        total,
        paging,
    };
    let user = ctx.nav_user(p.home()).unwrap_or_default();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <CaseloadPage data=data user=user/> },
        )
        .await)
}

pub async fn new_client_page(ctx: Ctx) -> Result<Response, AppError> {
    let (p, _) = ctx.principal(true).await?;
    let (_, _, municipality) = permission::create_client(&p)?;
    let app_langs = ctx.state.store.client_langs(municipality).await?;
    // Most clients read neither German nor English: the first other language offered.
    let first = app_langs
        .iter()
        .copied()
        .find(|l| *l != Lang::DE && *l != Lang::EN)
        .or_else(|| app_langs.first().copied())
        .unwrap_or(Lang::EN);
    let form = ClientForm {
        preferred_lang: first.code().into(),
        app_langs,
        ..Default::default()
    };
    let user = ctx.nav_user(p.home()).unwrap_or_default();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <ClientNewPage form=form user=user/> },
        )
        .await)
}

pub async fn create_client(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (guide, team, municipality) = permission::create_client(&p)?;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let input: ClientInput = form.input();
    let app_langs = ctx.state.store.client_langs(municipality).await?;
    let parsed = parse(&input, today(), (guide, team, municipality)).and_then(|new| {
        // The app speaks to the client only in a language the municipality offers.
        match Lang::parse(&new.preferred_lang) {
            Some(l) if app_langs.contains(&l) => Ok(new),
            _ => {
                let mut p = Problems::new();
                p.add(
                    ClientField::PreferredLang,
                    Problem::new("client-lang-not-offered"),
                );
                Err(p.into_errors())
            }
        }
    });
    let errors = match parsed {
        Ok(mut new) => {
            let store = &ctx.state.store;
            // An 8-digit number space is large; a clash is rare, so a few tries suffice.
            let mut login_number = credentials::new_login_number();
            for _ in 0..5 {
                if !store.login_number_taken(&login_number).await? {
                    break;
                }
                login_number = credentials::new_login_number();
            }
            new.login_number = login_number;
            let id = store.create_client(&new).await?;
            store
                .log_access(guide, p.role(), Some(id), Action::Create, "")
                .await?;
            let issued = issue_code(&ctx, &p, id).await?;
            Flash::IssuedCode {
                client: id.0,
                code: issued.0,
                expires_on: issued.1,
                message: Some("client-created".into()),
            }
            .set(store, &session.token_hash)
            .await?;
            return Ok(Redirect::to(&format!("/cases/{id}")).into_response());
        }
        Err(errors) => errors,
    };
    let form = ClientForm {
        first_name: input.first_name.clone(),
        last_name: input.last_name.clone(),
        birth_date: input.birth_date.clone(),
        preferred_lang: preferred_lang(&input).code().into(),
        languages: input.languages().map(String::from).collect(),
        phone: input.phone.clone(),
        alert: Some(tr.t("form-errors-heading")),
        errors,
        app_langs,
    };
    let user = ctx.nav_user(p.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            move || view! { <ClientNewPage form=form user=user/> },
        )
        .await)
}

/// The language the client is written to in: one of ours, else English (a form from an
/// older page may send a code this version no longer offers).
fn preferred_lang(input: &ClientInput) -> Lang {
    Lang::parse(&input.preferred_lang).unwrap_or(Lang::EN)
}

/// The new client as posted, for `owner` (guide, team, municipality). Only the name is
/// required. The sign-in number is left empty: it is drawn once the form is good, since
/// drawing one asks the store whether it is taken.
fn parse(
    input: &ClientInput,
    today: chrono::NaiveDate,
    owner: (UserId, TeamId, MunicipalityId),
) -> Result<NewClient, FieldErrors> {
    use ClientField as F;
    let mut p = Problems::new();
    let first_name = p.check(F::FirstName, forms::required_text(&input.first_name, 100));
    let last_name = p.check(F::LastName, forms::required_text(&input.last_name, 100));
    let birth_date = p.check(F::BirthDate, forms::optional_past_date(&input.birth_date, today));
    let phone = p.check(F::Phone, forms::optional_phone(&input.phone));
    // Languages we do not know are dropped, not refused: the list is a convenience.
    let languages: Vec<String> = input
        .languages()
        .filter(|l| SPOKEN_LANGUAGES.contains(l))
        .map(String::from)
        .collect();
    let (guide, team, municipality) = owner;
    p.finish(|| {
        Some(NewClient {
            first_name: first_name?,
            last_name: last_name?,
            birth_date: birth_date?,
            preferred_lang: preferred_lang(input).code().into(),
            languages,
            phone: phone?,
            municipality,
            login_number: String::new(),
            guide,
            team,
        })
    })
}

/// Makes a new activation code (the old one dies) and logs it. Returns (code, expiry date).
async fn issue_code(ctx: &Ctx, p: &Principal, id: ClientId) -> Result<(String, String), AppError> {
    let code = credentials::new_activation_code();
    let expires_at = now() + ctx.state.settings.activation_days * 86_400;
    let hash = credentials::token_hash(&credentials::code_key(&code));
    ctx.state
        .store
        .issue_activation_code(id, &hash, p.user(), expires_at)
        .await?;
    ctx.state
        .store
        .log_access(p.user(), p.role(), Some(id), Action::IssueActivationCode, "")
        .await?;
    Ok((code, iso_date(expires_at)))
}

fn parse_id(raw: &str) -> Result<ClientId, AppError> {
    raw.parse::<i64>().map(ClientId).map_err(|_| AppError::NotFound)
}

pub async fn client_detail(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = case::open(&ctx, &raw).await?;
    let store = &ctx.state.store;
    let tr = case.tr(&ctx);
    let id = case.id();
    // The areas this page shows, logged in one write.
    case.file(&ctx).reading(&["record", "household"]).await?;
    let row = case.file(&ctx).overview().await?.ok_or(AppError::NotFound)?;
    let flash = Flash::take(store, &case.token_hash).await?;
    let household = case
        .file(&ctx)
        .household_members()
        .await?
        .into_iter()
        .map(|h| HouseholdMember {
            first_name: h.first_name,
            relation: h.relation,
            birth_date: h.birth_date,
        })
        .collect();
    let activation = if row.activated {
        Activation::Active
    } else {
        match store.pending_activation(id, now()).await? {
            Some(exp) => Activation::Pending {
                expires_on: iso_date(exp),
            },
            None => Activation::None,
        }
    };
    let (issued, notice) = match flash {
        Some(Flash::IssuedCode {
            client,
            code,
            expires_on,
            message,
        }) if client == id.0 => {
            let url = format!("{}/activate?code={}", ctx.state.settings.public_url, code);
            (
                Some(IssuedCode {
                    qr_svg: qr_svg(&url),
                    code,
                    expires_on,
                }),
                message.map(|m| tr.t(&m)),
            )
        }
        Some(Flash::Notice { client, message }) if client == id.0 => (None, Some(tr.t(&message))),
        _ => (None, None),
    };
    let record = ClientRecord {
        id: row.id,
        first_name: row.first_name,
        last_name: row.last_name,
        birth_date: row.birth_date,
        preferred_lang: row.preferred_lang,
        languages: split_languages(&row.languages),
        phone: row.phone,
        login_number: row
            .login_number
            .as_deref()
            .map(credentials::format_login_number)
            .unwrap_or_default(),
        guide_name: row.guide_name,
        last_contact: row.last_contact_on,
        household,
        activation,
    };
    let mut head = case.head(&ctx, None).await?;
    head.notice = notice;
    Ok(ctx
        .render(
            case.lang,
            move || view! { <ClientDetailPage head=head record=record issued=issued/> },
        )
        .await)
}

pub async fn reissue_activation(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let id = parse_id(&raw)?;
    let (p, session) = ctx.principal(true).await?;
    let access = client_access(&ctx.state.store, &p, id).await?;
    require_staff_write(&access)?;
    // A new code gives whoever holds it the client's account: only the client's own
    // guide hands one out, and the lost phone's session ends at once.
    if !access.is_own_guide() {
        return Err(AppError::NotFound);
    }
    let (code, expires_on) = issue_code(&ctx, &p, id).await?;
    if let Some(scope) = ctx.state.store.client_scope(id).await? {
        ctx.state
            .store
            .end_sessions_of(lotse_app::domain::UserId(scope.user_id))
            .await?;
    }
    Flash::IssuedCode {
        client: id.0,
        code,
        expires_on,
        message: None,
    }
    .set(&ctx.state.store, &session.token_hash)
    .await?;
    Ok(Redirect::to(&format!("/cases/{id}")).into_response())
}
