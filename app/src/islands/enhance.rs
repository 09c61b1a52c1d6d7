//! Progressive enhancement for every form on the page: once the WASM has loaded, a form
//! post is sent with `fetch` and the answer (the next page, or the same form with its
//! errors) replaces the page in place: no white flash, no full reload, and the scroll
//! and focus land where a screen reader expects them. Forms with files are left alone.
//! (The language switcher's submit-on-change and the `js` class on `<html>` are set by
//! a few lines in the document's head, before the first paint: done here, the switcher's
//! button vanished when the WASM arrived and the header shifted.) Without JavaScript, the same forms post and redirect as plain HTML.
//!
//! Forms marked `data-draft` (a conversation note) keep what is typed in `localStorage`
//! until the server has taken it: if the connection drops, the text stays on the device,
//! a status line says so, and the form is sent again when the browser is back online.
//! The form's hidden idempotency key is kept with the draft, so a retry lands once.

use leptos::prelude::*;

#[island]
pub fn PageEnhancer() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| browser::install());
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        DomParser, HtmlFormElement, Request, RequestInit, Response, SubmitEvent, SupportedType,
        UrlSearchParams,
    };

    const INSTALLED: &str = "__lotseEnhanced";
    const DRAFT_PREFIX: &str = "lotse-draft:";

    /// Why a fetch-submit did not swap the page.
    enum Failure {
        /// No answer at all: offline or the connection broke.
        Network,
        /// Anything else: fall back to the plain post.
        Other,
    }

    impl From<JsValue> for Failure {
        fn from(_: JsValue) -> Self {
            Failure::Other
        }
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    fn draft_key(form: &HtmlFormElement) -> Option<String> {
        form.has_attribute("data-draft")
            .then(|| format!("{DRAFT_PREFIX}{}", form.action()))
    }

    fn save_draft(form: &HtmlFormElement) {
        let (Some(key), Some(store)) = (draft_key(form), storage()) else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(form) else {
            return;
        };
        if let Ok(params) = UrlSearchParams::new_with_str_sequence_sequence(&data) {
            let _ = store.set_item(&key, &String::from(params.to_string()));
        }
    }

    fn clear_draft(key: &str) {
        if let Some(store) = storage() {
            let _ = store.remove_item(key);
        }
    }

    fn say(form: &HtmlFormElement, message_attr: &str) {
        let text = form.get_attribute(message_attr).unwrap_or_default();
        if let Ok(Some(status)) = form.query_selector(".draft-status") {
            status.set_text_content(Some(&text));
        }
    }

    /// Puts a kept draft back into its form (after a reload or a crash).
    fn restore_drafts(document: &web_sys::Document) {
        let Some(store) = storage() else { return };
        let Ok(forms) = document.query_selector_all("form[data-draft]") else {
            return;
        };
        for i in 0..forms.length() {
            let Some(form) = forms.item(i).and_then(|n| n.dyn_into::<HtmlFormElement>().ok()) else {
                continue;
            };
            let Some(key) = draft_key(&form) else { continue };
            let Some(saved) = store.get_item(&key).ok().flatten() else {
                continue;
            };
            let Ok(params) = UrlSearchParams::new_with_str(&saved) else {
                continue;
            };
            let elements = form.elements();
            for j in 0..elements.length() {
                let Some(el) = elements.item(j) else { continue };
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    let name = input.name();
                    if input.type_() == "checkbox" {
                        input.set_checked(
                            params
                                .get_all(&name)
                                .includes(&JsValue::from_str(&input.value()), 0),
                        );
                    } else if let Some(v) = params.get(&name) {
                        input.set_value(&v);
                    }
                } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                    if let Some(v) = params.get(&area.name()) {
                        area.set_value(&v);
                    }
                } else if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
                    if let Some(v) = params.get(&select.name()) {
                        select.set_value(&v);
                    }
                }
            }
            say(&form, "data-msg-restored");
        }
    }

    /// Installs one document-wide submit listener (islands are hydrated again after each
    /// swap, so a flag on `window` keeps it to one).
    pub fn install() {
        let Some(window) = web_sys::window() else { return };
        let flag = js_sys::Reflect::get(&window, &JsValue::from_str(INSTALLED)).unwrap_or(JsValue::UNDEFINED);
        if flag.is_truthy() {
            return;
        }
        let _ = js_sys::Reflect::set(&window, &JsValue::from_str(INSTALLED), &JsValue::TRUE);
        let Some(document) = window.document() else { return };
        super::super::near::install(&document);
        // Every keystroke in a draft form is kept on the device.
        let on_input = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            let form = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("form[data-draft]").ok().flatten())
                .and_then(|f| f.dyn_into::<HtmlFormElement>().ok());
            if let Some(form) = form {
                save_draft(&form);
            }
        });
        let _ = document.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        on_input.forget();
        // Back online: send what is waiting.
        let on_online = Closure::<dyn Fn()>::new(|| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            if let Ok(Some(form)) = document.query_selector("form[data-draft-pending]") {
                if let Ok(form) = form.dyn_into::<HtmlFormElement>() {
                    let _ = form.request_submit();
                }
            }
        });
        let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        on_online.forget();
        restore_drafts(&document);
        let listener = Closure::<dyn Fn(SubmitEvent)>::new(|ev: SubmitEvent| {
            let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else {
                return;
            };
            if !form.method().eq_ignore_ascii_case("post")
                || form.enctype().contains("multipart")
                || form.has_attribute("data-no-enhance")
            {
                return;
            }
            ev.prevent_default();
            wasm_bindgen_futures::spawn_local(async move {
                match submit(&form).await {
                    Ok(()) => {}
                    Err(Failure::Network) if form.has_attribute("data-draft") => {
                        // Kept on the device; sent again when the connection is back.
                        save_draft(&form);
                        let _ = form.set_attribute("data-draft-pending", "");
                        say(&form, "data-msg-kept");
                    }
                    // Anything unexpected: fall back to the plain post.
                    Err(_) => {
                        form.submit().ok();
                    }
                }
            });
        });
        let _ = document.add_event_listener_with_callback("submit", listener.as_ref().unchecked_ref());
        listener.forget();
    }

    async fn submit(form: &HtmlFormElement) -> Result<(), Failure> {
        let draft = draft_key(form);
        if draft.is_some() {
            save_draft(form);
        }
        let window = web_sys::window().ok_or(Failure::Other)?;
        let document = window.document().ok_or(Failure::Other)?;
        let data = web_sys::FormData::new_with_form(form)?;
        let params = UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&params);
        let request = Request::new_with_str_and_init(&form.action(), &init)?;
        request.headers().set("Accept", "text/html")?;
        let response: Response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(|_| Failure::Network)?
            .dyn_into()?;
        let content_type = response.headers().get("content-type")?.unwrap_or_default();
        if !content_type.starts_with("text/html") {
            return Err(Failure::Other);
        }
        let html = JsFuture::from(response.text()?)
            .await
            .map_err(|_| Failure::Network)?
            .as_string()
            .ok_or(Failure::Other)?;
        // Saved (the server redirected to the next page): the draft has done its job.
        if let (Some(key), true) = (&draft, response.redirected()) {
            clear_draft(key);
        }
        let next = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let (Some(new_body), Some(new_root), Some(root)) =
            (next.body(), next.document_element(), document.document_element())
        else {
            return Err(Failure::Other);
        };
        // Language and direction, and the service worker's marks of an offline copy.
        for attr in ["lang", "dir", "data-offline", "data-outbox"] {
            match new_root.get_attribute(attr) {
                Some(v) => root.set_attribute(attr, &v)?,
                None => root.remove_attribute(attr)?,
            }
        }
        document.set_title(&next.title());
        let body = document.body().ok_or(Failure::Other)?;
        body.replace_with_with_node_1(&new_body)?;
        let url = response.url();
        if !url.is_empty() && url != window.location().href().unwrap_or_default() {
            window
                .history()?
                .push_state_with_url(&JsValue::NULL, "", Some(&url))?;
        }
        hydrate_new_islands(&window, &document);
        restore_drafts(&document);
        // Focus what a person needs next: the error summary, or the page's main content.
        let target = document
            .get_element_by_id("form-alert")
            .or_else(|| document.get_element_by_id("main"));
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
        Ok(())
    }

    /// The hydration script exposes `__hydrateIsland(el, name)`; islands in the new page
    /// need it, or their buttons would stay dead.
    fn hydrate_new_islands(window: &web_sys::Window, document: &web_sys::Document) {
        let Ok(f) = js_sys::Reflect::get(window, &JsValue::from_str("__hydrateIsland")) else {
            return;
        };
        let Ok(f) = f.dyn_into::<js_sys::Function>() else {
            return;
        };
        let Ok(islands) = document.query_selector_all("leptos-island") else {
            return;
        };
        for i in 0..islands.length() {
            let Some(el) = islands
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let name = el.get_attribute("data-component").unwrap_or_default();
            let _ = f.call2(&JsValue::NULL, &el, &JsValue::from_str(&name));
        }
    }
}
