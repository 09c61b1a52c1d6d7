//! Accessible form fields: a visible label, hint and error tied to the input with
//! `aria-describedby`, the value typed earlier kept, and 44 px touch targets (CSS).

use super::FieldErrors;
use leptos::prelude::*;
use std::collections::BTreeMap;

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
    /// Overrides the element id where one page holds several forms with this field.
    #[prop(optional)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("f-{name}"));
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
    // A length limit only means something (and is only valid HTML) on typed-in text.
    let text_like = matches!(
        input_type,
        "text" | "email" | "password" | "search" | "tel" | "url"
    );
    let maxlength = text_like.then(|| maxlength.to_string());
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
                maxlength=maxlength
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

/// Inside a form the phone may keep while offline: shown (by CSS) when the service
/// worker marks the form `data-pending`, i.e. the post waits to be sent.
#[component]
pub fn PendingNote() -> impl IntoView {
    let tr = crate::i18n::use_tr();
    view! { <span class="pending-note">{tr.t("offline-pending")}</span> }
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

/// A form that came back from the server: which form it was, what was typed, what was
/// wrong, and, after a refused concurrent edit, what the other person saved.
#[derive(Clone, Debug, Default)]
pub struct Posted {
    pub form: String,
    pub values: BTreeMap<String, String>,
    pub errors: FieldErrors,
    /// (label, value) pairs of the version someone else saved meanwhile.
    pub theirs: Option<Vec<(String, String)>>,
}

impl Posted {
    pub fn is(&self, form: &str) -> bool {
        self.form == form
    }
    /// What was typed into `name` of `form`, or `default` when this is another form.
    pub fn value_or(&self, form: &str, name: &str, default: &str) -> String {
        if self.is(form) {
            self.values.get(name).cloned().unwrap_or_default()
        } else {
            default.to_string()
        }
    }
    pub fn value(&self, form: &str, name: &str) -> String {
        self.value_or(form, name, "")
    }
    /// The problem with `name` of `form`, in the reader's language.
    pub fn error(&self, form: &str, name: &str) -> Option<String> {
        if self.is(form) {
            self.errors.get(name).map(|p| crate::i18n::use_tr().problem(&p))
        } else {
            None
        }
    }
}

/// `described_by` and `aria-invalid` for a control with an optional hint and error.
fn describe(id: &str, hint: bool, error: bool) -> (Option<String>, Option<&'static str>) {
    let mut d = vec![];
    if hint {
        d.push(format!("{id}-hint"));
    }
    if error {
        d.push(format!("{id}-error"));
    }
    ((!d.is_empty()).then(|| d.join(" ")), error.then_some("true"))
}

/// A multi-line text field.
#[component]
pub fn TextArea(
    name: &'static str,
    label: String,
    value: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] optional_label: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(default = 4000)] maxlength: usize,
    #[prop(default = 4)] rows: usize,
    #[prop(optional)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("f-{name}"));
    let (described, invalid) = describe(&id, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    view! {
        <div class="field" class:field-invalid=has_error>
            <label for=id.clone()>
                {label}
                {optional_label.map(|o| view! { <span class="optional">" (" {o} ")"</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            {error.map(|e| view! { <p class="error" id=format!("{id}-error")>{e}</p> })}
            <textarea id=id.clone() name=name rows=rows.to_string() maxlength=maxlength.to_string()
                required=required aria-describedby=described aria-invalid=invalid>{value}</textarea>
        </div>
    }
}

/// A drop-down list; `options` are (value, label) pairs, an empty value means "none".
#[component]
pub fn Select(
    /// A form's field name, or a numbered one (`outcome_12`) for rows of a list.
    #[prop(into)]
    name: String,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] optional_label: Option<String>,
    #[prop(optional)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("f-{name}"));
    let (described, invalid) = describe(&id, false, error.is_some());
    let has_error = error.is_some();
    let options = options
        .into_iter()
        .map(|(v, l)| {
            let sel = v == selected;
            view! { <option value=v selected=sel>{l}</option> }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="field" class:field-invalid=has_error>
            <label for=id.clone()>
                {label}
                {optional_label.map(|o| view! { <span class="optional">" (" {o} ")"</span> })}
            </label>
            {error.map(|e| view! { <p class="error" id=format!("{id}-error")>{e}</p> })}
            <select id=id.clone() name=name aria-describedby=described aria-invalid=invalid>{options}</select>
        </div>
    }
}

/// A single checkbox with its label beside it.
#[component]
pub fn Checkbox(
    name: &'static str,
    label: String,
    checked: bool,
    #[prop(default = "on".to_string())] value: String,
    #[prop(optional)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("f-{name}"));
    view! {
        <div class="check">
            <input type="checkbox" id=id.clone() name=name value=value checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

/// After a refused save: what the other person saved, beside the form that keeps what
/// this person typed.
#[component]
pub fn TheirVersion(heading: String, theirs: Option<Vec<(String, String)>>) -> impl IntoView {
    theirs.map(|rows| {
        let rows = rows
            .into_iter()
            .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
            .collect::<Vec<_>>();
        view! {
            <div class="their-version" data-testid="their-version">
                <p class="their-version-title"><strong>{heading}</strong></p>
                <dl class="facts">{rows}</dl>
            </div>
        }
    })
}

/// A group of checkboxes sharing one name (the server reads each value); `chosen` holds
/// the checked values as stored (separated by spaces) or as posted (by commas).
#[component]
pub fn CheckGroup(
    name: &'static str,
    legend: String,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    chosen: String,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let chosen: Vec<String> = chosen
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let boxes = options
        .into_iter()
        .map(|(value, label)| {
            let id = format!("f-{name}-{value}");
            let checked = chosen.contains(&value);
            view! {
                <div class="check">
                    <input type="checkbox" id=id.clone() name=name value=value checked=checked/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <fieldset>
            <legend>{legend}</legend>
            {error.map(|e| view! { <p class="error">{e}</p> })}
            <div class="checks">{boxes}</div>
        </fieldset>
    }
}
