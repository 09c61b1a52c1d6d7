//! Accessible form fields: a visible label, hint and error tied to the input with
//! `aria-describedby`, the value typed earlier kept, and 44 px touch targets (CSS).

use leptos::prelude::*;

#[component]
pub fn Field(
    name: &'static str,
    label: String,
    value: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] inputmode: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] optional_label: Option<String>,
    #[prop(default = 200)] maxlength: usize,
) -> impl IntoView {
    let id = format!("f-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described = vec![];
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = error.is_some().then_some("true");
    let has_error = error.is_some();
    view! {
        <div class="field" class:field-invalid=has_error>
            <label for=id.clone()>
                {label}
                {optional_label.map(|o| view! { <span class="optional">" (" {o} ")"</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {error.map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> })}
            <input
                id=id
                name=name
                type=input_type
                value=value
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                inputmode=(!inputmode.is_empty()).then_some(inputmode)
                required=required
                maxlength=maxlength.to_string()
                aria-describedby=described
                aria-invalid=invalid
            />
        </div>
    }
}

/// A summary at the top of a form that came back with errors; it is the first thing a
/// screen reader announces (role=alert).
#[component]
pub fn ErrorSummary(message: Option<String>) -> impl IntoView {
    message.map(|m| {
        view! {
            <div class="alert alert-error" role="alert" tabindex="-1" id="form-alert">
                <p>{m}</p>
            </div>
        }
    })
}

/// A success or information notice.
#[component]
pub fn Notice(message: Option<String>) -> impl IntoView {
    message.map(|m| {
        view! {
            <div class="alert alert-info" role="status">
                <p>{m}</p>
            </div>
        }
    })
}
