//! "Ask my guide": a short request (what it is about, a few sentences, optionally a
//! photo of a letter), and every earlier request with its status and the guide's answer.

use super::forms::{ErrorSummary, Notice, PendingNote, Posted, Select, TextArea};
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use crate::casework::{RequestStatus, REQUEST_CATEGORIES};
use crate::i18n::use_tr;
use leptos::prelude::*;

/// The largest photo a client can send (a phone photo of one page fits).
pub const PHOTO_MAX_BYTES: usize = 5 * 1024 * 1024;

crate::form! {
    /// A request as posted. `photo` is the file: it is read apart from the text (the
    /// form is multipart), so its text here stays empty; it is listed for its name and
    /// so that its problems have a field to sit at.
    RequestInput / RequestField {
        client_key: ClientKey,
        category: Category,
        body: Body,
        photo: Photo,
    }
}

#[derive(Clone, Debug)]
pub struct MyRequest {
    pub id: i64,
    pub category: String,
    pub body: String,
    pub status: RequestStatus,
    /// ISO date it was sent.
    pub sent_on: String,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
    pub answered_on: Option<String>,
    pub has_photo: bool,
    /// Answered since the client last looked.
    pub new: bool,
}

#[derive(Clone, Debug, Default)]
pub struct MyRequests {
    pub requests: Vec<MyRequest>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
    pub key: String,
    /// The guide's support has ended: earlier questions can be read, no new one sent.
    pub closed: bool,
}

#[component]
pub fn MyRequestsPage(data: MyRequests, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let form = "request";
    use RequestField as N;
    let posted = data.posted;
    let categories = REQUEST_CATEGORIES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("request-category-{c}"))))
        .collect::<Vec<_>>();
    let list = if data.requests.is_empty() {
        view! { <p class="empty">{tr.t("my-requests-empty")}</p> }.into_any()
    } else {
        let items = data
            .requests
            .into_iter()
            .map(|r| {
                let status = tr.t(&format!("request-status-{}", r.status));
                let answer = r.answer.clone().map(|a| {
                    let by = tr.ta(
                        "my-request-answer-by",
                        &[
                            ("name", r.answered_by.clone().unwrap_or_default().into()),
                            ("date", tr.date(&r.answered_on.clone().unwrap_or_default()).into()),
                        ],
                    );
                    view! {
                        <div class="answer">
                            <p class="muted">{by}</p>
                            <p class="step-text" dir="auto">{a}</p>
                        </div>
                    }
                });
                view! {
                    <li class="card request" id=format!("my-request-{}", r.id) class:highlight=r.new>
                        <h2><IconSvg icon=Icon::Mail/><span>{tr.t(&format!("request-category-{}", r.category))}</span></h2>
                        <p class="muted">{tr.ta("my-request-sent", &[("date", tr.date(&r.sent_on).into())])}</p>
                        <p dir="auto">{r.body.clone()}</p>
                        {r.has_photo.then(|| view! { <p class="muted">{tr.t("my-request-has-photo")}</p> })}
                        <p class="badge" class:badge-new=r.new>{if r.new { tr.t("my-request-new-answer") } else { status }}</p>
                        {answer}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    view! {
        <Shell title=tr.t("client-requests-heading") current_path="/me/requests".to_string() user=Some(user)>
            <BackLink href="/me" label=tr.t("client-home-title")/>
            <h1><IconSvg icon=Icon::Mail/>" "{tr.t("client-requests-heading")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            {if data.closed {
                view! { <p class="alert alert-info" data-testid="closed-note">{tr.t("error-case-closed")}</p> }.into_any()
            } else {
                view! {
                    <section class="card section" aria-labelledby="h-ask">
                        <h2 id="h-ask"><IconSvg icon=Icon::Speech/><span>{tr.t("my-request-new")}</span></h2>
                        <form method="post" action="/me/requests" enctype="multipart/form-data" class="stack" data-queue="">
                            <input type="hidden" name=N::ClientKey.name()
                                value=posted.value_or(form, N::ClientKey.name(), &data.key)/>
                            <Select name=N::Category.name() label=tr.t("my-request-category")
                                selected=posted.value_or(form, N::Category.name(), "question")
                                options=categories error=posted.error(form, N::Category.name())/>
                            <TextArea name=N::Body.name() label=tr.t("my-request-text")
                                value=posted.value(form, N::Body.name())
                                error=posted.error(form, N::Body.name()) hint=tr.t("my-request-text-hint")
                                rows=4 maxlength=1000 required=true/>
                            <div class="field" class:field-invalid=posted.error(form, N::Photo.name()).is_some()>
                                <label for="f-photo">{tr.t("my-request-photo")}<span class="optional">" ("{tr.t("optional")}")"</span></label>
                                <p class="hint" id="f-photo-hint">{tr.t("my-request-photo-hint")}</p>
                                {posted.error(form, N::Photo.name())
                                    .map(|e| view! { <p class="error" id="f-photo-error">{e}</p> })}
                                <input type="file" id="f-photo" name=N::Photo.name()
                                    accept="image/jpeg,image/png,image/webp" aria-describedby="f-photo-hint"/>
                            </div>
                            <button type="submit" class="button primary">{tr.t("my-request-send")}</button>
                            <PendingNote/>
                        </form>
                    </section>
                }.into_any()
            }}
            <h2>{tr.t("my-requests-earlier")}</h2>
            {list}
        </Shell>
    }
}
