// "Read aloud" uses the phone's own voice: offered where the browser has a voice for the
// page's language, hidden where it has none; long numbers (the guide's phone) are said
// digit by digit. Headless Chromium has no voices of its own, so each test gives the page
// a speech engine that knows the voices named and writes down what it is asked to say.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, launch, context, hydrated, clientSignIn } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function speechEngine(voices) {
  class Voice { constructor(lang) { Object.assign(this, { lang, name: `Test ${lang}`, voiceURI: lang, localService: true, default: true }); } }
  class Utterance { constructor(text) { Object.assign(this, { text, lang: "", voice: null, onend: null }); } }
  window.SpeechSynthesisVoice = Voice;
  window.SpeechSynthesisUtterance = Utterance;
  const said = (window.__said = []);
  const engine = {
    speaking: false, onvoiceschanged: null,
    getVoices: () => voices.map((l) => new Voice(l)),
    speak(u) { said.push({ text: u.text, lang: u.lang, voice: u.voice?.lang }); this.speaking = true; },
    cancel() { said.push({ text: "<cancel>" }); this.speaking = false; },
  };
  Object.defineProperty(window, "speechSynthesis", { value: engine, configurable: true });
}

async function signedInClient(voices) {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  await ctx.addInitScript(speechEngine, voices);
  const page = await ctx.newPage();
  await clientSignIn(page);
  await hydrated(page);
  return { ctx, page };
}

test("read aloud is offered with a voice for the page's language and reads phone numbers digit by digit", async () => {
  const { ctx, page } = await signedInClient(["ar-SA", "en-US"]);
  const button = page.locator("[data-read-aloud]");
  await button.waitFor({ state: "visible" });
  const start = await button.textContent();
  await button.click();
  const said = await page.evaluate(() => window.__said);
  assert.ok(said.length > 3, `the page is read in parts: ${JSON.stringify(said)}`);
  assert.ok(said.every((s) => s.lang === "ar" && s.voice === "ar-SA"), "in Arabic, with the Arabic voice");
  const all = said.map((s) => s.text).join(" | ");
  assert.match(all, /0 7 1 3 1 5 5 5 2 0 1/, "the guide's phone, digit by digit");
  assert.match(all, /Amal/, "the greeting");
  assert.doesNotMatch(all, /482915|تسجيل الخروج/, "not the forms or the top bar");
  assert.equal(await button.getAttribute("aria-pressed"), "true");
  assert.notEqual(await button.textContent(), start, "the button now stops");
  await button.click();
  assert.equal((await page.evaluate(() => window.__said)).at(-1).text, "<cancel>");
  assert.equal(await button.textContent(), start);
  // Also after an in-place page swap (a link followed with the page enhancer).
  await page.goto(`${BASE}/me/plan`);
  await hydrated(page);
  await button.waitFor({ state: "visible" });
  await ctx.close();
});

test("read aloud stays hidden where the phone has no voice for the page's language", async () => {
  const { ctx, page } = await signedInClient(["en-US", "de-DE"]);
  // The enhancer has run (the page is hydrated) and found no Arabic voice.
  assert.equal(await page.locator("[data-read-aloud]").isVisible(), false);
  assert.equal(await page.locator("[data-read-aloud][hidden]").count(), 1);
  // Without any speech engine at all, the same.
  const bare = await context(browser, { viewport: PHONE, locale: "ar" });
  const p2 = await bare.newPage();
  await p2.goto(`${BASE}/offices`);
  await hydrated(p2);
  const voices = await p2.evaluate(() => (window.speechSynthesis ? speechSynthesis.getVoices().filter((v) => v.lang.startsWith("ar")).length : 0));
  if (voices === 0) assert.equal(await p2.locator("[data-read-aloud]").isVisible(), false);
  await bare.close();
  await ctx.close();
});
