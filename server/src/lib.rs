//! Lotse server: configuration, storage, sign-in and the HTTP routes. `main.rs` only
//! wires these together; tests build the same router against their own databases.

pub mod auth;
pub mod config;
pub mod db;
pub mod directory;
pub mod groups;
pub mod mail;
pub mod search;
pub mod seed;
pub mod time;
pub mod web;

use config::Settings;
use db::Store;
use leptos::prelude::LeptosOptions;
use lotse_app::i18n::I18n;
use std::sync::Arc;
use web::AppState;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Db(#[from] db::DbError),
    #[error("translations: {0}")]
    I18n(String),
    #[error("data directory {0}: {1}")]
    DataDir(String, std::io::Error),
}

/// Connects (and migrates) the database, loads the translations and builds the state.
pub async fn build_state(settings: Settings, options: &LeptosOptions) -> Result<AppState, StartError> {
    if settings.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&settings.data_dir)
            .map_err(|e| StartError::DataDir(settings.data_dir.display().to_string(), e))?;
    }
    let store = Store::connect(&settings.database_url).await?;
    let i18n = I18n::load().map_err(|e| StartError::I18n(e.to_string()))?;
    Ok(AppState {
        store,
        settings: Arc::new(settings),
        i18n,
        assets: web::assets_for(options),
    })
}
