//! One connection for a whole page, not one per query.
//!
//! sqlx 0.8 takes a connection from the pool for every query and, when the query is
//! done, hands it back through a task of its own that first pings the database (to
//! learn whether the query left the connection usable). A page of twelve queries paid
//! twelve pings: on SQLite twelve more round trips to each connection's thread, on
//! PostgreSQL twelve more network round trips to a server on the same two cores.
//!
//! [`Leased`] is the pool as every query in `db` sees it (`on_pool!` hands it out). In a
//! request that [`for_request`] runs, the first query takes a connection and keeps it
//! in the request's lease; every later query of the request runs on it, and it goes
//! back to the pool (one ping) when the request ends. Outside such a request (start-up,
//! the janitor, tasks spawned off a request) each query takes its own connection as
//! before.
//!
//! A transaction does not run on the lease: [`Leased::begin`] first gives the leased
//! connection back, then takes one from the pool as before. So a request never holds a
//! leased connection while it waits for another one (eight requests each holding one
//! and waiting for a second would wait for ever on SQLite's eight).
//!
//! Only reads (GET and HEAD) take a lease (see `web::lease`): a form's post can wait on
//! a password's hash or a mail server, and must not hold a connection meanwhile.

use futures_util::future::BoxFuture;
use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};
use sqlx::pool::PoolConnection;
use sqlx::{Database, Describe, Either, Execute, Executor, Pool, Postgres, Sqlite, Transaction};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::Mutex;

tokio::task_local! {
    static LEASE: Arc<Mutex<Slot>>;
}

/// Runs `f` as one request: its queries share one connection, given back at the end.
pub async fn for_request<T>(f: impl std::future::Future<Output = T>) -> T {
    LEASE.scope(Arc::new(Mutex::new(Slot::default())), f).await
}

/// The connection a request holds, with the pool it came from (tests run several
/// stores in one process; a query on another store takes its own connection).
#[derive(Default)]
pub struct Slot {
    sqlite: Option<(u64, PoolConnection<Sqlite>)>,
    postgres: Option<(u64, PoolConnection<Postgres>)>,
}

/// The databases a lease can hold a connection of.
pub trait LeaseDb: Database {
    fn held(slot: &mut Slot) -> &mut Option<(u64, PoolConnection<Self>)>;
}

impl LeaseDb for Sqlite {
    fn held(slot: &mut Slot) -> &mut Option<(u64, PoolConnection<Self>)> {
        &mut slot.sqlite
    }
}

impl LeaseDb for Postgres {
    fn held(slot: &mut Slot) -> &mut Option<(u64, PoolConnection<Self>)> {
        &mut slot.postgres
    }
}

/// A pool whose queries share the request's connection (see the module's note).
#[derive(Debug)]
pub struct Leased<DB: Database> {
    pool: Pool<DB>,
    id: u64,
}

impl<DB: Database> Clone for Leased<DB> {
    fn clone(&self) -> Self {
        Leased {
            pool: self.pool.clone(),
            id: self.id,
        }
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl<DB: LeaseDb> Leased<DB> {
    pub fn new(pool: Pool<DB>) -> Self {
        Leased {
            pool,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The pool itself, for what must not run on a request's connection.
    pub fn pool(&self) -> &Pool<DB> {
        &self.pool
    }

    /// A transaction on a connection of its own; the request's leased connection is
    /// given back first (see the module's note).
    pub async fn begin(&self) -> Result<Transaction<'static, DB>, sqlx::Error> {
        if let Ok(lease) = LEASE.try_with(Arc::clone) {
            let mut slot = lease.lock().await;
            DB::held(&mut slot).take();
        }
        self.pool.begin().await
    }

    pub async fn close(&self) {
        self.pool.close().await
    }

    /// The request's lease, if this runs inside one.
    fn lease(&self) -> Option<Arc<Mutex<Slot>>> {
        LEASE.try_with(Arc::clone).ok()
    }
}

/// The request's connection of `pool` (`id`), taken from the pool on first use.
async fn connection<'s, DB: LeaseDb>(
    slot: &'s mut Slot,
    pool: &Pool<DB>,
    id: u64,
) -> Result<&'s mut PoolConnection<DB>, sqlx::Error> {
    let held = DB::held(slot);
    if held.as_ref().is_some_and(|(of, _)| *of != id) {
        // Another store's connection: given back, this one's taken.
        held.take();
    }
    if held.is_none() {
        *held = Some((id, pool.acquire().await?));
    }
    match held {
        Some((_, conn)) => Ok(conn),
        None => Err(sqlx::Error::PoolClosed),
    }
}

type Item<DB> = Result<Either<<DB as Database>::QueryResult, <DB as Database>::Row>, sqlx::Error>;

impl<'p, DB: LeaseDb> Executor<'p> for &'_ Leased<DB>
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
{
    type Database = DB;

    fn fetch_many<'e, 'q: 'e, E>(self, query: E) -> BoxStream<'e, Item<DB>>
    where
        E: 'q + Execute<'q, DB>,
    {
        let Some(lease) = self.lease() else {
            return self.pool.fetch_many(query);
        };
        let (pool, id) = (self.pool.clone(), self.id);
        // The rows are read whole while the lease is locked: a caller reading them one
        // by one and querying in between would otherwise wait on its own lock.
        stream::once(async move {
            let mut slot = lease.lock().await;
            let conn = connection(&mut slot, &pool, id).await?;
            let items: Vec<Item<DB>> = (&mut **conn).fetch_many(query).collect().await;
            Ok::<_, sqlx::Error>(stream::iter(items))
        })
        .try_flatten()
        .boxed()
    }

    fn fetch_optional<'e, 'q: 'e, E>(self, query: E) -> BoxFuture<'e, Result<Option<DB::Row>, sqlx::Error>>
    where
        E: 'q + Execute<'q, DB>,
    {
        let Some(lease) = self.lease() else {
            return self.pool.fetch_optional(query);
        };
        let (pool, id) = (self.pool.clone(), self.id);
        Box::pin(async move {
            let mut slot = lease.lock().await;
            let conn = connection(&mut slot, &pool, id).await?;
            (&mut **conn).fetch_optional(query).await
        })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [DB::TypeInfo],
    ) -> BoxFuture<'e, Result<DB::Statement<'q>, sqlx::Error>> {
        (&self.pool).prepare_with(sql, parameters)
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<DB>, sqlx::Error>> {
        (&self.pool).describe(sql)
    }
}

impl super::Store {
    /// Which database connection ran this query: PostgreSQL's server process, or on
    /// SQLite a number drawn once per connection and kept in a temporary table (which
    /// only that connection sees). One statement, so one connection (tests and
    /// diagnostics: the lease's test compares these).
    pub async fn connection_id(&self) -> super::DbResult<i64> {
        Ok(match &self.backend {
            super::Backend::Sqlite(pool) => {
                sqlx::query_scalar::<_, i64>(
                    "CREATE TEMP TABLE IF NOT EXISTS connection_probe (id INTEGER NOT NULL); \
                     INSERT INTO connection_probe SELECT abs(random()) WHERE NOT EXISTS (SELECT 1 FROM connection_probe); \
                     SELECT id FROM connection_probe",
                )
                .fetch_one(pool)
                .await?
            }
            super::Backend::Postgres(pool) => {
                sqlx::query_scalar::<_, i64>("SELECT pg_backend_pid()::bigint").fetch_one(pool).await?
            }
        })
    }
}
