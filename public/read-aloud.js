// "Read aloud" on the pages clients read: the page's main text, spoken by the phone's own
// voice (the browser's speech synthesis; nothing goes to a server, nothing is downloaded).
// The button comes from the server `hidden`; it is shown only where the phone has a voice
// for the page's language, so nobody hears Arabic read by an English voice. Long numbers
// (phone numbers, the Lotse number) are said digit by digit, the way people say them.
// Plain JavaScript beside the WASM: it adds nothing to what every page downloads, and a
// page without it is the same page. After a change, raise `READ_ALOUD_VERSION` in
// app/src/pages/shell.rs so phones fetch it again.
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  if (!synth) return;
  var BUTTON = "[data-read-aloud]";
  // What is read: each block once, in page order; forms, buttons and hidden parts not.
  var BLOCKS = "h1,h2,h3,p,li,dt,dd,th,td";
  var DIGIT = "0-9\u0660-\u0669\u06F0-\u06F9";
  var RUN = new RegExp("[" + DIGIT + "][" + DIGIT + " ]*", "g");

  function lang() { return document.documentElement.lang || ""; }

  // A voice for the page's language: the same tag first ("fa-AF"), else the same
  // language ("fa" for Dari, whose phones have Persian voices).
  function voice() {
    var tag = lang().toLowerCase(), primary = tag.split("-")[0], voices = synth.getVoices() || [];
    var same = null, near = null;
    for (var i = 0; i < voices.length; i++) {
      var v = String(voices[i].lang || "").toLowerCase().replace("_", "-");
      if (!same && v === tag) same = voices[i];
      if (!near && v.split("-")[0] === primary) near = voices[i];
    }
    return same || near;
  }

  function offer() {
    var has = !!voice();
    document.querySelectorAll(BUTTON).forEach(function (b) { b.hidden = !has; });
  }

  // "07131 555 201" → "0 7 1 3 1 5 5 5 2 0 1"; dates and times keep their numbers.
  function spell(text) {
    return text.replace(RUN, function (run) {
      var digits = run.replace(/ /g, "");
      if (digits.length < 6) return run;
      return digits.split("").join(" ") + (/ $/.test(run) ? " " : "");
    });
  }

  function blocks() {
    var main = document.querySelector("main");
    if (!main) return [];
    var out = [];
    main.querySelectorAll(BLOCKS).forEach(function (el) {
      var outer = el.parentElement && el.parentElement.closest(BLOCKS);
      if (outer && main.contains(outer)) return;
      if (el.closest("form,[hidden],[aria-hidden=true],button")) return;
      var text = spell((el.textContent || "").replace(/\s+/g, " ").trim());
      if (text) out.push(text);
    });
    return out;
  }

  function label(button, speaking) {
    button.textContent = button.getAttribute(speaking ? "data-stop" : "data-start");
    button.setAttribute("aria-pressed", speaking ? "true" : "false");
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target && ev.target.closest && ev.target.closest(BUTTON);
    if (!button) return;
    if (synth.speaking) {
      synth.cancel();
      label(button, false);
      return;
    }
    var v = voice();
    if (!v) return;
    var parts = blocks();
    parts.forEach(function (text, i) {
      var u = new SpeechSynthesisUtterance(text);
      u.lang = lang();
      u.voice = v;
      if (i === parts.length - 1) u.onend = function () { label(button, false); };
      synth.speak(u);
    });
    label(button, true);
  });
  // Phones list their voices late; the page enhancer swaps the page in place.
  synth.onvoiceschanged = offer;
  new MutationObserver(offer).observe(document.documentElement, { childList: true });
  offer();
})();
