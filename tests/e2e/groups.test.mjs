// Group offers and shifts on a phone (360×740): a volunteer takes an open shift with one
// tap and gives it back; a client signs up in Persian for the language café, which is
// full, and ends up on the waiting list. axe on the pages in both languages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot, staffSignIn,
  clientSignIn, chooseLanguage,
  audit,
} from "./helpers.mjs";


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a volunteer takes an open shift with one tap and gives it back", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "p.braun@talheim.example");
  await Promise.all([page.waitForURL(/\/volunteer\/shifts$/), page.click("[data-testid=home-shifts] a")]);
  const open = await page.locator("[data-testid=shift-session]").count();
  assert.ok(open >= 2, "dates that need someone");
  await Promise.all([page.waitForURL(/all=1$/), page.click("[data-testid=shifts-toggle]")]);
  assert.ok(await page.locator("[data-testid=shift-session]").count() >= open, "every date of her groups");
  await Promise.all([page.waitForURL(/\/volunteer\/shifts$/), page.click("[data-testid=shifts-toggle]")]);
  // The list never shows a case: no last names of participants.
  assert.doesNotMatch(await page.textContent("main"), /Haddad|Ahmadi|Tesfay/);
  await audit(page, "shifts");

  const gap = page.locator(".shift-role.gap:has(form[action$='/take'])").first();
  const testid = await gap.getAttribute("data-testid");
  // The page is swapped in place (same address), so wait for what it says.
  await gap.locator("button").click();
  await page.waitForSelector(".alert[role=status]:has-text('Danke')");
  const mine = page.locator(`[data-testid="${testid}"]`);
  assert.ok(await mine.locator("form[action$='/cancel']").isVisible(), "the shift is hers, with a way back");
  assert.ok(await horizontalOverflow(page) <= 0, "fits 360 px");
  await shot(page, "shifts-taken-de-phone");

  await mine.locator("form[action$='/cancel'] button").click();
  await page.waitForSelector(".alert[role=status]:has-text('abgesagt')");
  assert.equal(await page.locator(`[data-testid="${testid}"] form[action$='/take']`).count(), 1, "open again");
  await ctx.close();
});

test("in Persian: the language café is full, so the client gets a place on the waiting list", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "fa" });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await hydrated(page);
  await chooseLanguage(page, "fa");
  // By address, not by the home page's link: see client_plan.test.mjs.
  assert.equal(await page.locator("[data-testid=home-groups] a[href='/groups']").count(), 1, "the home page links to the groups");
  await page.goto(`${BASE}/groups`);
  assert.deepEqual(await htmlAttrs(page), { lang: "fa", dir: "rtl" });
  await audit(page, "fa groups");
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "groups-fa-phone");

  const cafe = page.locator("[data-testid=group-card]", { hasText: "کافه زبان" }).first();
  assert.match(await cafe.locator(".seats").textContent(), /پر است/, "full");
  await Promise.all([page.waitForURL(/\/groups\/\d+$/), cafe.locator("h2 a").click()]);
  await page.check("#f-share");
  await page.click("[data-testid=join-form] button");
  await page.waitForSelector("section[data-testid=my-place]");
  const place = await page.textContent("section[data-testid=my-place]");
  assert.match(place, /فهرست انتظار/, "on the waiting list");
  assert.match(place, /۱/, "place 1, in Persian digits");
  await audit(page, "fa group");
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "group-waitlist-fa-phone");

  // Giving the waiting place back.
  await page.click("section[data-testid=my-place] button");
  await page.waitForSelector("[data-testid=join-form]");
  await ctx.close();
});
