//! A funded programme's measures with their milestones and evidence (KISI/AMIF: every
//! measure has milestones, each proven). Kept per municipality; a coordinator keeps their
//! municipality's, a county coordinator those of every municipality of the county.
//! Every query takes the asker's reach as (county, municipality or 0 for all): a
//! measure outside it is not found.

use super::{now, on_pool, DbResult, Saved, Store};

/// Whose measures: the county, and one municipality of it or (0) all.
#[derive(Clone, Copy, Debug)]
pub struct Reach {
    pub county: i64,
    pub municipality: i64,
}

/// "The measure is in reach": binds $1 (county) and $2 (municipality or 0).
const IN_REACH: &str = "ms.municipality_id IN (SELECT m.id FROM municipalities m WHERE m.county_id = $1 \
     AND ($2 = 0 OR m.id = $2))";

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MeasureRow {
    pub id: i64,
    pub municipality: String,
    pub programme: String,
    pub title: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MilestoneRow {
    pub id: i64,
    pub measure_id: i64,
    pub measure: String,
    pub title: String,
    pub due_on: String,
    pub status: String,
    pub reached_on: Option<String>,
    pub version: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EvidenceRow {
    pub id: i64,
    pub milestone_id: i64,
    pub kind: String,
    pub text: String,
    pub figure: Option<String>,
    pub created_at: i64,
    pub created_by: String,
}

/// A piece of evidence as given.
#[derive(Clone, Debug)]
pub enum Evidence {
    Note(String),
    Link(String),
    /// Title and the frozen table (JSON).
    Figure(String, String),
    /// File name, content type, bytes.
    Document(String, String, Vec<u8>),
}

impl Store {
    /// The measures in reach, by municipality and title.
    pub async fn measures(&self, r: Reach) -> DbResult<Vec<MeasureRow>> {
        let sql = format!(
            "SELECT ms.id, m.name AS municipality, ms.programme, ms.title FROM measures ms \
             JOIN municipalities m ON m.id = ms.municipality_id WHERE {IN_REACH} ORDER BY m.name, ms.programme, ms.title, ms.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }

    /// The milestones of the measures in reach, by measure and due date.
    pub async fn milestones(&self, r: Reach) -> DbResult<Vec<MilestoneRow>> {
        let sql = format!(
            "SELECT mi.id, mi.measure_id, ms.title AS measure, mi.title, mi.due_on, mi.status, mi.reached_on, mi.version \
             FROM milestones mi JOIN measures ms ON ms.id = mi.measure_id WHERE {IN_REACH} \
             ORDER BY ms.title, ms.id, mi.due_on, mi.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }

    /// The evidence of the milestones in reach (without documents' bytes), oldest first.
    pub async fn milestone_evidence(&self, r: Reach) -> DbResult<Vec<EvidenceRow>> {
        let sql = format!(
            "SELECT e.id, e.milestone_id, e.kind, e.text, e.figure, e.created_at, u.display_name AS created_by \
             FROM milestone_evidence e JOIN milestones mi ON mi.id = e.milestone_id \
             JOIN measures ms ON ms.id = mi.measure_id JOIN users u ON u.id = e.created_by \
             WHERE {IN_REACH} ORDER BY e.created_at, e.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }

    /// A new measure of `municipality` (which must be in reach) with its first milestones
    /// (title, due date), in one step. None when the municipality is out of reach.
    pub async fn add_measure(
        &self,
        r: Reach,
        municipality: i64,
        programme: &str,
        title: &str,
        milestones: &[(String, String)],
        by: i64,
    ) -> DbResult<Option<i64>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let ok: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM municipalities WHERE id = $1 AND county_id = $2 AND ($3 = 0 OR id = $3)")
                .bind(municipality).bind(r.county).bind(r.municipality).fetch_one(&mut *tx).await?;
            if ok == 0 {
                tx.rollback().await?;
                return Ok(None);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO measures (municipality_id, programme, title, created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(municipality).bind(programme).bind(title).bind(by).bind(at)
                .fetch_one(&mut *tx).await?;
            for (t, due) in milestones {
                sqlx::query(
                    "INSERT INTO milestones (measure_id, title, due_on, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id).bind(t).bind(due).bind(by).bind(at).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Some(id))
        })
    }

    /// Another milestone for a measure in reach. None when the measure is not.
    pub async fn add_milestone(
        &self,
        r: Reach,
        measure: i64,
        title: &str,
        due_on: &str,
        by: i64,
    ) -> DbResult<Option<i64>> {
        let sql = format!(
            "INSERT INTO milestones (measure_id, title, due_on, updated_by, updated_at) \
             SELECT ms.id, $4, $5, $6, $7 FROM measures ms WHERE ms.id = $3 AND {IN_REACH} RETURNING id"
        );
        Ok(on_pool!(self, pool => sqlx::query_scalar(&sql)
            .bind(r.county).bind(r.municipality).bind(measure).bind(title).bind(due_on).bind(by).bind(now())
            .fetch_optional(pool).await?))
    }

    /// Sets where a milestone stands, if it is still at `version`. None when it is not
    /// in reach.
    pub async fn set_milestone(
        &self,
        r: Reach,
        milestone: i64,
        status: &str,
        reached_on: Option<&str>,
        version: i64,
        by: i64,
    ) -> DbResult<Option<Saved>> {
        let found = format!(
            "SELECT mi.version FROM milestones mi JOIN measures ms ON ms.id = mi.measure_id WHERE mi.id = $3 AND {IN_REACH}"
        );
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let current: Option<i64> = sqlx::query_scalar(&found)
                .bind(r.county).bind(r.municipality).bind(milestone).fetch_optional(&mut *tx).await?;
            if current.is_none() {
                tx.rollback().await?;
                return Ok(None);
            }
            let rows = sqlx::query(
                "UPDATE milestones SET status = $1, reached_on = $2, version = version + 1, updated_by = $3, \
                 updated_at = $4 WHERE id = $5 AND version = $6")
                .bind(status).bind(reached_on).bind(by).bind(now()).bind(milestone).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            tx.commit().await?;
            Ok(Some(Saved::from_rows(rows)))
        })
    }

    /// Adds evidence to a milestone in reach. None when it is not.
    pub async fn add_evidence(
        &self,
        r: Reach,
        milestone: i64,
        evidence: Evidence,
        by: i64,
    ) -> DbResult<Option<i64>> {
        let (kind, text, figure, content_type, bytes) = match evidence {
            Evidence::Note(t) => ("note", t, None, None, None),
            Evidence::Link(t) => ("link", t, None, None, None),
            Evidence::Figure(t, json) => ("figure", t, Some(json), None, None),
            Evidence::Document(name, ct, b) => ("document", name, None, Some(ct), Some(b)),
        };
        let sql = format!(
            "INSERT INTO milestone_evidence (milestone_id, kind, text, figure, content_type, bytes, created_by, created_at) \
             SELECT mi.id, $4, $5, $6, $7, $8, $9, $10 FROM milestones mi JOIN measures ms ON ms.id = mi.measure_id \
             WHERE mi.id = $3 AND {IN_REACH} RETURNING id"
        );
        Ok(on_pool!(self, pool => sqlx::query_scalar(&sql)
            .bind(r.county).bind(r.municipality).bind(milestone).bind(kind).bind(text).bind(figure)
            .bind(content_type).bind(bytes).bind(by).bind(now())
            .fetch_optional(pool).await?))
    }

    /// A document given as evidence, in reach: (file name, content type, bytes).
    pub async fn evidence_document(&self, r: Reach, id: i64) -> DbResult<Option<(String, String, Vec<u8>)>> {
        let sql = format!(
            "SELECT e.text, e.content_type, e.bytes FROM milestone_evidence e \
             JOIN milestones mi ON mi.id = e.milestone_id JOIN measures ms ON ms.id = mi.measure_id \
             WHERE e.id = $3 AND e.kind = 'document' AND {IN_REACH}"
        );
        let row: Option<(String, Option<String>, Option<Vec<u8>>)> = on_pool!(self, pool =>
            sqlx::query_as(&sql).bind(r.county).bind(r.municipality).bind(id).fetch_optional(pool).await?);
        Ok(row.and_then(|(name, ct, bytes)| Some((name, ct?, bytes?))))
    }

    /// The municipality (id, name) of a milestone in reach.
    pub async fn milestone_municipality(&self, r: Reach, milestone: i64) -> DbResult<Option<(i64, String)>> {
        let sql = format!(
            "SELECT m.id, m.name FROM milestones mi JOIN measures ms ON ms.id = mi.measure_id \
             JOIN municipalities m ON m.id = ms.municipality_id WHERE mi.id = $3 AND {IN_REACH}"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).bind(milestone)
            .fetch_optional(pool).await?),
        )
    }

    /// For the dashboard and the report: every milestone in reach with its measure and
    /// how much evidence it has.
    pub async fn milestone_overview(
        &self,
        r: Reach,
    ) -> DbResult<Vec<(String, String, String, String, Option<String>, i64)>> {
        let sql = format!(
            "SELECT ms.title, mi.title, mi.due_on, mi.status, mi.reached_on, \
               (SELECT COUNT(*) FROM milestone_evidence e WHERE e.milestone_id = mi.id) \
             FROM milestones mi JOIN measures ms ON ms.id = mi.measure_id WHERE {IN_REACH} \
             ORDER BY ms.title, ms.id, mi.due_on, mi.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }
}
