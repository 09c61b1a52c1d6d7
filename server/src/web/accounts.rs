//! Staff accounts: administrators manage everyone, a coordinator the guides and
//! coordinators of their own municipality. Invitations and password resets are
//! one-time links (shown once, and mailed when a relay is set); nobody changes the
//! rights of their own account, and the last administrator stays (see `db::accounts`).
//! The link's own page is `web::welcome`.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::credentials;
use crate::auth::permission::Principal;
use crate::db::accounts::{ChangeRow, Refused, StaffAccount, StaffFilter, StaffRow, StaffScope};
use crate::db::now;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{MunicipalityId, Role, TeamId, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::pager::Paging;
use lotse_app::pages::shell::NavUser;
use lotse_app::pages::staff::accounts::{
    AccountChoices, ChangeItem, StaffField, StaffInput, StaffItem, StaffList, StaffListPage, StaffLogPage,
    StaffMember, StaffMemberPage, StaffNewPage, ROLE_CHOICES, STAFF_FORM, WIDE_ROLES,
};
use serde::Deserialize;

/// How long a one-time link works.
pub const LINK_DAYS: i64 = 7;
const PER_PAGE: i64 = 50;

/// Who manages accounts, and over whom.
pub(crate) struct Manager {
    pub user: UserId,
    pub scope: StaffScope,
    pub token: String,
    pub nav: NavUser,
    pub tr: Tr,
}

impl Manager {
    pub fn is_admin(&self) -> bool {
        self.scope == StaffScope::All
    }
    pub fn municipality(&self) -> Option<MunicipalityId> {
        match self.scope {
            StaffScope::All => None,
            StaffScope::Municipality(m) => Some(m),
        }
    }
}

/// Administrators and coordinators; everyone else is refused.
pub(crate) async fn manager(ctx: &Ctx) -> Result<Manager, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (user, scope) = match p {
        Principal::Admin { user } => (user, StaffScope::All),
        Principal::Coordinator { user, municipality } => (user, StaffScope::Municipality(municipality)),
        _ => return Err(AppError::Forbidden),
    };
    Ok(Manager {
        user,
        scope,
        token: session.token_hash.clone(),
        nav: ctx.nav_user(p.home()).unwrap_or_default(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

fn role_value(row: &StaffRow) -> String {
    match row.role.as_str() {
        "guide" if row.is_team_lead => "lead".into(),
        other => other.into(),
    }
}

fn item(row: &StaffRow) -> StaffItem {
    StaffItem {
        id: row.id,
        name: row.display_name.clone(),
        email: row.email.clone().unwrap_or_default(),
        role: role_value(row),
        municipality: row.municipality.clone(),
        team: row.team.clone(),
        active: row.disabled_at.is_none(),
        invited: !row.has_password,
        clients: row.clients,
    }
}

pub(crate) fn change_item(c: ChangeRow) -> ChangeItem {
    ChangeItem {
        when: crate::time::local(c.at),
        actor: c.actor,
        subject: c.subject_id.zip(c.subject),
        action: c.action,
        detail: c.detail,
    }
}

// --- the list ---

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    inactive: String,
    #[serde(default)]
    page: String,
}

pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let store = &ctx.state.store;
    let role = ROLE_CHOICES.iter().find(|r| **r == q.role).copied().unwrap_or("");
    let page = q.page.parse::<i64>().unwrap_or(1).clamp(1, 10_000);
    let search: String = q.q.chars().take(100).collect();
    let filter = StaffFilter {
        q: search.clone(),
        role: match role {
            "" => None,
            "lead" => Some(Role::Guide),
            r => Role::parse(r),
        },
        team: q.team.parse::<i64>().ok().map(TeamId),
        include_disabled: q.inactive == "1",
        offset: (page - 1) * PER_PAGE,
        limit: PER_PAGE,
    };
    let (rows, total) = store.staff_list(m.scope, &filter).await?;
    let items = rows
        .iter()
        .filter(|r| role != "lead" || r.is_team_lead)
        .map(item)
        .collect();
    let data = StaffList {
        items,
        q: search,
        role: role.into(),
        include_disabled: filter.include_disabled,
        total,
        paging: Paging {
            page,
            pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
            counted: true,
        },
        notice: Flash::take_info(store, &m.token, &m.tr).await?,
    };
    let nav = m.nav;
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <StaffListPage user=nav data=data/> },
        )
        .await)
}

// --- choices and parsing ---

async fn choices(ctx: &Ctx, m: &Manager) -> Result<AccountChoices, AppError> {
    let store = &ctx.state.store;
    let roles = ROLE_CHOICES
        .iter()
        .filter(|r| m.is_admin() || !WIDE_ROLES.contains(r))
        .map(|r| (r.to_string(), m.tr.t(&format!("staff-role-{r}"))))
        .collect();
    let municipalities = store
        .municipalities(m.municipality())
        .await?
        .into_iter()
        .map(|x| (x.id.to_string(), x.name))
        .collect();
    let teams = store
        .teams(m.municipality())
        .await?
        .into_iter()
        .map(|t| (t.id.to_string(), format!("{} ({})", t.name, t.municipality)))
        .collect();
    Ok(AccountChoices {
        roles,
        municipalities,
        teams,
    })
}

/// The account as posted, within what this manager may give: a coordinator gives no
/// administrator rights and only their own municipality; a guide belongs to a team of
/// the chosen municipality; administrators belong to no municipality.
async fn parse_account(
    ctx: &Ctx,
    m: &Manager,
    input: &StaffInput,
) -> Result<Result<StaffAccount, FieldErrors>, AppError> {
    use StaffField as F;
    let teams = ctx.state.store.teams(m.municipality()).await?;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let email = p.check(F::Email, forms::email(&input.email));
    let role = p.check(F::Role, forms::required_choice(&input.role, &ROLE_CHOICES));
    if role.as_deref().is_some_and(|r| WIDE_ROLES.contains(&r)) && !m.is_admin() {
        p.add(F::Role, Problem::new("staff-role-not-yours"));
    }
    let municipality = match (m.municipality(), input.municipality.parse::<i64>()) {
        (Some(own), _) => Some(own),
        (None, Ok(id)) => ctx
            .state
            .store
            .municipalities(Some(MunicipalityId(id)))
            .await?
            .first()
            .map(|x| MunicipalityId(x.id)),
        (None, Err(_)) => None,
    };
    let needs_place = !matches!(role.as_deref(), Some("admin") | None);
    if needs_place && municipality.is_none() {
        p.add(F::Municipality, Problem::new("staff-municipality-needed"));
    }
    let team = input
        .team
        .parse::<i64>()
        .ok()
        .and_then(|id| teams.iter().find(|t| t.id == id));
    let is_guide = matches!(role.as_deref(), Some("guide") | Some("lead"));
    if is_guide {
        match (team, municipality) {
            (None, _) => p.add(F::Team, Problem::new("staff-team-needed")),
            (Some(t), Some(mu)) if t.municipality_id != mu.0 => {
                p.add(F::Team, Problem::new("staff-team-elsewhere"))
            }
            _ => {}
        }
    }
    Ok(p.finish(|| {
        let role = role?;
        let admin = role == "admin";
        Some(StaffAccount {
            display_name: name?,
            email: email?,
            role: match role.as_str() {
                "guide" | "lead" => Role::Guide,
                r => Role::parse(r)?,
            },
            municipality: if admin { None } else { municipality },
            team: if is_guide {
                team.map(|t| TeamId(t.id))
            } else {
                None
            },
            team_lead: role == "lead",
        })
    }))
}

fn refusal(errors: &mut FieldErrors, r: Refused) -> Option<&'static str> {
    match r {
        Refused::EmailTaken => {
            errors.insert(StaffField::Email.name(), Problem::new("staff-email-taken"));
            None
        }
        Refused::LastAdmin => Some("staff-refused-last-admin"),
        Refused::HasClients => Some("staff-refused-has-clients"),
        Refused::Conflict => Some("staff-refused-conflict"),
        Refused::NotFound => None,
    }
}

// --- invitation ---

pub async fn new_page(ctx: Ctx) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let choices = choices(&ctx, &m).await?;
    let nav = m.nav;
    Ok(ctx
        .render(ctx.lang(true), move || {
            view! { <StaffNewPage user=nav posted=Posted::default() choices=choices alert=None/> }
        })
        .await)
}

pub async fn invite(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let store = &ctx.state.store;
    let input: StaffInput = form.input();
    let errors = match parse_account(&ctx, &m, &input).await? {
        Ok(account) => {
            let secret = credentials::new_session_token();
            let expires = now() + LINK_DAYS * 86_400;
            match store
                .invite_staff(&account, &credentials::token_hash(&secret), expires, m.user)
                .await?
            {
                Ok(id) => {
                    let link = welcome_link(&ctx, &secret);
                    mail_link(&ctx, &account.email, &account.display_name, &link, false).await?;
                    Flash::InviteLink { link }.set(store, &m.token).await?;
                    return Ok(Redirect::to(&format!("/admin/staff/{}", id.0)).into_response());
                }
                Err(r) => {
                    let mut errors = FieldErrors::new();
                    refusal(&mut errors, r);
                    errors
                }
            }
        }
        Err(errors) => errors,
    };
    let posted = form.refused(STAFF_FORM, errors);
    let choices = choices(&ctx, &m).await?;
    let alert = Some(m.tr.t("form-errors-heading"));
    let nav = m.nav;
    Ok(ctx
        .render_status(ctx.lang(true), StatusCode::UNPROCESSABLE_ENTITY, move || {
            view! { <StaffNewPage user=nav posted=posted choices=choices alert=alert/> }
        })
        .await)
}

pub(crate) fn welcome_link(ctx: &Ctx, secret: &str) -> String {
    format!("{}/welcome/{secret}", ctx.state.settings.public_url)
}

/// The link by mail, in German (the staff's language); it waits in the outbox until a
/// relay is set.
pub(crate) async fn mail_link(
    ctx: &Ctx,
    to: &str,
    name: &str,
    link: &str,
    reset: bool,
) -> Result<(), AppError> {
    let de = ctx.state.i18n.translator(lotse_app::domain::Lang::DE);
    let (subject, body) = if reset {
        ("staff-reset-mail-subject", "staff-reset-mail-body")
    } else {
        ("staff-mail-subject", "staff-mail-body")
    };
    let body = de.ta(
        body,
        &[
            ("name", name.to_string().into()),
            ("link", link.to_string().into()),
            ("days", LINK_DAYS.into()),
        ],
    );
    ctx.state.store.enqueue_mail(to, &de.t(subject), &body).await?;
    Ok(())
}

// --- one account ---

async fn member_of(ctx: &Ctx, m: &Manager, raw: &str) -> Result<StaffRow, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    ctx.state
        .store
        .staff_member(m.scope, UserId(id))
        .await?
        .ok_or(AppError::NotFound)
}

/// What an account's page says besides the account: a link made just now (shown once),
/// a notice, or why the last post was refused.
#[derive(Default)]
struct Said {
    link: Option<String>,
    notice: Option<String>,
    alert: Option<String>,
}

async fn render_member(
    ctx: &Ctx,
    m: Manager,
    row: StaffRow,
    posted: Posted,
    said: Said,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Said { link, notice, alert } = said;
    let store = &ctx.state.store;
    let changes = store
        .staff_changes(Some(row.user_id()), 50)
        .await?
        .into_iter()
        .map(change_item)
        .collect();
    let member = StaffMember {
        item: item(&row),
        version: row.version,
        role_value: role_value(&row),
        municipality_id: row.municipality_id,
        team_id: row.team_id,
        own: row.id == m.user.0,
        link,
        changes,
        notice,
        alert,
    };
    let choices = choices(ctx, &m).await?;
    let nav = m.nav;
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <StaffMemberPage user=nav member=member posted=posted choices=choices/> }
        })
        .await)
}

pub async fn member_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let row = member_of(&ctx, &m, &raw).await?;
    let (link, notice) = match Flash::take(&ctx.state.store, &m.token).await? {
        Some(Flash::InviteLink { link }) => (Some(link), None),
        Some(Flash::Info { message }) => (None, Some(m.tr.t(&message))),
        _ => (None, None),
    };
    let said = Said {
        link,
        notice,
        alert: None,
    };
    render_member(&ctx, m, row, Posted::default(), said, StatusCode::OK).await
}

pub async fn save_member(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let row = member_of(&ctx, &m, &raw).await?;
    let mut input: StaffInput = form.input();
    if row.id == m.user.0 {
        // One's own name and address, yes; one's own rights, never.
        input.role = role_value(&row);
        input.municipality = row.municipality_id.map(|x| x.to_string()).unwrap_or_default();
        input.team = row.team_id.map(|x| x.to_string()).unwrap_or_default();
    }
    let version = input.version.parse::<i64>().unwrap_or(-1);
    let (errors, alert) = match parse_account(&ctx, &m, &input).await? {
        Ok(account) => {
            match ctx
                .state
                .store
                .update_staff(m.scope, row.user_id(), version, &account, m.user)
                .await?
            {
                Ok(()) => {
                    Flash::Info {
                        message: "staff-saved".into(),
                    }
                    .set(&ctx.state.store, &m.token)
                    .await?;
                    return Ok(Redirect::to(&format!("/admin/staff/{}", row.id)).into_response());
                }
                Err(Refused::NotFound) => return Err(AppError::NotFound),
                Err(r) => {
                    let mut errors = FieldErrors::new();
                    let alert = refusal(&mut errors, r);
                    (errors, alert)
                }
            }
        }
        Err(errors) => (errors, None),
    };
    let status = if alert == Some("staff-refused-conflict") {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let alert = Some(m.tr.t(alert.unwrap_or("form-errors-heading")));
    // The form keeps what was typed; a conflict shows the version saved meanwhile.
    let row = member_of(&ctx, &m, &raw).await?;
    let mut posted = form.refused(STAFF_FORM, errors);
    posted
        .values
        .insert(StaffField::Version.name().into(), row.version.to_string());
    let said = Said {
        alert,
        ..Default::default()
    };
    render_member(&ctx, m, row, posted, said, status).await
}

async fn lifecycle(ctx: Ctx, raw: String, active: bool) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let row = member_of(&ctx, &m, &raw).await?;
    if row.id == m.user.0 {
        return Err(AppError::Forbidden);
    }
    let message = match ctx
        .state
        .store
        .set_staff_active(m.scope, row.user_id(), active, m.user)
        .await?
    {
        Ok(()) if active => "staff-reactivated",
        Ok(()) => "staff-deactivated",
        Err(Refused::NotFound) => return Err(AppError::NotFound),
        Err(Refused::LastAdmin) => {
            let said = Said {
                alert: Some(m.tr.t("staff-refused-last-admin")),
                ..Default::default()
            };
            return render_member(&ctx, m, row, Posted::default(), said, StatusCode::CONFLICT).await;
        }
        Err(_) => return Err(AppError::NotFound),
    };
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &m.token)
    .await?;
    Ok(Redirect::to(&format!("/admin/staff/{}", row.id)).into_response())
}

pub async fn deactivate(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    lifecycle(ctx, raw, false).await
}

pub async fn reactivate(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    lifecycle(ctx, raw, true).await
}

/// A new one-time link: the invitation again, or a password reset.
pub async fn new_link(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    let row = member_of(&ctx, &m, &raw).await?;
    if row.id == m.user.0 || row.disabled_at.is_some() {
        return Err(AppError::Forbidden);
    }
    let secret = credentials::new_session_token();
    let expires = now() + LINK_DAYS * 86_400;
    ctx.state
        .store
        .new_staff_link(row.user_id(), &credentials::token_hash(&secret), expires, m.user)
        .await?;
    let link = welcome_link(&ctx, &secret);
    if let Some(email) = &row.email {
        mail_link(&ctx, email, &row.display_name, &link, row.has_password).await?;
    }
    Flash::InviteLink { link }.set(&ctx.state.store, &m.token).await?;
    Ok(Redirect::to(&format!("/admin/staff/{}", row.id)).into_response())
}

/// Every change, newest first: administrators only (a coordinator sees the changes of
/// each account they manage on its page).
pub async fn log_page(ctx: Ctx) -> Result<Response, AppError> {
    let m = manager(&ctx).await?;
    if !m.is_admin() {
        return Err(AppError::Forbidden);
    }
    let changes = ctx
        .state
        .store
        .staff_changes(None, 500)
        .await?
        .into_iter()
        .map(change_item)
        .collect::<Vec<_>>();
    let nav = m.nav;
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <StaffLogPage user=nav changes=changes/> },
        )
        .await)
}
