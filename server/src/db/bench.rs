//! A large database for benchmarks: many clients behind the demo municipality, written
//! with multi-row inserts in one transaction (a few seconds for 100,000 clients).

use super::{now, on_pool, DbError, DbResult, Store};

/// Rows per multi-row insert when filling a benchmark database.
const BATCH: usize = 500;

impl Store {
    /// Adds `total` clients, each with a guide (150 per guide), a goal with two steps and
    /// an appointment. The first 150 belong to `bench.guide@talheim.example` (password as
    /// for all demo staff) in Team Mitte, so a full-time guide's caseload can be measured
    /// with a large database behind it.
    pub async fn bulk_fill(&self, total: usize, staff_hash: &str) -> DbResult<String> {
        let per_guide = 150;
        let guides = total.div_ceil(per_guide);
        let seats: Vec<Seat> = (0..guides)
            .map(|g| Seat {
                email: if g == 0 {
                    "bench.guide@talheim.example".into()
                } else {
                    format!("bench.guide{g}@talheim.example")
                },
                name: format!("Bench Guide {g}"),
                team: 1,
                lead: false,
            })
            .collect();
        let started = std::time::Instant::now();
        self.fill(total, &seats, staff_hash, |i| i / per_guide).await?;
        Ok(format!(
            "Added {total} benchmark clients ({guides} guides) in {:.1} s; bench.guide@talheim.example has {per_guide}.",
            started.elapsed().as_secs_f64()
        ))
    }

    /// The figures at a county's scale: `total` clients (150 per guide, as `bulk_fill`)
    /// whose cases began over the last `years` years, most of them closed for the usual
    /// reasons after three to thirteen months, with goals agreed and some achieved, a
    /// referral, an appointment kept or missed, and the intake's person, languages,
    /// residence and household sections. Aged in SQL after the fill, the same on both
    /// databases.
    pub async fn bulk_figures(&self, total: usize, years: i64, staff_hash: &str) -> DbResult<String> {
        let started = std::time::Instant::now();
        let c0: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COALESCE(MAX(id), 0) FROM clients").fetch_one(pool).await?);
        let r0: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COALESCE(MAX(id), 0) FROM referrals").fetch_one(pool).await?);
        let per_guide = 150;
        let guides = total.div_ceil(per_guide);
        let seats: Vec<Seat> = (0..guides)
            .map(|g| Seat {
                email: format!("figures.guide{g}@talheim.example"),
                name: format!("Figures Guide {g}"),
                team: 1,
                lead: false,
            })
            .collect();
        self.fill(total, &seats, staff_hash, |i| i / per_guide).await?;
        let now = now();
        let days = years * 365;
        // Every statement touches only the new clients (id > c0); ids spread the dates.
        let statements = [
            format!("UPDATE clients SET created_at = {now} - ((id * 7919) % {days}) * 86400 - 3600 WHERE id > {c0}"),
            format!("UPDATE assignments SET started_at = (SELECT c.created_at FROM clients c WHERE c.id = assignments.client_id) WHERE client_id > {c0}"),
            format!("INSERT INTO case_closures (client_id, episode_started_at, closed_at, closed_by, reason) \
               SELECT c.id, c.created_at, c.created_at + (90 + c.id % 300) * 86400, a.guide_id, \
                 CASE c.id % 10 WHEN 0 THEN 'moved' WHEN 1 THEN 'unreachable' WHEN 2 THEN 'regular_services' \
                   WHEN 3 THEN 'regular_services' WHEN 4 THEN 'declined' ELSE 'independent' END \
               FROM clients c JOIN assignments a ON a.client_id = c.id \
               WHERE c.id > {c0} AND c.id % 5 <> 0 AND c.created_at + (90 + c.id % 300) * 86400 < {now}"),
            format!("UPDATE clients SET closed_at = (SELECT k.closed_at FROM case_closures k WHERE k.client_id = clients.id) \
               WHERE id > {c0} AND EXISTS (SELECT 1 FROM case_closures k WHERE k.client_id = clients.id)"),
            format!("UPDATE assignments SET ended_at = (SELECT c.closed_at FROM clients c WHERE c.id = assignments.client_id) \
               WHERE client_id > {c0}"),
            format!("UPDATE goals SET created_at = (SELECT c.created_at + 14 * 86400 FROM clients c WHERE c.id = goals.client_id), \
               status = CASE WHEN id % 3 = 0 THEN 'achieved' WHEN id % 7 = 0 THEN 'dropped' ELSE 'open' END \
               WHERE client_id > {c0}"),
            format!("UPDATE goals SET changed_at = created_at + 200 * 86400 WHERE client_id > {c0} AND status = 'achieved'"),
            format!("UPDATE appointments SET starts_at = (SELECT c.created_at + 30 * 86400 FROM clients c WHERE c.id = appointments.client_id), \
               status = CASE WHEN id % 6 = 0 THEN 'missed' ELSE 'done' END, \
               interpreter_lang = CASE WHEN id % 2 = 0 THEN 'ar' WHEN id % 3 = 0 THEN 'ti' ELSE NULL END \
               WHERE client_id > {c0}"),
            format!("INSERT INTO referrals (id, client_id, created_by, service, recipient, reason, status, created_at, updated_at) \
               SELECT {r0} + c.id - {c0}, c.id, a.guide_id, CASE c.id % 3 WHEN 0 THEN 'jobcenter' WHEN 1 THEN 'language_course' ELSE 'migration_advice' END, \
                 'Stelle', 'Bench', CASE c.id % 4 WHEN 0 THEN 'sent' WHEN 1 THEN 'accepted' ELSE 'done' END, \
                 c.created_at + 20 * 86400, c.created_at + 40 * 86400 \
               FROM clients c JOIN assignments a ON a.client_id = c.id WHERE c.id > {c0}"),
            format!("INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
               SELECT c.id, 'person', CASE c.id % 4 WHEN 0 THEN '{{\"sex\":\"female\",\"nationality\":\"sy\"}}' \
                 WHEN 1 THEN '{{\"sex\":\"male\",\"nationality\":\"af\"}}' WHEN 2 THEN '{{\"sex\":\"female\",\"nationality\":\"er\"}}' \
                 ELSE '{{\"sex\":\"male\",\"nationality\":\"ua\"}}' END, 1, c.created_at, a.guide_id \
               FROM clients c JOIN assignments a ON a.client_id = c.id WHERE c.id > {c0}"),
            format!("INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
               SELECT c.id, 'languages', CASE c.id % 3 WHEN 0 THEN '{{\"german_level\":\"a1\",\"integration_course\":\"waiting\",\"childcare_needed\":\"yes\"}}' \
                 WHEN 1 THEN '{{\"german_level\":\"b1\",\"integration_course\":\"completed\"}}' \
                 ELSE '{{\"german_level\":\"none\",\"integration_course\":\"not_started\",\"literacy_needed\":\"yes\"}}' END, \
                 1, c.created_at, a.guide_id FROM clients c JOIN assignments a ON a.client_id = c.id WHERE c.id > {c0}"),
            format!("INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
               SELECT c.id, 'residence', CASE c.id % 2 WHEN 0 THEN '{{\"residence_status\":\"refugee\"}}' \
                 ELSE '{{\"residence_status\":\"subsidiary\"}}' END, 1, c.created_at, a.guide_id \
               FROM clients c JOIN assignments a ON a.client_id = c.id WHERE c.id > {c0}"),
        ];
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for sql in &statements {
                sqlx::query(sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        })?;
        if self.backend_name() == "postgres" {
            for table in ["case_closures", "referrals"] {
                let sql = format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                );
                on_pool!(self, pool => sqlx::query(&sql).execute(pool).await.map(|_| ())?);
            }
            on_pool!(self, pool => sqlx::query("ANALYZE").execute(pool).await.map(|_| ())?);
        } else {
            on_pool!(self, pool => sqlx::query("ANALYZE").execute(pool).await.map(|_| ())?);
        }
        Ok(format!(
            "Added {total} clients over {years} years for the figures ({guides} guides) in {:.1} s.",
            started.elapsed().as_secs_f64()
        ))
    }

    /// Stuttgart's size (seed 004): `providers` more providers with `teams` teams among
    /// them in the demo municipality, `staff` guides (the first of each team its lead,
    /// `county.staff{n}@talheim.example`) and `clients` clients shared out in turn, so a
    /// coordinator's list, the staff list and the organisation page can be measured.
    pub async fn bulk_county(
        &self,
        providers: usize,
        teams: usize,
        staff: usize,
        clients: usize,
        staff_hash: &str,
    ) -> DbResult<String> {
        let started = std::time::Instant::now();
        let admin: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MIN(id) FROM users WHERE role = 'admin'").fetch_one(pool).await?);
        let by = lotse_app::domain::UserId(admin);
        const NAMES: [&str; 7] = [
            "Caritas",
            "Diakonie",
            "AWO",
            "DRK",
            "Evangelische Gesellschaft",
            "Internationaler Bund",
            "Stadt",
        ];
        let mut provider_ids = vec![];
        for p in 0..providers {
            let name = format!("{} Bench {}", NAMES[p % NAMES.len()], p + 1);
            if let Ok(id) = self.add_provider(&name, "info@bench.example", by).await? {
                provider_ids.push(id);
            }
        }
        let mut team_ids = vec![];
        for t in 0..teams {
            let Some(provider) = provider_ids.get(t % provider_ids.len().max(1)) else {
                break;
            };
            let name = format!("Bench-Team {}", t + 1);
            if let Ok(id) = self
                .add_team(lotse_app::domain::MunicipalityId(1), *provider, &name, by)
                .await?
            {
                team_ids.push(id.0);
            }
        }
        if team_ids.is_empty() {
            return Ok("No benchmark teams could be added.".into());
        }
        let seats: Vec<Seat> = (0..staff)
            .map(|g| Seat {
                email: format!("county.staff{g}@talheim.example"),
                name: format!(
                    "{} Bench {g}",
                    ["Anna", "Jonas", "Leonie", "Murat", "Sara", "Tobias"][g % 6]
                ),
                team: team_ids[g % team_ids.len()],
                lead: g < team_ids.len(),
            })
            .collect();
        self.fill(clients, &seats, staff_hash, |i| i % staff.max(1))
            .await?;
        Ok(format!(
            "Added a county at Stuttgart's size in {:.1} s: {} providers, {} teams, {staff} staff, {clients} clients.",
            started.elapsed().as_secs_f64(),
            provider_ids.len(),
            team_ids.len()
        ))
    }

    /// Writes `seats` as guides and `total` clients, client `i` with guide `guide_of(i)`,
    /// each with a goal with two steps and an appointment.
    async fn fill(
        &self,
        total: usize,
        seats: &[Seat],
        staff_hash: &str,
        guide_of: impl Fn(usize) -> usize,
    ) -> DbResult<()> {
        let store = self;
        let now = now();
        let guides = seats.len();
        let max = |table: &'static str| async move {
            let sql = format!("SELECT COALESCE(MAX(id), 0) FROM {table}");
            let n: i64 = on_pool!(store, pool => sqlx::query_scalar(&sql).fetch_one(pool).await?);
            Ok::<i64, DbError>(n)
        };
        let (u0, c0, g0, s0, a0) = (
            max("users").await?,
            max("clients").await?,
            max("goals").await?,
            max("plan_steps").await?,
            max("appointments").await?,
        );
        // Guides 1.. are user ids u0+1..u0+guides; clients' users follow.
        let guide_id = |g: usize| u0 + 1 + g as i64;
        let client_user = |i: usize| u0 + 1 + guides as i64 + i as i64;
        let today = crate::time::today();
        let day = |n: i64| (today + chrono::Duration::days(n)).format("%Y-%m-%d").to_string();
        on_pool!(store, pool => {
            let mut tx = pool.begin().await?;
            for chunk in (0..guides).collect::<Vec<_>>().chunks(BATCH) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO users (id, role, display_name, email, password_hash, municipality_id, team_id, is_team_lead, created_at) ");
                q.push_values(chunk, |mut b, g| {
                    let seat = &seats[*g];
                    b.push_bind(guide_id(*g)).push_bind("guide").push_bind(seat.name.clone())
                        .push_bind(seat.email.clone()).push_bind(staff_hash.to_string()).push_bind(1_i64)
                        .push_bind(seat.team).push_bind(seat.lead).push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
            }
            for chunk in (0..total).collect::<Vec<_>>().chunks(BATCH) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO users (id, role, display_name, login_number, municipality_id, lang, created_at) ");
                q.push_values(chunk, |mut b, i| {
                    b.push_bind(client_user(*i)).push_bind("client").push_bind(format!("Client {i}"))
                        .push_bind(format!("9{:07}", i)).push_bind(1_i64).push_bind("ar").push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO clients (id, user_id, municipality_id, first_name, last_name, preferred_lang, languages, last_contact_on, created_at) ");
                q.push_values(chunk, |mut b, i| {
                    b.push_bind(c0 + 1 + *i as i64).push_bind(client_user(*i)).push_bind(1_i64)
                        .push_bind(["Mohammed", "Ayşe", "Yonas", "Fatima", "Ahmad", "Mariam"][*i % 6])
                        .push_bind(format!("Bench{i}")).push_bind("ar").push_bind("ar,en")
                        .push_bind(day(-((*i % 90) as i64))).push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
                let mut q = sqlx::QueryBuilder::new("INSERT INTO assignments (client_id, guide_id, team_id, started_at) ");
                q.push_values(chunk, |mut b, i| {
                    let g = guide_of(*i);
                    b.push_bind(c0 + 1 + *i as i64).push_bind(guide_id(g)).push_bind(seats[g].team).push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
                let mut q = sqlx::QueryBuilder::new("INSERT INTO goals (id, client_id, field, title, created_at, created_by) ");
                q.push_values(chunk, |mut b, i| {
                    b.push_bind(g0 + 1 + *i as i64).push_bind(c0 + 1 + *i as i64).push_bind("language")
                        .push_bind("Deutsch lernen bis Niveau B1").push_bind(now).push_bind(guide_id(guide_of(*i)));
                });
                q.build().execute(&mut *tx).await?;
                let mut q = sqlx::QueryBuilder::new("INSERT INTO plan_steps (id, goal_id, client_id, text, actor, due_on, created_at) ");
                q.push_values(chunk.iter().flat_map(|i| [(*i, 0_i64), (*i, 1)]), |mut b, (i, k)| {
                    b.push_bind(s0 + 1 + 2 * i as i64 + k).push_bind(g0 + 1 + i as i64).push_bind(c0 + 1 + i as i64)
                        .push_bind(if k == 0 { "Anmeldung abgeben" } else { "Kurs beginnen" }).push_bind("client")
                        .push_bind(day((i % 40) as i64 - 10 + 20 * k)).push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO appointments (id, client_id, created_by, starts_at, duration_minutes, with_kind, place_name, created_at) ");
                q.push_values(chunk, |mut b, i| {
                    b.push_bind(a0 + 1 + *i as i64).push_bind(c0 + 1 + *i as i64).push_bind(guide_id(guide_of(*i)))
                        .push_bind(now + 86_400 * (1 + (*i % 30) as i64)).push_bind(60_i64).push_bind("office")
                        .push_bind("Jobcenter Talheim").push_bind(now);
                });
                q.build().execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        })?;
        // PostgreSQL identity columns do not see explicit ids: move them past the new rows.
        if store.backend_name() == "postgres" {
            for table in ["users", "clients", "goals", "plan_steps", "appointments"] {
                let sql = format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                );
                on_pool!(store, pool => sqlx::query(&sql).execute(pool).await.map(|_| ())?);
            }
        }
        Ok(())
    }
}

/// One guide written by `fill`.
struct Seat {
    email: String,
    name: String,
    team: i64,
    lead: bool,
}

impl Store {
    /// Ten years of everyday history for the retention benchmark, on every client:
    /// two conversation notes, four lines of the access log and a mail or text message
    /// each, dated from the case's start; and a complaint closed a month after it came for
    /// every twentieth client. Written in SQL, the same on both databases.
    pub async fn bulk_history(&self) -> DbResult<String> {
        let started = std::time::Instant::now();
        let text = "Gespräch über Sprachkurs, Kinderbetreuung und den nächsten Termin beim Jobcenter; \
                    Unterlagen mitgebracht, nächste Schritte vereinbart.";
        let statements = [
            format!("INSERT INTO notes (client_id, author_id, held_on, topic, body, client_key, created_at) \
               SELECT c.id, a.guide_id, '2020-01-01', 'Gespräch', '{text}', 'bench-n' || k.n, c.created_at + k.n * 20 * 86400 \
               FROM clients c JOIN assignments a ON a.client_id = c.id \
               CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) k"),
            "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) \
               SELECT c.created_at + k.n * 15 * 86400, a.guide_id, 'guide', c.id, 'read', 'notes' \
               FROM clients c JOIN assignments a ON a.client_id = c.id \
               CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) k".to_string(),
            "INSERT INTO outbox (to_address, subject, body, created_at, sent_at, attempts) \
               SELECT '+49 170 ' || c.id, 'Termin', 'Ihr Termin beim Jobcenter ist morgen um 9 Uhr.', \
               c.created_at + 30 * 86400, c.created_at + 30 * 86400, 1 FROM clients c".to_string(),
            "INSERT INTO complaints (municipality_id, kind, about, body, sender, lang, code_hash, client_key, status, \
               answer, received_at, acknowledge_by, settle_by, acknowledged_at, answered_at, closed_at) \
               SELECT c.municipality_id, 'complaint', 'office', 'Lange Wartezeit am Schalter.', 'resident', 'de', \
               'bench-' || c.id, 'bench-' || c.id, 'closed', 'Wir haben nachgefragt.', c.created_at, '2020-01-01', \
               '2020-01-01', c.created_at + 86400, c.created_at + 20 * 86400, c.created_at + 30 * 86400 \
               FROM clients c WHERE c.id % 20 = 0".to_string(),
        ];
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for sql in &statements {
                sqlx::query(sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            sqlx::query("ANALYZE").execute(pool).await?;
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(format!(
            "Added ten years of history in {:.1} s.",
            started.elapsed().as_secs_f64()
        ))
    }

    /// The database's size on disk, in bytes.
    pub async fn database_bytes(&self) -> DbResult<i64> {
        Ok(match &self.backend {
            super::Backend::Sqlite(pool) => {
                let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(pool).await?;
                let size: i64 = sqlx::query_scalar("PRAGMA page_size").fetch_one(pool).await?;
                pages * size
            }
            super::Backend::Postgres(pool) => {
                sqlx::query_scalar("SELECT pg_database_size(current_database())")
                    .fetch_one(pool)
                    .await?
            }
        })
    }

    /// Gives the space of deleted rows back to the file system (SQLite `VACUUM`,
    /// PostgreSQL `VACUUM FULL`): what an operator does after the first run on an old
    /// database; the daily runs after it free little.
    pub async fn compact(&self) -> DbResult<()> {
        match &self.backend {
            super::Backend::Sqlite(pool) => sqlx::query("VACUUM").execute(pool).await.map(|_| ())?,
            super::Backend::Postgres(pool) => sqlx::query("VACUUM FULL").execute(pool).await.map(|_| ())?,
        }
        Ok(())
    }

    /// Statistics for the query planner after a fill: a database that grew over years
    /// has them; one filled a second ago does not, and PostgreSQL then plans the
    /// caseload's queries as if the tables were empty (measured: 19 ms for a client's
    /// plan steps instead of 0.1).
    pub async fn analyze(&self) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("ANALYZE").execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Rows in `table` (a benchmark's own table names only).
    pub async fn bench_count(&self, table: &str) -> DbResult<i64> {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        Ok(on_pool!(self, pool => sqlx::query_scalar(&sql).fetch_one(pool).await?))
    }
}
