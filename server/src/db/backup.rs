//! Backups of the running database (`lotse-server backup <file>`). SQLite is copied by
//! Lotse itself, because only a connection to the live database can take a consistent
//! copy; PostgreSQL has `pg_dump` for that, which this does not try to replace.
//! Restoring is described in the README ("Backup and restore") and tested in
//! `server/tests/suite/backup.rs`.

use super::{Backend, DbError, DbResult, Store};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

fn use_pg_dump() -> DbError {
    DbError::Refused("PostgreSQL is backed up with pg_dump (see \"Backup and restore\" in the README)".into())
}

impl Store {
    /// Opens the database named by `url` for [`Store::backup_to`] from a process of its
    /// own (`lotse-server backup`) while the server keeps running. Unlike
    /// [`Store::connect`] it neither creates a missing file (a wrong data directory would
    /// be backed up as a new, empty database) nor migrates (a newer binary must not
    /// change the schema under the server that is serving).
    pub async fn open_for_backup(url: &str) -> DbResult<Store> {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            return Err(use_pg_dump());
        }
        if !url.starts_with("sqlite:") {
            return Err(DbError::UnsupportedUrl);
        }
        let opts = SqliteConnectOptions::from_str(url)?
            .create_if_missing(false)
            .busy_timeout(Duration::from_secs(10));
        let is_file = tokio::fs::metadata(opts.get_filename())
            .await
            .is_ok_and(|m| m.is_file());
        if !is_file {
            return Err(DbError::Refused(format!(
                "no database file at {} (check LOTSE_DATABASE_URL or LOTSE_DATA_DIR and the working directory)",
                opts.get_filename().display()
            )));
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(opts)
            .await?;
        Ok(Store::of(Backend::Sqlite(super::lease::Leased::new(pool)), None))
    }

    /// Writes a consistent copy of the SQLite database to `path`, a file that must not
    /// exist yet.
    ///
    /// `VACUUM INTO` reads the database inside one read transaction: in WAL mode the
    /// server's writers carry on meanwhile, and the copy holds every transaction
    /// committed before it began and nothing after. Copying the file instead could catch
    /// a page half-written, or miss what still sits in the `-wal` file. The copy is a
    /// complete, compacted database: restoring is putting it in place of the old file.
    ///
    /// An existing file is refused rather than replaced, so a repeated or mistyped
    /// command cannot destroy an earlier backup. The file is created here, readable by
    /// its owner only (it holds case files), and synced to disk afterwards, which SQLite
    /// does not do for `VACUUM INTO`. A failed copy is removed, so that nothing
    /// half-written is left looking like a backup.
    ///
    /// PostgreSQL is refused: `pg_dump` takes a consistent snapshot of a running server
    /// and `pg_restore` reads it back (README, "Backup and restore").
    pub async fn backup_to(&self, path: &Path) -> DbResult<()> {
        let pool = match &self.backend {
            Backend::Sqlite(pool) => pool,
            Backend::Postgres(_) => return Err(use_pg_dump()),
        };
        // Absolute: SQLite resolves the name like any file name, but the pool opens
        // names as URIs, and a relative `file:…` would be read as one.
        let path = std::path::absolute(path)
            .map_err(|e| DbError::Refused(format!("backup file {}: {e}", path.display())))?;
        let name = path.to_str().ok_or_else(|| {
            DbError::Refused(format!("backup file {}: the name is not UTF-8", path.display()))
        })?;
        create_new_private(&path).await?;
        let copied = sqlx::query("VACUUM INTO $1")
            .bind(name)
            .persistent(false)
            .execute(pool)
            .await;
        let synced = match copied {
            Ok(_) => sync(&path).await,
            Err(e) => Err(e.into()),
        };
        if synced.is_err() {
            let _ = tokio::fs::remove_file(&path).await;
        }
        synced
    }
}

/// Creates an empty file that did not exist before (`VACUUM INTO` accepts an empty one),
/// owner-only on Unix. `create_new` is atomic: two backups to one name cannot both win.
async fn create_new_private(path: &Path) -> DbResult<()> {
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    match options.open(path).await {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(DbError::Refused(format!(
            "backup file {} already exists; a backup never overwrites a file",
            path.display()
        ))),
        Err(e) => Err(DbError::Refused(format!("backup file {}: {e}", path.display()))),
    }
}

/// Flushes the copy to disk; then its directory entry, where the system allows it (a
/// backup whose name is lost in a power cut is lost too).
async fn sync(path: &Path) -> DbResult<()> {
    let io = |e: std::io::Error| DbError::Refused(format!("backup file {}: {e}", path.display()));
    tokio::fs::File::open(path)
        .await
        .map_err(io)?
        .sync_all()
        .await
        .map_err(io)?;
    if let Some(dir) = path.parent() {
        if let Ok(dir) = tokio::fs::File::open(dir).await {
            let _ = dir.sync_all().await;
        }
    }
    Ok(())
}
