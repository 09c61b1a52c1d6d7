// The guide's workspace end to end in real Chromium at tablet size: create a client,
// fill the intake, build a plan from two templates, write a note with a follow-up (also
// offline, kept on the device and sent once when back online), book an appointment with
// an interpreter and see a double booking refused, hand the client over to another team.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, TABLET, launch, context, hydrated, shot, staffSignIn, horizontalOverflow } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** An ISO date on a Monday some weeks ahead (random, so reruns on one database do not
 * meet their own earlier bookings). */
function aMonday() {
  const d = new Date();
  d.setDate(d.getDate() + 7 * (1 + Math.floor(Math.random() * 40)) + ((8 - d.getDay()) % 7));
  return d.toISOString().slice(0, 10);
}

async function tab(page, name) {
  await Promise.all([page.waitForURL(new RegExp(`/${name}$`)), page.click(`nav.case-tabs a[href$='/${name}']`)]);
}

async function submit(page, actionSuffix) {
  await page.click(`form[action$='${actionSuffix}'] button[type=submit]`);
}

/** The value of the first option whose label contains `text`. */
async function optionValue(page, select, text) {
  return page.$eval(select, (el, t) => [...el.options].find((o) => o.textContent.includes(t))?.value, text);
}

test("a guide works a case from intake to handover", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "j.weber@talheim.example");
  await hydrated(page);

  // A new client.
  await page.click("a[href='/cases/new']");
  await page.fill("#f-first_name", "Mohammed");
  await page.fill("#f-last_name", "Rahimi");
  await page.selectOption("#f-preferred_lang", "fa");
  await submit(page, "/cases/new");
  await page.waitForSelector("[data-testid=activation-code]");
  const caseUrl = page.url();
  assert.match(caseUrl, /\/cases\/\d+$/);

  // Intake: one section at a time, completeness shown.
  await tab(page, "intake");
  const before = await page.textContent("#completeness-label");
  await page.selectOption("#f-german_level", "a2");
  await page.selectOption("#f-integration_course", "waiting");
  await submit(page, "/intake/languages");
  await page.waitForSelector(".alert-info");
  assert.match(await page.textContent(".alert-info"), /Abschnitt gespeichert/);
  assert.notEqual(await page.textContent("#completeness-label"), before, "completeness moved");
  assert.equal(await page.inputValue("#f-german_level"), "a2");

  // Plan: two goals from templates, in two fields.
  await tab(page, "plan");
  await page.selectOption("#f-template", await optionValue(page, "#f-template", "Deutsch lernen"));
  await submit(page, "/plan/goals");
  await page.waitForSelector("article.goal");
  await page.selectOption("#f-template", await optionValue(page, "#f-template", "Wohnung"));
  await submit(page, "/plan/goals");
  await page.waitForFunction(() => document.querySelectorAll("article.goal").length === 2);
  assert.match(await page.textContent("main"), /Deutsch lernen bis Niveau B1/);
  assert.match(await page.textContent("main"), /Eine eigene Wohnung finden/);

  // A step that leads to an office, chosen from the suggestions while typing (a combobox:
  // arrow keys and Enter, as a screen reader user would).
  const goal = page.locator("article.goal").first();
  await goal.locator("details:has(form[action$='/steps']) > summary").click();
  await goal.locator("form[action$='/steps'] input[name=text]").fill("Beim Jobcenter anmelden");
  const field = goal.locator("input[data-step-links]");
  assert.equal(await field.getAttribute("role"), "combobox");
  await field.pressSequentially("jobcent", { delay: 30 });
  const options = goal.locator(".combo-list [role=option]");
  await options.first().waitFor();
  assert.equal(await field.getAttribute("aria-expanded"), "true");
  const talheim = await options.evaluateAll((els) => els.findIndex((e) => e.textContent.includes("Jobcenter Talheim")));
  assert.ok(talheim >= 0, "Jobcenter Talheim suggested");
  for (let i = 0; i <= talheim; i++) await field.press("ArrowDown");
  assert.equal(await field.getAttribute("aria-activedescendant"), await options.nth(talheim).getAttribute("id"));
  await shot(page, "plan-step-link-suggestions-de-tablet");
  await field.press("Enter");
  assert.equal(await field.inputValue(), "Jobcenter Talheim");
  assert.equal(await field.getAttribute("aria-expanded"), "false");
  assert.match(await goal.locator("input[type=hidden][name=link]").inputValue(), /^office:\d+$/);
  await goal.locator("form[action$='/steps'] button[type=submit]").click();
  await page.waitForSelector("[data-testid=step-link]:has-text('Jobcenter Talheim')");

  // A note with a follow-up that becomes a plan step.
  await tab(page, "notes");
  await page.fill("#f-topic", "Kurs und Wohnung");
  await page.fill("#f-body", "Herr Rahimi wartet auf den Integrationskurs.");
  await page.fill("#f-follow_up_1", "Wohnberechtigungsschein beantragen");
  await submit(page, "/notes");
  await page.waitForSelector("article.note");
  await tab(page, "plan");
  assert.match(await page.textContent("main"), /Wohnberechtigungsschein beantragen/);

  // On a bad connection the note is kept on the device and sent once when back online.
  await tab(page, "notes");
  await page.fill("#f-topic", "Telefonat ohne Netz");
  await page.fill("#f-body", "Dieser Text darf nicht verloren gehen.");
  await ctx.setOffline(true);
  await submit(page, "/notes");
  await page.waitForFunction(() => document.querySelector(".draft-status")?.textContent.includes("Nicht gesendet"));
  assert.equal(await page.inputValue("#f-body"), "Dieser Text darf nicht verloren gehen.");
  await shot(page, "note-kept-offline-de-tablet");
  await ctx.setOffline(false);
  await page.waitForFunction(() => document.body.textContent.includes("Notiz gespeichert"), null, { timeout: 15000 });
  const offlineNotes = await page.$$eval("article.note h3", (hs) => hs.filter((h) => h.textContent === "Telefonat ohne Netz").length);
  assert.equal(offlineNotes, 1, "sent exactly once");
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lotse-draft:")).length), 0, "draft cleared");

  // An appointment with an interpreter; a second booking at an overlapping time is refused.
  await tab(page, "appointments");
  const monday = aMonday();
  const samir = await optionValue(page, "#f-interpreter", "Samir");
  const book = async (time) => {
    await page.fill("#f-date", monday);
    await page.fill("#f-time", time);
    await page.fill("#f-place_name", "Jobcenter Talheim");
    await page.fill("#f-address", "Bahnhofstraße 4, 71234 Talheim");
    await page.fill("#f-bring", "Pass\nBescheid vom BAMF");
    await page.selectOption("#f-interpreter_lang", "ar");
    await page.selectOption("#f-interpreter", samir);
    await submit(page, "/appointments");
  };
  await book("10:00");
  await page.waitForSelector("[data-testid=interpreter-line]");
  assert.match(await page.textContent("[data-testid=interpreter-line]"), /Samir Nasser/);
  await book("10:30");
  await page.waitForSelector("#form-alert");
  assert.match(await page.textContent("#f-interpreter-error"), /schon gebucht/);
  assert.equal(await page.inputValue("#f-place_name"), "Jobcenter Talheim", "the form keeps what was typed");
  assert.ok(await horizontalOverflow(page) <= 0, "fits the tablet");
  await shot(page, "appointments-double-booking-de-tablet");

  // Handover to another team needs the client's consent; then the case leaves.
  await tab(page, "handover");
  await page.selectOption("#f-guide", await optionValue(page, "#f-guide", "Demir"));
  await submit(page, "/handover");
  await page.waitForSelector("[data-testid=handover-missing]");
  await tab(page, "consent");
  await page.selectOption("#f-purpose", "handover");
  await page.selectOption("#f-team", await optionValue(page, "#f-team", "Bergfeld"));
  await page.check("#f-covers-plan");
  await page.check("#f-covers-intake");
  await submit(page, "/consent");
  await page.waitForSelector("article.consent");
  await tab(page, "handover");
  await page.selectOption("#f-guide", await optionValue(page, "#f-guide", "Demir"));
  await page.fill("#f-reason", "Umzug nach Bergfeld");
  await submit(page, "/handover");
  await page.waitForURL(/\/cases$/);
  assert.match(await page.textContent("main"), /Der Fall wurde übergeben/);
  assert.match(await page.textContent("main"), /Mohammed Rahimi/, "listed as handed over");
  const gone = await page.goto(caseUrl);
  assert.equal(gone.status(), 404, "the old guide has no access any more");

  // The receiving guide has the case, with the plan but without the earlier notes.
  const other = await (await context(browser, { viewport: TABLET, locale: "de-DE" })).newPage();
  await staffSignIn(other, "l.demir@bergfeld.example");
  await other.goto(`${BASE}/cases?q=Muhammad`);
  await other.click("table.caseload a:has-text('Rahimi')");
  await tab(other, "plan");
  assert.match(await other.textContent("main"), /Deutsch lernen bis Niveau B1/);
  await tab(other, "notes");
  assert.equal((await other.$$("article.note")).length, 0, "notes were not covered by the consent");
  await shot(other, "handed-over-notes-de-tablet");
});
