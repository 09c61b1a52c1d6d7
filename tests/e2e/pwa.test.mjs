// Installable and offline-aware: manifest, service worker, and a translated offline page
// when a page cannot be loaded without a network.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, launch, context, shot } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("manifest and service worker; offline page in the reader's language", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "fa" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/signin`);
  const manifest = await page.evaluate(async () =>
    (await fetch(document.querySelector("link[rel=manifest]").href)).json());
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.icons.some((i) => i.sizes === "512x512"));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => caches.match("/offline").then((r) => !!r), null, { timeout: 10000 });
  // Static build output is served with a long cache lifetime and compressed.
  const css = await page.evaluate(() => document.querySelector("link[rel=stylesheet]").href);
  const res = await page.request.get(css, { headers: { "Accept-Encoding": "br" } });
  assert.match(res.headers()["cache-control"], /immutable/);
  assert.equal(res.headers()["content-encoding"], "br");

  await ctx.setOffline(true);
  await page.goto(`${BASE}/signin/staff`).catch(() => {});
  await page.waitForSelector("h1");
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.match(await page.textContent("main"), /[\u0600-\u06FF]{3,}/, "offline page in Farsi");
  await shot(page, "offline-fa-phone");
  await ctx.close();
});
