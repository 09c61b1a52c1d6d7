// What a phone downloads on its first visit to a client page: every response's bytes on
// the wire (compressed), by type, in headless Chromium with the cache off. The language's
// font (from its folder, locales/<code>/language.conf) is counted at its file size when
// this machine has it installed, as a phone without it would download it. Shared by the
// benchmark (`first-visit.mjs`) and the budget test (`e2e/budget.test.mjs`).
import { readFileSync, statSync } from "node:fs";
import { context, BASE } from "../e2e/helpers.mjs";

export function fontOf(lang) {
  try {
    const facts = readFileSync(new URL(`../../locales/${lang}/language.conf`, import.meta.url), "utf8");
    return facts.match(/^font = (.+)$/m)?.[1]?.trim();
  } catch {
    return undefined;
  }
}

/** { byKind: {html, css, js, wasm, font, other}, total } in bytes. */
export async function firstVisit(browser, lang, path = "/me") {
  const ctx = await context(browser, { locale: lang });
  const page = await ctx.newPage();
  // Sign in first (not part of the first visit) and choose the language.
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
  const font = fontOf(lang);
  if (font && byKind.font === 0) {
    byKind.font = statSync(new URL(`../../public/fonts/${font}`, import.meta.url)).size;
  }
  await fresh.close();
  await ctx.close();
  return { byKind, total: Object.values(byKind).reduce((a, b) => a + b, 0) };
}
