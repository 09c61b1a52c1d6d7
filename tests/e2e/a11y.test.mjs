// Automated accessibility checks (axe-core, WCAG 2.x A and AA rules) on the pages of the
// first slice, at phone size, in an RTL and an LTR language. It catches regressions in labels,
// contrast, landmarks, names of controls and language attributes; screen-reader and zoom
// behaviour still need a person.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, TABLET, launch, context, staffSignIn, audit, chooseLanguage, htmlAttrs, horizontalOverflow, clientSignIn } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Every client language Lotse has (one folder each under locales/), at phone size: the
// client's pages pass axe and nothing sticks out sideways.
const CLIENT_LANGS = ["ar", "en", "fa", "prs", "ti", "uk", "de"];
const CLIENT_PAGES = ["/me/plan", "/me/appointments", "/me/deadlines", "/me/requests", "/me/data",
  "/me/data/rights", "/me/interests", "/groups", "/events", "/actors", "/offices", "/feedback"];

// Markup and layout do not depend on the database: one run (SQLite's) checks them.
const skipOnPostgres = process.env.LOTSE_BACKEND === "postgres" && "checked in the SQLite run";

test("sign-in, activation and the client's pages pass axe in every language, nothing overflowing at 360 px", { skip: skipOnPostgres }, async () => {
  for (const lang of CLIENT_LANGS) {
    const ctx = await context(browser, { viewport: PHONE, locale: lang === "prs" ? "fa-AF" : lang });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/signin`);
    await chooseLanguage(page, lang);
    await audit(page, `${lang} sign-in`);
    await page.goto(`${BASE}/activate`);
    await audit(page, `${lang} activate`);
    await clientSignIn(page);
    // Signed in, her own language setting speaks: she chooses this one again.
    await chooseLanguage(page, lang);
    const tag = (await htmlAttrs(page)).lang;
    for (const path of ["/me", ...CLIENT_PAGES]) {
      if (path !== "/me") await page.goto(`${BASE}${path}`);
      assert.equal((await htmlAttrs(page)).lang, tag, `${lang} ${path} stays in the chosen language`);
      await audit(page, `${lang} ${path}`);
      assert.ok(await horizontalOverflow(page) <= 0, `${lang} ${path}: overflows sideways at 360 px`);
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
  // The plan's step form with its suggestions open (a combobox and its listbox), and
  // after a posted name that several offices match (a choice of them).
  await page.goto(`${base}/plan`);
  const goal = page.locator("article.goal").first();
  await goal.locator("details:has(form[action$='/steps']) > summary").click();
  await goal.locator("input[data-step-links]").pressSequentially("beratung", { delay: 20 });
  await goal.locator(".combo-list [role=option]").first().waitFor();
  await goal.locator("input[data-step-links]").press("ArrowDown");
  await audit(page, "plan step suggestions");
  await goal.locator("input[data-step-links]").press("Escape");
  await goal.locator("form[action$='/steps'] input[name=text]").fill("Beratung finden");
  await goal.locator("form[action$='/steps'] button[type=submit]").click();
  await page.waitForSelector("[data-testid=step-link-candidates]");
  await audit(page, "plan step with a choice of offices");
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
