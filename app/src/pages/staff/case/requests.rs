//! The client's requests ("Ask my guide", moving an appointment, revoking a consent)
//! and the guide's answers, which the client reads on the phone.

use super::{CaseHead, CaseLayout};
use crate::casework::RequestStatus;
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, Posted, TextArea};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct RequestView {
    pub id: i64,
    pub category: String,
    pub body: String,
    pub status: RequestStatus,
    /// ISO date.
    pub sent_on: String,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
    pub has_photo: bool,
    pub appointment_id: Option<i64>,
    pub consent_id: Option<i64>,
}

crate::form! {
    /// The guide's answer to a request; `close` (a checkbox) closes the request with it.
    AnswerInput / AnswerField {
        answer: Answer,
        close: Close,
    }
}

#[component]
pub fn RequestsPage(head: CaseHead, requests: Vec<RequestView>, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("requests");
    let cases = head.path("overview");
    use AnswerField as A;
    let list = requests
        .into_iter()
        .map(|r| {
            let rid = r.id;
            let f = format!("request-{rid}");
            let link = match (r.appointment_id, r.consent_id) {
                (Some(a), _) => Some((format!("{cases}/appointments#appointment-{a}"), tr.t("request-see-appointment"))),
                (_, Some(_)) => Some((format!("{cases}/consent"), tr.t("request-see-consent"))),
                _ => None,
            };
            let waiting = r.status == RequestStatus::Open;
            let closed = r.status == RequestStatus::Closed;
            view! {
                <article class="card" id=format!("request-{rid}") class:highlight=waiting>
                    <h2>{tr.t(&format!("request-category-{}", r.category))}</h2>
                    <p class="muted">{tr.date(&r.sent_on)}" · "<span class="status">{tr.t(&format!("request-status-{}", r.status))}</span></p>
                    <p class="note-body">{r.body.clone()}</p>
                    {r.has_photo.then(|| view! {
                        <p><a class="button small" href=format!("{base}/{rid}/photo") target="_blank" rel="noopener">{tr.t("request-photo-open")}</a></p>
                    })}
                    {link.map(|(href, label)| view! { <p><a href=href>{label}</a></p> })}
                    {r.answer.clone().map(|a| view! {
                        <p class="muted">{tr.ta("request-answered-by", &[("name", r.answered_by.clone().unwrap_or_default().into())])}</p>
                        <p class="note-body">{a}</p>
                    })}
                    <details class="add-form" open=posted.is(&f) || waiting>
                        <summary>{tr.t("request-answer")}</summary>
                        <form method="post" action=format!("{base}/{rid}") class="stack" novalidate>
                            <TextArea name=A::Answer.name() id=format!("f-answer-{rid}") label=tr.t("request-answer-text")
                                value=posted.value_or(&f, A::Answer.name(), r.answer.as_deref().unwrap_or(""))
                                error=posted.error(&f, A::Answer.name()) hint=tr.t("request-answer-hint") rows=3
                                maxlength=2000 required=true/>
                            <Checkbox name=A::Close.name() id=format!("f-close-{rid}") label=tr.t("request-close")
                                checked=closed/>
                            <button type="submit" class="button primary">{tr.t("request-answer-send")}</button>
                        </form>
                    </details>
                </article>
            }
        })
        .collect::<Vec<_>>();
    let empty = list.is_empty();
    view! {
        <CaseLayout head=head tab="requests">
            <p class="muted">{tr.t("request-intro")}</p>
            {empty.then(|| view! { <p class="card empty">{tr.t("request-empty")}</p> })}
            {list}
        </CaseLayout>
    }
}
