//! HTTP: the axum router, its middleware and the page handlers.

pub mod accounts;
pub mod activation;
pub mod admin;
pub mod calendar_ics;
pub mod case;
pub mod caseload;
pub mod client;
pub mod companions;
pub mod complaints;
pub mod compress;
pub mod compress_memory;
pub mod ctx;
pub mod deputies;
pub mod directory;
pub mod error;
pub mod events;
pub mod figures;
pub mod flash;
pub mod form_data;
pub mod forms;
pub mod goals;
pub mod groups;
pub mod groups_manage;
pub mod interests;
pub mod keeper;
pub mod moves;
pub mod network;
pub mod observability;
pub mod organisation;
pub mod privacy;
pub mod programme;
pub mod public_pages;
pub mod push;
pub mod qr;
pub mod resume;
pub mod routes;
pub mod security;
pub mod setup;
pub mod shared_lists;
pub mod signin;
pub mod two_factor;
pub mod volunteer;
pub mod welcome;

use crate::config::Settings;
use crate::db::Store;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};

use axum::{middleware, Router};
use leptos::prelude::LeptosOptions;
use lotse_app::i18n::I18n;
use std::sync::Arc;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Shared by every request. One shared pointer: axum clones the state for every
/// extractor and middleware that asks for it, several times a page, and a clone of the
/// fields themselves was some twenty reference counts counted up and down again (1.5 %
/// of the server's CPU on the offices list, `perf`, 2026-12-07).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> Self {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What [`AppState`] holds.
pub struct Shared {
    pub store: Store,
    pub settings: Arc<Settings>,
    pub i18n: Arc<I18n>,
    /// Notifications on the phone: the VAPID key and the push services' addresses.
    pub push: Arc<crate::push::Pusher>,
    /// Where the build put the site (`/pkg/…`) and whether its file names are hashed.
    pub leptos: LeptosOptions,
}

/// The compression quality of pages made per request (brotli and gzip alike).
pub const DYNAMIC_COMPRESSION: i32 = 4;

/// Form posts are small; anything bigger is refused before it is read.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The site's name in the workspace's `[[workspace.metadata.leptos]]`: the `/pkg/lotse…`
/// files. cargo-leptos compiles it in; a binary built by plain cargo (the tests) falls back
/// to it here.
pub const SITE_NAME: &str = "lotse";

/// The Leptos settings of this binary. cargo-leptos compiles the server with the settings
/// of its build; a server started without them in its environment (a deployer's unit file)
/// still links the content-hashed `/pkg/lotse.<hash>.css` and `.js` that build wrote, not
/// names that do not exist. The environment still overrides them, as Leptos documents.
pub fn leptos_options() -> Result<LeptosOptions, Box<dyn std::error::Error>> {
    let options = leptos::config::get_configuration(None)?.leptos_options;
    let exe_dir = std::env::current_exe()?
        .parent()
        .map(|d| d.to_path_buf())
        .unwrap_or_default();
    let hash_env = std::env::var("LEPTOS_HASH_FILES").ok();
    Ok(settle_options(
        options,
        hash_env.as_deref().or(option_env!("LEPTOS_HASH_FILES")),
        &exe_dir,
    )?)
}

/// Fills what the build decides. `hash_files` is the environment's or the build's
/// `LEPTOS_HASH_FILES`; a binary built by plain cargo has neither, and then the `hash.txt`
/// beside it (written by `cargo leptos build --frontend-only`) says whether the names are
/// hashed — that is how the end-to-end tests run the test build against the release site.
pub fn settle_options(
    mut options: LeptosOptions,
    hash_files: Option<&str>,
    exe_dir: &std::path::Path,
) -> Result<LeptosOptions, String> {
    if options.output_name.is_empty() {
        options.output_name = SITE_NAME.into();
    }
    options.hash_files = match hash_files {
        Some(flag) => flag == "true",
        None => exe_dir.join(options.hash_file.as_ref()).is_file(),
    };
    hash_file_beside(&options, exe_dir)?;
    Ok(options)
}

/// Leptos reads the build's file names from `hash.txt` beside the binary on every page and
/// panics without it. A binary copied elsewhere without it is refused at start, with what
/// to do, instead of failing every page.
pub fn hash_file_beside(options: &LeptosOptions, exe_dir: &std::path::Path) -> Result<(), String> {
    let file = exe_dir.join(options.hash_file.as_ref());
    if options.hash_files && !file.is_file() {
        return Err(format!(
            "{} is missing: cargo-leptos writes it beside the server binary; copy it along \
             with the binary (or set LEPTOS_HASH_FILES=false for a build without hashed names)",
            file.display()
        ));
    }
    Ok(())
}

/// Middleware: a page's queries share one connection (`db::lease`). Only reads: a post
/// may wait on a password's hash or a mail server, and would hold a connection meanwhile.
async fn lease_for_reads(req: axum::extract::Request, next: middleware::Next) -> axum::response::Response {
    if req.method() == axum::http::Method::GET || req.method() == axum::http::Method::HEAD {
        crate::db::lease::for_request(next.run(req)).await
    } else {
        next.run(req).await
    }
}

/// Every page and form of the app, recorded as registered (see [`routes::Table`]).
fn table() -> routes::Table {
    routes::Table::new()
        .get("/", public_pages::root)
        .get("/signin", signin::client_signin_page)
        .post("/signin", signin::client_signin)
        .get("/signin/staff", signin::staff_signin_page)
        .post("/signin/staff", signin::staff_signin)
        .get("/activate", activation::activate_page)
        .post("/activate", activation::activate)
        .post("/signin/code", two_factor::code)
        .post("/signin/enroll", two_factor::enrol)
        .get("/account/security", two_factor::security_page)
        .post("/account/security/enable", two_factor::enable)
        .post("/account/security/recovery", two_factor::new_recovery_codes)
        .post("/account/security/disable", two_factor::disable)
        .post("/admin/two-factor", two_factor::require)
        .post("/signout", signin::signout)
        .post("/push/subscribe", push::subscribe)
        .post("/push/unsubscribe", push::unsubscribe)
        .post("/lang", public_pages::set_lang)
        .get("/setup", setup::setup_page)
        .post("/setup", setup::setup)
        .get("/me", client::home::client_home)
        .get("/me/plan", client::plan::my_plan)
        .get("/me/interests", interests::my_page)
        .post("/me/interests", interests::save_mine)
        .get("/me/appointments", client::appointments::my_appointments)
        .post(
            "/me/appointments/{id}/confirm",
            client::appointments::confirm_appointment,
        )
        .post(
            "/me/appointments/{id}/move",
            client::appointments::move_appointment,
        )
        .get(
            "/me/appointments/{id}/event.ics",
            client::appointments::appointment_ics,
        )
        .get("/me/calendar", client::calendar::my_calendar)
        .post("/me/calendar/new", client::calendar::new_calendar_link)
        .post("/me/calendar/revoke", client::calendar::revoke_calendar_link)
        .get("/calendar/{token}", client::calendar::calendar_feed)
        .get("/me/deadlines", client::deadlines::my_deadlines)
        .post("/me/deadlines", client::deadlines::add_deadline)
        .get("/me/requests", client::requests::my_requests)
        .post_up_to(
            "/me/requests",
            client::requests::REQUEST_BODY_LIMIT,
            client::requests::send_request,
        )
        .get("/me/data", client::data::my_data)
        .get("/me/data.json", client::data::my_data_json)
        .get("/me/data/print", client::data::my_data_print)
        .post("/me/data/consents/{id}/revoke", client::data::ask_revoke)
        .get("/me/data/rights", client::rights::page)
        .post("/me/data/rights", client::rights::send)
        // Complaints, suggestions and praise: sent by anyone, handled at the desk.
        .get("/events", events::list)
        .get("/events/feed.ics", events::feed)
        .get("/events/manage", events::manage::list)
        .post("/events/manage", events::manage::create)
        .get("/events/manage/{id}", events::manage::edit)
        .post("/events/manage/{id}", events::manage::save)
        .post("/events/manage/{id}/cancel", events::manage::cancel)
        .post("/events/manage/groups/{id}", events::manage::set_group_public)
        .get("/events/{id}", events::page)
        .post("/events/{id}/register", events::register)
        .get("/events/{id}/event.ics", events::ics)
        .get("/events/{id}/poster", events::poster)
        .get("/actors", network::public::list)
        .get("/network", network::actors::list)
        .get("/network/actors/new", network::actors::new_page)
        .post("/network/actors", network::actors::create)
        .get("/network/actors/{id}", network::actors::edit_page)
        .post("/network/actors/{id}", network::actors::update)
        .get("/network/actors/{id}/texts/{lang}", network::actors::text_page)
        .post("/network/actors/{id}/texts/{lang}", network::actors::save_text)
        .post("/network/actors/{id}/partners", network::partner_accounts::invite)
        .post(
            "/network/actors/{id}/partners/{user}/end",
            network::partner_accounts::end_partner,
        )
        .get("/network/exchange", network::exchange::list)
        .post("/network/exchange", network::exchange::create)
        .get("/network/exchange/board", network::exchange::board)
        .get("/network/exchange/{id}", network::exchange::page)
        .post("/network/exchange/{id}/close", network::exchange::close)
        .post("/network/exchange/{id}/match", network::exchange::make_match)
        .post("/network/matches/{id}/confirm", network::exchange::confirm)
        .post("/network/matches/{id}/decline", network::exchange::decline)
        .get("/network/mine", network::partner::page)
        .post("/network/mine", network::partner::save_entry)
        .post("/network/mine/posts", network::partner::add_post)
        .post("/network/mine/posts/{id}/close", network::partner::close_post)
        .get("/feedback", complaints::send::page)
        .post("/feedback", complaints::send::send)
        .get("/feedback/status", complaints::send::status_page)
        .post("/feedback/status", complaints::send::status)
        .get("/complaints", complaints::desk)
        .get("/complaints/handlers", complaints::handlers_page)
        .post("/complaints/handlers", complaints::save_handlers)
        .get("/complaints/{id}", complaints::complaint)
        .post("/complaints/{id}", complaints::handle)
        // The data-protection officer's work.
        .get("/privacy", privacy::home)
        .get("/privacy/access", privacy::access_log::page)
        .get("/privacy/record", privacy::record::page)
        .get("/privacy/retention", privacy::retention::page)
        .post("/privacy/retention", privacy::retention::save)
        .get("/privacy/requests/{id}", privacy::request)
        .post("/privacy/requests/{id}", privacy::decide)
        .get("/privacy/clients/{id}", privacy::client::page)
        .post("/privacy/clients/{id}/requests", privacy::client::record_paper)
        .get("/privacy/clients/{id}/export.json", privacy::client::export)
        .post("/privacy/clients/{id}/lift", privacy::client::lift)
        .post("/me/deadlines/{id}/done", client::deadlines::deadline_done)
        .post("/me/deadlines/{id}/remove", client::deadlines::remove_deadline)
        .post("/me/plan/confirm", client::plan::confirm_plan)
        .post("/me/plan/steps/{id}/done", client::plan::step_done)
        .post("/me/plan/steps/{id}/help", client::plan::step_help)
        .get("/volunteer", volunteer::volunteer_home)
        .get("/volunteer/shifts", groups::shifts)
        .post("/volunteer/shifts/{id}/take", groups::take_shift)
        .post("/volunteer/shifts/{id}/cancel", groups::cancel_shift)
        .get("/groups", groups::list)
        .get("/groups/{id}", groups::detail)
        .post("/groups/{id}/join", groups::join)
        .post("/groups/{id}/leave", groups::leave)
        .get("/groups/manage", groups_manage::dashboard)
        .post("/groups/manage/notices/read", groups_manage::read_notices)
        .get("/groups/manage/new", groups_manage::new_group_page)
        .post("/groups/manage/new", groups_manage::create_group)
        .get("/groups/manage/demand", interests::demand)
        .get("/groups/manage/companions", companions::overview)
        .get("/groups/manage/volunteers", groups_manage::volunteers_page)
        .post("/groups/manage/volunteers", groups_manage::invite)
        .get("/groups/manage/volunteers/{id}", groups_manage::volunteer_page)
        .post(
            "/groups/manage/volunteers/{id}/documents",
            groups_manage::add_document,
        )
        .post(
            "/groups/manage/volunteers/{id}/documents/{doc}/remove",
            groups_manage::remove_document,
        )
        .get("/groups/manage/{id}", groups_manage::edit_group_page)
        .post("/groups/manage/{id}", groups_manage::update_group)
        .get("/groups/manage/{id}/plan", groups_manage::plan_page)
        .post("/groups/manage/{id}/series", groups_manage::add_series)
        .post("/groups/manage/{id}/sessions", groups_manage::add_one_off)
        .post(
            "/groups/manage/{id}/sessions/{session}/cancel",
            groups_manage::cancel_session,
        )
        .post(
            "/groups/manage/{id}/sessions/{session}/move",
            groups_manage::move_session,
        )
        .post(
            "/groups/manage/{id}/sessions/{session}/count",
            groups_manage::count_session,
        )
        .post("/groups/manage/{id}/volunteers", groups_manage::add_volunteer)
        .post(
            "/groups/manage/{id}/volunteers/{user}/remove",
            groups_manage::remove_volunteer,
        )
        .get("/groups/manage/{id}/{lang}", groups_manage::group_text_page)
        .post("/groups/manage/{id}/{lang}", groups_manage::save_group_text)
        .get("/invite/{token}", volunteer::invitation_page)
        .post("/invite/{token}", volunteer::accept_invitation)
        .get("/volunteer/profile", volunteer::profile_page)
        .post("/volunteer/profile", volunteer::save_profile)
        .get("/volunteer/hours", volunteer::hours_page)
        .get("/volunteer/hours/certificate", volunteer::certificate)
        .post("/volunteer/hours/{session}", volunteer::record_hours)
        .get("/volunteer/calendar", volunteer::calendar_page)
        .post("/volunteer/calendar/new", volunteer::new_calendar_link)
        .post("/volunteer/calendar/revoke", volunteer::revoke_calendar_link)
        .post("/volunteer/notices/read", volunteer::read_notices)
        .get("/volunteer/companions/{id}", companions::page)
        .post("/volunteer/companions/{id}/answer", companions::answer)
        .post("/volunteer/companions/{id}/meeting", companions::meeting)
        .get("/cases", caseload::caseload)
        .get("/cases/deputies", deputies::page)
        .post("/cases/deputies", deputies::name)
        .post("/cases/deputies/{id}/end", deputies::end)
        .get("/cases/move", moves::page)
        .post("/cases/move", moves::confirm)
        .get("/cases/step-links", case::step_links::suggest)
        .get("/cases/new", caseload::new_client_page)
        .post("/cases/new", caseload::create_client)
        .get("/cases/{id}", caseload::client_detail)
        .post("/cases/{id}/activation", caseload::reissue_activation)
        .get("/cases/{id}/intake", case::intake::page)
        .post("/cases/{id}/intake/household", case::intake::add_member)
        .post("/cases/{id}/household", case::household::link)
        .post("/cases/{id}/household/{member}/unlink", case::household::unlink)
        .post("/cases/{id}/intake/{section}", case::intake::save_section)
        .get("/cases/{id}/plan", case::plan::page)
        .post("/cases/{id}/plan/goals", case::plan::add_goal)
        .post("/cases/{id}/plan/goals/{goal}", case::plan::update_goal)
        .post("/cases/{id}/plan/goals/{goal}/steps", case::plan::add_step)
        .post("/cases/{id}/plan/steps/{step}", case::plan::set_step_status)
        .post(
            "/cases/{id}/plan/steps/{step}/group",
            case::plan::sign_up_for_group,
        )
        .get("/cases/{id}/notes", case::notes::page)
        .post("/cases/{id}/notes", case::notes::add)
        .get("/cases/{id}/appointments", case::appointments::page)
        .post("/cases/{id}/appointments", case::appointments::create)
        .post(
            "/cases/{id}/appointments/{a}/interpreter",
            case::appointments::book,
        )
        .post(
            "/cases/{id}/appointments/{a}/outcome",
            case::appointments::outcome,
        )
        .post("/cases/{id}/interests", interests::save_for_case)
        .get("/cases/{id}/companions", case::companions::page)
        .post("/cases/{id}/companions", case::companions::create)
        .get("/cases/{id}/companions/{t}", case::companions::task_page)
        .post("/cases/{id}/companions/{t}/ask", case::companions::ask)
        .post("/cases/{id}/companions/{t}/close", case::companions::close)
        .get("/cases/{id}/requests", case::requests::page)
        .post("/cases/{id}/requests/{r}", case::requests::answer)
        .get("/cases/{id}/requests/{r}/photo", case::requests::photo)
        .post("/cases/{id}/deadlines", case::deadlines::add)
        .post("/cases/{id}/deadlines/{d}/remove", case::deadlines::remove)
        .get("/cases/{id}/referrals", case::referrals::page)
        .post("/cases/{id}/referrals", case::referrals::add)
        .post("/cases/{id}/referrals/{r}", case::referrals::update)
        .get("/cases/{id}/consent", case::consent::page)
        .post("/cases/{id}/consent", case::consent::add)
        .post("/cases/{id}/consent/{c}/revoke", case::consent::revoke)
        .get("/cases/{id}/handover", case::handover::page)
        .post("/cases/{id}/handover", case::handover::hand_over)
        .get("/cases/{id}/closing", case::closing::page)
        .post("/cases/{id}/closing", case::closing::close)
        .post("/cases/{id}/closing/reopen", case::closing::reopen)
        .get("/cases/{id}/history", case::history::page)
        .get("/interpreters", shared_lists::interpreters)
        .post("/interpreters", shared_lists::add_interpreter)
        .get("/templates", shared_lists::templates)
        .post("/templates", shared_lists::add_template)
        .post("/templates/{id}/retire", shared_lists::retire_template)
        .get("/offices", directory::reader::offices)
        .get("/offices/{id}", directory::reader::office)
        .get("/guides", directory::reader::guides)
        .get("/guides/{id}", directory::reader::guide)
        .post("/directory/fallback", directory::reader::set_fallback)
        .get("/api/v1/offices", directory::api::offices)
        .get("/api/v1/offices/{id}", directory::api::office)
        .get("/api/v1/guides", directory::api::guides)
        .get("/api/v1/guides/{id}", directory::api::guide)
        .get("/api/v1/openapi.json", directory::api::openapi)
        .get("/directory/manage", directory::manage::dashboard)
        .get(
            "/directory/manage/offices/new",
            directory::manage::new_office_page,
        )
        .post("/directory/manage/offices/new", directory::manage::create_office)
        .get(
            "/directory/manage/offices/{id}",
            directory::manage::edit_office_page,
        )
        .post("/directory/manage/offices/{id}", directory::manage::update_office)
        .get(
            "/directory/manage/offices/{id}/{lang}",
            directory::manage::office_translation_page,
        )
        .post(
            "/directory/manage/offices/{id}/{lang}",
            directory::manage::save_office_translation,
        )
        .get("/directory/manage/guides/new", directory::manage::new_guide_page)
        .post("/directory/manage/guides/new", directory::manage::create_guide)
        .get(
            "/directory/manage/guides/{id}",
            directory::manage::guide_form_page,
        )
        .post("/directory/manage/guides/{id}", directory::manage::save_guide)
        .get(
            "/directory/manage/guides/{id}/{lang}",
            directory::manage::guide_text_page,
        )
        .post(
            "/directory/manage/guides/{id}/{lang}",
            directory::manage::save_guide_text,
        )
        .get("/directory/manage/import", directory::manage::import_page)
        .post_up_to(
            "/directory/manage/import",
            directory::manage::IMPORT_BODY_LIMIT,
            directory::manage::upload,
        )
        .get("/directory/manage/import/{id}", directory::manage::import_report)
        .post(
            "/directory/manage/import/{id}/apply",
            directory::manage::apply_import,
        )
        .get("/directory/manage/export.csv", directory::manage::export_csv)
        .get("/directory/manage/export.json", directory::manage::export_json)
        .get("/directory/manage/template.csv", directory::manage::template_csv)
        .get("/directory/manage/editors", directory::manage::editors_page)
        .post("/directory/manage/editors/{id}", directory::manage::set_editor)
        .get("/directory/manage/preview", directory::manage::preview)
        .get("/figures", figures::page)
        .get("/figures/report.xlsx", figures::report_xlsx)
        .get("/figures/report.csv", figures::report_csv)
        .get("/figures/goals", goals::page)
        .post("/figures/goals", goals::add_goal)
        .post("/figures/goals/{id}/indicators", goals::add_indicator)
        .post("/figures/goals/indicators/{id}/values", goals::add_value)
        .get("/figures/programme", programme::page)
        .post("/figures/programme/measures", programme::add_measure)
        .post(
            "/figures/programme/measures/{id}/milestones",
            programme::add_milestone,
        )
        .post("/figures/programme/milestones/{id}/state", programme::set_state)
        .post_up_to(
            "/figures/programme/milestones/{id}/evidence",
            programme::EVIDENCE_BODY_LIMIT,
            programme::add_evidence,
        )
        .get("/figures/programme/evidence/{id}", programme::document)
        .get("/admin", admin::admin_home)
        .get("/admin/staff", accounts::list)
        .get("/admin/staff/new", accounts::new_page)
        .post("/admin/staff/new", accounts::invite)
        .get("/admin/staff/{id}", accounts::member_page)
        .post("/admin/staff/{id}", accounts::save_member)
        .post("/admin/staff/{id}/deactivate", accounts::deactivate)
        .post("/admin/staff/{id}/reactivate", accounts::reactivate)
        .post("/admin/staff/{id}/link", accounts::new_link)
        .get("/admin/log", accounts::log_page)
        .get("/admin/organisation", organisation::page)
        .post(
            "/admin/organisation/municipalities",
            organisation::add_municipality,
        )
        .post(
            "/admin/organisation/municipalities/{id}",
            organisation::save_municipality,
        )
        .post("/admin/organisation/providers", organisation::add_provider)
        .post("/admin/organisation/providers/{id}", organisation::save_provider)
        .post("/admin/organisation/teams", organisation::add_team)
        .post("/admin/organisation/teams/{id}", organisation::save_team)
        .get("/welcome/{token}", welcome::page)
        .post("/welcome/{token}", welcome::set_password)
        .get("/offline", public_pages::offline)
        .get("/healthz", || async { "ok" })
}

/// The method and path of every route, for the authorization matrix test.
pub fn route_list() -> Vec<routes::Route> {
    table().into_parts().1
}

pub fn router(state: AppState) -> Router {
    // Leptos waits on tasks while it renders; they run on tokio. A second router in the same
    // process (tests) finds the executor already set, which is fine.
    let _ = any_spawner::Executor::init_tokio();
    let site_root = state.leptos.site_root.to_string();
    let pkg_dir = state.leptos.site_pkg_dir.to_string();
    // Hashed build output never changes under its name: cache for a year.
    let immutable = SetResponseHeaderLayer::if_not_present(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    let pkg = ServeDir::new(format!("{site_root}/{pkg_dir}"))
        .precompressed_br()
        .precompressed_gzip();
    // Other static files (fonts, icons, manifest) change rarely; the service worker
    // must be checked on every visit so updates reach phones.
    let static_files = ServeDir::new(&site_root).precompressed_br().precompressed_gzip();
    let short_cache = SetResponseHeaderLayer::if_not_present(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=604800"),
    );
    let sw = ServeDir::new(&site_root);

    table()
        .into_parts()
        .0
        .route_service(
            "/sw.js",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-cache"),
                ))
                .service(sw),
        )
        .nest_service(
            &format!("/{pkg_dir}"),
            tower::ServiceBuilder::new().layer(immutable).service(pkg),
        )
        .fallback_service(
            tower::ServiceBuilder::new()
                .layer(short_cache)
                .service(static_files),
        )
        .layer(middleware::from_fn(flash::remember))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            resume::keep_form_on_expiry,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::same_origin,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), error::error_pages))
        // Outside the error pages, which read the session too.
        .layer(middleware::from_fn(lease_for_reads))
        .layer(middleware::from_fn_with_state(state.clone(), security::headers))
        .layer(middleware::from_fn(compress::pages))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        // What `compress::pages` left (browsers without brotli, other answers) is
        // compressed as it goes out. The brotli crate's default is its best and slowest
        // quality (11): fine for the build's files, which are compressed once ahead
        // (`.ci/precompress.sh`), but it cost milliseconds of CPU on every answer.
        // Quality 4 (what CDNs use for dynamic content) is a few percent larger.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(DYNAMIC_COMPRESSION)))
        .layer(observability::layer())
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::{hash_file_beside, settle_options, SITE_NAME};
    use leptos::prelude::LeptosOptions;

    #[test]
    fn a_hashed_build_needs_its_hash_file_beside_the_binary() {
        let dir = std::env::temp_dir().join(format!("lotse-hash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let mut options = LeptosOptions::builder().output_name("lotse").build();
        options.hash_files = true;
        let err = hash_file_beside(&options, &dir).unwrap_err();
        assert!(err.contains("hash.txt is missing"), "{err}");
        std::fs::write(dir.join("hash.txt"), "css: abc\n").unwrap_or_default();
        assert_eq!(hash_file_beside(&options, &dir), Ok(()));
        options.hash_files = false;
        let _ = std::fs::remove_file(dir.join("hash.txt"));
        assert_eq!(hash_file_beside(&options, &dir), Ok(()));
    }

    /// A binary built by plain cargo knows neither the site's name nor whether its files
    /// are hashed: the name is the workspace's, and `hash.txt` beside it decides.
    #[test]
    fn a_plain_cargo_build_follows_the_site_beside_it() {
        let dir = std::env::temp_dir().join(format!("lotse-plain-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let blank = || LeptosOptions::builder().output_name("").build();
        let options = settle_options(blank(), None, &dir).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&*options.output_name, SITE_NAME);
        assert!(!options.hash_files);
        std::fs::write(dir.join("hash.txt"), "css: abc\n").unwrap_or_default();
        let options = settle_options(blank(), None, &dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(options.hash_files);
        let options = settle_options(blank(), Some("false"), &dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(!options.hash_files, "the environment or the build decides first");
        let _ = std::fs::remove_file(dir.join("hash.txt"));
        assert!(settle_options(blank(), Some("true"), &dir).is_err());
    }

    /// The fallback name is the one the workspace gives cargo-leptos.
    #[test]
    fn the_site_name_is_the_workspaces() {
        let manifest = include_str!("../../../Cargo.toml");
        assert!(manifest.contains(&format!("output-name = \"{SITE_NAME}\"")));
    }
}
