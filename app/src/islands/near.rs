//! "Sort by distance" on the office list: asks the phone for its position (only when
//! the button is pressed), then sorts the list and writes each distance in place. The
//! position is used on the phone only; nothing is sent anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

// Numbers are read, computed and written with the browser's own functions (`Math`,
// `parseFloat`, `Intl.NumberFormat`): WebAssembly has no sine or cosine, and Rust's float
// parsing and formatting would link about 28 KB (brotli) of tables and routines into the
// WASM every phone downloads.

/// Great-circle distance in kilometres.
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    use js_sys::Math::{asin, cos, sin, sqrt};
    let rad = std::f64::consts::PI / 180.0;
    let (la1, lo1, la2, lo2) = (a.0 * rad, a.1 * rad, b.0 * rad, b.1 * rad);
    let (s1, s2) = (sin((la2 - la1) / 2.0), sin((lo2 - lo1) / 2.0));
    let h = s1 * s1 + cos(la1) * cos(la2) * s2 * s2;
    6371.0 * 2.0 * asin(sqrt(h))
}

fn format_km(lang: &str, value: f64) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &JsValue::from(1));
    let locales = js_sys::Array::of1(&JsValue::from_str(lang));
    let formatter = js_sys::Intl::NumberFormat::new(&locales, &options);
    formatter
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .or_else(|| js_sys::Number::from(value).to_fixed(1).ok().map(String::from))
        .unwrap_or_default()
}

fn coord(el: &Element, name: &str) -> Option<f64> {
    let value = js_sys::parse_float(&el.get_attribute(name)?);
    (!value.is_nan()).then_some(value)
}

fn sort(document: &Document, button: &Element, here: (f64, f64)) {
    let Ok(Some(list)) = document.query_selector("[data-office-list]") else {
        return;
    };
    let Ok(items) = list.query_selector_all("li") else {
        return;
    };
    let template = button.get_attribute("data-template").unwrap_or_default();
    let lang = document
        .document_element()
        .and_then(|h| h.get_attribute("lang"))
        .unwrap_or_else(|| "en".into());
    let mut rows: Vec<(f64, Element)> = (0..items.length())
        .filter_map(|i| items.item(i)?.dyn_into::<Element>().ok())
        .map(|el| {
            let d = match (coord(&el, "data-lat"), coord(&el, "data-lon")) {
                (Some(lat), Some(lon)) => km(here, (lat, lon)),
                _ => f64::INFINITY,
            };
            (d, el)
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (d, el) in rows {
        if d.is_finite() {
            if let Ok(Some(slot)) = el.query_selector("[data-distance]") {
                slot.set_text_content(Some(&template.replace('§', &format_km(&lang, d))));
            }
        }
        let _ = list.append_child(&el);
    }
    say(document, button, "data-sorted");
}

fn say(document: &Document, button: &Element, attr: &str) {
    if let Ok(Some(status)) = document.query_selector(".near-me-status") {
        status.set_text_content(button.get_attribute(attr).as_deref());
    }
}

/// Wires the button (if the page has one).
pub fn install(document: &Document) {
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("[data-near-me]").ok().flatten())
        else {
            return;
        };
        let Some(window) = web_sys::window() else { return };
        let Some(document) = window.document() else { return };
        let Ok(geo) = window.navigator().geolocation() else {
            say(&document, &button, "data-denied");
            return;
        };
        let (doc_ok, button_ok) = (document.clone(), button.clone());
        let found = Closure::once_into_js(move |pos: JsValue| {
            // Read through Reflect: no web-sys types for the position needed.
            let get = |o: &JsValue, k: &str| {
                js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
            };
            let c = get(&pos, "coords");
            if let (Some(lat), Some(lon)) = (get(&c, "latitude").as_f64(), get(&c, "longitude").as_f64()) {
                sort(&doc_ok, &button_ok, (lat, lon));
            }
        });
        let failed = Closure::once_into_js(move |_e: JsValue| say(&document, &button, "data-denied"));
        let _ =
            geo.get_current_position_with_error_callback(found.unchecked_ref(), Some(failed.unchecked_ref()));
    });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
