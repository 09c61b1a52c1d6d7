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
//! Only reads (GET and HEAD) take a lease (`web::lease_for_reads`): a form's post can
//! wait on a password's hash or a mail server, and must not hold a connection meanwhile.
//! Queries meant to run side by side on several connections run [`outside`] the lease.
//!
//! A query takes the connection out of the lease while it runs and puts it back when it
//! is done, unless it failed in a way that may have left the connection unusable (an
//! I/O or protocol error) or was dropped half-way: then the connection goes back to the
//! pool, which checks it, and the request's next query takes another.

use futures_util::future::BoxFuture;
use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};
use sqlx::pool::PoolConnection;
use sqlx::{Database, Describe, Either, Execute, Executor, Pool, Postgres, Sqlite, Transaction};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::Mutex;

tokio::task_local! {
    /// The request's lease; None inside [`outside`].
    static LEASE: Option<Arc<Mutex<Slot>>>;
}

/// Runs `f` as one request: its queries share one connection, given back at the end.
pub async fn for_request<T>(f: impl std::future::Future<Output = T>) -> T {
    LEASE.scope(Some(Arc::new(Mutex::new(Slot::default()))), f).await
}

/// Runs `f` with a connection per query, as outside a request: for queries that run
/// side by side (the figures' sections, each on its own connection). The request's
/// connection is given back first, so that it is not held while they wait for theirs.
pub async fn outside<T>(f: impl std::future::Future<Output = T>) -> T {
    if let Some(lease) = current() {
        let mut slot = lease.lock().await;
        slot.sqlite.take();
        slot.postgres.take();
    }
    LEASE.scope(None, f).await
}

/// The lease of the request this runs in, if any.
fn current() -> Option<Arc<Mutex<Slot>>> {
    LEASE.try_with(Clone::clone).ok().flatten()
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
        give_back::<DB>(current()).await;
        self.pool.begin().await
    }

    pub async fn close(&self) {
        self.pool.close().await
    }

    /// The request's lease, if this runs inside one.
    fn lease(&self) -> Option<Arc<Mutex<Slot>>> {
        current()
    }
}

/// Gives the request's connection of `DB` back to its pool, if it holds one.
async fn give_back<DB: LeaseDb>(lease: Option<Arc<Mutex<Slot>>>) {
    if let Some(lease) = lease {
        DB::held(&mut *lease.lock().await).take();
    }
}

/// The request's connection of `pool` (`id`), taken out of the lease for one query (or
/// from the pool on first use). [`keep`] puts it back; a query dropped half-way drops
/// it, and sqlx then pings or closes it as it does any connection given back.
async fn take<DB: LeaseDb>(
    slot: &mut Slot,
    pool: &Pool<DB>,
    id: u64,
) -> Result<PoolConnection<DB>, sqlx::Error> {
    match DB::held(slot).take() {
        Some((of, conn)) if of == id => Ok(conn),
        // None, or another store's connection (given back as it drops).
        _ => pool.acquire().await,
    }
}

/// Puts the query's connection back into the lease unless the query failed in a way
/// that may have left it unusable (then it goes back to the pool, which checks it).
fn keep<DB: LeaseDb>(slot: &mut Slot, id: u64, conn: PoolConnection<DB>, error: Option<&sqlx::Error>) {
    let usable = match error {
        None => true,
        Some(e) => matches!(
            e,
            sqlx::Error::Database(_)
                | sqlx::Error::RowNotFound
                | sqlx::Error::ColumnDecode { .. }
                | sqlx::Error::ColumnNotFound(_)
                | sqlx::Error::ColumnIndexOutOfBounds { .. }
                | sqlx::Error::Decode(_)
                | sqlx::Error::TypeNotFound { .. }
        ),
    };
    if usable {
        *DB::held(slot) = Some((id, conn));
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
            let mut conn = take(&mut slot, &pool, id).await?;
            let items: Vec<Item<DB>> = (&mut *conn).fetch_many(query).collect().await;
            let error = items.iter().find_map(|item| item.as_ref().err());
            keep(&mut slot, id, conn, error);
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
            let mut conn = take(&mut slot, &pool, id).await?;
            let row = (&mut *conn).fetch_optional(query).await;
            keep(&mut slot, id, conn, row.as_ref().err());
            row
        })
    }

    // These two take a connection of their own (nothing in `db` calls them): the
    // request's is given back first, so that none waits for a second while holding one.
    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [DB::TypeInfo],
    ) -> BoxFuture<'e, Result<DB::Statement<'q>, sqlx::Error>> {
        let (lease, pool) = (self.lease(), self.pool.clone());
        Box::pin(async move {
            give_back::<DB>(lease).await;
            (&pool).prepare_with(sql, parameters).await
        })
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<DB>, sqlx::Error>> {
        let (lease, pool) = (self.lease(), self.pool.clone());
        Box::pin(async move {
            give_back::<DB>(lease).await;
            (&pool).describe(sql).await
        })
    }
}

impl super::Store {
    /// Which database connection ran this query: PostgreSQL's server process, or on
    /// SQLite a number drawn once per connection and kept in a temporary table (which
    /// only that connection sees). One statement, so one connection (tests and
    /// diagnostics: the lease's test compares these).
    #[doc(hidden)]
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
