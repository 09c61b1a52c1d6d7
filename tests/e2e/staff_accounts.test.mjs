// Running a county in the browser: the coordinator adds a team and invites a guide, who
// sets a password on a tablet and signs in; deactivated, the guide's session ends at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, TABLET, launch, context, staffSignIn, horizontalOverflow, shot, audit, submit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Names of their own, so that a second run against the same database finds none taken.
const run = Date.now().toString(36);
const email = `neu.${run}@talheim.example`;
const teamName = `Team Süd ${run}`;
const password = "ein Satz, den ich mir merke";

test("a coordinator adds a team and invites a guide, who signs in on a tablet", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await Promise.all([page.waitForURL(/\/admin\/staff$/), page.click("a[href='/admin/staff']")]);
  assert.match(await page.textContent("h1"), /Mitarbeitende/);
  await audit(page, "staff list");

  // The organisation: a new team of the coordinator's municipality.
  await page.goto(`${BASE}/admin/organisation`);
  await page.fill("#f-t-new-name", teamName);
  await page.click("form[action='/admin/organisation/teams'] button[type=submit]");
  await page.waitForFunction((name) => [...document.querySelectorAll("main h3")].some((h) => h.textContent === name), teamName);
  assert.match(await page.textContent("main"), /Angelegt/);
  await audit(page, "organisation");

  // The invitation: a form that forgets nothing when it is refused.
  await page.goto(`${BASE}/admin/staff/new`);
  await page.fill("#f-name", "Rana Aziz");
  await page.fill("#f-email", email);
  await page.selectOption("#f-role", "guide");
  await submit(page, "form[action='/admin/staff/new'] button[type=submit]");
  await page.waitForSelector("#f-team-error");
  assert.equal(await page.inputValue("#f-name"), "Rana Aziz");
  const team = await page.locator("#f-team option", { hasText: teamName }).getAttribute("value");
  await page.selectOption("#f-team", team);
  await Promise.all([page.waitForURL(/\/admin\/staff\/\d+$/), page.click("form[action='/admin/staff/new'] button[type=submit]")]);
  const link = (await page.textContent(".code-box a")).trim();
  assert.match(link, /\/welcome\/[A-Za-z0-9_-]+$/);
  await audit(page, "a new account with its link");
  await shot(page, "staff-invited");
  const memberUrl = page.url();

  // The guide, on their own tablet.
  const guideCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const guide = await guideCtx.newPage();
  await guide.goto(new URL(new URL(link).pathname, BASE).href);
  await audit(guide, "choose a password");
  await guide.fill("#f-password", "kurz");
  await submit(guide, "form[action^='/welcome/'] button[type=submit]");
  await guide.waitForSelector("#f-password-error");
  await guide.fill("#f-password", password);
  await submit(guide, "form[action^='/welcome/'] button[type=submit]");
  await Promise.all([guide.waitForURL(/\/signin\/staff$/), guide.click("a[href='/signin/staff']")]);
  await guide.fill("#f-email", email);
  await guide.fill("#f-password", password);
  await Promise.all([guide.waitForURL(/\/cases$/), guide.click("form[action='/signin/staff'] button[type=submit]")]);
  await shot(guide, "staff-guide-first-sign-in");

  // Deactivated: the guide's next page is the sign-in.
  await page.goto(memberUrl);
  await page.click("form[action$='/deactivate'] button[type=submit]");
  await page.waitForSelector("form[action$='/reactivate']");
  assert.match(await page.textContent("main"), /Deaktiviert\. Alle Sitzungen sind beendet/);
  await guide.goto(`${BASE}/cases`);
  assert.match(guide.url(), /\/signin\/staff/);
  await guideCtx.close();
  await ctx.close();
});

test("the staff pages fit a phone", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  for (const path of ["/admin/staff", "/admin/staff/new", "/admin/organisation", "/admin/staff?role=guide&q=a",
    "/cases/move"]) {
    await page.goto(`${BASE}${path}`);
    assert.ok(await horizontalOverflow(page) <= 0, `${path}: nothing sticks out at 360 px`);
    await audit(page, path);
  }
  // Moving a caseload: a guide's clients, chosen, previewed.
  await page.selectOption("#f-from", { index: 1 });
  await Promise.all([page.waitForURL(/from=\d+/), page.click("form[action='/cases/move'] button[type=submit]")]);
  await audit(page, "choose clients to move");
  await shot(page, "moves-phone");
  await shot(page, "organisation-phone");
  await ctx.close();
});
