//! Role + scope checks. Deny by default: every branch that is not explicitly allowed
//! ends in `Denied`.

use super::session::CurrentSession;
use crate::db::clients::CaseloadFilter;
use crate::db::directory::CountyId;
use crate::db::{DbError, Store};
use lotse_app::domain::{ActorId, ClientId, MunicipalityId, Role, TeamId, UserId};

/// Who is asking, with the scope their role gives them.
#[derive(Clone, Debug)]
pub enum Principal {
    Client {
        user: UserId,
        client: ClientId,
        /// Their case's municipality, and since when it is closed (they still read it,
        /// and nothing in it changes).
        municipality: MunicipalityId,
        closed_at: Option<i64>,
    },
    Volunteer {
        user: UserId,
    },
    Guide {
        user: UserId,
        team: TeamId,
        municipality: MunicipalityId,
        team_lead: bool,
    },
    Coordinator {
        user: UserId,
        municipality: MunicipalityId,
    },
    Admin {
        user: UserId,
    },
    /// Group offers and volunteers of one municipality; no case file, no caseload.
    VolunteerCoordinator {
        user: UserId,
        municipality: MunicipalityId,
    },
    /// The county of their municipality: the directory and (for reports) figures
    /// across its municipalities; no case content, no names of clients.
    CountyCoordinator {
        user: UserId,
        county: CountyId,
    },
    /// The municipality's data-protection officer: reads a case only through
    /// [`privacy_access`], for a request, and every such read is logged.
    DataProtection {
        user: UserId,
        municipality: MunicipalityId,
    },
    /// An actor's contact person: their own entry and posts in the local network.
    Partner {
        user: UserId,
        actor: ActorId,
        municipality: MunicipalityId,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum Denied {
    /// Not signed in (or the session ended): the sign-in page.
    #[error("sign-in required")]
    SignIn,
    /// Signed in, but not allowed. Shown as "not found" where the id came from the
    /// request, so that guessing ids reveals nothing.
    #[error("not found or not allowed")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl Principal {
    /// Builds the principal from a live session. A user whose record does not fit their
    /// role (a guide without a team, a client without a case) gets no access at all.
    pub async fn from_session(store: &Store, s: &CurrentSession) -> Result<Principal, Denied> {
        let user = s.user.user_id();
        let municipality = s.user.municipality_id.map(MunicipalityId);
        Ok(match s.role {
            // The own case comes with the session (one query for both).
            Role::Client => {
                let case = s.own_case.ok_or(Denied::Forbidden)?;
                Principal::Client {
                    user,
                    client: case.client,
                    municipality: case.municipality,
                    closed_at: case.closed_at,
                }
            }
            Role::Volunteer => Principal::Volunteer { user },
            Role::Guide => Principal::Guide {
                user,
                team: s.user.team_id.map(TeamId).ok_or(Denied::Forbidden)?,
                municipality: municipality.ok_or(Denied::Forbidden)?,
                team_lead: s.user.is_team_lead,
            },
            Role::Coordinator => Principal::Coordinator {
                user,
                municipality: municipality.ok_or(Denied::Forbidden)?,
            },
            Role::Admin => Principal::Admin { user },
            Role::VolunteerCoordinator => Principal::VolunteerCoordinator {
                user,
                municipality: municipality.ok_or(Denied::Forbidden)?,
            },
            Role::DataProtection => Principal::DataProtection {
                user,
                municipality: municipality.ok_or(Denied::Forbidden)?,
            },
            Role::Partner => {
                let (actor, municipality) = store.partner_actor(user).await?.ok_or(Denied::Forbidden)?;
                Principal::Partner {
                    user,
                    actor,
                    municipality,
                }
            }
            Role::CountyCoordinator => Principal::CountyCoordinator {
                user,
                county: store
                    .county_of(municipality.ok_or(Denied::Forbidden)?)
                    .await?
                    .ok_or(Denied::Forbidden)?,
            },
        })
    }

    pub fn user(&self) -> UserId {
        match self {
            Principal::Client { user, .. }
            | Principal::Volunteer { user }
            | Principal::Guide { user, .. }
            | Principal::Coordinator { user, .. }
            | Principal::Admin { user }
            | Principal::VolunteerCoordinator { user, .. }
            | Principal::CountyCoordinator { user, .. }
            | Principal::DataProtection { user, .. }
            | Principal::Partner { user, .. } => *user,
        }
    }

    pub fn role(&self) -> Role {
        match self {
            Principal::Client { .. } => Role::Client,
            Principal::Volunteer { .. } => Role::Volunteer,
            Principal::Guide { .. } => Role::Guide,
            Principal::Coordinator { .. } => Role::Coordinator,
            Principal::Admin { .. } => Role::Admin,
            Principal::VolunteerCoordinator { .. } => Role::VolunteerCoordinator,
            Principal::CountyCoordinator { .. } => Role::CountyCoordinator,
            Principal::DataProtection { .. } => Role::DataProtection,
            Principal::Partner { .. } => Role::Partner,
        }
    }

    /// Where this person lands after signing in.
    pub fn home(&self) -> &'static str {
        home_for(self.role())
    }
}

/// Where a person with this role lands after signing in.
pub fn home_for(role: Role) -> &'static str {
    match role {
        Role::Client => "/me",
        Role::Volunteer => "/volunteer",
        Role::Guide | Role::Coordinator => "/cases",
        Role::Admin => "/admin",
        Role::VolunteerCoordinator => "/groups/manage",
        // The county's figures join here with the reports; until then its directory.
        Role::CountyCoordinator => "/directory/manage",
        Role::DataProtection => "/privacy",
        Role::Partner => "/network/mine",
    }
}

/// Proof that the holder may read (and, for staff, change) one client's record.
/// Only [`client_access`] makes one.
#[derive(Clone, Debug)]
pub struct ClientAccess {
    client: ClientId,
    actor: UserId,
    role: Role,
    own_guide: bool,
    history: HistoryWindow,
    municipality: MunicipalityId,
    closed_at: Option<i64>,
    /// The areas whose read is logged already: one line per area and page, however many
    /// handles of the case file the page makes (see `db::case_file`).
    reads_logged: ReadsLogged,
    /// The client's first and last name, when the gate read the record (staff): the
    /// heading of every case page, so that the page needs no second look-up for it.
    name: Option<Name>,
}

/// A client's name kept by the access, left out of its `Debug` output: an access printed
/// into a log or a failed assertion must not name the person.
#[derive(Clone)]
struct Name((String, String));

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Name(..)")
    }
}

/// The areas of one record whose reads this request has logged; shared by the clones of
/// a [`ClientAccess`] (one request's).
#[derive(Clone, Debug, Default)]
pub struct ReadsLogged(std::sync::Arc<std::sync::Mutex<Vec<&'static str>>>);

impl ReadsLogged {
    /// Of `areas`, those not logged yet, now counted as logged. The caller logs them
    /// before it reads, or fails the request.
    pub fn first_of(&self, areas: &[&'static str]) -> Vec<&'static str> {
        let mut fresh = Vec::new();
        match self.0.lock() {
            Ok(mut seen) => {
                for area in areas {
                    if !seen.contains(area) && !fresh.contains(area) {
                        fresh.push(*area);
                    }
                }
                seen.extend(&fresh);
            }
            // A poisoned lock only means another read panicked: log again rather than skip.
            Err(_) => fresh.extend(areas),
        }
        fresh
    }
}

/// What a team that took a case over may see from before the handover. A handover
/// without consent for an area hides that area's earlier records from the new side.
#[derive(Clone, Debug, Default)]
pub struct HistoryWindow {
    /// `None`: the whole history. Otherwise the handover time and the covered areas.
    restricted: Option<(i64, Vec<String>)>,
}

impl HistoryWindow {
    pub fn from_assignment(started_at: Option<i64>, covers: Option<&str>) -> HistoryWindow {
        match (started_at, covers) {
            (Some(at), Some(c)) => HistoryWindow {
                restricted: Some((
                    at,
                    c.split(',').filter(|a| !a.is_empty()).map(String::from).collect(),
                )),
            },
            _ => HistoryWindow::default(),
        }
    }

    /// Records of `area` created before this time are hidden (0: nothing hidden).
    pub fn visible_since(&self, area: &str) -> i64 {
        match &self.restricted {
            Some((at, covered)) if !covered.iter().any(|c| c == area) => *at,
            _ => 0,
        }
    }

    pub fn is_restricted(&self) -> bool {
        self.restricted.is_some()
    }
}

impl ClientAccess {
    pub fn client(&self) -> ClientId {
        self.client
    }
    pub fn actor(&self) -> UserId {
        self.actor
    }
    pub fn role(&self) -> Role {
        self.role
    }
    /// The client's own guide (not a team lead looking in): the only one who sees
    /// special-category data such as health.
    pub fn is_own_guide(&self) -> bool {
        self.own_guide
    }
    pub fn history(&self) -> &HistoryWindow {
        &self.history
    }
    /// The case is closed: read-only until it is reopened.
    pub fn is_closed(&self) -> bool {
        self.closed_at.is_some()
    }
    pub fn closed_at(&self) -> Option<i64> {
        self.closed_at
    }
    /// The municipality whose case this is (read with the access: no second look-up).
    pub fn municipality(&self) -> MunicipalityId {
        self.municipality
    }
    pub fn reads_logged(&self) -> &ReadsLogged {
        &self.reads_logged
    }
    /// The name read with the access (None for a client's own: their session has it not).
    pub fn name(&self) -> Option<&(String, String)> {
        self.name.as_ref().map(|n| &n.0)
    }
}

/// May this principal open this client's record? The client's own guide may; a team
/// lead may for clients of their team; the client may for their own record (through
/// the client view). Everyone else: not found.
pub async fn client_access(store: &Store, p: &Principal, id: ClientId) -> Result<ClientAccess, Denied> {
    // A client reaches their own record and no other; what the access needs of it came
    // with the session, so the client's pages do not look the case up a second time.
    if let Principal::Client {
        user,
        client,
        municipality,
        closed_at,
    } = p
    {
        if *client != id {
            return Err(Denied::NotFound);
        }
        return Ok(ClientAccess {
            client: id,
            actor: *user,
            role: Role::Client,
            own_guide: false,
            history: HistoryWindow::default(),
            municipality: *municipality,
            closed_at: *closed_at,
            reads_logged: ReadsLogged::default(),
            name: None,
        });
    }
    let scope = store.client_scope(id).await?.ok_or(Denied::NotFound)?;
    // A deputy stands in for the client's guide on the days named, as the guide would.
    let deputy = match (p, scope.guide_id) {
        (Principal::Guide { user, .. }, Some(guide)) if guide != user.0 => {
            store
                .stands_in(*user, UserId(guide), &crate::time::today_iso())
                .await?
        }
        _ => false,
    };
    let allowed = match p {
        Principal::Guide {
            user,
            team,
            team_lead,
            ..
        } => scope.guide_id == Some(user.0) || (*team_lead && scope.team_id == Some(team.0)) || deputy,
        // Answered above, before the case was looked up.
        Principal::Client { .. }
        | Principal::Volunteer { .. }
        | Principal::Coordinator { .. }
        | Principal::Admin { .. }
        | Principal::VolunteerCoordinator { .. }
        | Principal::CountyCoordinator { .. }
        | Principal::DataProtection { .. }
        | Principal::Partner { .. } => false,
    };
    // A restricted record (§ 84 SGB X) is kept but out of everyday work: no staff member
    // opens it; the client still reads their own, and the data-protection officer reads
    // it through `privacy_access`.
    let restricted = scope.restricted_at.is_some();
    if !allowed || restricted {
        return Err(Denied::NotFound);
    }
    let own_guide = deputy || matches!(p, Principal::Guide { user, .. } if scope.guide_id == Some(user.0));
    let history = match p {
        Principal::Guide { .. } => {
            HistoryWindow::from_assignment(scope.assigned_at, scope.history_covers.as_deref())
        }
        _ => HistoryWindow::default(),
    };
    Ok(ClientAccess {
        client: id,
        actor: p.user(),
        role: p.role(),
        own_guide,
        history,
        municipality: MunicipalityId(scope.municipality_id),
        closed_at: scope.closed_at,
        reads_logged: ReadsLogged::default(),
        name: Some(Name((scope.first_name, scope.last_name))),
    })
}

/// The client's own record, reached by the secret link of their calendar feed (which
/// stands in for a session: whoever holds the link reads what the client reads).
/// None for an unknown or revoked link.
pub async fn calendar_feed_access(store: &Store, token_hash: &str) -> Result<Option<ClientAccess>, Denied> {
    let Some(client) = store.client_by_calendar_token(token_hash).await? else {
        return Ok(None);
    };
    let scope = store.client_scope(client).await?.ok_or(Denied::NotFound)?;
    Ok(Some(ClientAccess {
        client,
        actor: UserId(scope.user_id),
        role: Role::Client,
        own_guide: false,
        history: HistoryWindow::default(),
        municipality: MunicipalityId(scope.municipality_id),
        closed_at: scope.closed_at,
        reads_logged: ReadsLogged::default(),
        name: None,
    }))
}

/// The data-protection officer's reading of one client's record of their municipality,
/// restricted or not, for a request under data-protection law: read-only (no write
/// takes a `DataProtection` access), without the special-category parts only the own
/// guide sees, and the caller logs each read.
pub async fn privacy_access(store: &Store, p: &Principal, id: ClientId) -> Result<ClientAccess, Denied> {
    let Principal::DataProtection { user, municipality } = p else {
        return Err(Denied::NotFound);
    };
    let scope = store.client_scope(id).await?.ok_or(Denied::NotFound)?;
    if scope.municipality_id != municipality.0 {
        return Err(Denied::NotFound);
    }
    Ok(ClientAccess {
        client: id,
        actor: *user,
        role: Role::DataProtection,
        own_guide: false,
        history: HistoryWindow::default(),
        municipality: MunicipalityId(scope.municipality_id),
        closed_at: scope.closed_at,
        reads_logged: ReadsLogged::default(),
        name: Some(Name((scope.first_name, scope.last_name))),
    })
}

/// The data-protection officer's municipality.
pub fn data_protection(p: &Principal) -> Result<(UserId, MunicipalityId), Denied> {
    match p {
        Principal::DataProtection { user, municipality } => Ok((*user, *municipality)),
        _ => Err(Denied::Forbidden),
    }
}

/// Staff may change a client's record only through their own access.
pub fn require_staff_write(access: &ClientAccess) -> Result<(), Denied> {
    if access.role == Role::Guide {
        Ok(())
    } else {
        Err(Denied::NotFound)
    }
}

/// Which clients the caseload shows this principal.
pub enum CaseloadView {
    Own(CaseloadFilter),
    Team(CaseloadFilter, TeamId),
    Municipality(CaseloadFilter, MunicipalityId),
}

pub fn caseload(p: &Principal) -> Result<CaseloadView, Denied> {
    match p {
        Principal::Guide {
            user,
            team_lead: false,
            ..
        } => Ok(CaseloadView::Own(CaseloadFilter::Guide(*user))),
        Principal::Guide {
            team,
            team_lead: true,
            ..
        } => Ok(CaseloadView::Team(CaseloadFilter::Team(*team), *team)),
        Principal::Coordinator { municipality, .. } => Ok(CaseloadView::Municipality(
            CaseloadFilter::Municipality(*municipality),
            *municipality,
        )),
        _ => Err(Denied::Forbidden),
    }
}

/// Guides create clients, in their own team and municipality.
pub fn create_client(p: &Principal) -> Result<(UserId, TeamId, MunicipalityId), Denied> {
    match p {
        Principal::Guide {
            user,
            team,
            municipality,
            ..
        } => Ok((*user, *team, *municipality)),
        _ => Err(Denied::Forbidden),
    }
}

/// Guides (team leads too) write integration plans, so they look up what a step can
/// point to: the offices and guides of their municipality's county.
pub fn step_links(p: &Principal) -> Result<MunicipalityId, Denied> {
    match p {
        Principal::Guide { municipality, .. } => Ok(*municipality),
        _ => Err(Denied::Forbidden),
    }
}

/// Guides and coordinators work with their municipality's shared lists (interpreter
/// pool, goal templates). Returns the municipality and whether this is the coordinator.
pub fn municipality_staff(p: &Principal) -> Result<(MunicipalityId, bool), Denied> {
    match p {
        Principal::Guide { municipality, .. } => Ok((*municipality, false)),
        Principal::Coordinator { municipality, .. } => Ok((*municipality, true)),
        _ => Err(Denied::Forbidden),
    }
}

/// Whose figures a principal may see (dashboard, funder's report).
#[derive(Clone, Copy, Debug)]
pub enum FigureScope {
    Municipality(MunicipalityId),
    County(CountyId),
}

/// Figures are counts without names: a coordinator's for their municipality, a county
/// coordinator's for the county. Guides, team leads, volunteers and administrators see
/// none (an administrator manages accounts, not casework).
pub fn figures(p: &Principal) -> Result<FigureScope, Denied> {
    match p {
        Principal::Coordinator { municipality, .. } => Ok(FigureScope::Municipality(*municipality)),
        Principal::CountyCoordinator { county, .. } => Ok(FigureScope::County(*county)),
        _ => Err(Denied::Forbidden),
    }
}

/// Who reads complaints: a municipality's coordinators all of them; its guides, volunteer
/// coordinators and data-protection officer those routed to them (the municipality
/// names them per subject). Nobody reads one about themselves (`db::complaints`).
pub fn complaint_desk(p: &Principal) -> Result<crate::db::complaints::Desk, Denied> {
    use crate::db::complaints::Desk;
    let desk = |user: &UserId, municipality: &MunicipalityId, all: bool| Desk {
        municipality: *municipality,
        user: *user,
        all,
    };
    match p {
        Principal::Coordinator { user, municipality } => Ok(desk(user, municipality, true)),
        Principal::Guide {
            user, municipality, ..
        }
        | Principal::VolunteerCoordinator { user, municipality }
        | Principal::DataProtection { user, municipality } => Ok(desk(user, municipality, false)),
        _ => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::Name;

    #[test]
    fn an_access_printed_for_debugging_names_nobody() {
        let name = Name(("Amal".to_string(), "Haddad".to_string()));
        let printed = format!("{:?}", Some(name));
        assert!(
            !printed.contains("Amal") && !printed.contains("Haddad"),
            "{printed}"
        );
    }
}
