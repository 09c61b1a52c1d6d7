//! Plain SQL on either backend, beside the server (not through the `Store`): fixtures the
//! API has no way to make, and checks of what landed in the tables.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

/// Plain SQL on either backend, beside the server (not through the `Store`).
pub enum Raw {
    Lite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

impl Raw {
    pub async fn connect(url: &str) -> Raw {
        if url.starts_with("sqlite:") {
            Raw::Lite(sqlx::SqlitePool::connect(url).await.unwrap())
        } else {
            Raw::Pg(sqlx::PgPool::connect(url).await.unwrap())
        }
    }

    pub async fn close(self) {
        match self {
            Raw::Lite(p) => p.close().await,
            Raw::Pg(p) => p.close().await,
        }
    }

    pub fn is_sqlite(&self) -> bool {
        matches!(self, Raw::Lite(_))
    }

    pub async fn int(&self, sql: &str) -> i64 {
        let row: Result<i64, sqlx::Error> = match self {
            Raw::Lite(p) => sqlx::query_scalar(sql).fetch_one(p).await,
            Raw::Pg(p) => sqlx::query_scalar(sql).fetch_one(p).await,
        };
        row.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    pub async fn try_int(&self, sql: &str) -> Option<i64> {
        match self {
            Raw::Lite(p) => sqlx::query_scalar(sql).fetch_one(p).await.ok(),
            Raw::Pg(p) => sqlx::query_scalar(sql).fetch_one(p).await.ok(),
        }
    }

    pub async fn strings(&self, sql: &str) -> Vec<String> {
        let rows: Result<Vec<String>, sqlx::Error> = match self {
            Raw::Lite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
            Raw::Pg(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        };
        rows.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    pub async fn text_ints(&self, sql: &str) -> Vec<(String, i64)> {
        let rows: Result<Vec<(String, i64)>, sqlx::Error> = match self {
            Raw::Lite(p) => sqlx::query_as(sql).fetch_all(p).await,
            Raw::Pg(p) => sqlx::query_as(sql).fetch_all(p).await,
        };
        rows.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// The first column of every row.
    pub async fn ints(&self, sql: &str) -> Vec<i64> {
        let rows: Result<Vec<i64>, sqlx::Error> = match self {
            Raw::Lite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
            Raw::Pg(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        };
        rows.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Every column of the one row a query gives, as integers.
    pub async fn row_of_ints(&self, sql: &str) -> Vec<i64> {
        use sqlx::Row;
        match self {
            Raw::Lite(p) => {
                let row = sqlx::query(sql).fetch_one(p).await.unwrap();
                (0..row.len()).map(|i| row.get::<i64, _>(i)).collect()
            }
            Raw::Pg(p) => {
                let row = sqlx::query(sql).fetch_one(p).await.unwrap();
                (0..row.len()).map(|i| row.get::<i64, _>(i)).collect()
            }
        }
    }
}
