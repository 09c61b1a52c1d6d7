// Automated accessibility checks (axe-core, WCAG 2.x A and AA rules) on the pages of the
// first slice, at phone size, in an RTL and an LTR language. It catches regressions in labels,
// contrast, landmarks, names of controls and language attributes; screen-reader and zoom
// behaviour still need a person.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, TABLET, launch, context, staffSignIn, audit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("sign-in, activation and the client's pages pass axe in Arabic and English", async () => {
  for (const locale of ["ar", "en"]) {
    const ctx = await context(browser, { viewport: PHONE, locale });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/signin`);
    await audit(page, `${locale} sign-in`);
    await page.goto(`${BASE}/activate`);
    await audit(page, `${locale} activate`);
    await page.goto(`${BASE}/signin`);
    await page.fill("#f-number", "20260001");
    await page.fill("#f-pin", "482915");
    await Promise.all([page.waitForURL(/\/me$/), page.click("form[action='/signin'] button[type=submit]")]);
    await audit(page, `${locale} home`);
    for (const path of ["/me/plan", "/me/appointments", "/me/deadlines", "/me/requests", "/me/data", "/me/interests", "/events", "/actors"]) {
      await page.goto(`${BASE}${path}`);
      await audit(page, `${locale} ${path}`);
    }
    await ctx.close();
  }
});

test("caseload, new client form with errors and client record pass axe", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "s.keller@talheim.example");
  await audit(page, "caseload");
  await page.goto(`${BASE}/cases/new`);
  await page.click("form[action='/cases/new'] button[type=submit]");
  await page.waitForSelector("#form-alert");
  await audit(page, "new client with errors");
  await page.goto(`${BASE}/cases`);
  await page.click("table.caseload tbody tr a");
  await page.waitForURL(/\/cases\/\d+$/);
  await audit(page, "client record");
  await ctx.close();
});

test("every part of a case file, the interpreter pool and the templates pass axe", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "s.keller@talheim.example");
  await page.goto(`${BASE}/cases?q=Haddad`);
  await page.click("table.caseload tbody tr a");
  await page.waitForURL(/\/cases\/\d+$/);
  const base = page.url();
  for (const part of ["intake", "plan", "notes", "appointments", "companions", "referrals", "consent", "handover", "history"]) {
    await page.goto(`${base}/${part}`);
    await audit(page, part);
  }
  // A form that came back with errors.
  await page.goto(`${base}/notes`);
  await page.click(`form[action$='/notes'] button[type=submit]`);
  await page.waitForSelector("#form-alert");
  await audit(page, "note with errors");
  for (const path of ["/interpreters", "/templates"]) {
    await page.goto(`${BASE}${path}`);
    await audit(page, path);
  }
  // On a phone the case file still fits.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${base}/plan`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `plan fits 360 px (${overflow})`);
  await ctx.close();
});
