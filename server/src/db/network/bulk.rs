//! Benchmarks only: a county's network at scale behind the demo municipality, written with
//! multi-row inserts in one transaction. Texts are made here, never taken from input.

use crate::db::{now, on_pool, DbResult, Store};
use lotse_app::network::{ActorKind, Topic};

/// Rows per multi-row insert.
const BATCH: usize = 500;
/// Posts per actor.
const POSTS_EACH: usize = 4;

impl Store {
    /// Adds `actors` actors to Talheim (spread over its districts, every other one listed
    /// publicly), four posts of each in the exchange (both sides, every topic, periods over
    /// the coming year), and `events` public events over the coming year.
    pub async fn bulk_network(&self, actors: usize, events: usize) -> DbResult<String> {
        let started = std::time::Instant::now();
        let at = now();
        let talheim = 1_i64;
        let districts: Vec<i64> = self
            .districts(lotse_app::domain::MunicipalityId(talheim))
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let district =
            |i: usize| (i % 5 != 4 && !districts.is_empty()).then(|| districts[i % districts.len()]);
        let today = crate::time::today();
        let day = |n: i64| (today + chrono::Duration::days(n)).format("%Y-%m-%d").to_string();
        let langs = [" de ", " ar de ", " de fa ", " de ti ", " de en "];
        let by: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MIN(id) FROM users WHERE role = 'coordinator'").fetch_one(pool).await?);
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let idx: Vec<usize> = (0..actors).collect();
            for chunk in idx.chunks(BATCH) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO actors (municipality_id, kind, name, district_id, languages, contact_name, phone, email, \
                     public, created_at, updated_at) ");
                q.push_values(chunk, |mut b, i| {
                    b.push_bind(talheim)
                        .push_bind(ActorKind::ALL[*i % ActorKind::ALL.len()].as_str())
                        .push_bind(format!("Bench-Akteur {i:05}"))
                        .push_bind(district(*i))
                        .push_bind(langs[*i % langs.len()])
                        .push_bind(format!("Ansprechperson {i}"))
                        .push_bind(format!("07131 {:06}", i))
                        .push_bind(format!("akteur{i}@bench.example"))
                        .push_bind(i % 2 == 0)
                        .push_bind(at)
                        .push_bind(at);
                });
                q.build().execute(&mut *tx).await?;
            }
            let ids: Vec<(i64, Option<i64>)> = sqlx::query_as(
                "SELECT id, district_id FROM actors WHERE name LIKE 'Bench-Akteur %' ORDER BY name")
                .fetch_all(&mut *tx).await?;
            for chunk in ids.chunks(BATCH) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO actor_texts (actor_id, lang, about, audience, status, source_rev, updated_at) ");
                q.push_values(chunk, |mut b, (id, _)| {
                    b.push_bind(*id).push_bind("de")
                        .push_bind("Beratung, Treffpunkt und Begleitung für Zugewanderte im Ortsteil.")
                        .push_bind("Familien und Alleinstehende").push_bind("published").push_bind(1_i64).push_bind(at);
                });
                q.build().execute(&mut *tx).await?;
            }
            let posts: Vec<(usize, i64, Option<i64>, usize)> = ids
                .iter()
                .enumerate()
                .flat_map(|(i, (id, d))| (0..POSTS_EACH).map(move |j| (i, *id, *d, j)))
                .collect();
            for chunk in posts.chunks(BATCH) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO exchange_posts (municipality_id, actor_id, side, topic, district_id, title, details, \
                     from_on, until_on, created_by, created_at, updated_at) ");
                q.push_values(chunk, |mut b, &(i, id, d, j)| {
                    let topic = Topic::ALL[(i * 3 + j) % Topic::ALL.len()];
                    let from = ((i * 7 + j * 13) % 200) as i64 - 30;
                    b.push_bind(talheim).push_bind(id)
                        .push_bind(if (i + j) % 2 == 0 { "offer" } else { "seek" })
                        .push_bind(topic.as_str())
                        .push_bind(if j == 3 { None } else { d })
                        .push_bind(format!("Bench-Eintrag {i}-{j}"))
                        .push_bind("Nach Absprache, gern auch kurzfristig.")
                        .push_bind(day(from))
                        .push_bind(day(from + 30 + ((i + j) % 150) as i64))
                        .push_bind(by).push_bind(at).push_bind(at);
                });
                q.build().execute(&mut *tx).await?;
            }
            for e in 0..events {
                let starts = at + 86_400 + (e as i64) * (365 * 86_400 / events.max(1) as i64);
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO events (municipality_id, place, starts_at, minutes, registration, capacity, created_by, \
                     created_at, updated_at) VALUES ($1, $2, $3, 120, $4, $5, $6, $7, $7) RETURNING id")
                    .bind(1 + (e % 2) as i64).bind(format!("Bürgerhaus, Raum {}", e % 9 + 1)).bind(starts)
                    .bind(e % 3 == 0).bind((e % 3 == 0).then_some(40_i64)).bind(by).bind(at)
                    .fetch_one(&mut *tx).await?;
                for (lang, title) in [("de", "Nachbarschaftstreff"), ("ar", "لقاء الجيران"), ("en", "Neighbourhood meeting")] {
                    sqlx::query("INSERT INTO event_texts (event_id, lang, title, description) VALUES ($1, $2, $3, $4)")
                        .bind(id).bind(lang).bind(format!("{title} {e}")).bind("").execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            // Fresh statistics, as the database's own maintenance would have them.
            sqlx::query("ANALYZE").execute(pool).await?;
        });
        Ok(format!(
            "Added {actors} actors, {} exchange posts and {events} events in {:.1} s.",
            actors * POSTS_EACH,
            started.elapsed().as_secs_f64()
        ))
    }
}
