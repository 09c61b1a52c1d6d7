//! Progressive enhancement for every form on the page: once the WASM has loaded, a form
//! post is sent with `fetch` and the answer (the next page, or the same form with its
//! errors) replaces the page in place: no white flash, no full reload, and the scroll
//! and focus land where a screen reader expects them. Forms with files are left alone.
//! A `<select data-autosubmit>` (the language switcher) submits its form on change, and
//! `<html>` gets the class `js` so CSS can hide the buttons that are then not needed.
//! Without JavaScript, the same forms post and redirect as plain HTML.

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
        if let Some(root) = document.document_element() {
            let _ = root.class_list().add_1("js");
        }
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            let Some(select) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            if select.has_attribute("data-autosubmit") {
                if let Some(form) = select.form() {
                    let _ = form.request_submit();
                }
            }
        });
        let _ = document.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
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
                if submit(&form).await.is_err() {
                    // Anything unexpected: fall back to the plain post.
                    form.submit().ok();
                }
            });
        });
        let _ = document.add_event_listener_with_callback("submit", listener.as_ref().unchecked_ref());
        listener.forget();
    }

    async fn submit(form: &HtmlFormElement) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let data = web_sys::FormData::new_with_form(form)?;
        let params = UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&params);
        let request = Request::new_with_str_and_init(&form.action(), &init)?;
        request.headers().set("Accept", "text/html")?;
        let response: Response = JsFuture::from(window.fetch_with_request(&request))
            .await?
            .dyn_into()?;
        let content_type = response.headers().get("content-type")?.unwrap_or_default();
        if !content_type.starts_with("text/html") {
            return Err(JsValue::NULL);
        }
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .ok_or(JsValue::NULL)?;
        let next = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let (Some(new_body), Some(new_root), Some(root)) =
            (next.body(), next.document_element(), document.document_element())
        else {
            return Err(JsValue::NULL);
        };
        for attr in ["lang", "dir"] {
            if let Some(v) = new_root.get_attribute(attr) {
                root.set_attribute(attr, &v)?;
            }
        }
        document.set_title(&next.title());
        let body = document.body().ok_or(JsValue::NULL)?;
        body.replace_with_with_node_1(&new_body)?;
        let url = response.url();
        if !url.is_empty() && url != window.location().href().unwrap_or_default() {
            window
                .history()?
                .push_state_with_url(&JsValue::NULL, "", Some(&url))?;
        }
        hydrate_new_islands(&window, &document);
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
