//! The local network: actors (who does what, for whom, where), their partner accounts,
//! and (in [`exchange`]) what they offer and seek. Every read and write names the
//! municipality it is for, so a coordinator of another municipality finds nothing.
//!
//! An actor's texts follow the directory's workflow: German is the source, a translation
//! is a draft until published, and it is outdated once the German changes after it.

#[cfg(feature = "bench")]
mod bulk;
pub mod exchange;

use super::accounts::Refused;
use super::directory::languages_column;
use super::{clamp_page, is_unique_violation, now, on_pool, DbResult, Saved, Store};
use lotse_app::domain::{ActorId, MunicipalityId, UserId};
use lotse_app::network::ActorKind;

/// An actor as the staff's list and the form show it (German texts).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActorRow {
    pub id: i64,
    pub municipality_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: ActorKind,
    pub name: String,
    pub district_id: Option<i64>,
    pub district: Option<String>,
    /// As stored: ' ar de '.
    pub languages: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub public: bool,
    pub about: String,
    pub audience: String,
    pub source_rev: i64,
    pub version: i64,
}

impl ActorRow {
    pub fn language_codes(&self) -> Vec<String> {
        self.languages.split_whitespace().map(str::to_string).collect()
    }
}

/// A translation of an actor's texts.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActorText {
    pub lang: String,
    pub about: String,
    pub audience: String,
    pub status: String,
    pub source_rev: i64,
    pub version: i64,
}

impl ActorText {
    pub fn published(&self) -> bool {
        self.status == "published"
    }
}

/// An actor with its translations and links into the directory.
#[derive(Clone, Debug)]
pub struct ActorFull {
    pub actor: ActorRow,
    pub texts: Vec<ActorText>,
    /// (office id, German name).
    pub offices: Vec<(i64, String)>,
    /// (group offer id, German title).
    pub groups: Vec<(i64, String)>,
}

impl ActorFull {
    pub fn text(&self, lang: &str) -> Option<&ActorText> {
        self.texts.iter().find(|t| t.lang == lang)
    }
}

/// An actor on the public page: texts in the reader's language where published, else
/// German (marked by `text_lang`).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PublicActorRow {
    pub id: i64,
    pub municipality: String,
    #[sqlx(try_from = "String")]
    pub kind: ActorKind,
    pub name: String,
    pub district: Option<String>,
    pub languages: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub about: String,
    pub audience: String,
    pub text_lang: String,
}

/// What the actor form saves. `offices` and `groups` only from staff (None: unchanged).
#[derive(Clone, Debug)]
pub struct NewActor {
    pub kind: ActorKind,
    pub name: String,
    pub district_id: Option<i64>,
    pub languages: Vec<String>,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub public: bool,
    pub about: String,
    pub audience: String,
    pub links: Option<(Vec<i64>, Vec<i64>)>,
}

/// The staff list's filter.
#[derive(Clone, Debug, Default)]
pub struct ActorFilter {
    pub kind: Option<ActorKind>,
    pub district: Option<i64>,
    /// Part of the name, any case.
    pub name: String,
}

/// A partner account of an actor.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PartnerRow {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub has_password: bool,
    pub disabled: bool,
}

const ACTOR_SELECT: &str =
    "SELECT a.id, a.municipality_id, a.kind, a.name, a.district_id, d.name AS district, \
     a.languages, a.contact_name, a.phone, a.email, a.website, a.public, \
     COALESCE(t.about, '') AS about, COALESCE(t.audience, '') AS audience, a.source_rev, a.version \
     FROM actors a LEFT JOIN districts d ON d.id = a.district_id \
     LEFT JOIN actor_texts t ON t.actor_id = a.id AND t.lang = 'de'";

impl Store {
    /// The municipality's actors matching `f`, by name: page `page` (clamped) of `per`,
    /// how many match in all, and the page given.
    pub async fn actors(
        &self,
        municipality: MunicipalityId,
        f: &ActorFilter,
        page: i64,
        per: i64,
    ) -> DbResult<(Vec<ActorRow>, i64, i64)> {
        const WHERE: &str = "a.municipality_id = $1 AND ($2 = '' OR a.kind = $2) \
             AND ($3 = 0 OR a.district_id = $3) AND ($4 = '' OR LOWER(a.name) LIKE $4)";
        let sql = format!("{ACTOR_SELECT} WHERE {WHERE} ORDER BY a.name, a.id LIMIT $5 OFFSET $6");
        let count = format!("SELECT COUNT(*) FROM actors a WHERE {WHERE}");
        let name = match f.name.trim() {
            "" => String::new(),
            n => format!("%{}%", n.to_lowercase().replace(['%', '_'], "")),
        };
        let (kind, district) = (f.kind.map_or("", |k| k.as_str()), f.district.unwrap_or(0));
        Ok(on_pool!(self, pool => {
            let total: i64 = sqlx::query_scalar(&count)
                .bind(municipality.0).bind(kind).bind(district).bind(&name).fetch_one(pool).await?;
            let (page, offset) = clamp_page(page, total, per);
            let rows = sqlx::query_as(&sql)
                .bind(municipality.0).bind(kind).bind(district).bind(&name).bind(per).bind(offset)
                .fetch_all(pool).await?;
            (rows, total, page)
        }))
    }

    /// One actor of the municipality, with texts and links.
    pub async fn actor(&self, municipality: MunicipalityId, id: i64) -> DbResult<Option<ActorFull>> {
        let sql = format!("{ACTOR_SELECT} WHERE a.id = $1 AND a.municipality_id = $2");
        on_pool!(self, pool => {
            let Some(actor) = sqlx::query_as::<_, ActorRow>(&sql)
                .bind(id).bind(municipality.0).fetch_optional(pool).await? else {
                return Ok(None);
            };
            let texts = sqlx::query_as(
                "SELECT lang, about, audience, status, source_rev, version FROM actor_texts \
                 WHERE actor_id = $1 AND lang <> 'de' ORDER BY lang")
                .bind(id).fetch_all(pool).await?;
            let offices = sqlx::query_as(
                "SELECT l.office_id, COALESCE(t.name, '') FROM actor_offices l \
                 LEFT JOIN office_texts t ON t.office_id = l.office_id AND t.lang = 'de' \
                 WHERE l.actor_id = $1 ORDER BY 2, 1")
                .bind(id).fetch_all(pool).await?;
            let groups = sqlx::query_as(
                "SELECT l.group_offer_id, COALESCE(t.title, '') FROM actor_groups l \
                 LEFT JOIN group_texts t ON t.group_id = l.group_offer_id AND t.lang = 'de' \
                 WHERE l.actor_id = $1 ORDER BY 2, 1")
                .bind(id).fetch_all(pool).await?;
            Ok(Some(ActorFull { actor, texts, offices, groups }))
        })
    }

    pub async fn add_actor(&self, municipality: MunicipalityId, a: &NewActor, by: UserId) -> DbResult<i64> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO actors (municipality_id, kind, name, district_id, languages, contact_name, phone, email, \
                 website, public, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) \
                 RETURNING id")
                .bind(municipality.0).bind(a.kind.as_str()).bind(&a.name).bind(a.district_id)
                .bind(languages_column(&a.languages)).bind(&a.contact_name).bind(&a.phone).bind(&a.email)
                .bind(&a.website).bind(a.public).bind(at).fetch_one(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO actor_texts (actor_id, lang, about, audience, status, source_rev, updated_at, updated_by) \
                 VALUES ($1, 'de', $2, $3, 'published', 1, $4, $5)")
                .bind(id).bind(&a.about).bind(&a.audience).bind(at).bind(by.0).execute(&mut *tx).await?;
            if let Some((offices, groups)) = &a.links {
                for o in offices {
                    sqlx::query("INSERT INTO actor_offices (actor_id, office_id) VALUES ($1, $2)")
                        .bind(id).bind(o).execute(&mut *tx).await?;
                }
                for g in groups {
                    sqlx::query("INSERT INTO actor_groups (actor_id, group_offer_id) VALUES ($1, $2)")
                        .bind(id).bind(g).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Saves an actor of the municipality at the version the form was opened with. A
    /// change of the German texts bumps the source revision: translations made before
    /// show as outdated.
    pub async fn update_actor(
        &self,
        municipality: MunicipalityId,
        id: i64,
        version: i64,
        a: &NewActor,
        by: UserId,
    ) -> DbResult<Saved> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let german: Option<(String, String)> = sqlx::query_as(
                "SELECT about, audience FROM actor_texts WHERE actor_id = $1 AND lang = 'de'")
                .bind(id).fetch_optional(&mut *tx).await?;
            let changed = german.is_none_or(|(about, audience)| about != a.about || audience != a.audience);
            let rows = sqlx::query(
                "UPDATE actors SET kind = $1, name = $2, district_id = $3, languages = $4, contact_name = $5, \
                 phone = $6, email = $7, website = $8, public = $9, updated_at = $10, \
                 source_rev = source_rev + $11, version = version + 1 \
                 WHERE id = $12 AND municipality_id = $13 AND version = $14")
                .bind(a.kind.as_str()).bind(&a.name).bind(a.district_id).bind(languages_column(&a.languages))
                .bind(&a.contact_name).bind(&a.phone).bind(&a.email).bind(&a.website).bind(a.public).bind(at)
                .bind(i64::from(changed)).bind(id).bind(municipality.0).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                tx.rollback().await?;
                return Ok(Saved::Conflict);
            }
            sqlx::query(
                "UPDATE actor_texts SET about = $1, audience = $2, source_rev = (SELECT source_rev FROM actors WHERE id = $3), \
                 updated_at = $4, updated_by = $5, version = version + 1 WHERE actor_id = $3 AND lang = 'de'")
                .bind(&a.about).bind(&a.audience).bind(id).bind(at).bind(by.0).execute(&mut *tx).await?;
            if let Some((offices, groups)) = &a.links {
                sqlx::query("DELETE FROM actor_offices WHERE actor_id = $1").bind(id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM actor_groups WHERE actor_id = $1").bind(id).execute(&mut *tx).await?;
                for o in offices {
                    sqlx::query("INSERT INTO actor_offices (actor_id, office_id) VALUES ($1, $2)")
                        .bind(id).bind(o).execute(&mut *tx).await?;
                }
                for g in groups {
                    sqlx::query("INSERT INTO actor_groups (actor_id, group_offer_id) VALUES ($1, $2)")
                        .bind(id).bind(g).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(Saved::Done)
        })
    }

    /// Saves a translation of an actor's texts at `version` (0: none yet), made from the
    /// current German text.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_actor_text(
        &self,
        municipality: MunicipalityId,
        id: i64,
        lang: &str,
        version: i64,
        about: &str,
        audience: &str,
        published: bool,
        by: UserId,
    ) -> DbResult<Saved> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rev: Option<i64> = sqlx::query_scalar(
                "UPDATE actors SET updated_at = updated_at WHERE id = $1 AND municipality_id = $2 RETURNING source_rev")
                .bind(id).bind(municipality.0).fetch_optional(&mut *tx).await?;
            let Some(rev) = rev else {
                tx.rollback().await?;
                return Ok(Saved::Conflict);
            };
            let rows = if version == 0 {
                sqlx::query(
                    "INSERT INTO actor_texts (actor_id, lang, about, audience, status, source_rev, updated_at, updated_by) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (actor_id, lang) DO NOTHING")
                    .bind(id).bind(lang).bind(about).bind(audience).bind(status).bind(rev).bind(at).bind(by.0)
                    .execute(&mut *tx).await?.rows_affected()
            } else {
                sqlx::query(
                    "UPDATE actor_texts SET about = $1, audience = $2, status = $3, source_rev = $4, updated_at = $5, \
                     updated_by = $6, version = version + 1 WHERE actor_id = $7 AND lang = $8 AND version = $9")
                    .bind(about).bind(audience).bind(status).bind(rev).bind(at).bind(by.0).bind(id).bind(lang)
                    .bind(version).execute(&mut *tx).await?.rows_affected()
            };
            if rows == 0 {
                tx.rollback().await?;
                return Ok(Saved::Conflict);
            }
            tx.commit().await?;
            Ok(Saved::Done)
        })
    }

    /// Actors that agreed to be listed, of one municipality or all, by name: page `page`
    /// (clamped) of `per`, how many there are, and the page given.
    pub async fn public_actors(
        &self,
        municipality: Option<MunicipalityId>,
        lang: &str,
        page: i64,
        per: i64,
    ) -> DbResult<(Vec<PublicActorRow>, i64, i64)> {
        // One municipality or all: written only when asked, so the index serves both.
        let only = municipality
            .map(|m| format!(" AND a.municipality_id = {}", m.0))
            .unwrap_or_default();
        let sql = format!(
            "SELECT a.id, m.name AS municipality, a.kind, a.name, d.name AS district, a.languages, a.phone, a.email, \
             a.website, COALESCE(t.about, g.about) AS about, COALESCE(t.audience, g.audience) AS audience, \
             CASE WHEN t.about IS NULL THEN 'de' ELSE t.lang END AS text_lang \
             FROM actors a JOIN municipalities m ON m.id = a.municipality_id \
             LEFT JOIN districts d ON d.id = a.district_id \
             JOIN actor_texts g ON g.actor_id = a.id AND g.lang = 'de' \
             LEFT JOIN actor_texts t ON t.actor_id = a.id AND t.lang = $1 AND t.lang <> 'de' AND t.status = 'published' \
             WHERE a.public = TRUE{only} ORDER BY a.name, a.id LIMIT $2 OFFSET $3"
        );
        let count = format!("SELECT COUNT(*) FROM actors a WHERE a.public = TRUE{only}");
        Ok(on_pool!(self, pool => {
            let total: i64 = sqlx::query_scalar(&count).fetch_one(pool).await?;
            let (page, offset) = clamp_page(page, total, per);
            let rows = sqlx::query_as(&sql).bind(lang).bind(per).bind(offset).fetch_all(pool).await?;
            (rows, total, page)
        }))
    }

    /// The directory places of the actors `ids`: (actor id, office id, German name).
    pub async fn actor_offices_of(&self, ids: &[i64]) -> DbResult<Vec<(i64, i64, String)>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        // Ids are numbers from the database, never input: written into the statement.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT l.actor_id, l.office_id, COALESCE(t.name, '') FROM actor_offices l \
             LEFT JOIN office_texts t ON t.office_id = l.office_id AND t.lang = 'de' \
             WHERE l.actor_id IN ({list}) ORDER BY 1, 3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).fetch_all(pool).await?))
    }

    /// The actor a partner account speaks for, with its municipality.
    pub async fn partner_actor(&self, user: UserId) -> DbResult<Option<(ActorId, MunicipalityId)>> {
        let row: Option<(i64, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT a.id, a.municipality_id FROM actor_partners p JOIN actors a ON a.id = p.actor_id WHERE p.user_id = $1")
            .bind(user.0).fetch_optional(pool).await?);
        Ok(row.map(|(a, m)| (ActorId(a), MunicipalityId(m))))
    }

    /// An actor's partner accounts.
    pub async fn actor_partners(&self, actor: i64) -> DbResult<Vec<PartnerRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id, u.display_name, COALESCE(u.email, '') AS email, u.password_hash IS NOT NULL AS has_password, \
             u.disabled_at IS NOT NULL AS disabled FROM actor_partners p JOIN users u ON u.id = p.user_id \
             WHERE p.actor_id = $1 ORDER BY u.display_name, u.id")
            .bind(actor).fetch_all(pool).await?))
    }

    /// Creates a partner account for an actor of the municipality (no password yet)
    /// with its first one-time link, and logs it as every invitation is.
    #[allow(clippy::too_many_arguments)]
    pub async fn invite_partner(
        &self,
        municipality: MunicipalityId,
        actor: i64,
        name: &str,
        email: &str,
        token_hash: &str,
        expires_at: i64,
        by: UserId,
    ) -> DbResult<Result<UserId, Refused>> {
        let at = now();
        let email = email.trim().to_lowercase();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let inserted = sqlx::query_scalar::<_, i64>(
                "INSERT INTO users (role, display_name, email, municipality_id, created_at) \
                 SELECT 'partner', $1, $2, municipality_id, $3 FROM actors WHERE id = $4 AND municipality_id = $5 \
                 RETURNING id")
                .bind(name).bind(&email).bind(at).bind(actor).bind(municipality.0)
                .fetch_optional(&mut *tx).await;
            let id = match inserted {
                Ok(Some(id)) => id,
                Ok(None) => {
                    tx.rollback().await?;
                    return Ok(Err(Refused::Conflict));
                }
                Err(e) if is_unique_violation(&e) => {
                    tx.rollback().await?;
                    return Ok(Err(Refused::EmailTaken));
                }
                Err(e) => return Err(e.into()),
            };
            sqlx::query("INSERT INTO actor_partners (user_id, actor_id) VALUES ($1, $2)")
                .bind(id).bind(actor).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO staff_links (user_id, token_hash, purpose, created_by, created_at, expires_at) \
                 VALUES ($1, $2, 'invite', $3, $4, $5)")
                .bind(id).bind(token_hash).bind(by.0).bind(at).bind(expires_at).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action, detail) \
                 VALUES ($1, $2, $3, 'invited', 'Partner · ' || (SELECT name FROM actors WHERE id = $4))")
                .bind(at).bind(by.0).bind(id).bind(actor)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Ok(UserId(id)))
        })
    }

    /// Ends a partner account of an actor of the municipality: it can no longer sign in
    /// and its sessions end (the entry and posts stay with the actor). False when the
    /// account is not a partner of that actor; ending it again changes nothing.
    pub async fn end_partner(
        &self,
        municipality: MunicipalityId,
        actor: i64,
        user: i64,
        by: UserId,
    ) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let disabled: Option<Option<i64>> = sqlx::query_scalar(
                "SELECT u.disabled_at FROM users u JOIN actor_partners p ON p.user_id = u.id                  JOIN actors a ON a.id = p.actor_id WHERE u.id = $1 AND p.actor_id = $2 AND a.municipality_id = $3")
                .bind(user).bind(actor).bind(municipality.0).fetch_optional(&mut *tx).await?;
            match disabled {
                None => {
                    tx.rollback().await?;
                    return Ok(false);
                }
                Some(Some(_)) => {
                    tx.rollback().await?;
                    return Ok(true);
                }
                Some(None) => {}
            }
            sqlx::query("UPDATE users SET disabled_at = $1, version = version + 1 WHERE id = $2")
                .bind(at).bind(user).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action) VALUES ($1, $2, $3, 'deactivated')")
                .bind(at).bind(by.0).bind(user).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        })
    }
}
