//! Staff reads of case records, written to the access log together.
//!
//! Every page of a case file logs the staff member's read before it shows anything
//! (`CaseFile::reading`). Written by each request on its own, every view was a commit
//! of its own: on SQLite a flush of the log to the disk per view, and under load the
//! writers queued for the database's one write lock, where SQLite's busy handler
//! waits in steps of up to 100 ms (the case file's p99 was ~120 ms at 1,400 views a
//! second while its median was 20 ms).
//!
//! Now the lines go to one writer with a connection of its own. It takes every line
//! waiting, writes them in one transaction, and only then answers each request: a
//! page still shows nothing before its read is in the log, but many views share one
//! commit, and no request holds the write lock or waits for it. Nothing waits in
//! memory that another server instance would need: a line not yet written is a page
//! not yet shown.
//!
//! SQLite only: PostgreSQL takes concurrent writers without a lock on the whole
//! database and shares one flush of its log among the commits waiting for it.

use super::{on_pool, DbError, DbResult, Store};
use tokio::sync::{mpsc, oneshot};

/// Lines written in one transaction at most (a burst of more waits for the next).
const BATCH: usize = 256;

/// One request's reads: the areas of one record it is about to show.
struct Line {
    at: i64,
    actor: i64,
    role: &'static str,
    client: i64,
    areas: Vec<&'static str>,
    written: oneshot::Sender<Result<(), String>>,
}

/// Where a request hands its reads to the writer.
#[derive(Clone, Debug)]
pub(crate) struct ReadLog {
    lines: mpsc::Sender<Line>,
}

impl ReadLog {
    /// Starts the writer on `own`, a store with a connection of its own (so that it
    /// never waits behind the requests for one of theirs, while they wait for it).
    /// It stops when the last store holding this log is gone.
    pub(crate) fn start(own: Store) -> ReadLog {
        let (lines, waiting) = mpsc::channel(4 * BATCH);
        tokio::spawn(write_lines(own, waiting));
        ReadLog { lines }
    }

    /// Writes the reads and returns once they are in the log.
    pub(crate) async fn write(
        &self,
        at: i64,
        actor: i64,
        role: &'static str,
        client: i64,
        areas: &[&'static str],
    ) -> DbResult<()> {
        let (written, done) = oneshot::channel();
        let line = Line {
            at,
            actor,
            role,
            client,
            areas: areas.to_vec(),
            written,
        };
        let gone = || DbError::AccessLog("its writer has stopped".into());
        self.lines.send(line).await.map_err(|_| gone())?;
        done.await.map_err(|_| gone())?.map_err(DbError::AccessLog)
    }
}

async fn write_lines(store: Store, mut waiting: mpsc::Receiver<Line>) {
    let mut batch = Vec::with_capacity(BATCH);
    while waiting.recv_many(&mut batch, BATCH).await > 0 {
        let result = write_batch(&store, &batch).await.map_err(|e| e.to_string());
        for line in batch.drain(..) {
            // A request that gave up waiting does not need the answer.
            let _ = line.written.send(result.clone());
        }
    }
    store.close().await;
}

async fn write_batch(store: &Store, batch: &[Line]) -> DbResult<()> {
    on_pool!(store, pool => {
        let mut tx = pool.begin().await?;
        for line in batch {
            for area in &line.areas {
                sqlx::query(
                    "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) \
                     VALUES ($1, $2, $3, $4, 'read', $5)")
                    .bind(line.at).bind(line.actor).bind(line.role).bind(line.client).bind(*area)
                    .execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
    });
    Ok(())
}
