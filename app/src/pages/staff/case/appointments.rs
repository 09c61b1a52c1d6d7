//! Appointments: with an office or the guide, what to bring, and an interpreter from the
//! pool, booked without double booking. Outcomes are recorded afterwards.

use super::{choices, CaseHead, CaseLayout, When};
use crate::casework::AppointmentStatus;
use crate::casework::{DEADLINE_KINDS, REMIND_DAYS};
use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::use_tr;
use crate::pages::client_deadlines::{days_left_text, DeadlineField, MyDeadline};
use crate::pages::forms::{Checkbox, Field, Posted, Select, TextArea};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct AppointmentView {
    pub id: i64,
    pub when: When,
    pub duration_minutes: i64,
    pub with_kind: String,
    pub place_name: String,
    pub address: Option<String>,
    pub room: Option<String>,
    pub contact_person: Option<String>,
    pub contact_phone: Option<String>,
    pub bring: Vec<String>,
    pub interpreter_lang: Option<String>,
    pub interpreter_name: Option<String>,
    pub status: AppointmentStatus,
    pub outcome: Option<String>,
    pub client_confirmed: bool,
    pub past: bool,
    pub version: i64,
    /// At a health or psychosocial service.
    pub health: bool,
    /// A health appointment seen by someone other than the own guide: only its time.
    pub veiled: bool,
}

#[derive(Clone, Debug)]
pub struct AppointmentsData {
    pub appointments: Vec<AppointmentView>,
    /// (id, "Name – languages") of the pool's interpreters.
    pub interpreters: Vec<(i64, String)>,
    /// The client's deadlines (the same list the client sees).
    pub deadlines: Vec<MyDeadline>,
    /// The client's own guide: the only one who makes health appointments.
    pub own_guide: bool,
}

crate::form! {
    /// A new appointment as posted. `interpreter` is an id from the pool; `health` is
    /// only offered to the own guide.
    AppointmentInput / AppointmentField {
        date: Date,
        time: Time,
        duration: Duration,
        with_kind: WithKind,
        place_name: PlaceName,
        address: Address,
        room: Room,
        contact_person: ContactPerson,
        contact_phone: ContactPhone,
        bring: Bring,
        interpreter_lang: InterpreterLang,
        interpreter: Interpreter,
        health: Health,
    }
}

crate::form! {
    /// An interpreter from the pool booked for an appointment that needs one.
    BookingInput / BookingField {
        interpreter: Interpreter,
    }
}

crate::form! {
    /// What came of an appointment. `version` is the one the form was opened with, so a
    /// change made meanwhile by someone else is not overwritten.
    OutcomeInput / OutcomeField {
        version: Version,
        status: Status,
        outcome: Outcome,
    }
}

/// The client's deadlines with a form to add one; the client sees them on the phone and
/// in their calendar.
#[component]
fn DeadlinesSection(base: String, deadlines: Vec<MyDeadline>, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let form = "deadline";
    use DeadlineField as D;
    let rows = deadlines
        .into_iter()
        .map(|d| {
            let source = match (&d.id, d.own) {
                (None, _) => tr.t("deadline-source-intake"),
                (Some(_), true) => tr.t("deadline-source-client"),
                (Some(_), false) => d.added_by.clone().unwrap_or_default(),
            };
            let remove = d.id.map(|id| view! {
                <form method="post" action=format!("{base}/deadlines/{id}/remove")>
                    <button type="submit" class="button small">{tr.t("deadline-remove")}</button>
                </form>
            });
            view! {
                <tr class:done=d.done>
                    <td>{tr.t(&format!("deadline-kind-{}", d.kind))}{(!d.title.is_empty()).then(|| format!(": {}", d.title))}</td>
                    <td>{tr.date(&d.due_on)}" ("{days_left_text(&tr, d.days_left)}")"</td>
                    <td>{source}{d.done.then(|| format!(" · {}", tr.t("my-deadline-is-done")))}</td>
                    <td>{remove}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let kinds = DEADLINE_KINDS
        .iter()
        .map(|(k, _)| (k.to_string(), tr.t(&format!("deadline-kind-{k}"))))
        .collect::<Vec<_>>();
    let remind = REMIND_DAYS
        .iter()
        .map(|d| {
            (
                d.to_string(),
                tr.ta("deadline-remind-days", &[("days", (*d).into())]),
            )
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    view! {
        <section class="card" aria-labelledby="h-deadlines" id="deadlines">
            <h2 id="h-deadlines">{tr.t("deadline-list")}</h2>
            {if empty {
                view! { <p class="empty">{tr.t("deadline-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table>
                        <thead><tr>
                            <th scope="col">{tr.t("my-deadline-kind")}</th>
                            <th scope="col">{tr.t("my-deadline-date")}</th>
                            <th scope="col">{tr.t("deadline-source")}</th>
                            <th scope="col"><span class="visually-hidden">{tr.t("deadline-remove")}</span></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table></div>
                }.into_any()
            }}
            <details class="add-form" open=posted.is(form)>
                <summary>{tr.t("deadline-new")}</summary>
                <form method="post" action=format!("{base}/deadlines") class="stack" novalidate>
                    <div class="row">
                        <Select name=D::Kind.name() label=tr.t("my-deadline-kind")
                            selected=posted.value_or(form, D::Kind.name(), "benefit_renewal")
                            options=kinds error=posted.error(form, D::Kind.name()) id="f-deadline-kind".to_string()/>
                        <Field name=D::DueOn.name() label=tr.t("my-deadline-date") value=posted.value(form, D::DueOn.name())
                            error=posted.error(form, D::DueOn.name()) input_type="date" required=true/>
                    </div>
                    <Field name=D::Title.name() label=tr.t("my-deadline-title") value=posted.value(form, D::Title.name())
                        error=posted.error(form, D::Title.name()) optional_label=tr.t("optional") maxlength=200
                        autocomplete="off" id="f-deadline-title".to_string()/>
                    <Select name=D::RemindDays.name() label=tr.t("my-deadline-remind")
                        selected=posted.value_or(form, D::RemindDays.name(), "30")
                        options=remind error=posted.error(form, D::RemindDays.name())/>
                    <button type="submit" class="button primary">{tr.t("deadline-save")}</button>
                </form>
            </details>
        </section>
    }
}

#[component]
pub fn AppointmentsPage(head: CaseHead, data: AppointmentsData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("appointments");
    let form = "appointment";
    use AppointmentField as A;
    let interpreter_options = std::iter::once((String::new(), tr.t("appointment-no-interpreter")))
        .chain(
            data.interpreters
                .iter()
                .map(|(id, l)| (id.to_string(), l.clone())),
        )
        .collect::<Vec<_>>();
    let lang_options = std::iter::once((String::new(), tr.t("appointment-interpreter-not-needed")))
        .chain(
            SPOKEN_LANGUAGES
                .iter()
                .filter(|l| **l != "de")
                .map(|l| (l.to_string(), tr.t(&format!("language-{l}")))),
        )
        .collect::<Vec<_>>();
    let cards = data
        .appointments
        .iter()
        .map(|a| appointment_card(&base, a, &interpreter_options, &posted))
        .collect::<Vec<_>>();
    let empty = cards.is_empty();
    view! {
        <CaseLayout head=head tab="appointments">
            <h2>{tr.t("appointment-list")}</h2>
            {empty.then(|| view! { <p class="card empty">{tr.t("appointment-empty")}</p> })}
            {cards}
            <DeadlinesSection base=base.clone() deadlines=data.deadlines posted=posted.clone()/>
            <section class="card" aria-labelledby="h-new-appointment">
                <h2 id="h-new-appointment">{tr.t("appointment-new")}</h2>
                <form method="post" action=base.clone() class="stack" novalidate>
                    <div class="row">
                        <Field name=A::Date.name() label=tr.t("appointment-date") value=posted.value(form, A::Date.name())
                            error=posted.error(form, A::Date.name()) input_type="date" required=true/>
                        <Field name=A::Time.name() label=tr.t("appointment-time") value=posted.value(form, A::Time.name())
                            error=posted.error(form, A::Time.name()) input_type="time" required=true/>
                        <Field name=A::Duration.name() label=tr.t("appointment-duration")
                            value=posted.value_or(form, A::Duration.name(), "60")
                            error=posted.error(form, A::Duration.name()) inputmode="numeric" maxlength=3/>
                    </div>
                    <Select name=A::WithKind.name() label=tr.t("appointment-with")
                        selected=posted.value_or(form, A::WithKind.name(), "office")
                        options=choices("appointment-with", &["office", "guide"], None)/>
                    <Field name=A::PlaceName.name() label=tr.t("appointment-place") value=posted.value(form, A::PlaceName.name())
                        error=posted.error(form, A::PlaceName.name()) required=true maxlength=200 autocomplete="off"/>
                    <Field name=A::Address.name() label=tr.t("appointment-address") value=posted.value(form, A::Address.name())
                        error=posted.error(form, A::Address.name()) optional_label=tr.t("optional") maxlength=300
                        autocomplete="off"/>
                    <Field name=A::Room.name() label=tr.t("appointment-room") value=posted.value(form, A::Room.name())
                        error=posted.error(form, A::Room.name()) optional_label=tr.t("optional") maxlength=100
                        autocomplete="off"/>
                    <Field name=A::ContactPerson.name() label=tr.t("appointment-contact")
                        value=posted.value(form, A::ContactPerson.name())
                        error=posted.error(form, A::ContactPerson.name()) optional_label=tr.t("optional") maxlength=200
                        autocomplete="off"/>
                    <Field name=A::ContactPhone.name() label=tr.t("appointment-contact-phone")
                        value=posted.value(form, A::ContactPhone.name())
                        error=posted.error(form, A::ContactPhone.name()) optional_label=tr.t("optional") input_type="tel"
                        autocomplete="off"/>
                    <TextArea name=A::Bring.name() label=tr.t("appointment-bring") value=posted.value(form, A::Bring.name())
                        error=posted.error(form, A::Bring.name()) hint=tr.t("appointment-bring-hint")
                        optional_label=tr.t("optional") rows=3 maxlength=2000/>
                    <Select name=A::InterpreterLang.name() label=tr.t("appointment-interpreter-lang")
                        selected=posted.value(form, A::InterpreterLang.name()) options=lang_options/>
                    <Select name=A::Interpreter.name() label=tr.t("appointment-interpreter")
                        selected=posted.value(form, A::Interpreter.name())
                        options=interpreter_options.clone() error=posted.error(form, A::Interpreter.name())/>
                    {data.own_guide.then(|| view! {
                        <Checkbox name=A::Health.name() label=tr.t("appointment-health")
                            checked=posted.value(form, A::Health.name()) == "on"/>
                        <p class="hint">{tr.t("appointment-health-hint")}</p>
                    })}
                    <button type="submit" class="button primary">{tr.t("appointment-save")}</button>
                </form>
            </section>
        </CaseLayout>
    }
}

fn appointment_card(
    base: &str,
    a: &AppointmentView,
    interpreter_options: &[(String, String)],
    posted: &Posted,
) -> impl IntoView {
    let tr = use_tr();
    let aid = a.id;
    if a.veiled {
        // Someone other than the own guide: that there is a health appointment, and
        // when; nothing about where or what came of it, and nothing to change.
        let status = tr.t(&format!("appointment-status-{}", a.status));
        return view! {
            <article class="card appointment" class:past=a.past id=format!("appointment-{aid}")>
                <h3>{a.when.show(&tr)}</h3>
                <p>{tr.t("appointment-health-veiled")}</p>
                <p class="muted">{status}</p>
            </article>
        }
        .into_any();
    }
    let book_form = format!("book-{aid}");
    let outcome_form = format!("outcome-{aid}");
    use BookingField as B;
    use OutcomeField as O;
    let with = tr.t(&format!("appointment-with-{}", a.with_kind));
    let place = [
        Some(a.place_name.clone()),
        a.address.clone(),
        a.room
            .clone()
            .map(|r| tr.ta("appointment-room-label", &[("room", r.into())])),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let interpreter = match (&a.interpreter_lang, &a.interpreter_name) {
        (Some(l), Some(n)) => Some(tr.ta(
            "appointment-interpreter-booked",
            &[
                ("name", n.clone().into()),
                ("language", tr.t(&format!("language-{l}")).into()),
            ],
        )),
        (Some(l), None) => Some(tr.ta(
            "appointment-interpreter-needed",
            &[("language", tr.t(&format!("language-{l}")).into())],
        )),
        (None, Some(n)) => Some(n.clone()),
        (None, None) => None,
    };
    let bring = (!a.bring.is_empty()).then(|| {
        let items = a
            .bring
            .iter()
            .map(|b| view! { <li>{b.clone()}</li> })
            .collect::<Vec<_>>();
        view! { <p>{tr.t("appointment-bring")}</p><ul class="checklist">{items}</ul> }
    });
    let status = tr.t(&format!("appointment-status-{}", a.status));
    let planned = a.status == AppointmentStatus::Planned;
    view! {
        <article class="card appointment" class:past=a.past id=format!("appointment-{aid}")>
            <h3>{a.when.show(&tr)}" · "{with}</h3>
            {a.health.then(|| view! { <p><span class="badge">{tr.t("appointment-health-badge")}</span></p> })}
            <p>{place}</p>
            {a.contact_person.clone().map(|c| view! { <p class="muted">{tr.ta("appointment-contact-label", &[("name", c.into())])}</p> })}
            {a.contact_phone.clone().map(|p| view! { <p class="muted"><a dir="ltr" href=crate::pages::tel_href(&p)>{p.clone()}</a></p> })}
            {bring}
            {interpreter.map(|i| view! { <p data-testid="interpreter-line">{i}</p> })}
            <p class="muted">{status}{a.client_confirmed.then(|| format!(" · {}", tr.t("appointment-client-confirmed")))}</p>
            {a.outcome.clone().map(|o| view! { <p class="note-body">{o}</p> })}
            {posted.error(&book_form, B::Interpreter.name())
                .map(|e| view! { <p class="error" role="alert" data-testid="booking-error">{e}</p> })}
            {(planned && a.interpreter_lang.is_some() && a.interpreter_name.is_none()).then(|| view! {
                <form method="post" action=format!("{base}/{aid}/interpreter") class="stack" novalidate>
                    <Select name=B::Interpreter.name() id=format!("f-book-{aid}") label=tr.t("appointment-book-interpreter")
                        selected=posted.value(&book_form, B::Interpreter.name()) options=interpreter_options.to_vec()/>
                    <button type="submit" class="button">{tr.t("appointment-book")}</button>
                </form>
            })}
            <details class="add-form" open=posted.is(&outcome_form)>
                <summary>{tr.t("appointment-record-outcome")}</summary>
                <form method="post" action=format!("{base}/{aid}/outcome") class="stack" novalidate>
                    <input type="hidden" name=O::Version.name() value=a.version.to_string()/>
                    <Select name=O::Status.name() id=format!("f-outcome-status-{aid}") label=tr.t("appointment-status")
                        selected=posted.value_or(&outcome_form, O::Status.name(), a.status.as_str())
                        options=choices("appointment-status", AppointmentStatus::TEXTS, None)
                        error=posted.error(&outcome_form, O::Status.name())/>
                    <TextArea name=O::Outcome.name() id=format!("f-outcome-{aid}") label=tr.t("appointment-outcome")
                        value=posted.value_or(&outcome_form, O::Outcome.name(), a.outcome.as_deref().unwrap_or(""))
                        error=posted.error(&outcome_form, O::Outcome.name()) optional_label=tr.t("optional") rows=3/>
                    <button type="submit" class="button">{tr.t("save")}</button>
                </form>
            </details>
        </article>
    }
    .into_any()
}
