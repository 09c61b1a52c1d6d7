// "Messages on this phone": the opt-in to notifications on the home page of clients and
// volunteers. The section comes from the server `hidden` and is shown only where the
// browser can receive pushes (a service worker, the Push API, notifications). A tap on
// "Turn on" asks the phone's permission (only then, never on arrival), subscribes with
// the server's key and hands the subscription to the server; "Turn off" takes it back.
// A browser already subscribed tells the server again on each visit, so the server
// knows it belongs to whoever is signed in now. Plain JavaScript beside the WASM, like
// read-aloud.js. After a change, raise `PUSH_JS_VERSION` in app/src/pages/push.rs.
(function () {
  "use strict";
  var box = document.querySelector("[data-push]");
  if (!box || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  var on = box.querySelector("[data-push-on]"), off = box.querySelector("[data-push-off]");
  var states = box.querySelectorAll("[data-push-state]");

  function show(state) {
    for (var i = 0; i < states.length; i++) states[i].hidden = states[i].getAttribute("data-push-state") !== state;
    on.hidden = state === "on" || state === "denied";
    off.hidden = state !== "on";
  }

  function key() {
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

  box.hidden = false;
  navigator.serviceWorker.ready.then(function (reg) {
    function turnOn() {
      show("off");
      on.disabled = true;
      Notification.requestPermission().then(function (permission) {
        if (permission !== "granted") return show(permission === "denied" ? "denied" : "off");
        return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key() })
          .then(function (sub) { return tell("/push/subscribe", sub); })
          .then(function () { show("on"); });
      }).catch(function () { show("failed"); }).then(function () { on.disabled = false; });
    }

    function turnOff() {
      reg.pushManager.getSubscription().then(function (sub) {
        if (!sub) return;
        return tell("/push/unsubscribe", sub).catch(function () {}).then(function () { return sub.unsubscribe(); });
      }).then(function () { show("off"); }, function () { show("failed"); });
    }

    on.addEventListener("click", turnOn);
    off.addEventListener("click", turnOff);
    if (Notification.permission === "denied") return show("denied");
    reg.pushManager.getSubscription().then(function (sub) {
      if (!sub) return show("off");
      return tell("/push/subscribe", sub).then(function () { show("on"); });
    }).catch(function () { show("off"); });
  });
})();
