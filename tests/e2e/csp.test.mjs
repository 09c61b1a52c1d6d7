// The Content-Security-Policy in a real browser: the page's own scripts (the hydration
// script, the service worker's boot script, the WASM) run under it; a script someone
// slipped into the page without the nonce does not. And every file a page links to exists
// (the server was started without LEPTOS_HASH_FILES: the hashed names come from the build).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, launch, context, hydrated } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the page's own scripts run under the policy; a foreign inline script is refused", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti" });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const res = await page.goto(`${BASE}/signin`);
  const policy = res.headers()["content-security-policy"];
  assert.match(policy, /script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  await hydrated(page); // the hydration script and the WASM ran
  await page.evaluate(() => navigator.serviceWorker.ready); // the boot script ran
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "nothing of our own is refused");

  await ctx.close();

  // The same page with a script injected on the way, as an attacker's markup would be.
  // (Without the service worker: it would answer the navigation itself, past the route.)
  const bare = await browser.newContext({ viewport: PHONE, serviceWorkers: "block" });
  const attacked = await bare.newPage();
  await attacked.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await attacked.route(`${BASE}/signin`, async (route) => {
    const original = await route.fetch();
    const body = (await original.text()).replace("</main>", "<script>window.__foreign = true</script></main>");
    await route.fulfill({ response: original, body });
  });
  await attacked.goto(`${BASE}/signin`);
  await hydrated(attacked); // the page's own scripts still run
  assert.ok(await attacked.evaluate(() => document.querySelector("main").innerHTML.includes("__foreign")),
    "the injected script is in the page");
  assert.equal(await attacked.evaluate(() => window.__foreign), undefined, "the injected script did not run");
  const violations = await attacked.evaluate(() => window.__violations);
  assert.ok(violations.some((v) => v.startsWith("script-src-elem inline")), violations.join("; "));
  await bare.close();
});

test("every file a page links to answers", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/signin`);
  const links = await page.evaluate(() => [
    ...[...document.querySelectorAll("link[href]")].map((l) => l.href),
    ...[...document.querySelectorAll("img[src], script[src]")].map((e) => e.src),
  ]);
  const css = links.filter((l) => l.endsWith(".css"));
  assert.equal(css.length, 1, links.join(" "));
  assert.match(css[0], /\/pkg\/lotse\.[A-Za-z0-9_-]+\.css$/, "the build's hashed stylesheet");
  for (const href of links) {
    const r = await page.request.get(href);
    assert.equal(r.status(), 200, href);
  }
  // The stylesheet applied: the top bar is laid out by it.
  const display = await page.evaluate(() => getComputedStyle(document.querySelector(".topbar")).display);
  assert.equal(display, "flex");
  await ctx.close();
});
