//! What every page shows around its content: `<html lang dir>` and the title (through
//! leptos_meta, into the [`super::Document`]), the top bar with the language switcher, the
//! main landmark and the footer.

use crate::domain::Lang;
use crate::i18n::use_tr;
use crate::islands::PageEnhancer;
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_meta::{Html, Title};

/// Who is signed in, as far as the top bar needs to know.
#[derive(Clone, Debug, Default)]
pub struct NavUser {
    pub name: String,
    pub home_href: &'static str,
    pub is_staff: bool,
    /// Works with case files: the top bar links to the caseload.
    pub caseload: bool,
    /// Steers by figures (coordinators): the top bar links to the dashboard.
    pub figures: bool,
    /// Works with the local network (guides and coordination): links to its actors.
    pub network: bool,
    /// The languages this person may choose (a client: their municipality's setting);
    /// empty: all.
    pub langs: Vec<Lang>,
    /// When this page was made, on pages the service worker keeps for reading offline
    /// (the client's own pages); shown with the offline banner.
    pub rendered_at: Option<crate::pages::staff::case::When>,
}

#[component]
pub fn Shell(
    title: String,
    /// The path of this page, so the language switcher can come back to it.
    current_path: String,
    user: Option<NavUser>,
    children: Children,
) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.lang();
    let full_title = format!("{title} · {}", tr.t("app-name"));
    let home = user.as_ref().map(|u| u.home_href).unwrap_or("/");
    let is_staff = user.as_ref().is_some_and(|u| u.is_staff);
    let nav = user.clone().map(|u| {
        let signed_in = tr.ta("nav-signed-in-as", &[("name", u.name.clone().into())]);
        view! {
            <nav class="topnav" aria-label=tr.t("nav-home")>
                {u.caseload.then(|| view! { <a href="/cases">{tr.t("nav-caseload")}</a> })}
                {u.figures.then(|| view! { <a href="/figures">{tr.t("nav-figures")}</a> })}
                {u.network.then(|| view! { <a href="/network">{tr.t("nav-network")}</a> })}
                <span class="signed-in">{signed_in}</span>
                <form method="post" action="/signout" class="inline-form">
                    <button type="submit" class="link-button">{tr.t("nav-sign-out")}</button>
                </form>
            </nav>
        }
    });
    // Shown only on a copy the service worker serves without a network (it marks
    // `<html data-offline>`), and while posts wait in its outbox (`data-outbox`).
    let offline = user.as_ref().and_then(|u| u.rendered_at.clone()).map(|w| {
        let time = format!("{}, {}", tr.date_long(&w.date), tr.time(w.hour, w.minute));
        view! {
            <div class="offline-banners">
                <p class="offline-only" role="status">{tr.ta("offline-last-updated", &[("time", time.into())])}</p>
                <p class="outbox-only" role="status">{tr.t("offline-outbox")}</p>
            </div>
        }
    });
    view! {
        <Html attr:lang=lang.tag() attr:dir=lang.dir()/>
        <Title text=full_title/>
        <a class="skip-link" href="#main">{tr.t("skip-to-content")}</a>
        <header class="topbar">
            <a class="brand" href=home>
                <img src="/icons/icon.svg" alt="" width="32" height="32"/>
                <span>{tr.t("app-name")}</span>
            </a>
            {nav}
            <LanguageSwitcher current=lang return_to=current_path
                allowed=user.as_ref().map(|u| u.langs.clone()).unwrap_or_default()/>
        </header>
        {offline}
        <main id="main" tabindex="-1">{children()}</main>
        // Read aloud with the phone's own voice (`public/read-aloud.js`): shown only where
        // the phone has a voice for this language; fixed in a corner, so its arrival moves
        // nothing.
        {(!is_staff).then(|| view! {
            <button type="button" class="button primary read-aloud" data-read-aloud="" hidden=""
                aria-pressed="false" data-start=tr.t("read-aloud") data-stop=tr.t("read-aloud-stop")>
                {tr.t("read-aloud")}
            </button>
            <script src=format!("/read-aloud.js?v={READ_ALOUD_VERSION}") defer="" nonce=use_nonce()></script>
        })}
        {(user.is_some() && !is_staff).then(|| view! {
            <script src=format!("/push.js?v={}", super::push::PUSH_JS_VERSION) defer="" nonce=use_nonce() data-after-swap=""></script>
        })}
        <footer class="footer">
            {(!is_staff).then(|| view! { <p>{tr.t("footer-privacy")}</p> })}
        </footer>
        <PageEnhancer/>
        <script nonce=use_nonce()>{SW_BOOT}</script>
    }
}

/// Raised with every change of `public/read-aloud.js` (static files are cached for a week).
const READ_ALOUD_VERSION: u32 = 1;

/// Registers the service worker, asks it to send what waits in its outbox (now and
/// when the connection returns), and reloads an offline copy once there is news. And: a
/// page the enhancer swaps in does not run its scripts; those marked `data-after-swap`
/// are started here (each guards against running twice).
const SW_BOOT: &str = "if('serviceWorker' in navigator){var w=navigator.serviceWorker,h=document.documentElement;\
w.register('/sw.js');var f=function(){w.ready.then(function(r){r.active&&r.active.postMessage('flush')})};f();\
addEventListener('online',function(){f();if(h.hasAttribute('data-offline')&&!h.hasAttribute('data-outbox'))location.reload()});\
w.addEventListener('message',function(e){if(e.data==='synced'&&h.hasAttribute('data-offline'))location.reload()})}\
new MutationObserver(function(){document.querySelectorAll('body script[data-after-swap]').forEach(function(s){\
var n=document.createElement('script');n.src=s.src;n.nonce=s.nonce;s.remove();document.head.appendChild(n)})}).observe(document.documentElement,{childList:true})";

/// The language switcher: a plain form, each language named in itself. Once the page
/// enhancer runs, choosing a language submits at once and the button is hidden.
#[component]
fn LanguageSwitcher(
    current: Lang,
    return_to: String,
    /// The languages offered (and always the current one); empty: all.
    allowed: Vec<Lang>,
) -> impl IntoView {
    let tr = use_tr();
    let options = Lang::all()
        .iter()
        .filter(|l| allowed.is_empty() || allowed.contains(l) || **l == current)
        .map(|l| view! { <option value=l.code() lang=l.tag() selected=*l == current>{l.native_name()}</option> })
        .collect::<Vec<_>>();
    view! {
        <form method="post" action="/lang" class="lang-form">
            <input type="hidden" name="return_to" value=return_to/>
            <label for="lang-select">{tr.t("language-label")}</label>
            <select id="lang-select" name="lang" data-autosubmit="">{options}</select>
            <button type="submit" class="button small autosubmit-button">{tr.t("language-submit")}</button>
        </form>
    }
}

/// "Back to …" at the top of a page; the arrow points the way the script reads (CSS
/// mirrors it in right-to-left languages).
#[component]
pub fn BackLink(href: &'static str, label: String) -> impl IntoView {
    view! { <p class="back-link"><a href=href><span class="back-arrow" aria-hidden="true">"←"</span>" "{label}</a></p> }
}
