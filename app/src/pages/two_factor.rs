//! Two-factor sign-in: the code page after the password, enrolment (QR code and key),
//! the recovery codes shown once, and the person's own security page.

use super::forms::{ErrorSummary, Field, Notice};
use super::shell::{NavUser, Shell};
use crate::i18n::use_tr;
use leptos::prelude::*;

crate::form! {
    /// A code from the authenticator app (or a recovery code), with the half-finished
    /// sign-in's key where there is one: the second step, the first code after setting up
    /// the app, and turning the second factor on or off all post this.
    TwoFactorInput / TwoFactorField {
        key: Key,
        code: Code,
    }
}

/// Setting up the authenticator app: during sign-in (with the half-finished sign-in's
/// key) or from the security page.
#[derive(Clone, Debug, Default)]
pub struct Enrolment {
    /// Base32, shown in groups of four for typing.
    pub secret: String,
    pub qr_svg: String,
    /// Where the first code is posted.
    pub action: String,
    pub key: Option<String>,
    pub error: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct SecurityData {
    pub enabled: bool,
    pub required: bool,
    pub recovery_left: i64,
    /// Set while the second factor is off: how to turn it on.
    pub enrolment: Option<Enrolment>,
    /// Recovery codes just made: shown this once.
    pub new_codes: Vec<String>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The six-digit code field, with the recovery-code hint.
#[component]
fn CodeField(error: Option<String>, #[prop(optional)] hint: bool) -> impl IntoView {
    let tr = use_tr();
    let name = TwoFactorField::Code.name();
    if hint {
        view! {
            <Field name=name label=tr.t("two-factor-code") value=String::new() error=error
                hint=tr.t("two-factor-code-hint") autocomplete="one-time-code" required=true maxlength=20/>
        }
        .into_any()
    } else {
        view! {
            <Field name=name label=tr.t("two-factor-code") value=String::new() error=error
                autocomplete="one-time-code" inputmode="numeric" required=true maxlength=20/>
        }
        .into_any()
    }
}

/// After the password: the code from the app (or a recovery code).
#[component]
pub fn SecondFactorPage(key: String, error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("two-factor-title") current_path="/signin/staff".to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("two-factor-title")}</h1>
                <ErrorSummary message=error.clone()/>
                <p>{tr.t("two-factor-intro")}</p>
                <form method="post" action="/signin/code" class="stack" novalidate>
                    <input type="hidden" name=TwoFactorField::Key.name() value=key/>
                    <CodeField error=error hint=true/>
                    <button type="submit" class="button primary">{tr.t("two-factor-submit")}</button>
                </form>
            </section>
        </Shell>
    }
}

#[component]
fn EnrolSection(e: Enrolment) -> impl IntoView {
    let tr = use_tr();
    view! {
        <p>{tr.t("two-factor-enrol-steps")}</p>
        <div class="qr" role="img" aria-label=tr.t("two-factor-qr-label") inner_html=e.qr_svg></div>
        <p>{tr.t("two-factor-secret")}</p>
        <p dir="ltr" class="code-url" data-testid="totp-secret">{grouped(&e.secret)}</p>
        <form method="post" action=e.action class="stack" novalidate>
            {e.key.map(|k| view! { <input type="hidden" name=TwoFactorField::Key.name() value=k/> })}
            <CodeField error=e.error/>
            <button type="submit" class="button primary">{tr.t("two-factor-enrol-submit")}</button>
        </form>
    }
}

/// During sign-in, for someone who must use a second factor and has none yet.
#[component]
pub fn EnrolPage(enrolment: Enrolment) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("two-factor-enrol-title") current_path="/signin/staff".to_string() user=None>
            <section class="card narrow">
                <h1>{tr.t("two-factor-enrol-title")}</h1>
                <ErrorSummary message=enrolment.error.clone()/>
                <p>{tr.t("two-factor-enrol-intro-required")}</p>
                <EnrolSection e=enrolment/>
            </section>
        </Shell>
    }
}

#[component]
fn RecoveryCodes(codes: Vec<String>) -> impl IntoView {
    let tr = use_tr();
    (!codes.is_empty()).then(|| {
        let items = codes
            .into_iter()
            .map(|c| view! { <li dir="ltr"><code>{c}</code></li> })
            .collect::<Vec<_>>();
        view! {
            <section class="card" aria-labelledby="h-recovery">
                <h2 id="h-recovery">{tr.t("two-factor-codes-title")}</h2>
                <p class="warning">{tr.t("two-factor-codes-intro")}</p>
                <ul class="recovery-codes" data-testid="recovery-codes">{items}</ul>
            </section>
        }
    })
}

/// The person's own page: on or off, recovery codes, turning it on or off.
#[component]
pub fn SecurityPage(data: SecurityData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let status = if data.enabled {
        tr.t("two-factor-on")
    } else {
        tr.t("two-factor-off")
    };
    let on = data.enabled.then(|| {
        let disable = (!data.required).then(|| {
            view! {
                <h3>{tr.t("two-factor-disable")}</h3>
                <p>{tr.t("two-factor-disable-intro")}</p>
                <form method="post" action="/account/security/disable" class="stack" novalidate>
                    <CodeField error=None/>
                    <button type="submit" class="button">{tr.t("two-factor-disable")}</button>
                </form>
            }
        });
        view! {
            <p>{tr.ta("two-factor-recovery-left", &[("count", data.recovery_left.into())])}</p>
            <form method="post" action="/account/security/recovery">
                <button type="submit" class="button">{tr.t("two-factor-new-codes")}</button>
            </form>
            {disable}
        }
    });
    view! {
        <Shell title=tr.t("two-factor-security-title") current_path="/account/security".to_string() user=Some(user)>
            <h1>{tr.t("two-factor-security-title")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.error/>
            <RecoveryCodes codes=data.new_codes/>
            <section class="card">
                <p><strong>{status}</strong>{data.required.then(|| format!(" {}", tr.t("two-factor-required-note")))}</p>
                {on}
                {data.enrolment.map(|e| view! { <EnrolSection e=e/> })}
            </section>
        </Shell>
    }
}
