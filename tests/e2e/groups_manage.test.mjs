// Planning group offers and the volunteers' own pages, in real Chromium:
// - the coordinator on a tablet creates an offer, gives it weekly dates, cancels one,
//   invites a volunteer who sets a password through the link;
// - a volunteer on a phone, in Arabic, fills in the profile, records hours and opens the
//   yearly confirmation.
// axe on every page; nothing overflows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  PHONE, TABLET, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot, staffSignIn, chooseLanguage,
  audit,
} from "./helpers.mjs";


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function isoDay(offset) {
  const d = new Date(Date.now() + offset * 86400000);
  return d.toISOString().slice(0, 10);
}

test("the coordinator plans an offer, cancels a date and invites a volunteer", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await page.click("a[href='/groups/manage']");
  await page.waitForSelector("h1:has-text('Gruppenangebote planen')");
  assert.ok(await page.locator("[data-testid=gap]").count() > 0, "gaps of the coming weeks");
  await audit(page, "planning overview");
  await shot(page, "groups-manage-de-tablet");

  await page.click("a[href='/groups/manage/new']");
  await page.waitForSelector("form[action='/groups/manage/new']");
  // A first try without a title keeps everything else.
  await page.fill("#f-address", "Gemeindehaus, Kirchstraße 3");
  await page.selectOption("#f-category", "crafts");
  await page.selectOption("#f-target_group", "women");
  await page.fill("#f-capacity", "8");
  await page.click("form[action='/groups/manage/new'] button[type=submit]");
  await page.waitForSelector("#form-alert");
  assert.equal(await page.inputValue("#f-address"), "Gemeindehaus, Kirchstraße 3");
  await page.fill("#f-title", "Nähcafé für Frauen");
  await page.fill("#f-need_helper", "1");
  await page.check("#f-published");
  await page.click("form[action='/groups/manage/new'] button[type=submit]");
  await page.waitForSelector("h1:has-text('Nähcafé für Frauen')");
  await audit(page, "offer plan");

  // Weekly on Thursdays from tomorrow.
  await page.click("summary:has-text('Regelmäßige Termine anlegen')");
  await page.selectOption("#series-repeat", "weekly");
  await page.selectOption("#series-weekday", "3");
  await page.fill("#series-time", "18:00");
  await page.fill("#series-minutes", "120");
  await page.fill("#series-first", isoDay(1));
  await page.click("form[action$='/series'] button[type=submit]");
  await page.waitForSelector(".alert[role=status]:has-text('angelegt')");
  const dates = page.locator("li.plan-session");
  assert.ok(await dates.count() >= 7, "eight weeks of Thursdays");

  // Cancel the first date with a reason.
  const first = dates.first();
  await first.locator("summary").click();
  await first.locator("input[name=reason]").first().fill("Raum belegt");
  await first.locator("form[action$='/cancel'] button").click();
  await page.waitForSelector(".alert[role=status]:has-text('abgesagt')");
  assert.match(await page.locator("li.plan-session").first().textContent(), /Raum belegt/);
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "group-plan-de-tablet");

  // Invite a volunteer; without a mail server the link is shown to pass on.
  await page.goto(new URL("/groups/manage/volunteers", page.url()).href);
  await page.fill("#f-name", "Lena Vogel");
  await page.fill("#f-email", "lena.vogel@example.org");
  await page.click("form[action='/groups/manage/volunteers'] button[type=submit]");
  const link = (await page.textContent("[data-testid=invite-link] code")).trim();
  assert.match(link, /\/invite\//);
  await audit(page, "volunteers");

  const lena = await (await context(browser, { viewport: PHONE, locale: "de-DE" })).newPage();
  await lena.goto(link);
  await lena.fill("#f-password", "ein langer Satz zum Merken");
  await lena.click("form[action^='/invite/'] button[type=submit]");
  await lena.waitForSelector("h1.greeting");
  assert.match(await lena.textContent("main"), /Willkommen/);
  await lena.context().close();
  await ctx.close();
});

test("a volunteer in Arabic fills in the profile, records hours and opens the confirmation", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await staffSignIn(page, "a.yilmaz@talheim.example");
  await hydrated(page);
  await chooseLanguage(page, "ar");
  assert.deepEqual(await htmlAttrs(page), { lang: "ar", dir: "rtl" });

  await page.click("a[href='/volunteer/profile']");
  await page.waitForSelector("form[action='/volunteer/profile']");
  await page.check("#lang-fa");
  await page.check("#slot-7-am");
  await page.click("form[action='/volunteer/profile'] button[type=submit]");
  await page.waitForSelector(".alert[role=status]");
  assert.ok(await page.isChecked("#lang-fa"));
  assert.ok(await page.isChecked("#slot-7-am"));
  await audit(page, "ar profile");
  assert.ok(await horizontalOverflow(page) <= 0, "profile fits 360 px");
  await shot(page, "volunteer-profile-ar-phone");

  await page.goto(new URL("/volunteer/hours", page.url()).href);
  const entry = page.locator("li[data-testid^=hours-]").first();
  await entry.locator("input[name=minutes]").fill("150");
  await entry.locator("button").click();
  await page.waitForSelector(".alert[role=status]");
  assert.match(await page.textContent("[data-testid=hours-total]"), /ساعات.*[0-9٠-٩]/, "the year's hours, in Arabic");
  await audit(page, "ar hours");
  assert.ok(await horizontalOverflow(page) <= 0, "hours fit 360 px");

  await page.click("a[href^='/volunteer/hours/certificate']");
  await page.waitForSelector("[data-testid=certificate-text]");
  assert.match(await page.textContent("[data-testid=certificate-text]"), /Aylin/);
  await audit(page, "ar certificate");
  await shot(page, "volunteer-certificate-ar-phone");
  await ctx.close();
});
