//! HTTP: the axum router, its middleware and the page handlers.

pub mod activation;
pub mod calendar_ics;
pub mod case;
pub mod client;
pub mod ctx;
pub mod directory;
pub mod error;
pub mod flash;
pub mod form_data;
pub mod forms;
pub mod groups;
pub mod groups_manage;
pub mod person_pages;
pub mod pool_pages;
pub mod public_pages;
pub mod resume;
pub mod security;
pub mod setup;
pub mod signin;
pub mod staff_pages;
pub mod volunteer;

use crate::config::Settings;
use crate::db::Store;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::{middleware, Router};
use leptos::prelude::LeptosOptions;
use lotse_app::i18n::I18n;
use lotse_app::pages::shell::Assets;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Shared by every request; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<Settings>,
    pub i18n: Arc<I18n>,
    pub assets: Assets,
}

/// Form posts are small; anything bigger is refused before it is read.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The CSS file name cargo-leptos wrote (content-hashed in release builds).
pub fn assets_for(options: &LeptosOptions) -> Assets {
    let mut css = options.output_name.to_string();
    if options.hash_files {
        let hash_file = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join(options.hash_file.as_ref())));
        if let Some(text) = hash_file.and_then(|f| std::fs::read_to_string(f).ok()) {
            if let Some(hash) = text.lines().find_map(|l| l.strip_prefix("css:")) {
                css = format!("{css}.{}", hash.trim());
            }
        }
    }
    Assets {
        css_href: format!("/{}/{css}.css", options.site_pkg_dir),
        options: options.clone(),
    }
}

pub fn router(state: AppState) -> Router {
    let site_root = state.assets.options.site_root.to_string();
    let pkg_dir = state.assets.options.site_pkg_dir.to_string();
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

    Router::new()
        .route("/", get(public_pages::root))
        .route(
            "/signin",
            get(signin::client_signin_page).post(signin::client_signin),
        )
        .route(
            "/signin/staff",
            get(signin::staff_signin_page).post(signin::staff_signin),
        )
        .route(
            "/activate",
            get(activation::activate_page).post(activation::activate),
        )
        .route("/signout", post(signin::signout))
        .route("/lang", post(public_pages::set_lang))
        .route("/setup", get(setup::setup_page).post(setup::setup))
        .route("/me", get(person_pages::client_home))
        .route("/me/plan", get(client::plan::my_plan))
        .route("/me/appointments", get(client::appointments::my_appointments))
        .route(
            "/me/appointments/{id}/confirm",
            post(client::appointments::confirm_appointment),
        )
        .route(
            "/me/appointments/{id}/move",
            post(client::appointments::move_appointment),
        )
        .route(
            "/me/appointments/{id}/event.ics",
            get(client::appointments::appointment_ics),
        )
        .route("/me/calendar", get(client::calendar::my_calendar))
        .route("/me/calendar/new", post(client::calendar::new_calendar_link))
        .route(
            "/me/calendar/revoke",
            post(client::calendar::revoke_calendar_link),
        )
        .route("/calendar/{token}", get(client::calendar::calendar_feed))
        .route(
            "/me/deadlines",
            get(client::deadlines::my_deadlines).post(client::deadlines::add_deadline),
        )
        .route(
            "/me/requests",
            get(client::requests::my_requests)
                .post(client::requests::send_request)
                .layer(DefaultBodyLimit::max(client::requests::REQUEST_BODY_LIMIT)),
        )
        .route("/me/data", get(client::data::my_data))
        .route("/me/data.json", get(client::data::my_data_json))
        .route("/me/data/print", get(client::data::my_data_print))
        .route("/me/data/consents/{id}/revoke", post(client::data::ask_revoke))
        .route("/me/deadlines/{id}/done", post(client::deadlines::deadline_done))
        .route(
            "/me/deadlines/{id}/remove",
            post(client::deadlines::remove_deadline),
        )
        .route("/me/plan/confirm", post(client::plan::confirm_plan))
        .route("/me/plan/steps/{id}/done", post(client::plan::step_done))
        .route("/me/plan/steps/{id}/help", post(client::plan::step_help))
        .route("/volunteer", get(person_pages::volunteer_home))
        .route("/volunteer/shifts", get(groups::shifts))
        .route("/volunteer/shifts/{id}/take", post(groups::take_shift))
        .route("/volunteer/shifts/{id}/cancel", post(groups::cancel_shift))
        .route("/groups", get(groups::list))
        .route("/groups/{id}", get(groups::detail))
        .route("/groups/{id}/join", post(groups::join))
        .route("/groups/{id}/leave", post(groups::leave))
        .route("/groups/manage", get(groups_manage::dashboard))
        .route("/groups/manage/notices/read", post(groups_manage::read_notices))
        .route(
            "/groups/manage/new",
            get(groups_manage::new_group_page).post(groups_manage::create_group),
        )
        .route(
            "/groups/manage/volunteers",
            get(groups_manage::volunteers_page).post(groups_manage::invite),
        )
        .route(
            "/groups/manage/volunteers/{id}",
            get(groups_manage::volunteer_page),
        )
        .route(
            "/groups/manage/volunteers/{id}/documents",
            post(groups_manage::add_document),
        )
        .route(
            "/groups/manage/volunteers/{id}/documents/{doc}/remove",
            post(groups_manage::remove_document),
        )
        .route(
            "/groups/manage/{id}",
            get(groups_manage::edit_group_page).post(groups_manage::update_group),
        )
        .route("/groups/manage/{id}/plan", get(groups_manage::plan_page))
        .route("/groups/manage/{id}/series", post(groups_manage::add_series))
        .route("/groups/manage/{id}/sessions", post(groups_manage::add_one_off))
        .route(
            "/groups/manage/{id}/sessions/{session}/cancel",
            post(groups_manage::cancel_session),
        )
        .route(
            "/groups/manage/{id}/sessions/{session}/move",
            post(groups_manage::move_session),
        )
        .route(
            "/groups/manage/{id}/sessions/{session}/count",
            post(groups_manage::count_session),
        )
        .route(
            "/groups/manage/{id}/volunteers",
            post(groups_manage::add_volunteer),
        )
        .route(
            "/groups/manage/{id}/volunteers/{user}/remove",
            post(groups_manage::remove_volunteer),
        )
        .route(
            "/groups/manage/{id}/{lang}",
            get(groups_manage::group_text_page).post(groups_manage::save_group_text),
        )
        .route(
            "/invite/{token}",
            get(volunteer::invitation_page).post(volunteer::accept_invitation),
        )
        .route(
            "/volunteer/profile",
            get(volunteer::profile_page).post(volunteer::save_profile),
        )
        .route("/volunteer/hours", get(volunteer::hours_page))
        .route("/volunteer/hours/certificate", get(volunteer::certificate))
        .route("/volunteer/hours/{session}", post(volunteer::record_hours))
        .route("/volunteer/calendar", get(volunteer::calendar_page))
        .route("/volunteer/calendar/new", post(volunteer::new_calendar_link))
        .route(
            "/volunteer/calendar/revoke",
            post(volunteer::revoke_calendar_link),
        )
        .route("/volunteer/notices/read", post(volunteer::read_notices))
        .route("/cases", get(staff_pages::caseload))
        .route(
            "/cases/new",
            get(staff_pages::new_client_page).post(staff_pages::create_client),
        )
        .route("/cases/{id}", get(staff_pages::client_detail))
        .route("/cases/{id}/activation", post(staff_pages::reissue_activation))
        .route("/cases/{id}/intake", get(case::intake::page))
        .route("/cases/{id}/intake/household", post(case::intake::add_member))
        .route("/cases/{id}/intake/{section}", post(case::intake::save_section))
        .route("/cases/{id}/plan", get(case::plan::page))
        .route("/cases/{id}/plan/goals", post(case::plan::add_goal))
        .route("/cases/{id}/plan/goals/{goal}", post(case::plan::update_goal))
        .route("/cases/{id}/plan/goals/{goal}/steps", post(case::plan::add_step))
        .route("/cases/{id}/plan/steps/{step}", post(case::plan::set_step_status))
        .route(
            "/cases/{id}/plan/steps/{step}/group",
            post(case::plan::sign_up_for_group),
        )
        .route("/cases/{id}/notes", get(case::notes::page).post(case::notes::add))
        .route(
            "/cases/{id}/appointments",
            get(case::appointments::page).post(case::appointments::create),
        )
        .route(
            "/cases/{id}/appointments/{a}/interpreter",
            post(case::appointments::book),
        )
        .route(
            "/cases/{id}/appointments/{a}/outcome",
            post(case::appointments::outcome),
        )
        .route("/cases/{id}/requests", get(case::requests::page))
        .route("/cases/{id}/requests/{r}", post(case::requests::answer))
        .route("/cases/{id}/requests/{r}/photo", get(case::requests::photo))
        .route("/cases/{id}/deadlines", post(case::deadlines::add))
        .route("/cases/{id}/deadlines/{d}/remove", post(case::deadlines::remove))
        .route(
            "/cases/{id}/referrals",
            get(case::referrals::page).post(case::referrals::add),
        )
        .route("/cases/{id}/referrals/{r}", post(case::referrals::update))
        .route(
            "/cases/{id}/consent",
            get(case::consent::page).post(case::consent::add),
        )
        .route("/cases/{id}/consent/{c}/revoke", post(case::consent::revoke))
        .route(
            "/cases/{id}/handover",
            get(case::handover::page).post(case::handover::hand_over),
        )
        .route("/cases/{id}/history", get(case::history::page))
        .route(
            "/interpreters",
            get(pool_pages::interpreters).post(pool_pages::add_interpreter),
        )
        .route(
            "/templates",
            get(pool_pages::templates).post(pool_pages::add_template),
        )
        .route("/templates/{id}/retire", post(pool_pages::retire_template))
        .route("/offices", get(directory::reader::offices))
        .route("/offices/{id}", get(directory::reader::office))
        .route("/guides", get(directory::reader::guides))
        .route("/guides/{id}", get(directory::reader::guide))
        .route("/directory/fallback", post(directory::reader::set_fallback))
        .route("/api/v1/offices", get(directory::api::offices))
        .route("/api/v1/offices/{id}", get(directory::api::office))
        .route("/api/v1/guides", get(directory::api::guides))
        .route("/api/v1/guides/{id}", get(directory::api::guide))
        .route("/api/v1/openapi.json", get(directory::api::openapi))
        .route("/directory/manage", get(directory::manage::dashboard))
        .route(
            "/directory/manage/offices/new",
            get(directory::manage::new_office_page).post(directory::manage::create_office),
        )
        .route(
            "/directory/manage/offices/{id}",
            get(directory::manage::edit_office_page).post(directory::manage::update_office),
        )
        .route(
            "/directory/manage/offices/{id}/{lang}",
            get(directory::manage::office_translation_page).post(directory::manage::save_office_translation),
        )
        .route(
            "/directory/manage/guides/new",
            get(directory::manage::new_guide_page).post(directory::manage::create_guide),
        )
        .route(
            "/directory/manage/guides/{id}",
            get(directory::manage::guide_form_page).post(directory::manage::save_guide),
        )
        .route(
            "/directory/manage/guides/{id}/{lang}",
            get(directory::manage::guide_text_page).post(directory::manage::save_guide_text),
        )
        .route(
            "/directory/manage/import",
            get(directory::manage::import_page)
                .post(directory::manage::upload)
                .layer(DefaultBodyLimit::max(directory::manage::IMPORT_BODY_LIMIT)),
        )
        .route(
            "/directory/manage/import/{id}",
            get(directory::manage::import_report),
        )
        .route(
            "/directory/manage/import/{id}/apply",
            post(directory::manage::apply_import),
        )
        .route("/directory/manage/export.csv", get(directory::manage::export_csv))
        .route(
            "/directory/manage/export.json",
            get(directory::manage::export_json),
        )
        .route(
            "/directory/manage/template.csv",
            get(directory::manage::template_csv),
        )
        .route("/directory/manage/editors", get(directory::manage::editors_page))
        .route(
            "/directory/manage/editors/{id}",
            post(directory::manage::set_editor),
        )
        .route("/directory/manage/preview", get(directory::manage::preview))
        .route("/admin", get(staff_pages::admin_home))
        .route("/offline", get(public_pages::offline))
        .route("/healthz", get(|| async { "ok" }))
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
        .layer(middleware::from_fn_with_state(
            state.clone(),
            resume::keep_form_on_expiry,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::same_origin,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), error::error_pages))
        .layer(middleware::from_fn_with_state(state.clone(), security::headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(CompressionLayer::new())
        .with_state(state)
}
