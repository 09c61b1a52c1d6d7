//! The gate to a client's case file. Case tables are reached only through a [`CaseFile`],
//! and a `CaseFile` is made only from a [`ClientAccess`], which only
//! `auth::permission::client_access` mints. The raw queries behind it are private to
//! `db`, so a handler that skipped the permission check has no way to the rows: it does
//! not compile.
//!
//! What the gate does itself, so that no handler has to remember it:
//! - **the handover window**: records of an area the receiving team has no consent for,
//!   older than the handover, are neither read nor written (a write to one is refused
//!   exactly like a write to a record that does not exist);
//! - **special-category data** (GDPR art. 9, health): only the client's own guide, and
//!   the client for their own record, see it. Others see that something exists, never
//!   what;
//! - **the access log**: a staff member's first read of an area on a page, and
//!   every change, are logged (who, when, which client, which area). The client's own
//!   reads are not: the log is what *others* did with the file.
//!
//! Behind the gate: the intake, the household, the plan, the notes, the appointments, the
//! referrals, the deadlines, the requests (with their photos), the consents, the
//! handovers, and the client's own actions on their plan and appointments.

use super::access_log::Action;
use super::appointments::{AppointmentRow, Booking, NewAppointment};
use super::client_view::{ClientGoalRow, StepAction};
use super::clients::ClientRow;
use super::consents::{ConsentRow, NewConsent};
use super::deadlines::{DeadlineRow, NewDeadline};
use super::handover::{Transfer, TransferRow};
use super::intake::{HouseholdMemberRow, IntakeRow};
use super::notes::{NewNote, NoteRow};
use super::plan::{GoalRow, HistoryRow, NewGoal, NewStep, StepRow};
use super::referrals::{ReferralRow, HEALTH_SERVICES};
use super::requests::{NewRequest, RequestRow};
use super::{DbError, DbResult, Saved, Store};
use crate::auth::permission::ClientAccess;
use lotse_app::casework::{AppointmentStatus, GoalStatus, IntakeSection, ReferralStatus, StepStatus};
use lotse_app::domain::{ClientId, MunicipalityId, Role, TeamId, UserId};
use std::collections::BTreeMap;

/// The field of action whose goals, steps and notes are health data (special category).
pub use lotse_app::casework::HEALTH_FIELD;

/// One client's case file, as far as one person may see it. Made per request by
/// [`Store::case`].
pub struct CaseFile<'a> {
    pub(super) store: &'a Store,
    pub(super) access: &'a ClientAccess,
}

/// The outcome of a write through the gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Saved,
    /// Someone else changed the record since the form was opened.
    Conflict,
    /// No such record in what this person may see (outside the window, special
    /// category, another client's): answered as "not found".
    NotFound,
}

impl From<Saved> for Written {
    fn from(s: Saved) -> Written {
        match s {
            Saved::Done => Written::Saved,
            Saved::Conflict => Written::Conflict,
        }
    }
}

impl Store {
    /// The case file as `access` allows it to be seen and changed.
    pub fn case<'a>(&'a self, access: &'a ClientAccess) -> CaseFile<'a> {
        CaseFile { store: self, access }
    }
}

impl CaseFile<'_> {
    pub fn client(&self) -> ClientId {
        self.access.client()
    }

    /// May this person see special-category data (health)? The own guide and the client.
    pub fn sees_special_category(&self) -> bool {
        self.access.is_own_guide() || self.access.role() == Role::Client
    }

    /// Records of `area` older than this are outside the handover window (0: none are).
    pub(super) fn since(&self, area: &str) -> i64 {
        self.access.history().visible_since(area)
    }

    fn staff(&self) -> bool {
        self.access.role() != Role::Client
    }

    /// Logs a staff member's read of `area`, once per page (see [`Self::reading`]).
    pub(super) async fn read(&self, area: &'static str) -> DbResult<()> {
        self.reading(&[area]).await
    }

    /// Logs, in one write, a staff member's reads of the areas a page is about to show
    /// (those not logged on this page yet). A page that names its areas ahead costs one
    /// durable write instead of one per area; an area it does not name is still logged
    /// by the read itself.
    pub async fn reading(&self, areas: &[&'static str]) -> DbResult<()> {
        if !self.staff() {
            return Ok(());
        }
        let fresh = self.access.reads_logged().first_of(areas);
        if fresh.is_empty() {
            return Ok(());
        }
        self.store
            .log_reads(self.access.actor(), self.access.role(), self.client(), &fresh)
            .await
    }

    /// Logs a change of `area` by this person.
    pub(super) async fn wrote(&self, area: &str) -> DbResult<()> {
        self.log(Action::Update, area).await
    }

    pub(super) async fn log(&self, action: Action, area: &str) -> DbResult<()> {
        self.store
            .log_access(
                self.access.actor(),
                self.access.role(),
                Some(self.client()),
                action,
                area,
            )
            .await
    }

    /// Sections a reader may not see at all.
    fn hidden_section(&self, section: &str) -> bool {
        !self.sees_special_category()
            && lotse_app::casework::intake_section(section).is_none_or(|s| s.special_category)
    }

    fn hidden_field(&self, field: &str) -> bool {
        field == HEALTH_FIELD && !self.sees_special_category()
    }

    /// May this person write a note of this field of action here (staff, and health only
    /// as the own guide)? What [`Self::add_note`] checks, for checking several cases
    /// before writing to any.
    pub fn may_write_note(&self, field: Option<&str>) -> bool {
        self.staff() && !field.is_some_and(|f| self.hidden_field(f))
    }

    // --- intake ---------------------------------------------------------------------

    /// The intake sections this person may see (window and special category applied).
    pub async fn intake(&self) -> DbResult<Vec<IntakeRow>> {
        self.read("intake").await?;
        let rows = self
            .store
            .intake_rows(self.client(), self.since("intake"))
            .await?;
        Ok(rows
            .into_iter()
            .filter(|r| !self.hidden_section(&r.section))
            .collect())
    }

    /// One section as stored now, if this person may see it.
    pub async fn intake_section(&self, section: &str) -> DbResult<Option<IntakeRow>> {
        Ok(self.intake().await?.into_iter().find(|r| r.section == section))
    }

    /// Saves one section if it is still at `expected_version` (0: new). A section this
    /// person may not see (health for anyone but the own guide, a section saved before a
    /// handover without consent) cannot be written either.
    pub async fn save_intake_section(
        &self,
        section: &IntakeSection,
        values: &BTreeMap<String, String>,
        expected_version: i64,
    ) -> DbResult<Written> {
        if self.hidden_section(section.key) {
            return Ok(Written::NotFound);
        }
        let saved = self
            .store
            .save_intake_row(
                self.client(),
                section.key,
                values,
                expected_version,
                self.since("intake"),
                self.access.actor(),
            )
            .await?;
        if saved == Saved::Done {
            self.wrote("intake").await?;
        }
        Ok(saved.into())
    }

    pub async fn household_members(&self) -> DbResult<Vec<HouseholdMemberRow>> {
        self.read("household").await?;
        self.store
            .household_rows(self.client(), self.since("household"))
            .await
    }

    pub async fn add_household_member(
        &self,
        first_name: &str,
        relation: &str,
        birth_date: Option<&str>,
        school_status: Option<&str>,
    ) -> DbResult<i64> {
        let id = self
            .store
            .insert_household_member(self.client(), first_name, relation, birth_date, school_status)
            .await?;
        self.wrote("household").await?;
        Ok(id)
    }

    // --- plan -----------------------------------------------------------------------

    /// Goals this person may see, by creation.
    pub async fn goals(&self) -> DbResult<Vec<GoalRow>> {
        self.read("plan").await?;
        let rows = self.store.goal_rows(self.client(), self.since("plan")).await?;
        Ok(rows
            .into_iter()
            .filter(|g| !self.hidden_field(&g.field))
            .collect())
    }

    /// Steps of the goals this person may see, by due date.
    pub async fn steps(&self) -> DbResult<Vec<StepRow>> {
        self.read("plan").await?;
        let hide_health = !self.sees_special_category();
        self.store
            .step_rows(self.client(), self.since("plan"), hide_health, false)
            .await
    }

    /// The same steps, each with the group offer the client joined through it.
    pub async fn steps_with_groups(&self) -> DbResult<Vec<StepRow>> {
        self.read("plan").await?;
        let hide_health = !self.sees_special_category();
        self.store
            .step_rows(self.client(), self.since("plan"), hide_health, true)
            .await
    }

    /// How many goals of the special category exist that this person does not see: a
    /// team lead learns that there is something to ask the own guide about, not what.
    pub async fn hidden_goal_count(&self) -> DbResult<i64> {
        if self.sees_special_category() {
            return Ok(0);
        }
        self.store
            .goal_count_in_field(self.client(), self.since("plan"), HEALTH_FIELD)
            .await
    }

    /// The plan's history within the window, without lines about hidden goals or steps.
    pub async fn plan_history(&self, limit: i64) -> DbResult<Vec<HistoryRow>> {
        self.read("plan").await?;
        let hide_health = !self.sees_special_category();
        self.store
            .history_rows(self.client(), self.since("plan"), hide_health, limit)
            .await
    }

    /// When the client last confirmed the plan, and whether it changed since.
    pub async fn plan_confirmation(&self) -> DbResult<Option<(i64, bool)>> {
        self.store.plan_confirmation_row(self.client()).await
    }

    /// Adds a goal. A health goal only by the own guide (the client's own record is
    /// written by staff only).
    pub async fn add_goal(&self, g: &NewGoal) -> DbResult<Option<i64>> {
        if self.hidden_field(&g.field) || !self.staff() {
            return Ok(None);
        }
        let id = self
            .store
            .insert_goal(self.client(), g, self.access.actor())
            .await?;
        self.wrote("plan").await?;
        Ok(Some(id))
    }

    /// Adds a step to a goal this person may see; None for any other goal.
    pub async fn add_step(&self, goal: i64, s: &NewStep) -> DbResult<Option<i64>> {
        if !self.staff() {
            return Ok(None);
        }
        let id = self
            .store
            .insert_step(
                self.client(),
                goal,
                s,
                self.since("plan"),
                !self.sees_special_category(),
                self.access.actor(),
            )
            .await?;
        if id.is_some() {
            self.wrote("plan").await?;
        }
        Ok(id)
    }

    /// Sets the status of a step this person may see, if still at `expected_version`.
    pub async fn set_step_status(
        &self,
        step: i64,
        expected_version: i64,
        status: StepStatus,
        dropped_reason: Option<&str>,
    ) -> DbResult<Written> {
        if !self.staff() || !self.steps().await?.iter().any(|s| s.id == step) {
            return Ok(Written::NotFound);
        }
        let saved = self
            .store
            .update_step_status(
                self.client(),
                step,
                expected_version,
                status,
                dropped_reason,
                self.access.actor(),
            )
            .await?;
        if saved == Saved::Done {
            self.wrote("plan").await?;
        }
        Ok(saved.into())
    }

    /// Changes status or review date of a goal this person may see.
    pub async fn update_goal(
        &self,
        goal: i64,
        expected_version: i64,
        status: GoalStatus,
        review_on: Option<&str>,
    ) -> DbResult<Written> {
        if !self.staff() || !self.goals().await?.iter().any(|g| g.id == goal) {
            return Ok(Written::NotFound);
        }
        let saved = self
            .store
            .update_goal_row(
                self.client(),
                goal,
                expected_version,
                status,
                review_on,
                self.access.actor(),
            )
            .await?;
        if saved == Saved::Done {
            self.wrote("plan").await?;
        }
        Ok(saved.into())
    }

    // --- notes ----------------------------------------------------------------------

    /// Staff: the notes inside the window (health notes for the own guide only). The
    /// client: the notes shared with them.
    pub async fn notes(&self) -> DbResult<Vec<NoteRow>> {
        if self.staff() {
            self.read("notes").await?;
            self.store
                .note_rows(
                    self.client(),
                    self.since("notes"),
                    false,
                    !self.sees_special_category(),
                )
                .await
        } else {
            self.store.note_rows(self.client(), 0, true, false).await
        }
    }

    /// Saves a note (once per form key): Some(false) when it was saved before, None when
    /// this person may not write it (a health note by anyone but the own guide).
    pub async fn add_note(&self, n: &NewNote) -> DbResult<Option<bool>> {
        if !self.may_write_note(n.field.as_deref()) {
            return Ok(None);
        }
        let saved = self
            .store
            .insert_note(
                self.client(),
                n,
                self.since("plan"),
                !self.sees_special_category(),
                self.access.actor(),
            )
            .await?;
        if saved {
            self.wrote("notes").await?;
        }
        Ok(Some(saved))
    }

    // --- deadlines ------------------------------------------------------------------

    /// The deadlines inside the window, open ones first by date.
    pub async fn deadlines(&self) -> DbResult<Vec<DeadlineRow>> {
        self.read("deadlines").await?;
        self.store
            .deadline_rows(self.client(), self.since("deadlines"))
            .await
    }

    /// The deadlines inside the window and when the residence document ends (as far as
    /// this person may see the intake), in one statement: the client's home and
    /// deadline pages show both, and read apart they were two of the home page's six.
    pub async fn deadlines_and_residence_expiry(&self) -> DbResult<(Vec<DeadlineRow>, Option<String>)> {
        self.reading(&["deadlines", "intake"]).await?;
        let residence_since = (!self.hidden_section("residence")).then(|| self.since("intake"));
        let (rows, residence) = self
            .store
            .deadline_rows_with_residence(self.client(), self.since("deadlines"), residence_since)
            .await?;
        let expiry = residence
            .and_then(|data| serde_json::from_str::<BTreeMap<String, String>>(&data).ok())
            .and_then(|values| values.get("document_expires_on").cloned())
            .filter(|d| !d.is_empty());
        Ok((rows, expiry))
    }

    /// Adds a deadline (staff, or the client for themselves); once per form key.
    pub async fn add_deadline(&self, d: &NewDeadline) -> DbResult<()> {
        self.store
            .insert_deadline(self.client(), d, self.access.actor())
            .await?;
        self.wrote("deadlines").await
    }

    /// Marks a deadline inside the window as done or open again; false if there is none.
    pub async fn set_deadline_done(&self, id: i64, done: bool) -> DbResult<bool> {
        let changed = self
            .store
            .update_deadline_done(self.client(), id, done, self.since("deadlines"))
            .await?;
        if changed {
            self.wrote("deadlines").await?;
        }
        Ok(changed)
    }

    /// Removes a deadline inside the window; the client only one they added themselves.
    pub async fn remove_deadline(&self, id: i64) -> DbResult<bool> {
        let removed = self
            .store
            .delete_deadline(self.client(), id, !self.staff(), self.since("deadlines"))
            .await?;
        if removed {
            self.wrote("deadlines").await?;
        }
        Ok(removed)
    }

    // --- requests ("ask my guide") --------------------------------------------------

    /// Requests inside the window, newest first.
    pub async fn requests(&self) -> DbResult<Vec<RequestRow>> {
        self.read("requests").await?;
        self.store
            .request_rows(self.client(), self.since("requests"))
            .await
    }

    /// The client asks (once per form key); false for a repeat.
    pub async fn add_request(&self, r: &NewRequest) -> DbResult<bool> {
        if self.staff() {
            return Ok(false);
        }
        self.store.insert_request(self.client(), r).await
    }

    /// May the client send one more photo today? Each is up to 5 MB and kept for weeks:
    /// a person (or a stolen phone) cannot fill the database with them.
    pub async fn photo_allowed(&self) -> DbResult<bool> {
        let sent = self
            .store
            .photos_since(self.client(), crate::time::now() - 86_400)
            .await?;
        Ok(sent < super::requests::PHOTOS_PER_DAY)
    }

    /// Staff answer or close a request inside the window; false if there is none.
    pub async fn answer_request(&self, id: i64, answer: &str, close: bool) -> DbResult<bool> {
        if !self.staff() {
            return Ok(false);
        }
        let done = self
            .store
            .update_request_answer(
                self.client(),
                id,
                answer,
                close,
                self.since("requests"),
                self.access.actor(),
            )
            .await?;
        if done {
            self.wrote("requests").await?;
        }
        Ok(done)
    }

    /// The photo of a request inside the window.
    pub async fn request_photo(&self, id: i64) -> DbResult<Option<(String, Vec<u8>)>> {
        self.read("requests").await?;
        self.store
            .request_photo_row(self.client(), id, self.since("requests"))
            .await
    }

    /// Answers the client has not opened yet.
    pub async fn new_answers(&self) -> DbResult<i64> {
        self.store.new_answer_count(self.client()).await
    }

    /// The client opened their requests: every answer so far is seen.
    pub async fn mark_answers_seen(&self) -> DbResult<()> {
        if self.staff() {
            return Ok(());
        }
        self.store.set_answers_seen(self.client()).await
    }

    // --- referrals ------------------------------------------------------------------

    /// Referrals inside the window; those to health services for the own guide only.
    pub async fn referrals(&self) -> DbResult<Vec<ReferralRow>> {
        self.read("referrals").await?;
        self.store
            .referral_rows(
                self.client(),
                self.since("referrals"),
                !self.sees_special_category(),
            )
            .await
    }

    /// Refers the client to a service; None when this person may not (a health service
    /// by anyone but the own guide).
    pub async fn add_referral(&self, service: &str, recipient: &str, reason: &str) -> DbResult<Option<i64>> {
        if !self.staff() || (HEALTH_SERVICES.contains(&service) && !self.sees_special_category()) {
            return Ok(None);
        }
        let id = self
            .store
            .insert_referral(self.client(), service, recipient, reason, self.access.actor())
            .await?;
        self.wrote("referrals").await?;
        Ok(Some(id))
    }

    /// Records a referral's status and outcome, if it is one this person may see.
    pub async fn update_referral(
        &self,
        id: i64,
        expected_version: i64,
        status: ReferralStatus,
        outcome: Option<&str>,
    ) -> DbResult<Written> {
        if !self.staff() || !self.referrals().await?.iter().any(|r| r.id == id) {
            return Ok(Written::NotFound);
        }
        let saved = self
            .store
            .update_referral_row(self.client(), id, expected_version, status, outcome)
            .await?;
        if saved == Saved::Done {
            self.wrote("referrals").await?;
        }
        Ok(saved.into())
    }

    // --- appointments ---------------------------------------------------------------

    /// Appointments inside the window, soonest first. A health appointment shows others
    /// than the own guide only that it exists and when (see [`Self::veiled`]).
    pub async fn appointments(&self) -> DbResult<Vec<AppointmentRow>> {
        self.read("appointments").await?;
        let rows = self
            .store
            .appointment_rows(self.client(), self.since("appointments"))
            .await?;
        Ok(rows.into_iter().map(|a| self.veiled(a)).collect())
    }

    /// One appointment inside the window (veiled like the list).
    pub async fn appointment(&self, id: i64) -> DbResult<Option<AppointmentRow>> {
        self.read("appointments").await?;
        let row = self
            .store
            .appointment_row(self.client(), id, self.since("appointments"))
            .await?;
        Ok(row.map(|a| self.veiled(a)))
    }

    /// A health appointment as someone who may not see special-category data sees it:
    /// the time, its length and its status; not where, with whom, what to bring or what
    /// came of it.
    fn veiled(&self, mut a: AppointmentRow) -> AppointmentRow {
        if a.health && !self.sees_special_category() {
            a.place_name = String::new();
            a.address = None;
            a.room = None;
            a.contact_person = None;
            a.contact_phone = None;
            a.bring = String::new();
            a.outcome = None;
        }
        a
    }

    /// Is this an appointment this person sees only veiled (and so may not change)?
    async fn veiled_appointment(&self, id: i64) -> DbResult<bool> {
        Ok(!self.sees_special_category() && self.appointment(id).await?.is_some_and(|a| a.health))
    }

    /// Staff make an appointment (and book the interpreter with it): `Err(start)` when the
    /// interpreter is taken by the appointment starting then.
    pub async fn create_appointment(
        &self,
        a: &NewAppointment,
        interpreter: Option<i64>,
    ) -> DbResult<Result<i64, i64>> {
        if !self.staff() {
            return Err(DbError::Refused("clients do not make appointments".into()));
        }
        if a.health && !self.sees_special_category() {
            return Err(DbError::Refused("health appointments are the own guide's".into()));
        }
        let made = self
            .store
            .insert_appointment(self.client(), a, interpreter, self.access.actor())
            .await?;
        if made.is_ok() {
            self.wrote("appointments").await?;
        }
        Ok(made)
    }

    /// Books an interpreter of `municipality` for an appointment inside the window.
    pub async fn book_interpreter(
        &self,
        appointment: i64,
        interpreter: i64,
        municipality: MunicipalityId,
    ) -> DbResult<Booking> {
        if !self.staff() || self.veiled_appointment(appointment).await? {
            return Ok(Booking::NotFound);
        }
        let booked = self
            .store
            .book_interpreter_row(
                self.client(),
                appointment,
                interpreter,
                municipality,
                self.since("appointments"),
            )
            .await?;
        if booked == Booking::Booked {
            self.wrote("appointments").await?;
        }
        Ok(booked)
    }

    /// Records what came of an appointment inside the window.
    pub async fn record_outcome(
        &self,
        appointment: i64,
        expected_version: i64,
        status: AppointmentStatus,
        outcome: Option<&str>,
    ) -> DbResult<Written> {
        if !self.staff()
            || self.appointment(appointment).await?.is_none()
            || self.veiled_appointment(appointment).await?
        {
            return Ok(Written::NotFound);
        }
        let saved = self
            .store
            .update_outcome(
                self.client(),
                appointment,
                expected_version,
                status,
                outcome,
                self.since("appointments"),
            )
            .await?;
        if saved == Saved::Done {
            self.wrote("appointments").await?;
        }
        Ok(saved.into())
    }

    // --- consents -------------------------------------------------------------------

    /// Consents recorded inside the window, and the one the case was handed over on: a
    /// receiving team sees the consent it holds the case by, not the client's earlier
    /// dealings.
    pub async fn consents(&self) -> DbResult<Vec<ConsentRow>> {
        self.read("consents").await?;
        self.store
            .consent_rows(self.client(), self.since("consents"))
            .await
    }

    /// Records a consent the client gave (staff only), as the next version.
    pub async fn add_consent(&self, c: &NewConsent) -> DbResult<Option<i64>> {
        if !self.staff() {
            return Ok(None);
        }
        let id = self
            .store
            .insert_consent(self.client(), c, self.access.actor())
            .await?;
        self.wrote("consents").await?;
        Ok(Some(id))
    }

    /// Records that the client withdrew a consent this person can see.
    pub async fn revoke_consent(&self, id: i64, on: &str) -> DbResult<bool> {
        if !self.staff() {
            return Ok(false);
        }
        let done = self
            .store
            .revoke_consent_row(self.client(), id, on, self.access.actor(), self.since("consents"))
            .await?;
        if done {
            self.wrote("consents").await?;
        }
        Ok(done)
    }

    /// The newest active consent to hand the case to `team`.
    pub async fn handover_consent(&self, team: TeamId) -> DbResult<Option<ConsentRow>> {
        self.store.handover_consent_row(self.client(), team).await
    }

    // --- handovers ------------------------------------------------------------------

    /// Handovers of this case inside the window (the one that brought it here included).
    pub async fn transfers(&self) -> DbResult<Vec<TransferRow>> {
        self.read("handover").await?;
        self.store
            .transfer_rows(self.client(), self.since("handover"))
            .await
    }

    /// Hands the case to another guide. Nobody hands a case to themselves: becoming the
    /// own guide (and so seeing health data) is never something one grants oneself.
    /// The new window is narrowed by this one, never widened
    /// ([`super::handover::Window::after_handover`]).
    pub async fn hand_over(
        &self,
        to_guide: UserId,
        to_team: TeamId,
        consent: Option<&ConsentRow>,
        reason: Option<String>,
    ) -> DbResult<bool> {
        if !self.staff() || to_guide == self.access.actor() {
            return Ok(false);
        }
        let covers = consent.and_then(|c| {
            let areas = c.covered_areas();
            let all = lotse_app::casework::AREAS
                .iter()
                .all(|a| areas.iter().any(|x| x == a));
            (!all).then_some(areas)
        });
        let t = Transfer {
            client: self.client(),
            by: self.access.actor(),
            to_guide,
            to_team,
            consent_id: consent.map(|c| c.id),
            covers,
            reason,
        };
        let done = self.store.transfer_row(&t).await?;
        if done {
            self.wrote("handover").await?;
        }
        Ok(done)
    }

    // --- the client's own actions ---------------------------------------------------

    fn is_client(&self) -> bool {
        self.access.role() == Role::Client
    }

    /// The plan's goals as the client reads them (in their language where a template
    /// has one). Staff read [`CaseFile::goals`].
    pub async fn client_goals(&self) -> DbResult<Vec<ClientGoalRow>> {
        let rows = self
            .store
            .client_goal_rows(self.client(), self.since("plan"))
            .await?;
        Ok(rows
            .into_iter()
            .filter(|g| !self.hidden_field(&g.field))
            .collect())
    }

    /// The client marks a step done or asks for help with it.
    pub async fn client_step_action(&self, step: i64, action: StepAction) -> DbResult<bool> {
        if !self.is_client() {
            return Ok(false);
        }
        self.store
            .client_step_row(self.client(), step, action, self.access.actor())
            .await
    }

    /// When the client last opened their plan, and the instant of this look (taken before
    /// the plan is read, so that a change made while the page is made counts as unseen).
    /// None for anyone but the client.
    pub async fn plan_seen(&self) -> DbResult<Option<PlanSeen>> {
        if !self.is_client() {
            return Ok(None);
        }
        let at = super::now();
        let before = self.store.plan_seen_row(self.client()).await?;
        Ok(Some(PlanSeen { before, at }))
    }

    /// Marks this look as the client's last one, unless nothing in the plan changed since
    /// the last (`latest`: the newest change among what the page read). The marks of the
    /// next look would be the same either way, so a look at an unchanged plan (most
    /// looks) writes nothing: one write and its commit less on the client's daily page.
    pub async fn saw_plan(&self, seen: &PlanSeen, latest: Option<i64>) -> DbResult<()> {
        let unchanged =
            matches!((seen.before, latest), (Some(before), latest) if latest.is_none_or(|l| l <= before));
        if unchanged || !self.is_client() {
            return Ok(());
        }
        self.store.set_plan_seen_row(self.client(), seen.at).await
    }

    /// The client says they will come.
    pub async fn confirm_appointment(&self, appointment: i64) -> DbResult<bool> {
        if !self.is_client() {
            return Ok(false);
        }
        self.store
            .confirm_appointment_row(self.client(), appointment)
            .await
    }

    /// The client asks to move an appointment.
    pub async fn ask_to_move(&self, appointment: i64, reason: &str) -> DbResult<bool> {
        if !self.is_client() {
            return Ok(false);
        }
        self.store
            .ask_to_move_row(self.client(), appointment, reason)
            .await
    }

    /// Appointments with an open request to move them.
    pub async fn move_requests_open(&self) -> DbResult<Vec<i64>> {
        self.store.move_request_rows(self.client()).await
    }

    // --- the overview ---------------------------------------------------------------

    /// The client's record: name, birth date, languages, phone, guide, activation. A
    /// staff member's look is logged ("record").
    pub async fn overview(&self) -> DbResult<Option<ClientRow>> {
        self.read("record").await?;
        self.store.client_row(self.client()).await
    }

    /// The client's name for the heading of a case page, whose own area is logged by
    /// the page (not logged twice).
    pub async fn name(&self) -> DbResult<Option<(String, String)>> {
        // The staff's gate read it with the case's scope (one statement less per page).
        if let Some(name) = self.access.name() {
            return Ok(Some(name.clone()));
        }
        Ok(self
            .store
            .client_row(self.client())
            .await?
            .map(|r| (r.first_name, r.last_name)))
    }

    // --- who looked -------------------------------------------------------------------

    /// The case's access log with names, newest first, inside the window: the team
    /// that took a case over does not read who looked before it (a look at the log is
    /// itself logged, "history").
    pub async fn access_history(&self, limit: i64) -> DbResult<Vec<super::access_log::NamedAccessEntry>> {
        self.read("history").await?;
        self.store
            .access_log_with_names(self.client(), self.since("history"), limit)
            .await
    }

    /// For the client: which staff opened or changed their file ("who opened my file").
    pub async fn staff_access(&self, limit: i64) -> DbResult<Vec<super::access_log::NamedAccessEntry>> {
        self.store.staff_access_to(self.client(), limit).await
    }
}

/// A client's look at their plan: when they looked before (None: never) and now.
#[derive(Clone, Copy, Debug)]
pub struct PlanSeen {
    pub before: Option<i64>,
    pub at: i64,
}
