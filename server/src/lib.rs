//! Lotse server: configuration, storage, sign-in and the HTTP routes. `main.rs` only
//! wires these together; tests build the same router against their own databases.

pub mod auth;
pub mod config;
pub mod db;
pub mod directory;
pub mod fields;
pub mod figures;
pub mod groups;
pub mod locales;
pub mod mail;
pub mod push;
pub mod retention;
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
    #[error("notifications: {0}")]
    Push(#[from] push::PushError),
    #[error("data directory {0}: {1}")]
    DataDir(String, std::io::Error),
}

/// Connects (and migrates) the database, loads the translations and builds the state.
pub async fn build_state(settings: Settings, options: &LeptosOptions) -> Result<AppState, StartError> {
    if settings.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&settings.data_dir)
            .map_err(|e| StartError::DataDir(settings.data_dir.display().to_string(), e))?;
    }
    let store = Store::connect_with(&settings.database_url, settings.db_connections).await?;
    let i18n = I18n::load().map_err(|e| StartError::I18n(e.to_string()))?;
    let push = push::Pusher::start(&store, &settings).await?;
    Ok(AppState::new(web::Shared {
        push,
        store,
        settings: Arc::new(settings),
        i18n,
        leptos: options.clone(),
    }))
}

/// Dependencies point one way: the web layer uses the domain (storage, sign-in, groups,
/// the directory, field checks, the clock), never the other way round, and no domain
/// module renders pages. Checked on the source, so a new `use crate::web` in a domain
/// module fails here rather than in a review.
#[cfg(test)]
mod layering {
    use std::path::Path;

    fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    #[test]
    fn domain_modules_never_import_the_web_layer() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![];
        for m in ["auth", "db", "directory", "figures", "groups", "seed"] {
            sources(&src.join(m), &mut files);
        }
        for f in [
            "config.rs",
            "fields.rs",
            "mail.rs",
            "search.rs",
            "seed.rs",
            "time.rs",
        ] {
            files.push(src.join(f));
        }
        let mut wrong = vec![];
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            for needle in ["crate::web", "lotse_app::pages", "lotse_app::islands"] {
                if text.contains(needle) {
                    wrong.push(format!("{} uses {needle}", f.display()));
                }
            }
        }
        assert!(files.len() > 30, "the source files were found");
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
