//! Sign-in for clients (number + PIN), for staff and volunteers (e-mail + password),
//! activation with a one-time code, and the first administrator's set-up.
//! Every form is a plain HTML post; secrets are never sent back into a form.

use super::forms::{ErrorSummary, Field, Notice};
use super::shell::Shell;
use super::FieldErrors;
use crate::i18n::use_tr;
use leptos::prelude::*;

/// A form that was posted after the session had ended, carried through sign-in.
#[derive(Clone, Debug, Default)]
pub struct Resume {
    /// Where the form was going.
    pub path: String,
    /// Its fields, without secrets.
    pub fields: Vec<(String, String)>,
}

/// The key of a kept form, carried through the sign-in post (the form itself stays on
/// the server, for the person whose session ran out).
#[component]
fn ResumeFields(resume: Option<String>) -> impl IntoView {
    resume.map(|key| view! { <input type="hidden" name="resume" value=key/> })
}

/// Fields that are the form's machinery, not what the person typed.
fn is_machinery(name: &str) -> bool {
    matches!(name, "client_key" | "version" | "expected_version")
}

crate::form! {
    /// A client's sign-in as posted: the sign-in number and the PIN.
    ClientSignInInput / ClientSignInField {
        number: Number,
        pin: Pin,
    }
}

crate::form! {
    /// A staff member's or volunteer's sign-in as posted.
    StaffSignInInput / StaffSignInField {
        email: Email,
        password: Password,
    }
}

#[derive(Clone, Debug, Default)]
pub struct SignInForm {
    /// Client number or e-mail address, as typed.
    pub login: String,
    pub errors: FieldErrors,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// The key of a form kept over an expired session.
    pub resume: Option<String>,
}

#[component]
pub fn ClientSignInPage(form: SignInForm) -> impl IntoView {
    let tr = use_tr();
    use ClientSignInField as N;
    view! {
        <Shell title=tr.t("signin-title") current_path="/signin".to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("signin-client-heading")}</h1>
                <Notice message=form.notice/>
                <ErrorSummary message=form.alert/>
                <p>{tr.t("signin-client-intro")}</p>
                <form method="post" action="/signin" class="stack" novalidate>
                    <ResumeFields resume=form.resume.clone()/>
                    <Field
                        name=N::Number.name()
                        label=tr.t("signin-number")
                        hint=tr.t("signin-number-hint")
                        value=form.login
                        error=form.errors.text(N::Number.name())
                        inputmode="numeric"
                        autocomplete="username"
                        required=true
                        maxlength=20
                    />
                    <Field
                        name=N::Pin.name()
                        label=tr.t("signin-pin")
                        value=String::new()
                        error=form.errors.text(N::Pin.name())
                        input_type="password"
                        autocomplete="current-password"
                        required=true
                        maxlength=128
                    />
                    <button type="submit" class="button primary">{tr.t("signin-submit")}</button>
                </form>
                <ul class="links">
                    <li><a href="/activate">{tr.t("signin-activate-link")}</a></li>
                    <li><a href="/signin/staff">{tr.t("signin-staff-link")}</a></li>
                    <li><a href="/offices">{tr.t("signin-directory-link")}</a></li>
                    <li><a href="/events">{tr.t("events-title")}</a></li>
                    <li><a href="/feedback">{tr.t("feedback-link")}</a></li>
                </ul>
            </section>
        </Shell>
    }
}

#[component]
pub fn StaffSignInPage(form: SignInForm) -> impl IntoView {
    let tr = use_tr();
    use StaffSignInField as N;
    view! {
        <Shell title=tr.t("signin-title") current_path="/signin/staff".to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("signin-staff-heading")}</h1>
                <Notice message=form.notice/>
                <ErrorSummary message=form.alert/>
                <form method="post" action="/signin/staff" class="stack" novalidate>
                    <ResumeFields resume=form.resume.clone()/>
                    <Field
                        name=N::Email.name()
                        label=tr.t("signin-email")
                        value=form.login
                        error=form.errors.text(N::Email.name())
                        input_type="email"
                        autocomplete="username"
                        required=true
                        maxlength=254
                    />
                    <Field
                        name=N::Password.name()
                        label=tr.t("signin-password")
                        value=String::new()
                        error=form.errors.text(N::Password.name())
                        input_type="password"
                        autocomplete="current-password"
                        required=true
                        maxlength=256
                    />
                    <button type="submit" class="button primary">{tr.t("signin-submit")}</button>
                </form>
                <ul class="links">
                    <li><a href="/signin">{tr.t("signin-client-link")}</a></li>
                </ul>
            </section>
        </Shell>
    }
}

crate::form! {
    /// An activation as posted: the one-time code and the new PIN, typed twice.
    ActivateInput / ActivateField {
        code: Code,
        pin: Pin,
        pin_repeat: PinRepeat,
    }
}

#[derive(Clone, Debug, Default)]
pub struct ActivateForm {
    pub code: String,
    pub errors: FieldErrors,
    pub alert: Option<String>,
}

#[component]
pub fn ActivatePage(form: ActivateForm) -> impl IntoView {
    let tr = use_tr();
    use ActivateField as N;
    view! {
        <Shell title=tr.t("activate-title") current_path="/activate".to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("activate-title")}</h1>
                <ErrorSummary message=form.alert/>
                <p>{tr.t("activate-intro")}</p>
                <form method="post" action="/activate" class="stack" novalidate>
                    <Field
                        name=N::Code.name()
                        label=tr.t("activate-code")
                        hint=tr.t("activate-code-hint")
                        value=form.code
                        error=form.errors.text(N::Code.name())
                        autocomplete="one-time-code"
                        required=true
                        maxlength=20
                    />
                    <Field
                        name=N::Pin.name()
                        label=tr.t("activate-pin")
                        value=String::new()
                        error=form.errors.text(N::Pin.name())
                        input_type="password"
                        autocomplete="new-password"
                        required=true
                        maxlength=128
                    />
                    <Field
                        name=N::PinRepeat.name()
                        label=tr.t("activate-pin-repeat")
                        value=String::new()
                        error=form.errors.text(N::PinRepeat.name())
                        input_type="password"
                        autocomplete="new-password"
                        required=true
                        maxlength=128
                    />
                    <button type="submit" class="button primary">{tr.t("activate-submit")}</button>
                </form>
            </section>
        </Shell>
    }
}

crate::form! {
    /// The first administrator as posted, with the set-up link's token.
    SetupInput / SetupField {
        token: Token,
        name: Name,
        email: Email,
        password: Password,
    }
}

#[derive(Clone, Debug, Default)]
pub struct SetupForm {
    pub token: String,
    pub name: String,
    pub email: String,
    pub errors: FieldErrors,
    pub alert: Option<String>,
}

#[component]
pub fn SetupPage(form: SetupForm) -> impl IntoView {
    let tr = use_tr();
    use SetupField as N;
    view! {
        <Shell title=tr.t("setup-title") current_path="/setup".to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("setup-title")}</h1>
                <ErrorSummary message=form.alert/>
                <p>{tr.t("setup-intro")}</p>
                <form method="post" action="/setup" class="stack" novalidate>
                    <input type="hidden" name=N::Token.name() value=form.token/>
                    <Field name=N::Name.name() label=tr.t("setup-name") value=form.name
                        error=form.errors.text(N::Name.name())
                        autocomplete="name" required=true/>
                    <Field name=N::Email.name() label=tr.t("signin-email") value=form.email
                        error=form.errors.text(N::Email.name())
                        input_type="email" autocomplete="username" required=true maxlength=254/>
                    <Field name=N::Password.name() label=tr.t("signin-password") value=String::new()
                        error=form.errors.text(N::Password.name())
                        input_type="password" autocomplete="new-password" required=true maxlength=256/>
                    <button type="submit" class="button primary">{tr.t("setup-submit")}</button>
                </form>
            </section>
        </Shell>
    }
}

/// After signing in again: send the form that was interrupted, or drop it.
#[component]
pub fn ResumePage(resume: Resume, home: &'static str) -> impl IntoView {
    let tr = use_tr();
    // What will be sent is shown before it is: the person checks that this is their
    // form, and that it still says what they mean.
    let shown = resume
        .fields
        .iter()
        .filter(|(k, v)| !is_machinery(k) && !v.trim().is_empty())
        .map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.clone()}</dd> })
        .collect::<Vec<_>>();
    let fields = resume
        .fields
        .into_iter()
        .map(|(k, v)| view! { <input type="hidden" name=k value=v/> })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("resume-heading") current_path=home.to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("resume-heading")}</h1>
                <p>{tr.t("resume-intro")}</p>
                <p>{tr.ta("resume-shows", &[("path", resume.path.clone().into())])}</p>
                <dl class="resume-fields">{shown}</dl>
                <form method="post" action=resume.path class="stack">
                    {fields}
                    <button type="submit" class="button primary">{tr.t("resume-send")}</button>
                </form>
                <p><a class="button" href=home>{tr.t("resume-discard")}</a></p>
            </section>
        </Shell>
    }
}
