// Measures what a phone downloads on its first visit to a client page (the home page
// unless a path is given as the second argument): every
// response's bytes on the wire (compressed), by type, in headless Chromium.
// Fonts that this machine has locally are added at their file size, as a phone
// without them would download them.
import { launch, context, BASE } from "../e2e/helpers.mjs";
import { readFileSync, statSync } from "node:fs";

const lang = process.argv[2] ?? "ar";
// The language's font, as its folder names it (locales/<code>/language.ftl).
const facts = (() => { try { return readFileSync(new URL(`../../locales/${lang}/language.ftl`, import.meta.url), "utf8"); } catch { return ""; } })();
const FONT_FOR = { [lang]: facts.match(/^language-font = (.+)$/m)?.[1]?.trim() };
const path = process.argv[3] ?? "/me";
const browser = await launch();
const ctx = await context(browser, { locale: lang });
const page = await ctx.newPage();
// Sign in first (not part of the first visit of the home page).
await page.goto(`${BASE}/signin`);
await page.fill("#f-number", "20260001");
await page.fill("#f-pin", "482915");
await Promise.all([page.waitForURL(/\/me$/), page.click("form[action='/signin'] button[type=submit]")]);
await page.evaluate((l) => fetch("/lang", { method: "POST", body: new URLSearchParams({ lang: l, return_to: "/me" }) }), lang);

const fresh = await browser.newContext({ locale: lang, viewport: { width: 360, height: 740 }, storageState: await ctx.storageState() });
const p = await fresh.newPage();
const cdp = await fresh.newCDPSession(p);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
const sizes = {};
const types = {};
cdp.on("Network.responseReceived", (e) => { types[e.requestId] = { url: e.response.url, mime: e.response.mimeType }; });
cdp.on("Network.loadingFinished", (e) => { sizes[e.requestId] = e.encodedDataLength; });
await p.goto(`${BASE}${path}`, { waitUntil: "networkidle" });
await p.waitForFunction(() => window.__lotseEnhanced === true, null, { timeout: 15000 });
await p.waitForTimeout(300);
const byKind = { html: 0, css: 0, js: 0, wasm: 0, font: 0, other: 0 };
for (const [id, bytes] of Object.entries(sizes)) {
  const t = types[id];
  if (!t || t.url.endsWith("/sw.js") || t.url.includes("/offline")) continue;
  const kind = t.mime.includes("html") ? "html" : t.mime.includes("css") ? "css"
    : t.mime.includes("javascript") ? "js" : t.mime.includes("wasm") ? "wasm"
    : t.url.includes("/fonts/") ? "font" : "other";
  byKind[kind] += bytes;
}
if (FONT_FOR[lang] && byKind.font === 0) {
  byKind.font = statSync(new URL(`../../public/fonts/${FONT_FOR[lang]}`, import.meta.url)).size;
}
const total = Object.values(byKind).reduce((a, b) => a + b, 0);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`first visit ${path} (${lang}): total ${kb(total)} KB = ` +
  Object.entries(byKind).filter(([, v]) => v).map(([k, v]) => `${k} ${kb(v)}`).join(", "));
await browser.close();
