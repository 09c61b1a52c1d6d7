//! Staff accounts: the searchable list, the invitation, one person's account (role,
//! team, deactivation, a new link), the change log, and the page where an invited
//! person sets their password.

use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::pager::{query_string, Pager, Paging};
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::pages::staff::case::When;
use leptos::prelude::*;

pub const STAFF_FORM: &str = "staff";
pub const PASSWORD_FORM: &str = "password";

/// The roles an invitation or a change can give; "lead" is a guide who leads their team.
pub const ROLE_CHOICES: [&str; 7] = [
    "guide",
    "lead",
    "coordinator",
    "volunteer_coordinator",
    "data_protection",
    "county_coordinator",
    "admin",
];

/// The roles only administrators give: those whose scope is wider than one municipality,
/// and the data-protection officer, who oversees the municipality's own staff and so is
/// not appointed by its coordinator.
pub const WIDE_ROLES: [&str; 3] = ["data_protection", "county_coordinator", "admin"];

crate::form! {
    /// An account as posted: on the invitation and on a change.
    StaffInput / StaffField {
        name: Name,
        email: Email,
        role: Role,
        municipality: Municipality,
        team: Team,
        version: Version,
    }
}

crate::form! {
    /// The password an invited person chooses (twice is not asked: it can be shown).
    PasswordInput / PasswordField {
        password: Password,
    }
}

#[derive(Clone, Debug)]
pub struct StaffItem {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// One of [`ROLE_CHOICES`].
    pub role: String,
    pub municipality: Option<String>,
    pub team: Option<String>,
    pub active: bool,
    /// Invited, the link not yet used.
    pub invited: bool,
    pub clients: i64,
}

#[derive(Clone, Debug, Default)]
pub struct StaffList {
    pub items: Vec<StaffItem>,
    pub q: String,
    pub role: String,
    pub include_disabled: bool,
    pub total: i64,
    pub paging: Paging,
    pub notice: Option<String>,
}

/// Choices of the account form: (value, label) pairs.
#[derive(Clone, Debug, Default)]
pub struct AccountChoices {
    pub roles: Vec<(String, String)>,
    pub municipalities: Vec<(String, String)>,
    /// Teams with their municipality in the label ("Team Mitte (Talheim)").
    pub teams: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct ChangeItem {
    pub when: When,
    pub actor: String,
    pub subject: Option<(i64, String)>,
    /// A Fluent id, `staff-change-…`.
    pub action: String,
    pub detail: String,
}

#[derive(Clone, Debug)]
pub struct StaffMember {
    pub item: StaffItem,
    pub version: i64,
    pub role_value: String,
    pub municipality_id: Option<i64>,
    pub team_id: Option<i64>,
    /// It is the reader's own account: they may not change its rights.
    pub own: bool,
    /// A one-time link made just now, shown once.
    pub link: Option<String>,
    pub changes: Vec<ChangeItem>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

fn role_label(tr: &crate::i18n::Tr, role: &str) -> String {
    tr.t(&format!("staff-role-{role}"))
}

#[component]
pub fn StaffListPage(user: NavUser, data: StaffList) -> impl IntoView {
    let tr = use_tr();
    let rows = data
        .items
        .iter()
        .map(|s| {
            let place = [s.municipality.clone(), s.team.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let state = if !s.active {
                Some(tr.t("staff-state-inactive"))
            } else if s.invited {
                Some(tr.t("staff-state-invited"))
            } else {
                None
            };
            view! {
                <li class="card list-card">
                    <h2 class="h3"><a href=format!("/admin/staff/{}", s.id)>{s.name.clone()}</a></h2>
                    <p>{role_label(&tr, &s.role)}{(!place.is_empty()).then(|| format!(" · {place}"))}</p>
                    <p class="muted" dir="ltr">{s.email.clone()}</p>
                    {state.map(|t| view! { <p><span class="badge">{t}</span></p> })}
                    {(s.clients > 0).then(|| view! {
                        <p class="muted">{tr.ta("staff-clients", &[("count", s.clients.into())])}</p>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let mut roles = vec![(String::new(), tr.t("staff-role-any"))];
    roles.extend(ROLE_CHOICES.iter().map(|r| (r.to_string(), role_label(&tr, r))));
    let inactive = if data.include_disabled { "1" } else { "" };
    let query = query_string(&[("q", &data.q), ("role", &data.role), ("inactive", inactive)]);
    let base = if query.is_empty() {
        "/admin/staff".to_string()
    } else {
        format!("/admin/staff?{query}")
    };
    view! {
        <Shell title=tr.t("staff-title") current_path="/admin/staff".to_string() user=Some(user)>
            <div class="page-head">
                <h1>{tr.t("staff-title")}</h1>
                <a class="button primary" href="/admin/staff/new">{tr.t("staff-invite")}</a>
            </div>
            <Notice message=data.notice/>
            <nav class="quick-links" aria-label=tr.t("staff-more")>
                <a href="/admin/organisation">{tr.t("organisation-title")}</a>
                <a href="/admin/log">{tr.t("staff-log-title")}</a>
            </nav>
            <form method="get" action="/admin/staff" class="filters" role="search">
                <Field name="q" label=tr.t("staff-search") value=data.q.clone() input_type="search"
                    autocomplete="off" maxlength=100/>
                <Select name="role" label=tr.t("staff-role") selected=data.role.clone() options=roles/>
                <div class="check">
                    <input type="checkbox" id="f-inactive" name="inactive" value="1" checked=data.include_disabled/>
                    <label for="f-inactive">{tr.t("staff-include-inactive")}</label>
                </div>
                <button type="submit" class="button">{tr.t("staff-search-submit")}</button>
            </form>
            <p role="status">{tr.ta("staff-found", &[("count", data.total.into())])}</p>
            <ul class="plain-list">{rows}</ul>
            <Pager paging=data.paging base=base/>
        </Shell>
    }
}

/// The fields of an account, shared by the invitation and the change.
#[component]
fn AccountFields(
    posted: Posted,
    choices: AccountChoices,
    defaults: StaffInput,
    #[prop(optional)] rights_fixed: bool,
) -> impl IntoView {
    let tr = use_tr();
    use StaffField as F;
    let form = STAFF_FORM;
    let v = |f: StaffField, d: &str| posted.value_or(form, f.name(), d);
    let e = |f: StaffField| posted.error(form, f.name());
    let mut municipalities = vec![(String::new(), tr.t("staff-no-municipality"))];
    municipalities.extend(choices.municipalities.clone());
    let mut teams = vec![(String::new(), tr.t("staff-no-team"))];
    teams.extend(choices.teams.clone());
    view! {
        <Field name=F::Name.name() label=tr.t("staff-name") value=v(F::Name, &defaults.name) error=e(F::Name)
            required=true maxlength=100 autocomplete="off"/>
        <Field name=F::Email.name() label=tr.t("staff-email") value=v(F::Email, &defaults.email) error=e(F::Email)
            input_type="email" required=true maxlength=254 autocomplete="off"/>
        {(!rights_fixed).then(|| view! {
            <Select name=F::Role.name() label=tr.t("staff-role") selected=v(F::Role, &defaults.role)
                options=choices.roles.clone() error=e(F::Role)/>
            <Select name=F::Municipality.name() label=tr.t("staff-municipality")
                selected=v(F::Municipality, &defaults.municipality) options=municipalities error=e(F::Municipality)/>
            <Select name=F::Team.name() label=tr.t("staff-team") selected=v(F::Team, &defaults.team)
                options=teams error=e(F::Team)/>
        })}
    }
}

#[component]
pub fn StaffNewPage(
    user: NavUser,
    posted: Posted,
    choices: AccountChoices,
    alert: Option<String>,
) -> impl IntoView {
    let tr = use_tr();
    let defaults = StaffInput {
        role: "guide".into(),
        ..Default::default()
    };
    view! {
        <Shell title=tr.t("staff-invite") current_path="/admin/staff/new".to_string() user=Some(user)>
            <BackLink href="/admin/staff" label=tr.t("staff-back")/>
            <h1>{tr.t("staff-invite")}</h1>
            <ErrorSummary message=alert/>
            <p>{tr.t("staff-invite-intro")}</p>
            <form method="post" action="/admin/staff/new" class="stack card" novalidate>
                <AccountFields posted=posted choices=choices defaults=defaults/>
                <button type="submit" class="button primary">{tr.t("staff-invite-submit")}</button>
            </form>
        </Shell>
    }
}

#[component]
pub fn StaffMemberPage(
    user: NavUser,
    member: StaffMember,
    posted: Posted,
    choices: AccountChoices,
) -> impl IntoView {
    let tr = use_tr();
    let s = member.item.clone();
    let id = s.id;
    let defaults = StaffInput {
        name: s.name.clone(),
        email: s.email.clone(),
        role: member.role_value.clone(),
        municipality: member.municipality_id.map(|m| m.to_string()).unwrap_or_default(),
        team: member.team_id.map(|t| t.to_string()).unwrap_or_default(),
        version: member.version.to_string(),
    };
    let link = member.link.clone().map(|link| {
        view! {
            <section class="card alert alert-info" aria-labelledby="h-link">
                <h2 id="h-link">{tr.t("staff-link-title")}</h2>
                <p>{tr.t("staff-link-once")}</p>
                <p class="code-box" dir="ltr"><a href=link.clone()>{link.clone()}</a></p>
            </section>
        }
    });
    let state = if !s.active {
        tr.t("staff-state-inactive")
    } else if s.invited {
        tr.t("staff-state-invited")
    } else {
        tr.t("staff-state-active")
    };
    let lifecycle = if member.own {
        view! { <p>{tr.t("staff-own-account")}</p> }.into_any()
    } else if s.active {
        view! {
            <div class="stack">
            {(s.clients > 0).then(|| view! {
                <p class="alert alert-warning">{tr.ta("staff-deactivate-clients", &[("count", s.clients.into())])}</p>
            })}
            <p>{tr.t("staff-deactivate-intro")}</p>
            <form method="post" action=format!("/admin/staff/{id}/deactivate") class="inline-form">
                <button type="submit" class="button danger">{tr.t("staff-deactivate")}</button>
            </form>
            <p>{if s.invited { tr.t("staff-new-invite-intro") } else { tr.t("staff-reset-intro") }}</p>
            <form method="post" action=format!("/admin/staff/{id}/link") class="inline-form">
                <button type="submit" class="button">
                    {if s.invited { tr.t("staff-new-invite") } else { tr.t("staff-reset") }}
                </button>
            </form>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p>{tr.t("staff-reactivate-intro")}</p>
            <form method="post" action=format!("/admin/staff/{id}/reactivate") class="inline-form">
                <button type="submit" class="button">{tr.t("staff-reactivate")}</button>
            </form>
        }
        .into_any()
    };
    let changes = member
        .changes
        .iter()
        .map(|c| change_item(&tr, c, false))
        .collect::<Vec<_>>();
    view! {
        <Shell title=s.name.clone() current_path=format!("/admin/staff/{id}") user=Some(user)>
            <BackLink href="/admin/staff" label=tr.t("staff-back")/>
            <h1>{s.name.clone()}</h1>
            <Notice message=member.notice.clone()/>
            <ErrorSummary message=member.alert.clone()/>
            {link}
            <p>{role_label(&tr, &s.role)}" · "{state}</p>
            <section class="card" aria-labelledby="h-account">
                <h2 id="h-account">{tr.t("staff-account")}</h2>
                {member.own.then(|| view! { <p>{tr.t("staff-own-rights")}</p> })}
                {(s.clients > 0).then(|| view! { <p class="muted">{tr.ta("staff-team-fixed", &[("count", s.clients.into())])}</p> })}
                <form method="post" action=format!("/admin/staff/{id}") class="stack" novalidate>
                    <input type="hidden" name=StaffField::Version.name() value=member.version.to_string()/>
                    <AccountFields posted=posted choices=choices defaults=defaults rights_fixed=member.own/>
                    <button type="submit" class="button primary">{tr.t("staff-save")}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="h-access">
                <h2 id="h-access">{tr.t("staff-access")}</h2>
                {lifecycle}
            </section>
            <section class="card" aria-labelledby="h-changes">
                <h2 id="h-changes">{tr.t("staff-log-title")}</h2>
                <ul class="plain-list">{changes}</ul>
            </section>
        </Shell>
    }
}

fn change_item(tr: &crate::i18n::Tr, c: &ChangeItem, with_subject: bool) -> impl IntoView {
    let when = format!(
        "{}, {}",
        tr.date_long(&c.when.date),
        tr.time(c.when.hour, c.when.minute)
    );
    // An account's line starts with its role (an id), then the places' names.
    let detail = match c.detail.split_once(" · ") {
        _ if c.detail.is_empty() => String::new(),
        Some((role, rest)) if ROLE_CHOICES.contains(&role) => {
            format!("{} · {rest}", role_label(tr, role))
        }
        None if ROLE_CHOICES.contains(&c.detail.as_str()) => role_label(tr, &c.detail),
        _ => c.detail.clone(),
    };
    let subject = with_subject
        .then(|| c.subject.clone())
        .flatten()
        .map(|(id, name)| {
            view! { " · "<a href=format!("/admin/staff/{id}")>{name}</a> }
        });
    view! {
        <li>
            <strong>{tr.t(&format!("staff-change-{}", c.action))}</strong>{subject}
            {(!detail.is_empty()).then(|| view! { <span class="muted">" ("{detail}")"</span> })}
            <br/>
            <span class="muted">{when}" · "{c.actor.clone()}</span>
        </li>
    }
}

#[component]
pub fn StaffLogPage(user: NavUser, changes: Vec<ChangeItem>) -> impl IntoView {
    let tr = use_tr();
    let items = changes
        .iter()
        .map(|c| change_item(&tr, c, true))
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("staff-log-title") current_path="/admin/log".to_string() user=Some(user)>
            <BackLink href="/admin/staff" label=tr.t("staff-back")/>
            <h1>{tr.t("staff-log-title")}</h1>
            <p>{tr.t("staff-log-intro")}</p>
            <ul class="plain-list card">{items}</ul>
        </Shell>
    }
}

/// Where an invited staff member (or one whose password was reset) chooses a password.
#[component]
pub fn StaffPasswordPage(
    name: String,
    email: String,
    reset: bool,
    token: String,
    posted: Posted,
    alert: Option<String>,
) -> impl IntoView {
    let tr = use_tr();
    let title = if reset {
        tr.t("staff-password-reset-title")
    } else {
        tr.t("staff-password-title")
    };
    view! {
        <Shell title=title.clone() current_path="/signin/staff".to_string() user=None>
            <h1>{title}</h1>
            <ErrorSummary message=alert/>
            <p>{tr.ta("staff-password-intro", &[("name", name.into())])}</p>
            <p dir="ltr" class="muted">{email.clone()}</p>
            <form method="post" action=format!("/welcome/{token}") class="stack card" novalidate>
                <input type="email" name="username" value=email autocomplete="username" hidden/>
                <Field name=PasswordField::Password.name() label=tr.t("staff-password") value=String::new()
                    error=posted.error(PASSWORD_FORM, PasswordField::Password.name())
                    hint=tr.t("staff-password-hint") input_type="password" autocomplete="new-password"
                    required=true maxlength=256/>
                <button type="submit" class="button primary">{tr.t("staff-password-submit")}</button>
            </form>
        </Shell>
    }
}

/// The password is saved: now sign in as everyone does.
#[component]
pub fn StaffPasswordSetPage(email: String) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("staff-password-set") current_path="/signin/staff".to_string() user=None>
            <h1>{tr.t("staff-password-set")}</h1>
            <p>{tr.t("staff-password-set-next")}</p>
            <p dir="ltr" class="muted">{email}</p>
            <p><a class="button primary" href="/signin/staff">{tr.t("staff-signin-now")}</a></p>
        </Shell>
    }
}
