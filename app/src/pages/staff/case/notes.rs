//! Conversation notes (Gesprächsdokumentation): visible to every staff member working on
//! the case, to the client only when shared, never to volunteers. Follow-up steps go
//! straight into the plan. The form keeps its text on the device until the save lands.

use super::{choices, CaseHead, CaseLayout};
use crate::casework::{FIELDS, STEP_ACTORS};
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, Field, Posted, Select, TextArea};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct NoteView {
    pub held_on: String,
    pub topic: String,
    pub field: Option<String>,
    pub participants: Option<String>,
    pub interpreter: Option<String>,
    pub body: String,
    pub shared_with_client: bool,
    pub author: String,
}

#[derive(Clone, Debug)]
pub struct NotesData {
    pub notes: Vec<NoteView>,
    /// Open goals a follow-up can join: (id, title).
    pub goals: Vec<(i64, String)>,
    /// A fresh key for this form, so a retried save is stored once.
    pub client_key: String,
    /// ISO date of today, the default for a new note.
    pub today: String,
    /// Linked members of the household this person may write to: (client id, name).
    /// The note can be filed for them too (shared family counselling).
    pub household: Vec<(i64, String)>,
}

crate::form! {
    /// A new note as posted, with up to two follow-up steps for the plan.
    NoteInput / NoteField {
        client_key: ClientKey,
        held_on: HeldOn,
        topic: Topic,
        field: Field,
        participants: Participants,
        interpreter: Interpreter,
        body: Body,
        shared_with_client: SharedWithClient,
        also: Also,
        follow_up_goal: FollowUpGoal,
        follow_up_1: FollowUp1,
        follow_up_actor_1: FollowUpActor1,
        follow_up_due_1: FollowUpDue1,
        follow_up_2: FollowUp2,
        follow_up_actor_2: FollowUpActor2,
        follow_up_due_2: FollowUpDue2,
    }
}

/// Follow-up rows in the form: (text, actor, due).
pub const FOLLOW_UPS: [(NoteField, NoteField, NoteField); 2] = [
    (
        NoteField::FollowUp1,
        NoteField::FollowUpActor1,
        NoteField::FollowUpDue1,
    ),
    (
        NoteField::FollowUp2,
        NoteField::FollowUpActor2,
        NoteField::FollowUpDue2,
    ),
];

impl NoteInput {
    /// A follow-up row's (text, actor, due) as typed.
    pub fn follow_up(&self, row: usize) -> (&str, &str, &str) {
        match row {
            0 => (&self.follow_up_1, &self.follow_up_actor_1, &self.follow_up_due_1),
            _ => (&self.follow_up_2, &self.follow_up_actor_2, &self.follow_up_due_2),
        }
    }
}

#[component]
pub fn NotesPage(head: CaseHead, data: NotesData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("notes");
    let form = "note";
    use NoteField as N;
    let key = posted.value_or(form, N::ClientKey.name(), &data.client_key);
    let goal_options = std::iter::once((String::new(), tr.t("note-follow-up-new-goal")))
        .chain(data.goals.iter().map(|(id, t)| (id.to_string(), t.clone())))
        .collect::<Vec<_>>();
    let follow_ups = FOLLOW_UPS
        .iter()
        .enumerate()
        .map(|(i, (text, actor, due))| {
            let n = (i + 1) as i64;
            let (text, actor, due) = (text.name(), actor.name(), due.name());
            view! {
                <fieldset class="follow-up">
                    <legend>{tr.ta("note-follow-up-n", &[("n", n.into())])}</legend>
                    <Field name=text label=tr.t("plan-step-text") value=posted.value(form, text)
                        error=posted.error(form, text) optional_label=tr.t("optional") maxlength=300 autocomplete="off"/>
                    <Select name=actor label=tr.t("plan-step-actor") selected=posted.value_or(form, actor, "client")
                        options=choices("step-actor", &STEP_ACTORS, None)/>
                    <Field name=due label=tr.t("plan-step-due") value=posted.value(form, due)
                        error=posted.error(form, due) input_type="date" optional_label=tr.t("optional")/>
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    let notes = data
        .notes
        .iter()
        .map(|n| {
            let mut meta = vec![tr.date(&n.held_on), n.author.clone()];
            if let Some(f) = &n.field {
                meta.push(tr.t(&format!("field-{f}")));
            }
            let participants = n
                .participants
                .as_ref()
                .map(|p| tr.ta("note-participants-label", &[("names", p.clone().into())]));
            let interpreter = n
                .interpreter
                .as_ref()
                .map(|p| tr.ta("note-interpreter-label", &[("name", p.clone().into())]));
            view! {
                <article class="card note">
                    <h3>{n.topic.clone()}</h3>
                    <p class="muted">{meta.join(" · ")}</p>
                    {participants.map(|p| view! { <p class="muted">{p}</p> })}
                    {interpreter.map(|p| view! { <p class="muted">{p}</p> })}
                    {n.shared_with_client.then(|| view! { <p class="badge">{tr.t("note-shared-badge")}</p> })}
                    <p class="note-body">{n.body.clone()}</p>
                </article>
            }
        })
        .collect::<Vec<_>>();
    let empty = notes.is_empty();
    // Checked again after a refused save: the ids as posted, comma-joined.
    let also_posted = posted.value(form, N::Also.name());
    let also_checked: Vec<&str> = also_posted.split(',').map(str::trim).collect();
    let household = (!data.household.is_empty()).then(|| {
        let boxes = data
            .household
            .iter()
            .map(|(id, name)| {
                let value = id.to_string();
                let checked = also_checked.contains(&value.as_str());
                view! {
                    <Checkbox name=N::Also.name() label=name.clone() checked=checked value=value
                        id=format!("f-also-{id}")/>
                }
            })
            .collect::<Vec<_>>();
        let error = posted.error(form, N::Also.name());
        let described = error.is_some().then_some("f-also-error");
        view! {
            <fieldset class="also" aria-describedby=described>
                <legend>{tr.t("note-also-for")}</legend>
                <p class="hint">{tr.t("note-also-hint")}</p>
                {error.map(|e| view! { <p class="error" id="f-also-error">{e}</p> })}
                {boxes}
            </fieldset>
        }
    });
    view! {
        <CaseLayout head=head tab="notes">
            <section class="card" aria-labelledby="h-new-note">
                <h2 id="h-new-note">{tr.t("note-new")}</h2>
                <form method="post" action=base.clone() class="stack" novalidate data-draft=""
                    data-msg-kept=tr.t("draft-kept") data-msg-restored=tr.t("draft-restored")>
                    <input type="hidden" name=N::ClientKey.name() value=key.clone()/>
                    <p class="draft-status" role="status" aria-live="polite"></p>
                    <Field name=N::HeldOn.name() label=tr.t("note-held-on") value=posted.value_or(form, N::HeldOn.name(), &data.today)
                        error=posted.error(form, N::HeldOn.name()) input_type="date" required=true/>
                    <Field name=N::Topic.name() label=tr.t("note-topic") value=posted.value(form, N::Topic.name())
                        error=posted.error(form, N::Topic.name()) required=true maxlength=200 autocomplete="off"/>
                    <Select name=N::Field.name() label=tr.t("plan-field") selected=posted.value(form, N::Field.name())
                        options=choices("field", &FIELDS, Some(tr.t("choice-none")))/>
                    <Field name=N::Participants.name() label=tr.t("note-participants") value=posted.value(form, N::Participants.name())
                        error=posted.error(form, N::Participants.name()) optional_label=tr.t("optional") maxlength=300 autocomplete="off"/>
                    <Field name=N::Interpreter.name() label=tr.t("note-interpreter") value=posted.value(form, N::Interpreter.name())
                        error=posted.error(form, N::Interpreter.name()) optional_label=tr.t("optional") maxlength=200 autocomplete="off"/>
                    <TextArea name=N::Body.name() label=tr.t("note-body") value=posted.value(form, N::Body.name())
                        error=posted.error(form, N::Body.name()) required=true rows=6 maxlength=20000/>
                    <Checkbox name=N::SharedWithClient.name() label=tr.t("note-shared")
                        checked=posted.value(form, N::SharedWithClient.name()) == "on"/>
                    {household}
                    <h3>{tr.t("note-follow-ups")}</h3>
                    <Select name=N::FollowUpGoal.name() label=tr.t("note-follow-up-goal") selected=posted.value(form, N::FollowUpGoal.name())
                        options=goal_options/>
                    {follow_ups}
                    <button type="submit" class="button primary">{tr.t("note-save")}</button>
                </form>
            </section>
            <h2>{tr.t("note-list")}</h2>
            {empty.then(|| view! { <p class="card empty">{tr.t("note-empty")}</p> })}
            {notes}
        </CaseLayout>
    }
}
