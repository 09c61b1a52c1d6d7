//! Complaints, suggestions and praise: the sender's pages (`send`: the form for clients,
//! volunteers and anyone without signing in, the code, following it) and the handler's
//! desk (`desk`: the list, one complaint, who handles what).

pub mod desk;
pub mod send;

use crate::complaints::{FeedbackAbout, FeedbackKind, FeedbackStatus};
use crate::i18n::use_tr;
use leptos::prelude::*;

/// A complaint as its sender sees it (by their account or by its code).
#[derive(Clone, Debug)]
pub struct SenderView {
    pub kind: FeedbackKind,
    pub about: FeedbackAbout,
    pub about_text: String,
    pub body: String,
    pub status: FeedbackStatus,
    pub answer: String,
    /// ISO dates.
    pub received_on: String,
    pub acknowledged_on: Option<String>,
    pub settled_on: Option<String>,
}

/// One complaint for its sender: what they sent, where it stands, the answer.
#[component]
pub fn SenderCard(item: SenderView) -> impl IntoView {
    let tr = use_tr();
    let what = if item.about_text.is_empty() {
        tr.t(&format!("feedback-about-{}", item.about))
    } else {
        format!(
            "{} · {}",
            tr.t(&format!("feedback-about-{}", item.about)),
            item.about_text
        )
    };
    let when = match (&item.settled_on, &item.acknowledged_on) {
        (Some(d), _) => tr.ta("feedback-settled-on", &[("date", tr.date(d).into())]),
        (None, Some(d)) => tr.ta("feedback-acknowledged-on", &[("date", tr.date(d).into())]),
        (None, None) => tr.t("feedback-will-acknowledge"),
    };
    view! {
        <li class="card request" data-testid="feedback-item">
            <h3>{tr.t(&format!("feedback-kind-{}", item.kind))}</h3>
            <p class="muted">{what}" · "{tr.ta("feedback-sent-on", &[("date", tr.date(&item.received_on).into())])}</p>
            // Written in the sender's language, which may not be the page's.
            <p class="step-text" dir="auto">{item.body.clone()}</p>
            <p class="badge" data-testid="feedback-status">{tr.t(&format!("feedback-status-{}", item.status))}</p>
            <p class="muted">{when}</p>
            {(!item.answer.is_empty()).then(|| view! {
                <div class="answer">
                    <p class="muted">{tr.t("feedback-answer")}</p>
                    <p class="step-text" dir="auto" data-testid="feedback-answer">{item.answer.clone()}</p>
                </div>
            })}
        </li>
    }
}

/// Complaints on the reader's desk, on their start page: how many are open and late,
/// and the way to the desk.
#[component]
pub fn ComplaintsCard(open: i64, late: i64) -> impl IntoView {
    let tr = use_tr();
    view! {
        <section class="card" class:card-warn={late > 0} aria-labelledby="h-complaints" data-testid="complaints-card">
            <h2 id="h-complaints">{tr.t("complaints-title")}</h2>
            <p>{tr.ta("complaints-due", &[("open", open.into()), ("late", late.into())])}</p>
            <p><a href="/complaints">{tr.t("complaints-dashboard-link")}</a></p>
        </section>
    }
}
