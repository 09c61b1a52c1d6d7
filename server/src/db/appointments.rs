//! Appointments and the interpreter pool. An interpreter's time is booked in quarter-hour
//! slots under a primary key, so the database itself refuses a double booking.

use super::{is_unique_violation, now, on_pool, DbResult, Saved, Store};
use lotse_app::casework::AppointmentStatus;
use lotse_app::domain::{ClientId, MunicipalityId, UserId};

/// Booked time is counted in quarter hours.
pub const SLOT_SECONDS: i64 = 15 * 60;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct InterpreterRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub languages: String,
    pub dialects: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub user_id: Option<i64>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AvailabilityRow {
    pub interpreter_id: i64,
    pub weekday: i64,
    pub start_minute: i64,
    pub end_minute: i64,
}

#[derive(Clone, Debug)]
pub struct NewInterpreter {
    pub name: String,
    pub kind: String,
    pub languages: Vec<String>,
    pub dialects: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// (weekday 1-7, start minute, end minute)
    pub windows: Vec<(i64, i64, i64)>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AppointmentRow {
    pub id: i64,
    pub client_id: i64,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub with_kind: String,
    pub place_name: String,
    pub address: Option<String>,
    pub room: Option<String>,
    pub contact_person: Option<String>,
    pub contact_phone: Option<String>,
    pub bring: String,
    pub interpreter_lang: Option<String>,
    pub interpreter_id: Option<i64>,
    pub interpreter_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: AppointmentStatus,
    pub outcome: Option<String>,
    pub client_confirmed_at: Option<i64>,
    pub created_at: i64,
    pub version: i64,
    /// At a health or psychosocial service: special category (see the case gate).
    pub health: bool,
}

#[derive(Clone, Debug)]
pub struct NewAppointment {
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub with_kind: String,
    pub place_name: String,
    pub address: Option<String>,
    pub room: Option<String>,
    pub contact_person: Option<String>,
    pub contact_phone: Option<String>,
    /// One item per line.
    pub bring: String,
    pub interpreter_lang: Option<String>,
    /// At a health or psychosocial service (only the own guide makes such appointments).
    pub health: bool,
}

/// Why an interpreter could not be booked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Booking {
    Booked,
    /// Another appointment holds the interpreter then (its start time).
    DoubleBooked(i64),
    /// The appointment is not this client's, or the interpreter not in this municipality.
    NotFound,
}

/// What an interpreter is told: time and place, never the case.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct InterpreterAssignment {
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub place_name: String,
    pub address: Option<String>,
    pub room: Option<String>,
    pub interpreter_lang: Option<String>,
    pub guide_name: String,
    pub guide_phone: Option<String>,
}

/// The quarter hours an appointment occupies.
pub fn slots_of(starts_at: i64, duration_minutes: i64) -> Vec<i64> {
    let first = starts_at - starts_at.rem_euclid(SLOT_SECONDS);
    let end = starts_at + duration_minutes.max(1) * 60;
    (0..)
        .map(|i| first + i * SLOT_SECONDS)
        .take_while(|s| *s < end)
        .collect()
}

const APPOINTMENT_SELECT: &str =
    "SELECT a.id, a.client_id, a.starts_at, a.duration_minutes, a.with_kind, a.place_name, a.address, a.room, \
     a.contact_person, a.contact_phone, a.bring, a.interpreter_lang, a.interpreter_id, i.name AS interpreter_name, a.status, \
     a.outcome, a.client_confirmed_at, a.created_at, a.version, a.health \
     FROM appointments a LEFT JOIN interpreters i ON i.id = a.interpreter_id";

impl Store {
    pub async fn interpreters(&self, municipality: MunicipalityId) -> DbResult<Vec<InterpreterRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, name, kind, languages, dialects, phone, email, user_id FROM interpreters \
             WHERE municipality_id = $1 AND retired_at IS NULL ORDER BY name, id")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    pub async fn availability(&self, municipality: MunicipalityId) -> DbResult<Vec<AvailabilityRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT v.interpreter_id, v.weekday, v.start_minute, v.end_minute \
             FROM interpreter_availability v JOIN interpreters i ON i.id = v.interpreter_id \
             WHERE i.municipality_id = $1 ORDER BY v.interpreter_id, v.weekday, v.start_minute")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    pub async fn create_interpreter(
        &self,
        municipality: MunicipalityId,
        n: &NewInterpreter,
    ) -> DbResult<i64> {
        let languages = n.languages.join(",");
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO interpreters (municipality_id, name, kind, languages, dialects, phone, email, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
                .bind(municipality.0).bind(&n.name).bind(&n.kind).bind(&languages).bind(&n.dialects)
                .bind(&n.phone).bind(&n.email).bind(now()).fetch_one(&mut *tx).await?;
            for (day, start, end) in &n.windows {
                sqlx::query(
                    "INSERT INTO interpreter_availability (interpreter_id, weekday, start_minute, end_minute) \
                     VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(day).bind(start).bind(end).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(id)
        })
    }

    pub async fn link_interpreter_account(&self, interpreter: i64, user: UserId) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE interpreters SET user_id = $1 WHERE id = $2")
            .bind(user.0).bind(interpreter).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Appointments created at or after `since` (handover window), soonest first.
    /// Reached through [`super::case_file::CaseFile`] only.
    pub(super) async fn appointment_rows(
        &self,
        client: ClientId,
        since: i64,
    ) -> DbResult<Vec<AppointmentRow>> {
        let sql = format!(
            "{APPOINTMENT_SELECT} WHERE a.client_id = $1 AND a.created_at >= $2 ORDER BY a.starts_at, a.id"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(client.0).bind(since).fetch_all(pool).await?))
    }

    pub(super) async fn appointment_row(
        &self,
        client: ClientId,
        id: i64,
        since: i64,
    ) -> DbResult<Option<AppointmentRow>> {
        let sql = format!("{APPOINTMENT_SELECT} WHERE a.client_id = $1 AND a.id = $2 AND a.created_at >= $3");
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(client.0).bind(id).bind(since).fetch_optional(pool).await?),
        )
    }

    /// Creates the appointment and, if one is chosen, books the interpreter in the same
    /// transaction: `Err(start)` (nothing saved) when the interpreter is already booked
    /// by the appointment starting at `start`.
    pub(super) async fn insert_appointment(
        &self,
        client: ClientId,
        a: &NewAppointment,
        interpreter: Option<i64>,
        by: UserId,
    ) -> DbResult<Result<i64, i64>> {
        let slots = slots_of(a.starts_at, a.duration_minutes);
        // An async block, so that `?` ends only the transaction, not this function.
        let result: Result<i64, sqlx::Error> = on_pool!(self, pool => async {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, \
                 address, room, contact_person, contact_phone, bring, interpreter_lang, interpreter_id, created_at, health) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id")
                .bind(client.0).bind(by.0).bind(a.starts_at).bind(a.duration_minutes).bind(&a.with_kind)
                .bind(&a.place_name).bind(&a.address).bind(&a.room).bind(&a.contact_person).bind(&a.contact_phone).bind(&a.bring)
                .bind(&a.interpreter_lang).bind(interpreter).bind(now()).bind(a.health).fetch_one(&mut *tx).await?;
            if let Some(i) = interpreter {
                for s in &slots {
                    sqlx::query("INSERT INTO interpreter_slots (interpreter_id, slot_start, appointment_id) VALUES ($1, $2, $3)")
                        .bind(i).bind(s).bind(id).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(id)
        }.await);
        match (result, interpreter) {
            (Ok(id), _) => Ok(Ok(id)),
            (Err(e), Some(i)) if is_unique_violation(&e) => Ok(Err(self
                .first_booking_between(i, &slots, 0)
                .await?
                .unwrap_or(a.starts_at))),
            (Err(e), _) => Err(e.into()),
        }
    }

    /// The start of the earliest other appointment holding any of these slots.
    async fn first_booking_between(
        &self,
        interpreter: i64,
        slots: &[i64],
        except: i64,
    ) -> DbResult<Option<i64>> {
        let (Some(first), Some(last)) = (slots.first(), slots.last()) else {
            return Ok(None);
        };
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MIN(a.starts_at) FROM interpreter_slots s JOIN appointments a ON a.id = s.appointment_id \
             WHERE s.interpreter_id = $1 AND s.slot_start >= $2 AND s.slot_start <= $3 AND s.appointment_id <> $4")
            .bind(interpreter).bind(first).bind(last).bind(except).fetch_one(pool).await?))
    }

    /// Books an interpreter for the whole appointment, or nothing: the slot rows and the
    /// appointment change are one transaction. The caller checked language and
    /// availability windows; the database settles races between two bookings.
    pub(super) async fn book_interpreter_row(
        &self,
        client: ClientId,
        appointment: i64,
        interpreter: i64,
        municipality: MunicipalityId,
        since: i64,
    ) -> DbResult<Booking> {
        let Some(a) = self.appointment_row(client, appointment, since).await? else {
            return Ok(Booking::NotFound);
        };
        let known: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM interpreters WHERE id = $1 AND municipality_id = $2 AND retired_at IS NULL")
            .bind(interpreter).bind(municipality.0).fetch_optional(pool).await?);
        if known.is_none() {
            return Ok(Booking::NotFound);
        }
        let slots = slots_of(a.starts_at, a.duration_minutes);
        let result: Result<(), sqlx::Error> = on_pool!(self, pool => async {
            let mut tx = pool.begin().await?;
            // Releases an earlier booking of this appointment (changing the interpreter).
            sqlx::query("DELETE FROM interpreter_slots WHERE appointment_id = $1")
                .bind(appointment).execute(&mut *tx).await?;
            for s in &slots {
                sqlx::query("INSERT INTO interpreter_slots (interpreter_id, slot_start, appointment_id) VALUES ($1, $2, $3)")
                    .bind(interpreter).bind(s).bind(appointment).execute(&mut *tx).await?;
            }
            sqlx::query("UPDATE appointments SET interpreter_id = $1, version = version + 1 WHERE id = $2")
                .bind(interpreter).bind(appointment).execute(&mut *tx).await?;
            tx.commit().await
        }.await);
        match result {
            Ok(()) => Ok(Booking::Booked),
            Err(e) if is_unique_violation(&e) => {
                let other = self
                    .first_booking_between(interpreter, &slots, appointment)
                    .await?;
                Ok(Booking::DoubleBooked(other.unwrap_or(a.starts_at)))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Records what came of an appointment made at or after `since`, if no one changed
    /// it meanwhile.
    pub(super) async fn update_outcome(
        &self,
        client: ClientId,
        appointment: i64,
        expected_version: i64,
        status: AppointmentStatus,
        outcome: Option<&str>,
        since: i64,
    ) -> DbResult<Saved> {
        let rows = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE appointments SET status = $1, outcome = $2, version = version + 1 \
                 WHERE id = $3 AND client_id = $4 AND version = $5 AND created_at >= $6")
                .bind(status.as_str()).bind(outcome).bind(appointment).bind(client.0).bind(expected_version)
                .bind(since)
                .execute(&mut *tx).await?.rows_affected();
            if rows > 0 && status == AppointmentStatus::Cancelled {
                // A cancelled appointment frees its interpreter.
                sqlx::query("DELETE FROM interpreter_slots WHERE appointment_id = $1")
                    .bind(appointment).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok::<u64, sqlx::Error>(rows)
        })?;
        Ok(Saved::from_rows(rows))
    }

    /// The interpreting jobs of a volunteer's interpreter profile, from `from` on.
    pub async fn interpreter_assignments(
        &self,
        user: UserId,
        from: i64,
    ) -> DbResult<Vec<InterpreterAssignment>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT a.starts_at, a.duration_minutes, a.place_name, a.address, a.room, a.interpreter_lang, \
             g.display_name AS guide_name, g.phone AS guide_phone \
             FROM appointments a JOIN interpreters i ON i.id = a.interpreter_id \
             JOIN users g ON g.id = a.created_by \
             WHERE i.user_id = $1 AND a.starts_at >= $2 AND a.status = 'planned' ORDER BY a.starts_at")
            .bind(user.0).bind(from).fetch_all(pool).await?))
    }
}
