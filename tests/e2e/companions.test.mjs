// One-to-one volunteering in the browser: a guide on a tablet asks for an Arabic-speaking
// companion for a doctor's appointment, a volunteer accepts on a phone in German and sees
// the first name, the time and the place (never the case), and the client sees her
// companion's first name in Arabic on the appointment. Every page passes axe and fits.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, launch, context, staffSignIn, clientSignIn, chooseLanguage, amalsCaseAsGuide,
  horizontalOverflow, htmlAttrs, shot, audit, submit
} from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A weekday a few weeks ahead (ISO), different on each run. */
function aDay() {
  const d = new Date();
  d.setDate(d.getDate() + 14 + Math.floor(Math.random() * 200));
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return d.toISOString().slice(0, 10);
}

test("a guide asks for an Arabic-speaking companion, a volunteer accepts, the client sees who", async () => {
  const { page, caseUrl } = await amalsCaseAsGuide(browser);
  // A doctor's appointment, made by her own guide.
  const day = aDay();
  const place = `Praxis Dr. Sommer ${Date.now().toString(36)}`;
  await page.goto(`${caseUrl}/appointments`);
  await page.fill("#f-date", day);
  await page.fill("#f-time", "11:00");
  await page.fill("#f-place_name", place);
  await page.fill("#f-address", "Lindenstraße 8, 71234 Talheim");
  await page.check("#f-health");
  await submit(page, `form[action$='/appointments'] button[type=submit]`);

  // The companions tab: the appointment is offered, Arabic is her language already.
  await Promise.all([page.waitForURL(/\/companions$/), page.click("nav.case-tabs a[href$='/companions']")]);
  await audit(page, "companions tab");
  assert.ok(await horizontalOverflow(page) <= 0, "fits the tablet");
  assert.equal(await page.inputValue("#f-language"), "ar");
  await page.selectOption("#f-kind", "accompaniment");
  const appointment = await page.$eval("#f-appointment", (el, p) => [...el.options].find((o) => o.textContent.includes(p))?.value, place);
  assert.ok(appointment, "the new appointment is offered");
  await page.selectOption("#f-appointment", appointment);
  await Promise.all([page.waitForURL(/\/companions\/\d+$/), page.click(`form[action$='/companions'] button[type=submit]`)]);
  const taskUrl = page.url();
  const task = taskUrl.split("/").pop();

  // Lotse proposes Aylin (she speaks Arabic); the guide asks her.
  const proposal = page.locator("[data-testid^=proposal-]", { hasText: "Aylin Yilmaz" });
  await proposal.waitFor();
  assert.equal(await page.locator("[data-testid^=proposal-]", { hasText: "Peter Braun" }).count(), 0, "Peter speaks no Arabic");
  await audit(page, "a task with proposals");
  await shot(page, "companion-proposals-de-tablet");
  await submit(page, proposal.locator("button"));
  await page.waitForSelector("#h-asks");

  // Aylin, on her phone, in German: the ask without a name; she accepts.
  const vctx = await context(browser, { viewport: PHONE, locale: "de-DE" });
  const v = await vctx.newPage();
  await staffSignIn(v, "a.yilmaz@talheim.example");
  await chooseLanguage(v, "de");
  const link = v.locator(`a[href='/volunteer/companions/${task}']`).first();
  await link.waitFor();
  await Promise.all([v.waitForURL(new RegExp(`/volunteer/companions/${task}$`)), link.click()]);
  const asked = await v.textContent("main");
  assert.match(asked, new RegExp(place));
  assert.doesNotMatch(asked, /Amal/, "no name before accepting");
  await audit(v, "the ask on the volunteer's phone");
  await submit(v, "button:has-text('Ja, ich übernehme das')");
  await v.waitForSelector("h1:has-text('Begleitung von')");
  const held = await v.textContent("main");
  assert.match(held, /Amal/);
  for (const secret of ["Haddad", "Integrationskurs", "Karim", "Yusuf"]) {
    assert.doesNotMatch(held, new RegExp(secret), `${secret} is not the volunteer's to see`);
  }
  assert.ok(await horizontalOverflow(v) <= 0, "fits the phone");
  await audit(v, "the accepted task on the volunteer's phone");
  await shot(v, "companion-volunteer-de-phone");
  // The case file stays closed to her.
  const closed = await v.goto(`${caseUrl}`);
  assert.equal(closed.status(), 404);
  await vctx.close();

  // Amal, on her phone in Arabic: Aylin goes with her.
  const cctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const c = await cctx.newPage();
  await clientSignIn(c);
  await c.goto(`${BASE}/me/appointments`);
  const attrs = await htmlAttrs(c);
  assert.equal(attrs.lang, "ar");
  assert.equal(attrs.dir, "rtl");
  const card = c.locator(".appointment", { hasText: place });
  const line = card.locator("[data-testid=my-appointment-companion]");
  await line.waitFor();
  const text = await line.textContent();
  assert.match(text, /Aylin/);
  assert.doesNotMatch(text, /Yilmaz/, "the first name only");
  assert.match(text, /[\u0600-\u06FF]/, "the sentence around the name is Arabic");
  assert.ok(await horizontalOverflow(c) <= 0, "fits the phone");
  await audit(c, "the client's appointments with a companion");
  await card.scrollIntoViewIfNeeded();
  await shot(c, "companion-client-ar-phone");
  await cctx.close();

  // The guide sees the match.
  await page.goto(taskUrl);
  assert.match(await page.textContent("[data-testid=companion-volunteer]"), /Aylin Yilmaz/);
  await page.context().close();
});
