// "Messages on this phone": the opt-in to notifications on the home page of clients and
// volunteers. The section comes from the server `hidden` and is shown only where the
// browser can receive pushes (a service worker, the Push API, notifications). A tap on
// "Turn on" asks the phone's permission (only then, never on arrival), subscribes with
// the server's key and hands the subscription to the server; "Turn off" takes it back.
// A browser already subscribed tells the server again on each visit, so the server
// knows it belongs to whoever is signed in now. Plain JavaScript beside the WASM, like
// read-aloud.js, loaded on every page of a signed-in client or volunteer: the page
// enhancer swaps pages in place, so the section is looked for after each swap. After a
// change, raise `PUSH_JS_VERSION` in app/src/pages/push.rs.
(function () {
  "use strict";
  // Started again after a page swap (`data-after-swap`): once per window is enough.
  if (window.__lotsePush || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  window.__lotsePush = true;
  var BOX = "[data-push]";

  function show(box, state) {
    var states = box.querySelectorAll("[data-push-state]");
    for (var i = 0; i < states.length; i++) states[i].hidden = states[i].getAttribute("data-push-state") !== state;
    box.querySelector("[data-push-on]").hidden = state === "on" || state === "denied";
    box.querySelector("[data-push-off]").hidden = state !== "on";
  }

  function key(box) {
    var s = box.getAttribute("data-key").replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var raw = atob(s), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function tell(path, sub) {
    var json = sub.toJSON(), keys = json.keys || {};
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      body: new URLSearchParams({ endpoint: json.endpoint || "", p256dh: keys.p256dh || "", auth: keys.auth || "" }),
    }).then(function (res) { if (!res.ok) throw new Error("refused " + res.status); });
  }

  function turnOn(box, button) {
    show(box, "off");
    button.disabled = true;
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") return show(box, permission === "denied" ? "denied" : "off");
      return navigator.serviceWorker.ready
        .then(function (reg) { return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key(box) }); })
        .then(function (sub) { return tell("/push/subscribe", sub); })
        .then(function () { show(box, "on"); });
    }).catch(function () { show(box, "failed"); }).then(function () { button.disabled = false; });
  }

  function turnOff(box) {
    navigator.serviceWorker.ready
      .then(function (reg) { return reg.pushManager.getSubscription(); })
      .then(function (sub) {
        if (!sub) return;
        return tell("/push/unsubscribe", sub).catch(function () {}).then(function () { return sub.unsubscribe(); });
      })
      .then(function () { show(box, "off"); }, function () { show(box, "failed"); });
  }

  // The section on the page now, once: shown, and its state read from the browser.
  function offer() {
    var box = document.querySelector(BOX);
    if (!box || box.hasAttribute("data-push-ready")) return;
    box.setAttribute("data-push-ready", "");
    box.hidden = false;
    if (Notification.permission === "denied") return show(box, "denied");
    navigator.serviceWorker.ready
      .then(function (reg) { return reg.pushManager.getSubscription(); })
      .then(function (sub) {
        if (!sub) return show(box, "off");
        return tell("/push/subscribe", sub).then(function () { show(box, "on"); });
      })
      .catch(function () { show(box, "off"); });
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target && ev.target.closest ? ev.target : null;
    var box = target && target.closest(BOX);
    if (!box) return;
    var on = target.closest("[data-push-on]");
    if (on) turnOn(box, on);
    else if (target.closest("[data-push-off]")) turnOff(box);
  });
  new MutationObserver(offer).observe(document.documentElement, { childList: true });
  offer();
})();
