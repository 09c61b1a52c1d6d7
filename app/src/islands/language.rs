//! The language switcher: a plain form (select + button) that works without JavaScript;
//! once hydrated, choosing a language submits it at once (and the page enhancer swaps
//! the page without a reload).

use leptos::prelude::*;

#[island]
pub fn LanguageSwitcher(
    label: String,
    submit: String,
    return_to: String,
    /// (code, name in its own language, selected)
    options: Vec<(String, String, bool)>,
) -> impl IntoView {
    let (enhanced, set_enhanced) = signal(false);
    // Effects only run in the browser: there the button is no longer needed.
    Effect::new(move |_| set_enhanced.set(true));
    let on_change = move |_ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            if let Some(form) = _ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.form())
            {
                let _ = form.request_submit();
            }
        }
    };
    let opts = options
        .into_iter()
        .map(|(code, name, selected)| {
            view! { <option value=code.clone() lang=code selected=selected>{name}</option> }
        })
        .collect::<Vec<_>>();
    view! {
        <form method="post" action="/lang" class="lang-form">
            <input type="hidden" name="return_to" value=return_to/>
            <label for="lang-select">{label}</label>
            <select id="lang-select" name="lang" on:change=on_change>{opts}</select>
            <button type="submit" class="button small" class:visually-hidden=move || enhanced.get()>
                {submit}
            </button>
        </form>
    }
}
