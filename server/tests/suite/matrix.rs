//! The authorization matrix, generated from the router: every route the app registers
//! (`web::route_list`) is asked by thirteen people, once with ids of records in their own
//! scope and once with someone else's, and each answer is compared with the table
//! below. A route that is not in the table fails the test, and so does a table line
//! for a route that no longer exists. A refused write must change nothing.
//!
//! Answers: `A` allowed (a page, a redirect after a write, or the form again with what
//! was wrong: the handler was reached), `N` not found, `F` forbidden, `S` the sign-in
//! page, `H` sent to one's own start page, `B` bad request (a form we did not make).
//! People, in this order: signed out, client, volunteer, guide (Team Mitte), guide of
//! another team (Bergfeld), team lead (Mitte), coordinator (Talheim), coordinator of
//! another municipality (Bergfeld), administrator, volunteer coordinator (Talheim),
//! county coordinator (the demo county), data-protection officer (Talheim), the partner
//! account of a club (Talheim).
//!
//! To print the matrix as it is now (e.g. after adding a route): `LOTSE_MATRIX_PRINT=1`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{client_ids_of, day, sign_in_client, sign_in_staff, Client, Raw, Reply};
use lotse_app::domain::{ClientId, MunicipalityId, Role};
use lotse_server::db::appointments::NewAppointment;
use lotse_server::db::consents::NewConsent;
use lotse_server::db::deadlines::NewDeadline;
use lotse_server::db::plan::{NewGoal, NewStep};
use lotse_server::db::requests::{NewRequest, Photo};
use lotse_server::db::users::NewUser;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};
use std::collections::{BTreeMap, HashMap};

const PEOPLE: [&str; 13] = [
    "out",
    "client",
    "volunteer",
    "guide",
    "guide-other",
    "lead",
    "coordinator",
    "coordinator-other",
    "admin",
    "volunteer-coordinator",
    "county-coordinator",
    "data-protection",
    "partner",
];

/// method, path, answers with own ids, answers with others' ids ("" for routes
/// without ids).
#[rustfmt::skip]
const MATRIX: &[(&str, &str, &str, &str)] = &[
    // Two-step sign-in: the own security page for staff who read case files (where
    // it is required, as for the administrator, it cannot be turned off).
    ("GET", "/account/security", "SFFAAAAAAAAAA", ""),
    ("POST", "/account/security/disable", "SFFAAAAAFAAAA", ""),
    ("POST", "/account/security/enable", "SFFAAAAAAAAAA", ""),
    ("POST", "/account/security/recovery", "SFFAAAAAAAAAA", ""),
    ("POST", "/admin/two-factor", "SFFFFFFFAFFFF", ""),
    // The second step needs the key of a half-finished sign-in: without one, sign in.
    ("POST", "/signin/code", "SSSSSSSSSSSSS", ""),
    ("POST", "/signin/enroll", "SSSSSSSSSSSSS", ""),
    ("GET", "/", "SHHHHHHHHHHHH", ""),
    ("GET", "/activate", "AAAAAAAAAAAAA", ""),
    ("POST", "/activate", "AAAAAAAAAAAAA", ""),
    ("GET", "/admin", "SHHHHHHHAHHHH", ""),
    // Figures (counts, never names): coordinators for their municipality, the county
    // coordinator for the county; everyone else is sent home.
    ("GET", "/figures", "SHHHHHAAHHAHH", ""),
    ("GET", "/figures/report.csv", "SHHHHHAAHHAHH", ""),
    ("GET", "/figures/report.xlsx", "SHHHHHAAHHAHH", ""),
    // The programme's measures: the same people, each within their municipality (the
    // county coordinator: the county's).
    ("GET", "/figures/programme", "SHHHHHAAHHAHH", ""),
    ("GET", "/figures/goals", "SHHHHHAAHHAHH", ""),
    ("POST", "/figures/goals", "SHHHHHAAHHAHH", ""),
    ("POST", "/figures/goals/{id}/indicators", "SHHHHHAAHHAHH", "SHHHHHNNHHAHH"),
    ("POST", "/figures/goals/indicators/{id}/values", "SHHHHHAAHHAHH", "SHHHHHNNHHAHH"),
    ("POST", "/figures/programme/measures", "SHHHHHAAHHAHH", ""),
    ("POST", "/figures/programme/measures/{id}/milestones", "SHHHHHAAHHAHH", "SHHHHHNNHHAHH"),
    ("POST", "/figures/programme/milestones/{id}/state", "SHHHHHAAHHAHH", "SHHHHHNNHHAHH"),
    ("POST", "/figures/programme/milestones/{id}/evidence", "SHHHHHAAHHAHH", "SHHHHHNNHHAHH"),
    ("GET", "/figures/programme/evidence/{id}", "SHHHHHAAHHAHH", "SHHHHHNNHHAHH"),
    // Running a county: administrators everywhere, a coordinator in their municipality
    // (providers and the change log are the administrators'); team leads and guides
    // manage no accounts. The link to set a password is the key (none here: not found).
    ("GET", "/admin/log", "SFFFFFFFAFFFF", ""),
    ("GET", "/admin/organisation", "SFFFFFAAAFFFF", ""),
    ("POST", "/admin/organisation/municipalities", "SFFFFFFFAFFFF", ""),
    ("POST", "/admin/organisation/municipalities/{id}", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("POST", "/admin/organisation/providers", "SFFFFFFFAFFFF", ""),
    ("POST", "/admin/organisation/providers/{id}", "SFFFFFFFAFFFF", "SFFFFFFFAFFFF"),
    ("POST", "/admin/organisation/teams", "SFFFFFAAAFFFF", ""),
    ("POST", "/admin/organisation/teams/{id}", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("GET", "/admin/staff", "SFFFFFAAAFFFF", ""),
    ("GET", "/admin/staff/new", "SFFFFFAAAFFFF", ""),
    ("POST", "/admin/staff/new", "SFFFFFAAAFFFF", ""),
    ("GET", "/admin/staff/{id}", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("POST", "/admin/staff/{id}", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("POST", "/admin/staff/{id}/deactivate", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("POST", "/admin/staff/{id}/link", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("POST", "/admin/staff/{id}/reactivate", "SFFFFFAAAFFFF", "SFFFFFNNAFFFF"),
    ("GET", "/welcome/{token}", "NNNNNNNNNNNNN", "NNNNNNNNNNNNN"),
    ("POST", "/welcome/{token}", "NNNNNNNNNNNNN", "NNNNNNNNNNNNN"),
    ("GET", "/api/v1/guides", "AAAAAAAAAAAAA", ""),
    ("GET", "/api/v1/guides/{id}", "AAAANAANAAAAA", "NNNNANNANNNNN"),
    ("GET", "/api/v1/offices", "AAAAAAAAAAAAA", ""),
    ("GET", "/api/v1/offices/{id}", "AAAANAANAAAAA", "NNNNANNANNNNN"),
    ("GET", "/api/v1/openapi.json", "AAAAAAAAAAAAA", ""),
    // The secret link is the key, whoever holds it (reads are logged).
    ("GET", "/calendar/{token}", "AAAAAAAAAAAAA", "AAAAAAAAAAAAA"),
    ("GET", "/cases", "SHHAAAAAHHHHH", ""),
    // Deputies: guides (a lead for the team); an arrangement that is not the asker's
    // (here the path's id is no arrangement of theirs) is not found.
    ("GET", "/cases/deputies", "SFFAAAFFFFFFF", ""),
    ("POST", "/cases/deputies", "SFFAAAFFFFFFF", ""),
    ("POST", "/cases/deputies/{id}/end", "SFFNNNFFFFFFF", "SFFNNNFFFFFFF"),
    // Moving caseloads: team leads and coordinators (a post without a giving guide in
    // their scope finds nothing).
    ("GET", "/cases/move", "SFFFFAAAFFFFF", ""),
    ("POST", "/cases/move", "SFFFFNNNFFFFF", ""),
    // What a plan step can point to, found by name: guides (team leads too), who write plans.
    ("GET", "/cases/step-links", "SFFAAAFFFFFFF", ""),
    ("GET", "/cases/new", "SFFAAAFFFFFFF", ""),
    ("POST", "/cases/new", "SFFAAAFFFFFFF", ""),
    ("GET", "/cases/{id}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    // A new sign-in code for a client: their own guide only, not the team lead.
    ("POST", "/cases/{id}/activation", "SNNAANNNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/appointments", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/appointments", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/appointments/{a}/interpreter", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/appointments/{a}/outcome", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    // One-to-one volunteering, the guide's side: part of the case file.
    ("GET", "/cases/{id}/companions", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/companions", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/companions/{t}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/companions/{t}/ask", "SNNBBBNNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/companions/{t}/close", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/consent", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/consent", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/consent/{c}/revoke", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/deadlines", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/deadlines/{d}/remove", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    // Closing: the own guide only (they alone see every goal); reopening also the lead.
    ("GET", "/cases/{id}/closing", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/closing", "SNNAANNNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/closing/reopen", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/handover", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/handover", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/history", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/intake", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    // Linked households: write access to both cases; an unlinked member is not found.
    ("POST", "/cases/{id}/household", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/household/{member}/unlink", "SNNNNNNNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/intake/household", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/intake/{section}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/notes", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/notes", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/plan", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/plan/goals", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/plan/goals/{goal}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/plan/goals/{goal}/steps", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/plan/steps/{step}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/plan/steps/{step}/group", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/referrals", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/referrals", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/referrals/{r}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/requests", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/cases/{id}/requests/{r}", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/cases/{id}/requests/{r}/photo", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/directory/fallback", "AAAAAAAAAAAAA", ""),
    // The directory: coordinators and the county coordinator edit it (only coordinators
    // name guides as editors).
    ("GET", "/directory/manage", "SFFFFFAAFFAFF", ""),
    ("GET", "/directory/manage/editors", "SFFFFFAAFFFFF", ""),
    ("POST", "/directory/manage/editors/{id}", "SFFFFFANFFFFF", "SFFFFFNAFFFFF"),
    ("GET", "/directory/manage/export.csv", "SFFFFFAAFFAFF", ""),
    ("GET", "/directory/manage/export.json", "SFFFFFAAFFAFF", ""),
    ("GET", "/directory/manage/guides/new", "SFFFFFAAFFAFF", ""),
    ("POST", "/directory/manage/guides/new", "SFFFFFAAFFAFF", ""),
    ("GET", "/directory/manage/guides/{id}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("POST", "/directory/manage/guides/{id}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("GET", "/directory/manage/guides/{id}/{lang}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("POST", "/directory/manage/guides/{id}/{lang}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("GET", "/directory/manage/import", "SFFFFFAAFFAFF", ""),
    ("POST", "/directory/manage/import", "SFFFFFBBFFBFF", ""),
    ("GET", "/directory/manage/import/{id}", "SFFFFFNNFFNFF", "SFFFFFNNFFNFF"),
    // Applying twice (or an import that is gone) only goes back to the dashboard.
    ("POST", "/directory/manage/import/{id}/apply", "SFFFFFAAFFAFF", "SFFFFFAAFFAFF"),
    ("GET", "/directory/manage/offices/new", "SFFFFFAAFFAFF", ""),
    ("POST", "/directory/manage/offices/new", "SFFFFFAAFFAFF", ""),
    ("GET", "/directory/manage/offices/{id}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("POST", "/directory/manage/offices/{id}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("GET", "/directory/manage/offices/{id}/{lang}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("POST", "/directory/manage/offices/{id}/{lang}", "SFFFFFANFFAFF", "SFFFFFNAFFNFF"),
    ("GET", "/directory/manage/preview", "SFFFFFNNFFNFF", ""),
    ("GET", "/directory/manage/template.csv", "SFFFFFAAFFAFF", ""),
    ("GET", "/groups", "SAAAAAAAFAFFF", ""),
    // Group offers are managed by the coordinator and the volunteer coordinator of the
    // municipality; the county coordinator has none of their own.
    ("GET", "/groups/manage", "SFFFFFAAFAFFF", ""),
    ("GET", "/groups/manage/new", "SFFFFFAAFAFFF", ""),
    ("POST", "/groups/manage/new", "SFFFFFAAFAFFF", ""),
    ("POST", "/groups/manage/notices/read", "SFFFFFAAFAFFF", ""),
    ("GET", "/groups/manage/volunteers", "SFFFFFAAFAFFF", ""),
    ("POST", "/groups/manage/volunteers", "SFFFFFAAFAFFF", ""),
    ("GET", "/groups/manage/volunteers/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/volunteers/{id}/documents", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/volunteers/{id}/documents/{doc}/remove", "SFFFFFAAFNFFF", "SFFFFFNNFNFFF"),
    ("GET", "/groups/manage/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("GET", "/groups/manage/{id}/plan", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/series", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/sessions", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/sessions/{session}/cancel", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/sessions/{session}/count", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/sessions/{session}/move", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/volunteers", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/volunteers/{user}/remove", "SFFFFFANFNFFF", "SFFFFFNNFNFFF"),
    ("GET", "/groups/manage/{id}/{lang}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/groups/manage/{id}/{lang}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("GET", "/groups/{id}", "SAAAAAAAFAFFF", "SNNNNNNNFNFFF"),
    ("POST", "/groups/{id}/join", "SANNNNNNFNFFF", "SNNNNNNNFNFFF"),
    ("POST", "/groups/{id}/leave", "SANNNNNNFNFFF", "SNNNNNNNFNFFF"),
    ("GET", "/guides", "AAAAAAAAAAAAA", ""),
    ("GET", "/guides/{id}", "AAAANAANAAAAA", "NNNNANNANNNNN"),
    ("GET", "/healthz", "AAAAAAAAAAAAA", ""),
    ("GET", "/interpreters", "SFFAAAAAFFFFF", ""),
    ("POST", "/interpreters", "SFFAAAAAFFFFF", ""),
    ("GET", "/invite/{token}", "NNNNNNNNNNNNN", "NNNNNNNNNNNNN"),
    ("POST", "/invite/{token}", "NNNNNNNNNNNNN", "NNNNNNNNNNNNN"),
    ("POST", "/lang", "AAAAAAAAAAAAA", ""),
    // Notifications on the phone: clients and volunteers only (a form that is not a
    // browser's subscription is a bad request); staff are sent home.
    ("POST", "/push/subscribe", "SBBHHHHHHHHHH", ""),
    ("POST", "/push/unsubscribe", "SAAHHHHHHHHHH", ""),
    ("GET", "/me", "SAHHHHHHHHHHH", ""),
    ("GET", "/me/appointments", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/appointments/{id}/confirm", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("GET", "/me/appointments/{id}/event.ics", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("POST", "/me/appointments/{id}/move", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("GET", "/me/calendar", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/calendar/new", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/calendar/revoke", "SAHHHHHHHHHHH", ""),
    ("GET", "/me/data", "SAHHHHHHHHHHH", ""),
    ("GET", "/me/data.json", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/data/consents/{id}/revoke", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("GET", "/me/data/rights", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/data/rights", "SAHHHHHHHHHHH", ""),
    ("GET", "/me/data/print", "SAHHHHHHHHHHH", ""),
    ("GET", "/me/deadlines", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/deadlines", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/deadlines/{id}/done", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    // A client removes only deadlines they added themselves (these are the guide's).
    ("POST", "/me/deadlines/{id}/remove", "SNHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("GET", "/me/plan", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/plan/confirm", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/plan/steps/{id}/done", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("POST", "/me/plan/steps/{id}/help", "SAHHHHHHHHHHH", "SNHHHHHHHHHHH"),
    ("GET", "/me/requests", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/requests", "SAHHHHHHHHHHH", ""),
    ("GET", "/offices", "AAAAAAAAAAAAA", ""),
    ("GET", "/offices/{id}", "AAAANAANAAAAA", "NNNNANNANNNNN"),
    ("GET", "/offline", "AAAAAAAAAAAAA", ""),
    // Set-up only while there is no user at all.
    ("GET", "/setup", "NNNNNNNNNNNNN", ""),
    // Set-up only while there is no user at all.
    ("POST", "/setup", "NNNNNNNNNNNNN", ""),
    ("GET", "/signin", "AHHHHHHHHHHHH", ""),
    ("POST", "/signin", "AAAAAAAAAAAAA", ""),
    ("GET", "/signin/staff", "AHHHHHHHHHHHH", ""),
    ("POST", "/signin/staff", "AAAAAAAAAAAAA", ""),
    ("POST", "/signout", "SSSSSSSSSSSSS", ""),
    ("GET", "/templates", "SFFAAAAAFFFFF", ""),
    ("POST", "/templates", "SFFFFFAAFFFFF", ""),
    ("POST", "/templates/{id}/retire", "SFFFFFANFFFFF", "SFFFFFNNFFFFF"),
    ("GET", "/volunteer", "SHAHHHHHHHHHH", ""),
    ("GET", "/volunteer/calendar", "SHAHHHHHHHHHH", ""),
    ("POST", "/volunteer/calendar/new", "SHAHHHHHHHHHH", ""),
    ("POST", "/volunteer/calendar/revoke", "SHAHHHHHHHHHH", ""),
    ("GET", "/volunteer/hours", "SHAHHHHHHHHHH", ""),
    ("GET", "/volunteer/hours/certificate", "SHAHHHHHHHHHH", ""),
    ("POST", "/volunteer/hours/{session}", "SHNHHHHHHHHHH", "SHNHHHHHHHHHH"),
    ("POST", "/volunteer/notices/read", "SHAHHHHHHHHHH", ""),
    // One-to-one volunteering, the volunteer's side: only a task they hold or were
    // asked for; for everyone else, and for others' tasks, nothing is there.
    ("GET", "/volunteer/companions/{id}", "SNANNNNNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/volunteer/companions/{id}/answer", "SNBNNNNNNNNNN", "SNNNNNNNNNNNN"),
    ("POST", "/volunteer/companions/{id}/meeting", "SNANNNNNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/volunteer/profile", "SHAHHHHHHHHHH", ""),
    ("POST", "/volunteer/profile", "SHAHHHHHHHHHH", ""),
    ("GET", "/volunteer/shifts", "SHAHHHHHHHHHH", ""),
    ("POST", "/volunteer/shifts/{id}/cancel", "SHAHHHHHHHHHH", "SHNHHHHHHHHHH"),
    ("POST", "/volunteer/shifts/{id}/take", "SHAHHHHHHHHHH", "SHNHHHHHHHHHH"),
    // The data-protection officer's work: only that role, only its municipality (the
    // lift answers 404 for a record that is not restricted).
    ("GET", "/privacy", "SFFFFFFFFFFAF", ""),
    ("GET", "/privacy/access", "SFFFFFFFFFFAF", ""),
    ("GET", "/privacy/record", "SFFFFFFFFFFAF", ""),
    ("GET", "/privacy/retention", "SFFFFFFFFFFAF", ""),
    ("POST", "/privacy/retention", "SFFFFFFFFFFAF", ""),
    ("GET", "/privacy/clients/{id}", "SFFFFFFFFFFAF", "SFFFFFFFFFFNF"),
    ("GET", "/privacy/clients/{id}/export.json", "SFFFFFFFFFFAF", "SFFFFFFFFFFNF"),
    ("POST", "/privacy/clients/{id}/lift", "SFFFFFFFFFFNF", "SFFFFFFFFFFNF"),
    ("POST", "/privacy/clients/{id}/requests", "SFFFFFFFFFFAF", "SFFFFFFFFFFNF"),
    ("GET", "/privacy/requests/{id}", "SFFFFFFFFFFAF", "SFFFFFFFFFFNF"),
    ("POST", "/privacy/requests/{id}", "SFFFFFFFFFFAF", "SFFFFFFFFFFNF"),
    // Complaints, suggestions and praise: anyone sends and follows by code; the desk is
    // the coordinators' (all of the municipality's) and the handlers' (what was routed to
    // them: the guide, the volunteer coordinator and the officer have none here, so 404).
    ("GET", "/feedback", "AAAAAAAAAAAAA", ""),
    ("POST", "/feedback", "AAAAAAAAAAAAA", ""),
    ("GET", "/feedback/status", "AAAAAAAAAAAAA", ""),
    ("POST", "/feedback/status", "AAAAAAAAAAAAA", ""),
    // Public events: readable and registrable without signing in; managed by the
    // municipality's coordinator and volunteer coordinator.
    ("GET", "/events", "AAAAAAAAAAAAA", ""),
    ("GET", "/events/feed.ics", "AAAAAAAAAAAAA", ""),
    ("GET", "/events/{id}", "AAAAAAAAAAAAA", "AAAAAAAAAAAAA"),
    ("POST", "/events/{id}/register", "AAAAAAAAAAAAA", "AAAAAAAAAAAAA"),
    ("GET", "/events/{id}/event.ics", "AAAAAAAAAAAAA", "AAAAAAAAAAAAA"),
    ("GET", "/events/{id}/poster", "AAAAAAAAAAAAA", "AAAAAAAAAAAAA"),
    ("GET", "/events/manage", "SFFFFFAAFAFFF", ""),
    // What people would like to take part in: the client's own, the guide's in the
    // intake, and the count for planners.
    ("GET", "/me/interests", "SAHHHHHHHHHHH", ""),
    ("POST", "/me/interests", "SAHHHHHHHHHHH", ""),
    ("POST", "/cases/{id}/interests", "SNNAAANNNNNNN", "SNNNNNNNNNNNN"),
    ("GET", "/groups/manage/demand", "SFFFFFAAFAFFF", ""),
    ("GET", "/groups/manage/companions", "SFFFFFAAFAFFF", ""),
    ("POST", "/events/manage", "SFFFFFAAFAFFF", ""),
    ("GET", "/events/manage/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/events/manage/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/events/manage/{id}/cancel", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/events/manage/groups/{id}", "SFFFFFBBFBFFF", "SFFFFFNNFNFFF"),
    ("GET", "/complaints", "SFFAAAAAFAFAF", ""),
    ("GET", "/complaints/handlers", "SFFFFFAAFFFFF", ""),
    ("POST", "/complaints/handlers", "SFFFFFAAFFFFF", ""),
    ("GET", "/complaints/{id}", "SFFNNNAAFNFNF", "SFFNNNNNFNFNF"),
    ("POST", "/complaints/{id}", "SFFNNNAAFNFNF", "SFFNNNNNFNFNF"),
    // The local network: the coordination keeps actors and matches; guides read and use
    // the exchange for the municipality; the partner account reaches only its own page
    // and the confirming of its own matches. The public list of actors needs no sign-in.
    ("GET", "/actors", "AAAAAAAAAAAAA", ""),
    ("GET", "/network", "SFFAAAAAFAFFF", ""),
    ("GET", "/network/actors/new", "SFFFFFAAFAFFF", ""),
    ("POST", "/network/actors", "SFFFFFAAFAFFF", ""),
    ("GET", "/network/actors/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/network/actors/{id}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("GET", "/network/actors/{id}/texts/{lang}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/network/actors/{id}/texts/{lang}", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/network/actors/{id}/partners", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/network/actors/{id}/partners/{user}/end", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("GET", "/network/exchange", "SFFAAAAAFAFFF", ""),
    ("POST", "/network/exchange", "SFFAAAAAFAFFF", ""),
    ("GET", "/network/exchange/board", "SFFAAAAAFAFFF", ""),
    ("GET", "/network/exchange/{id}", "SFFAAAAAFAFFF", "SFFNNNNNFNFFF"),
    ("POST", "/network/exchange/{id}/close", "SFFFFFAAFAFFF", "SFFFFFNNFNFFF"),
    ("POST", "/network/exchange/{id}/match", "SFFFFFBBFBFFF", "SFFFFFNNFNFFF"),
    ("POST", "/network/matches/{id}/confirm", "SFFBBBBBFBFFB", "SFFNNNNNFNFFN"),
    ("POST", "/network/matches/{id}/decline", "SFFAAAAAFAFFA", "SFFNNNNNFNFFN"),
    ("GET", "/network/mine", "SFFFFFFFFFFFA", ""),
    ("POST", "/network/mine", "SFFFFFFFFFFFA", ""),
    ("POST", "/network/mine/posts", "SFFFFFFFFFFFA", ""),
    ("POST", "/network/mine/posts/{id}/close", "SFFFFFFFFFFFA", "SFFFFFFFFFFFN"),
];

/// Ids of one scope: "home" (Talheim, Team Mitte) or "away" (Bergfeld).
#[derive(Default)]
struct Ids {
    /// A public event of the municipality.
    event: i64,
    /// The network: an actor (home: the partner's club), a post of it, another post of
    /// it to close, a post of the municipality to close, a match of the actor's post,
    /// and a second partner account of the actor (to end).
    actor: i64,
    post: i64,
    own_closable: i64,
    closable: i64,
    exchange_match: i64,
    spare_partner: i64,
    /// A companion task the matrix's volunteer holds (away: one of Bergfeld's).
    volunteer_task: i64,
    /// The client whose case a guide opens (the lead gets another of the team's).
    case: i64,
    case_for_lead: i64,
    /// Records of `case` (and of `case_for_lead`, same names with a `lead-` prefix).
    of_case: HashMap<String, i64>,
    /// The signed-in client's own records (home: Amal's).
    me: HashMap<&'static str, i64>,
    calendar: String,
    group: i64,
    session: i64,
    volunteer: i64,
    document: i64,
    template: i64,
    office: i64,
    guide_page: i64,
    editor: i64,
    /// A guide without clients (not one of the people asking), and their team.
    staff: i64,
    team: i64,
    municipality: i64,
    provider: i64,
    /// A programme's measure of the municipality, its milestone and a document as proof.
    measure: i64,
    milestone: i64,
    evidence: i64,
    /// An integration goal of the municipality and its indicator entered by hand.
    goal: i64,
    indicator: i64,
    /// A request under data-protection law of `case`'s client.
    privacy_request: i64,
    /// A complaint received by the municipality, for its coordinators.
    complaint: i64,
}

/// One query that measures every table a request could change: row counts, the
/// sum of versions where rows carry one, and the states in [`STATES`]. A refused
/// write that changed anything shows here. Sessions, the access log and sign-in
/// failures change on refusals by design and are left out.
async fn fingerprint_query(raw: &Raw) -> String {
    let mut parts = vec![];
    for t in TABLES {
        parts.push(format!("(SELECT COUNT(*) FROM {t})"));
        let versions = format!("(SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM {t})");
        if raw.try_int(&format!("SELECT {versions}")).await.is_some() {
            parts.push(versions);
        }
    }
    for (_, sql) in STATES {
        parts.push(format!("({sql})"));
    }
    format!("SELECT {}", parts.join(", "))
}

const TABLES: [&str; 75] = [
    "counties",
    "municipalities",
    "providers",
    "teams",
    "users",
    "clients",
    "household_members",
    "assignments",
    "activation_codes",
    "setup_tokens",
    "intake_sections",
    "goal_templates",
    "goals",
    "plan_steps",
    "plan_history",
    "plan_confirmations",
    "notes",
    "interpreters",
    "interpreter_availability",
    "appointments",
    "interpreter_slots",
    "referrals",
    "consents",
    "transfers",
    "client_requests",
    "calendar_tokens",
    "deadlines",
    "request_photos",
    "offices",
    "office_texts",
    "office_contacts",
    "guides",
    "guide_steps",
    "guide_texts",
    "directory_imports",
    "group_offers",
    "group_texts",
    "group_series",
    "group_sessions",
    "group_shift_needs",
    "group_volunteers",
    "shift_signups",
    "group_participants",
    "volunteer_profiles",
    "volunteer_invitations",
    "volunteer_documents",
    "notices",
    "outbox",
    "volunteer_calendar_tokens",
    "staff_links",
    "staff_changes",
    "measures",
    "milestones",
    "milestone_evidence",
    "integration_goals",
    "indicators",
    "indicator_values",
    "privacy_requests",
    "complaints",
    "complaint_handlers",
    "districts",
    "companion_tasks",
    "companion_asks",
    "companion_meetings",
    "events",
    "event_texts",
    "event_registrations",
    "client_interests",
    "actors",
    "actor_texts",
    "actor_offices",
    "actor_groups",
    "actor_partners",
    "exchange_posts",
    "exchange_matches",
];

/// Changes that leave counts and versions alone.
const STATES: [(&str, &str); 11] = [
    ("posts closed", "SELECT COUNT(closed_at) FROM exchange_posts"),
    (
        "matches answered",
        "SELECT COUNT(offer_ok_at) + COUNT(seek_ok_at) + COUNT(declined_at) FROM exchange_matches",
    ),
    ("consents revoked", "SELECT COUNT(revoked_on) FROM consents"),
    ("steps done", "SELECT COUNT(done_at) FROM plan_steps"),
    ("steps help", "SELECT COUNT(help_requested_at) FROM plan_steps"),
    (
        "appointments confirmed",
        "SELECT COUNT(client_confirmed_at) FROM appointments",
    ),
    (
        "deadlines done",
        "SELECT COUNT(*) FROM deadlines WHERE done_at IS NOT NULL",
    ),
    ("users with a language", "SELECT COUNT(lang) FROM users"),
    (
        "templates retired",
        "SELECT COUNT(retired_at) FROM goal_templates",
    ),
    ("records restricted", "SELECT COUNT(restricted_at) FROM clients"),
    (
        "sessions cancelled",
        "SELECT COUNT(*) FROM group_sessions WHERE status = 'cancelled'",
    ),
];

/// Gives a client's case one record of every kind, through the gate, and returns their ids.
/// A companion task as the matrix opens them (an accompaniment to an appointment).
fn companion_task(appointment: Option<i64>) -> lotse_server::db::companions::NewTask {
    lotse_server::db::companions::NewTask {
        kind: lotse_app::companions::CompanionKind::Accompaniment,
        appointment_id: appointment,
        starts_at: lotse_server::time::now() + 5 * 86_400,
        minutes: 60,
        place: "Rathaus".into(),
        district_id: None,
        language: "ar".into(),
        skill: None,
        bring: String::new(),
        checkin_days: Some(30),
        ends_on: None,
    }
}

async fn furnish(store: &Store, raw: &Raw, client: i64) -> HashMap<String, i64> {
    let id = ClientId(client);
    let guide = common::own_guide(store, id).await;
    let file = store.case(&guide);
    let goal = file
        .add_goal(&NewGoal {
            field: "language".into(),
            template_id: None,
            title: "Matrix".into(),
            review_on: None,
        })
        .await
        .unwrap()
        .unwrap();
    let step = file
        .add_step(
            goal,
            &NewStep {
                text: "Matrix-Schritt".into(),
                actor: "client".into(),
                actor_name: None,
                due_on: Some(day(5)),
                link: None,
            },
        )
        .await
        .unwrap()
        .unwrap();
    let appointment = file
        .create_appointment(
            &NewAppointment {
                starts_at: lotse_server::time::now() + 5 * 86_400,
                duration_minutes: 30,
                with_kind: "office".into(),
                place_name: "Rathaus".into(),
                address: None,
                room: None,
                contact_person: None,
                contact_phone: None,
                bring: String::new(),
                interpreter_lang: None,
                health: false,
            },
            None,
        )
        .await
        .unwrap()
        .unwrap();
    file.add_deadline(&NewDeadline {
        kind: "other".into(),
        title: "Matrix-Frist".into(),
        due_on: day(10),
        remind_days: 7,
        by_client: false,
        client_key: None,
    })
    .await
    .unwrap();
    let referral = file
        .add_referral("language_course", "VHS", "Matrix")
        .await
        .unwrap()
        .unwrap();
    let consent = file
        .add_consent(&NewConsent {
            purpose: "release_jobcenter".into(),
            recipient: "Jobcenter".into(),
            recipient_team: None,
            covers: vec![],
            given_on: day(-1),
            form: "paper".into(),
        })
        .await
        .unwrap()
        .unwrap();
    let own = common::own_record(store, id).await;
    store
        .case(&own)
        .add_request(&NewRequest {
            category: "question".into(),
            body: "Matrix?".into(),
            client_key: None,
            consent_id: None,
            photo: Some(Photo {
                content_type: "image/png".into(),
                width: 1,
                height: 1,
                bytes: vec![0x89, b'P', b'N', b'G'],
            }),
        })
        .await
        .unwrap();
    // A companion task for the appointment, with the consent it needs.
    file.add_consent(&NewConsent {
        purpose: "companion".into(),
        recipient: "Ehrenamtliche Begleitung".into(),
        recipient_team: None,
        covers: vec![],
        given_on: day(-1),
        form: "paper".into(),
    })
    .await
    .unwrap()
    .unwrap();
    let municipality = MunicipalityId(
        raw.int(&format!(
            "SELECT municipality_id FROM clients WHERE id = {client}"
        ))
        .await,
    );
    let companion = file
        .add_companion_task(&companion_task(Some(appointment)), municipality)
        .await
        .unwrap()
        .unwrap();
    let last = |t: &str| format!("SELECT MAX(id) FROM {t} WHERE client_id = {client}");
    HashMap::from([
        ("goal".to_string(), goal),
        ("step".to_string(), step),
        ("appointment".to_string(), appointment),
        ("deadline".to_string(), raw.int(&last("deadlines")).await),
        ("referral".to_string(), referral),
        ("consent".to_string(), consent),
        ("request".to_string(), raw.int(&last("client_requests")).await),
        ("companion".to_string(), companion),
    ])
}

async fn scope_ids(store: &Store, raw: &Raw, home: bool) -> Ids {
    let (guide_email, municipality) = if home {
        (common::WEBER, 1)
    } else {
        (common::DEMIR, 2)
    };
    let clients = client_ids_of(store, guide_email).await;
    let (case, case_for_lead) = (clients[0], clients[1]);
    let mut of_case = furnish(store, raw, case).await;
    for (k, v) in furnish(store, raw, case_for_lead).await {
        of_case.insert(format!("lead-{k}"), v);
    }
    let event = store
        .add_event(
            MunicipalityId(municipality),
            &lotse_server::db::events::NewEvent {
                office_id: None,
                place: "Rathausplatz".into(),
                starts_at: lotse_server::time::now() + 10 * 86_400,
                minutes: 120,
                registration: true,
                capacity: Some(50),
                texts: vec![("de".into(), "Matrixfest".into(), String::new())],
            },
            store
                .user_by_email(if home {
                    common::COORDINATOR
                } else {
                    "admin@lotse.example"
                })
                .await
                .unwrap()
                .unwrap()
                .user_id(),
        )
        .await
        .unwrap();
    // The matrix's volunteer holds a mentoring pair with the case's client (at home).
    let volunteer_task = if home {
        let file_access = common::own_guide(store, ClientId(case)).await;
        let file = store.case(&file_access);
        let mut task = companion_task(None);
        task.kind = lotse_app::companions::CompanionKind::Mentoring;
        task.language = "de".into();
        let id = file
            .add_companion_task(&task, MunicipalityId(municipality))
            .await
            .unwrap()
            .unwrap();
        let peter = store
            .user_by_email(common::VOLUNTEER)
            .await
            .unwrap()
            .unwrap()
            .user_id();
        assert!(file.ask_companion(id, peter).await.unwrap());
        assert_eq!(
            store.answer_companion(peter, id, true).await.unwrap(),
            lotse_server::db::companions::Answered::Matched
        );
        id
    } else {
        of_case["companion"]
    };

    // The signed-in client's own records: Amal at home, a Bergfeld client away.
    let me_client = if home {
        common::client_named(store, "Haddad").await
    } else {
        clients[2]
    };
    let me_records = furnish(store, raw, me_client).await;
    let me = HashMap::from([
        ("appointment", me_records["appointment"]),
        ("deadline", me_records["deadline"]),
        ("step", me_records["step"]),
        ("consent", me_records["consent"]),
    ]);
    let secret = format!("matrix-calendar-{municipality}");
    store
        .new_calendar_token(
            ClientId(me_client),
            &lotse_server::auth::credentials::token_hash(&secret),
        )
        .await
        .unwrap();
    let group = match raw
        .try_int(&format!(
            "SELECT MIN(id) FROM group_offers WHERE municipality_id = {municipality}"
        ))
        .await
    {
        Some(g) => g,
        None => panic!("no group in municipality {municipality}"),
    };
    let session = raw
        .int(&format!(
            "SELECT MIN(id) FROM group_sessions WHERE group_id = {group} AND starts_at > {}",
            lotse_server::time::now()
        ))
        .await;
    let volunteer = raw
        .int(&format!(
            "SELECT MIN(u.id) FROM users u JOIN volunteer_documents d ON d.user_id = u.id \
             WHERE u.role = 'volunteer' AND u.municipality_id = {municipality}"
        ))
        .await;
    let document = raw
        .int(&format!(
            "SELECT MIN(id) FROM volunteer_documents WHERE user_id = {volunteer} AND removed_at IS NULL"
        ))
        .await;
    let county_id = raw
        .int(&format!(
            "SELECT county_id FROM municipalities WHERE id = {municipality}"
        ))
        .await;
    let admin = raw.int("SELECT MIN(id) FROM users WHERE role = 'admin'").await;
    let reach = lotse_server::db::programme::Reach {
        county: county_id,
        municipality,
    };
    let measure = store
        .add_measure(
            reach,
            municipality,
            "KISI",
            "Matrix",
            &[("Erster".into(), day(30))],
            admin,
        )
        .await
        .unwrap()
        .unwrap();
    let milestone = raw
        .int(&format!(
            "SELECT MIN(id) FROM milestones WHERE measure_id = {measure}"
        ))
        .await;
    let evidence = store
        .add_evidence(
            reach,
            milestone,
            lotse_server::db::programme::Evidence::Document(
                "m.pdf".into(),
                "application/pdf".into(),
                b"%PDF-1.4".to_vec(),
            ),
            admin,
        )
        .await
        .unwrap()
        .unwrap();
    let goal = store
        .add_integration_goal(reach, municipality, "language", "Deutsch für alle", "", admin)
        .await
        .unwrap()
        .unwrap();
    let indicator = store
        .add_indicator(
            reach,
            goal,
            &lotse_server::db::goals::NewIndicator {
                title: "Kursplätze".into(),
                computed: None,
                unit: "count".into(),
                aim: "up".into(),
                source: "VHS".into(),
                baseline_on: day(-100),
                target_value: 100.0,
                target_on: day(300),
            },
            admin,
        )
        .await
        .unwrap()
        .unwrap();
    // County-wide things (directory, templates) have no other county in the demo: the
    // other side is an id that does not exist.
    let county = |sql: &str| {
        let sql = sql.to_string();
        async move {
            if home {
                raw.int(&sql).await
            } else {
                999_999
            }
        }
    };
    let privacy_request = match store
        .case(&common::own_record(store, ClientId(case)).await)
        .file_privacy_request(&lotse_server::db::privacy::NewPrivacyRequest {
            kind: lotse_app::privacy::PrivacyKind::Correct,
            consent_id: None,
            body: "Matrix".into(),
            client_key: Some(format!("matrix-{municipality}")),
        })
        .await
        .unwrap()
    {
        lotse_server::db::privacy::Filed::New(id) => id,
        other => panic!("no privacy request: {other:?}"),
    };
    let complaint = match store
        .send_complaint(&lotse_server::db::complaints::NewComplaint {
            municipality: lotse_app::domain::MunicipalityId(municipality),
            kind: lotse_app::complaints::FeedbackKind::Complaint,
            about: lotse_app::complaints::FeedbackAbout::Office,
            about_text: String::new(),
            about_user: None,
            body: "Matrix".into(),
            sender: lotse_app::complaints::Sender::Resident,
            sender_user: None,
            contact: String::new(),
            lang: "de".into(),
            code_hash: format!("matrix-{municipality}"),
            client_key: format!("matrix-{municipality}"),
        })
        .await
        .unwrap()
    {
        lotse_server::db::complaints::Sent::New(id) => id,
        other => panic!("no complaint: {other:?}"),
    };
    let network = network_ids(store, raw, home, municipality).await;
    Ids {
        actor: network[0],
        post: network[1],
        own_closable: network[2],
        closable: network[3],
        exchange_match: network[4],
        spare_partner: network[5],
        event,
        volunteer_task,
        complaint,
        privacy_request,
        case,
        case_for_lead,
        of_case,
        me,
        calendar: format!("{secret}.ics"),
        group,
        session,
        volunteer,
        document,
        template: county("SELECT MIN(id) FROM goal_templates").await,
        office: county("SELECT MIN(id) FROM offices").await,
        guide_page: county("SELECT MIN(id) FROM guides").await,
        editor: county("SELECT MIN(id) FROM users WHERE role = 'guide'").await,
        staff: raw
            .int(&format!(
                "SELECT id FROM users WHERE email = 'matrix.guide.{municipality}@lotse.example'"
            ))
            .await,
        team: raw
            .int(&format!(
                "SELECT MIN(id) FROM teams WHERE municipality_id = {municipality}"
            ))
            .await,
        municipality,
        provider: raw
            .int(&format!(
                "SELECT MIN(provider_id) FROM teams WHERE municipality_id = {municipality}"
            ))
            .await,
        measure,
        milestone,
        evidence,
        goal,
        indicator,
    }
}

/// The network's records of one side: [actor, post, own closable post, closable post of
/// the municipality, match, spare partner account]. Home: the demo partner's club.
async fn network_ids(store: &Store, raw: &Raw, home: bool, municipality: i64) -> [i64; 6] {
    use lotse_app::network::{Side, Topic};
    use lotse_server::db::network::exchange::NewPost;
    let m = MunicipalityId(municipality);
    let name = if home {
        "Sprachbrücke Talheim e.V."
    } else {
        "Freundeskreis Asyl Bergfeld"
    };
    let actor = raw
        .int(&format!("SELECT id FROM actors WHERE name = '{name}'"))
        .await;
    let by = lotse_app::domain::UserId(
        raw.int("SELECT MIN(id) FROM users WHERE role = 'coordinator'")
            .await,
    );
    let today = lotse_server::time::today_iso();
    let until = lotse_server::time::add_days(&today, 60).unwrap();
    let post = |actor_id: Option<i64>, side: Side, title: &str| NewPost {
        actor_id,
        side,
        topic: Topic::Volunteers,
        district_id: None,
        title: title.into(),
        details: String::new(),
        from_on: today.clone(),
        until_on: until.clone(),
    };
    let offer = store
        .add_post(m, &post(Some(actor), Side::Offer, "Matrix-Angebot"), by)
        .await
        .unwrap();
    let own_closable = store
        .add_post(m, &post(Some(actor), Side::Offer, "Matrix-Zweites"), by)
        .await
        .unwrap();
    let seek = store
        .add_post(m, &post(None, Side::Seek, "Matrix-Gesuch"), by)
        .await
        .unwrap();
    let closable = store
        .add_post(m, &post(None, Side::Seek, "Matrix-Schließen"), by)
        .await
        .unwrap();
    let exchange_match = store
        .make_match(m, offer, seek, &today, by)
        .await
        .unwrap()
        .unwrap();
    let spare = store
        .invite_partner(
            m,
            actor,
            "Matrix Partner",
            &format!("matrix.partner.{municipality}@lotse.example"),
            &format!("matrix-spare-link-{municipality}"),
            0,
            by,
        )
        .await
        .unwrap()
        .unwrap();
    [actor, offer, own_closable, closable, exchange_match, spare.0]
}

/// The path with its parameters filled from `ids`, as `who` would send it.
fn fill(path: &str, who: &str, ids: &Ids) -> String {
    let lead = who == "lead";
    let case_record = |name: &str| {
        let key = if lead {
            format!("lead-{name}")
        } else {
            name.to_string()
        };
        ids.of_case[&key].to_string()
    };
    let mut out = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').unwrap();
        let name = &rest[open + 1..close];
        let before = &path[..path.len() - rest.len() + open];
        let value = match (before, name) {
            (b, "id") if b.starts_with("/cases/") || b == "/cases/" => {
                if lead { ids.case_for_lead } else { ids.case }.to_string()
            }
            // Another client of the asker's scope, not linked to the case in the path.
            (_, "member") => if lead { ids.case } else { ids.case_for_lead }.to_string(),
            (_, "goal") => case_record("goal"),
            (_, "step") if before.starts_with("/cases/") => case_record("step"),
            (_, "a") => case_record("appointment"),
            (b, "r") if b.contains("/requests/") => case_record("request"),
            (b, "r") if b.contains("/referrals/") => case_record("referral"),
            (_, "d") => case_record("deadline"),
            (_, "c") => case_record("consent"),
            (_, "t") => case_record("companion"),
            ("/volunteer/companions/", "id") => ids.volunteer_task.to_string(),
            (_, "section") => "languages".into(),
            ("/me/appointments/", "id") => ids.me["appointment"].to_string(),
            ("/me/deadlines/", "id") => ids.me["deadline"].to_string(),
            ("/me/plan/steps/", "id") => ids.me["step"].to_string(),
            ("/me/data/consents/", "id") => ids.me["consent"].to_string(),
            ("/calendar/", "token") => ids.calendar.clone(),
            ("/invite/", "token") => "no-such-invitation".into(),
            ("/welcome/", "token") => "no-such-link".into(),
            (b, "id") if b.starts_with("/admin/staff/") => ids.staff.to_string(),
            ("/admin/organisation/teams/", "id") => ids.team.to_string(),
            ("/admin/organisation/municipalities/", "id") => ids.municipality.to_string(),
            ("/admin/organisation/providers/", "id") => ids.provider.to_string(),
            ("/volunteer/shifts/", "id") | ("/volunteer/hours/", "session") => ids.session.to_string(),
            (b, "id") if b.starts_with("/groups/manage/volunteers/") => ids.volunteer.to_string(),
            ("/groups/", "id") | ("/groups/manage/", "id") => ids.group.to_string(),
            (_, "session") => ids.session.to_string(),
            (b, "user") if b.contains("/partners/") => ids.spare_partner.to_string(),
            (_, "user") => ids.volunteer.to_string(),
            (_, "doc") => ids.document.to_string(),
            (_, "lang") => "ar".into(),
            ("/templates/", "id") => ids.template.to_string(),
            (b, "id") if b.ends_with("/offices/") => ids.office.to_string(),
            (b, "id") if b.ends_with("/guides/") => ids.guide_page.to_string(),
            ("/directory/manage/editors/", "id") => ids.editor.to_string(),
            ("/directory/manage/import/", "id") => "999999".into(),
            ("/figures/programme/measures/", "id") => ids.measure.to_string(),
            ("/figures/programme/milestones/", "id") => ids.milestone.to_string(),
            ("/figures/programme/evidence/", "id") => ids.evidence.to_string(),
            ("/figures/goals/", "id") => ids.goal.to_string(),
            ("/figures/goals/indicators/", "id") => ids.indicator.to_string(),
            ("/privacy/requests/", "id") => ids.privacy_request.to_string(),
            ("/complaints/", "id") => ids.complaint.to_string(),
            ("/events/", "id") | ("/events/manage/", "id") => ids.event.to_string(),
            ("/events/manage/groups/", "id") => ids.group.to_string(),
            ("/network/actors/", "id") => ids.actor.to_string(),
            ("/network/exchange/", "id") if path.ends_with("/close") => ids.closable.to_string(),
            ("/network/exchange/", "id") => ids.post.to_string(),
            ("/network/mine/posts/", "id") => ids.own_closable.to_string(),
            ("/network/matches/", "id") => ids.exchange_match.to_string(),
            (b, "id") if b.starts_with("/privacy/clients/") => ids.case.to_string(),
            _ => panic!("the matrix does not know what {{{name}}} is in {path}"),
        };
        out.push_str(&value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn answer(method: &str, path: &str, who: &str, r: &Reply) -> char {
    if std::env::var("LOTSE_MATRIX_DEBUG").is_ok() {
        println!("{method} as {who}: {} -> {:?}", r.status, r.location);
    }
    let home = match who {
        "out" => "/",
        "client" => "/me",
        "volunteer" => "/volunteer",
        "admin" => "/admin",
        "volunteer-coordinator" => "/groups/manage",
        "county-coordinator" => "/directory/manage",
        "data-protection" => "/privacy",
        "partner" => "/network/mine",
        _ => "/cases",
    };
    match r.status {
        StatusCode::NOT_FOUND => 'N',
        StatusCode::FORBIDDEN => 'F',
        StatusCode::UNAUTHORIZED => 'S',
        StatusCode::BAD_REQUEST => 'B',
        s if s.is_redirection() => {
            let to = r.location.clone().unwrap_or_default();
            if to.starts_with("/signin") {
                'S'
            } else if to == home
                && !(home != "/" && path.starts_with(home))
                && !(home == "/" && method == "POST")
            {
                // Sent home from somewhere that is not theirs (a staff member at /me).
                'H'
            } else {
                'A'
            }
        }
        s if s.is_success() => 'A',
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT => 'A',
        s => panic!("{method} answered {s} for {who}: {}", r.body),
    }
}

async fn matrix(store: Store, url: String) {
    let raw = Raw::connect(&url).await;
    // A coordinator of the other municipality (the demo has one coordinator).
    let hoffmann = store.user_by_email(common::COORDINATOR).await.unwrap().unwrap();
    store
        .create_user(&NewUser {
            role: Some(Role::Coordinator),
            display_name: "Koordination Bergfeld".into(),
            email: Some("coordination@bergfeld.example".into()),
            password_hash: hoffmann.password_hash.clone(),
            municipality_id: Some(MunicipalityId(2)),
            ..Default::default()
        })
        .await
        .unwrap();
    // And a volunteer there, with a document on file (the demo's are all in Talheim).
    let bergfeld_volunteer = store
        .create_user(&NewUser {
            role: Some(Role::Volunteer),
            display_name: "Ehrenamt Bergfeld".into(),
            email: Some("volunteer@bergfeld.example".into()),
            municipality_id: Some(MunicipalityId(2)),
            ..Default::default()
        })
        .await
        .unwrap();
    let hoffmann_id = hoffmann.user_id();
    for v in [
        bergfeld_volunteer,
        store
            .user_by_email(common::VOLUNTEER)
            .await
            .unwrap()
            .unwrap()
            .user_id(),
    ] {
        store
            .add_volunteer_document(v, "confidentiality", None, hoffmann_id)
            .await
            .unwrap();
    }
    // A guide without clients on each side, whose account the managers change (the
    // people asking must keep theirs).
    for (m, team) in [(1, "Mitte"), (2, "Bergfeld")] {
        let team = store
            .teams(Some(MunicipalityId(m)))
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.name == team)
            .unwrap();
        store
            .create_user(&NewUser {
                role: Some(Role::Guide),
                display_name: format!("Matrix Begleitung {m}"),
                email: Some(format!("matrix.guide.{m}@lotse.example")),
                password_hash: hoffmann.password_hash.clone(),
                municipality_id: Some(MunicipalityId(m)),
                team_id: Some(lotse_app::domain::TeamId(team.id)),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    let home = scope_ids(&store, &raw, true).await;
    let away = scope_ids(&store, &raw, false).await;

    let app = common::app(store.clone()).await;
    let mut people: Vec<(&str, Client)> = vec![];
    for who in PEOPLE {
        let mut c = Client::new(app.clone());
        match who {
            "out" => {}
            "client" => {
                let r = sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
                assert_eq!(r.status, StatusCode::SEE_OTHER);
            }
            "volunteer" => sign_in_staff(&mut c, common::VOLUNTEER).await,
            "guide" => sign_in_staff(&mut c, common::WEBER).await,
            "guide-other" => sign_in_staff(&mut c, common::DEMIR).await,
            "lead" => sign_in_staff(&mut c, common::KELLER).await,
            "coordinator" => sign_in_staff(&mut c, common::COORDINATOR).await,
            "coordinator-other" => sign_in_staff(&mut c, "coordination@bergfeld.example").await,
            "admin" => sign_in_staff(&mut c, "admin@lotse.example").await,
            "volunteer-coordinator" => sign_in_staff(&mut c, "n.schaefer@talheim.example").await,
            "county-coordinator" => sign_in_staff(&mut c, "t.berger@landkreis.example").await,
            "data-protection" => sign_in_staff(&mut c, "datenschutz@talheim.example").await,
            "partner" => sign_in_staff(&mut c, lotse_server::seed::network::PARTNER_EMAIL).await,
            _ => unreachable!(),
        }
        people.push((who, c));
    }

    let routes = lotse_server::web::route_list();
    // Reads first, so that no write of the walk changes what a read finds (a new
    // calendar link revokes the old one); signing out ends the session the rest of
    // the walk needs: it goes last.
    let mut order: Vec<_> = routes.iter().collect();
    order.sort_by_key(|r| (r.path == "/signout", r.method == "POST"));
    let expected: HashMap<(&str, &str), (&str, &str)> =
        MATRIX.iter().map(|(m, p, o, x)| ((*m, *p), (*o, *x))).collect();
    let print = std::env::var("LOTSE_MATRIX_PRINT").is_ok();
    let (mut cells, mut wrong, mut printed) = (0, vec![], BTreeMap::new());
    let fingerprint = fingerprint_query(&raw).await;
    let mut baseline: Option<Vec<i64>> = None;
    for route in order {
        let has_ids = route.path.contains('{');
        let mut rows = [String::new(), String::new()];
        for (row, away_side) in [(0, false), (1, true)] {
            if row == 1 && !has_ids {
                continue;
            }
            for (who, c) in people.iter_mut() {
                // "Own" is the person's own scope: Bergfeld for Bergfeld's people.
                let bergfeld = who.ends_with("-other");
                let ids = if away_side != bergfeld { &away } else { &home };
                let path = fill(route.path, who, ids);
                if route.method == "POST" && baseline.is_none() {
                    // Reads come first; from the first write on, each write is
                    // measured against the state the one before it left.
                    baseline = Some(raw.row_of_ints(&fingerprint).await);
                }
                if std::env::var("LOTSE_MATRIX_DEBUG").is_ok() {
                    print!("{path} ");
                }
                let r = if route.method == "POST" {
                    c.post(&path, &[("client_key", "matrix")]).await
                } else {
                    c.get(&path).await
                };
                let a = answer(route.method, &path, who, &r);
                if let Err(e) = common::policy::page_policy(&r.headers, &r.body)
                    .and_then(|_| common::policy::page_outline(&r.headers, &r.body))
                {
                    wrong.push(format!("{} {path} as {who}: {e}", route.method));
                }
                if route.method == "POST" {
                    let after = raw.row_of_ints(&fingerprint).await;
                    if matches!(a, 'N' | 'F' | 'S' | 'H' | 'B') && baseline.as_ref() != Some(&after) {
                        wrong.push(format!("POST {path} as {who} was refused ({a}) but changed data"));
                    }
                    baseline = Some(after);
                }
                rows[row].push(a);
                cells += 1;
            }
        }
        printed.insert(
            (route.path, route.method),
            format!(
                "    (\"{}\", \"{}\", \"{}\", \"{}\"),",
                route.method, route.path, rows[0], rows[1]
            ),
        );
        match expected.get(&(route.method, route.path)) {
            None => wrong.push(format!("{} {} is not in the matrix", route.method, route.path)),
            Some((own, other)) => {
                if *own != rows[0] || *other != rows[1] {
                    wrong.push(format!(
                        "{} {}: expected {own} / {other}, got {} / {}",
                        route.method, route.path, rows[0], rows[1]
                    ));
                }
            }
        }
    }
    for (m, p, _, _) in MATRIX {
        if !routes.iter().any(|r| r.method == *m && r.path == *p) {
            wrong.push(format!("{m} {p} is in the matrix but not a route"));
        }
    }
    if print {
        for line in printed.values() {
            println!("{line}");
        }
    }
    println!(
        "authorization matrix: {} routes, {} people, {cells} cells",
        routes.len(),
        PEOPLE.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_for_every_person_sqlite() {
    let db = common::TestDb::open(common::Backend::Sqlite, common::Start::Seeded)
        .await
        .unwrap();
    matrix(db.store.clone(), db.url.clone()).await;
    db.drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_for_every_person_postgres() {
    let Some(db) = common::TestDb::open(common::Backend::Postgres, common::Start::Seeded).await else {
        return;
    };
    matrix(db.store.clone(), db.url.clone()).await;
    db.drop().await;
}
