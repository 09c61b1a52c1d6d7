//! The sender's side: one form for everybody (a client on their phone, a volunteer, a
//! resident without an account), the code to follow what they sent, and the page that
//! shows where it stands. Plain short sentences: many senders read it in their second
//! language.

use super::{SenderCard, SenderView};
use crate::complaints::{show_code, FeedbackAbout, FeedbackKind, Sender};
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, PendingNote, Posted, Select, TextArea};
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{NavUser, Shell};
use leptos::prelude::*;

pub const FEEDBACK_FORM: &str = "feedback";
pub const STATUS_FORM: &str = "feedback-status";

crate::form! {
    /// A complaint, suggestion or praise as posted. `website` is a field people never see
    /// (a trap for machines that fill every field).
    FeedbackInput / FeedbackField {
        client_key: ClientKey,
        municipality: Municipality,
        kind: Kind,
        about: About,
        about_text: AboutText,
        body: Body,
        contact: Contact,
        anonymous: Anonymous,
        website: Website,
    }
}

crate::form! {
    /// A code typed to follow what one sent.
    StatusInput / StatusField {
        code: Code,
    }
}

#[derive(Clone, Debug, Default)]
pub struct FeedbackPageData {
    /// Signed in as a client or volunteer: who sends (and may choose to send without
    /// their name). None: anyone, from the public page.
    pub sender: Option<Sender>,
    /// The municipalities to choose from: (id, name). Empty when the sender's is known.
    pub municipalities: Vec<(String, String)>,
    /// The municipality chosen (or known), as its id.
    pub municipality: String,
    /// What a named sender sent before, newest first.
    pub earlier: Vec<SenderView>,
    pub alert: Option<String>,
    pub posted: Posted,
    pub key: String,
}

fn choices(prefix: &str, texts: &[&str]) -> Vec<(String, String)> {
    let tr = use_tr();
    texts
        .iter()
        .map(|t| (t.to_string(), tr.t(&format!("{prefix}-{t}"))))
        .collect()
}

#[component]
pub fn FeedbackPage(data: FeedbackPageData, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    use FeedbackField as F;
    let form = FEEDBACK_FORM;
    let posted = data.posted;
    let about_key = match data.sender {
        Some(Sender::Client) => "feedback-about-choice-client",
        _ => "feedback-about-choice",
    };
    let mut abouts = choices("feedback-about", FeedbackAbout::TEXTS);
    if data.sender == Some(Sender::Client) {
        // A client's complaint about a guide is about their own guide.
        for (v, l) in abouts.iter_mut() {
            if v == FeedbackAbout::Guide.as_str() {
                *l = tr.t("feedback-about-my-guide");
            }
        }
    }
    let municipality = if data.municipalities.len() > 1 {
        let mut options = vec![(String::new(), tr.t("feedback-municipality-choose"))];
        options.extend(data.municipalities.clone());
        view! {
            <Select name=F::Municipality.name() label=tr.t("feedback-municipality")
                selected=posted.value_or(form, F::Municipality.name(), &data.municipality)
                options=options error=posted.error(form, F::Municipality.name())/>
        }
        .into_any()
    } else {
        view! { <input type="hidden" name=F::Municipality.name() value=data.municipality.clone()/> }
            .into_any()
    };
    let anonymous = data.sender.map(|_| {
        view! {
            <Checkbox name=F::Anonymous.name() label=tr.t("feedback-anonymous")
                checked=!posted.value(form, F::Anonymous.name()).is_empty()/>
            <p class="hint">{tr.t("feedback-anonymous-hint")}</p>
        }
    });
    let earlier = (!data.earlier.is_empty()).then(|| {
        let items = data
            .earlier
            .into_iter()
            .map(|item| view! { <SenderCard item=item/> })
            .collect::<Vec<_>>();
        view! {
            <h2>{tr.t("feedback-earlier")}</h2>
            <ul class="plain-list">{items}</ul>
        }
    });
    let path = "/feedback".to_string();
    view! {
        <Shell title=tr.t("feedback-title") current_path=path user=user>
            <h1><IconSvg icon=Icon::Speech/>" "{tr.t("feedback-title")}</h1>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("feedback-intro")}</p>
            <p>{tr.t("feedback-who-reads")}</p>
            <section class="card section" aria-labelledby="h-feedback-form">
                <h2 id="h-feedback-form">{tr.t("feedback-send-heading")}</h2>
                <form method="post" action="/feedback" class="stack" novalidate>
                    <input type="hidden" name=F::ClientKey.name()
                        value=posted.value_or(form, F::ClientKey.name(), &data.key)/>
                    {municipality}
                    <Select name=F::Kind.name() label=tr.t("feedback-kind")
                        selected=posted.value_or(form, F::Kind.name(), "complaint")
                        options=choices("feedback-kind", FeedbackKind::TEXTS) error=posted.error(form, F::Kind.name())/>
                    <Select name=F::About.name() label=tr.t(about_key)
                        selected=posted.value_or(form, F::About.name(), "service")
                        options=abouts error=posted.error(form, F::About.name())/>
                    <Field name=F::AboutText.name() label=tr.t("feedback-about-text")
                        value=posted.value(form, F::AboutText.name()) hint=tr.t("feedback-about-text-hint")
                        error=posted.error(form, F::AboutText.name()) optional_label=tr.t("feedback-optional") maxlength=200/>
                    <TextArea name=F::Body.name() label=tr.t("feedback-body")
                        value=posted.value(form, F::Body.name()) hint=tr.t("feedback-body-hint")
                        error=posted.error(form, F::Body.name()) required=true rows=5 maxlength=4000/>
                    <Field name=F::Contact.name() label=tr.t("feedback-contact")
                        value=posted.value(form, F::Contact.name()) hint=tr.t("feedback-contact-hint")
                        error=posted.error(form, F::Contact.name()) optional_label=tr.t("feedback-optional") maxlength=200/>
                    {anonymous}
                    <div hidden>
                        <input type="text" id="f-website" name=F::Website.name() value="" tabindex="-1" autocomplete="off"/>
                    </div>
                    <button type="submit" class="button primary">{tr.t("feedback-send")}</button>
                    <PendingNote/>
                </form>
            </section>
            <p><a href="/feedback/status">{tr.t("feedback-follow-link")}</a></p>
            {earlier}
        </Shell>
    }
}

/// After sending: the code, once, with what to do with it.
#[component]
pub fn FeedbackSentPage(code: String, named: bool, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("feedback-sent-title") current_path="/feedback".to_string() user=user>
            <h1>{tr.t("feedback-sent-title")}</h1>
            <div class="notice" role="status"><p>{tr.t("feedback-sent-thanks")}</p></div>
            <section class="card section issued-code" aria-labelledby="h-code">
                <h2 id="h-code">{tr.t("feedback-code-heading")}</h2>
                <p class="code" dir="ltr" data-testid="feedback-code">{show_code(&code)}</p>
                <p>{tr.t("feedback-code-keep")}</p>
                {named.then(|| view! { <p>{tr.t("feedback-code-named")}</p> })}
            </section>
            <p><a href="/feedback/status">{tr.t("feedback-follow-link")}</a></p>
            <p><a href="/feedback">{tr.t("feedback-another")}</a></p>
        </Shell>
    }
}

/// Following what one sent by its code.
#[component]
pub fn FeedbackStatusPage(
    found: Option<SenderView>,
    posted: Posted,
    alert: Option<String>,
    user: Option<NavUser>,
) -> impl IntoView {
    let tr = use_tr();
    use StatusField as F;
    let form = STATUS_FORM;
    view! {
        <Shell title=tr.t("feedback-status-title") current_path="/feedback/status".to_string() user=user>
            <h1>{tr.t("feedback-status-title")}</h1>
            <ErrorSummary message=alert/>
            {found.map(|item| view! { <ul class="plain-list"><SenderCard item=item/></ul> })}
            <form method="post" action="/feedback/status" class="stack card section" novalidate>
                <Field name=F::Code.name() label=tr.t("feedback-code-label")
                    value=posted.value(form, F::Code.name()) hint=tr.t("feedback-code-hint")
                    error=posted.error(form, F::Code.name()) autocomplete="off" maxlength=20 required=true/>
                <button type="submit" class="button primary">{tr.t("feedback-status-show")}</button>
            </form>
            <p><a href="/feedback">{tr.t("feedback-title")}</a></p>
        </Shell>
    }
}
