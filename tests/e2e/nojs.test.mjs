// The same pages with JavaScript disabled: rendered on the server, forms as plain posts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, TABLET, launch, context, htmlAttrs, horizontalOverflow, shot, staffSignIn } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("client signs in and reads the home page without JavaScript", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/`);
  assert.match(page.url(), /\/signin$/);
  assert.deepEqual(await htmlAttrs(page), { lang: "ar", dir: "rtl" });
  await page.fill("#f-number", "20260001");
  await page.fill("#f-pin", "482915");
  await Promise.all([page.waitForURL(/\/me$/), page.click("form[action='/signin'] button[type=submit]")]);
  const text = await page.textContent("main");
  assert.ok(text.includes("Amal"));
  assert.ok(text.includes("Sabine Keller"));
  assert.match(text, /[\u0600-\u06FF]{3,}/);
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "home-ar-nojs");
  // The language form works as a plain post too.
  await page.selectOption("#lang-select", "ti");
  await Promise.all([page.waitForURL(/\/me$/), page.click("form[action='/lang'] button[type=submit]")]);
  assert.deepEqual(await htmlAttrs(page), { lang: "ti", dir: "ltr" });
  assert.match(await page.textContent("main"), /[\u1200-\u137F]/);
  await shot(page, "home-ti-nojs");
  await ctx.close();
});

test("guide reads the caseload and creates a client without JavaScript", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await staffSignIn(page, "s.keller@talheim.example");
  assert.equal((await htmlAttrs(page)).lang, "de");
  const rows = await page.$$("table.caseload tbody tr");
  assert.ok(rows.length >= 5, `team caseload has rows (${rows.length})`);
  await page.goto(`${BASE}/cases/new`);
  await page.fill("#f-first_name", "Tesfay");
  await page.fill("#f-last_name", "Ghebre");
  await page.fill("#f-birth_date", "1994-02-01");
  await page.selectOption("#f-preferred_lang", "ti");
  await Promise.all([page.waitForURL(/\/cases\/\d+$/), page.click("form[action='/cases/new'] button[type=submit]")]);
  assert.match(await page.textContent("[data-testid=activation-code]"), /^[A-Z0-9-]{12}$/);
  await ctx.close();
});

test("client pages reflow at 360 and 320 px in every language", async () => {
  for (const [locale, width] of ["en", "de", "ar", "fa", "ti"].flatMap((l) => [[l, 360], [l, 320]])) {
    const ctx = await context(browser, { viewport: { width, height: 640 }, locale, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/signin`);
    assert.equal((await htmlAttrs(page)).lang, locale);
    assert.ok(await horizontalOverflow(page) <= 0, `${locale} fits ${width} px`);
    const size = await page.evaluate(() => {
      const b = document.querySelector("form[action='/signin'] button[type=submit]").getBoundingClientRect();
      return { w: b.width, h: b.height };
    });
    assert.ok(size.h >= 44 && size.w >= 44, `touch target ${JSON.stringify(size)}`);
    await ctx.close();
  }
});
