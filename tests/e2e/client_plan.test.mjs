// The client's own plan on a phone (360×740) in Arabic and Tigrinya: read it, ask for
// help with a step and see that on the guide's caseload, tick off an own step, confirm
// the plan; and the same without JavaScript, as plain posts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, TABLET, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot, staffSignIn, clientSignIn, chooseLanguage, submit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });



test("client reads the plan in Arabic and Tigrinya, asks for help, ticks a step, confirms", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await hydrated(page);
  await chooseLanguage(page, "ar");
  // Opened by address, not by its link: a link clicked right after the in-place language
  // switch was lost three times under CI's load (an open bug, see the README).
  await page.goto(`${BASE}/me/plan`);
  assert.deepEqual(await htmlAttrs(page), { lang: "ar", dir: "rtl" });
  assert.match(await page.textContent("main"), /تعلّم الألمانية/, "the goal in Arabic");
  assert.ok(await horizontalOverflow(page) <= 0, "fits 360 px");
  await shot(page, "my-plan-ar-phone");

  // "I need help" with the guide's step: the guide sees it on the caseload.
  // Waits for this step's own new state, not for any notice: a notice already on the page
  // would let the test run ahead of the post.
  const bamf = page.locator("li.step", { hasText: "BAMF" });
  await bamf.locator("form[action$='/help'] button").click();
  await bamf.locator(".badge").waitFor();
  await page.waitForSelector(".alert-info");
  const guideCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const guide = await guideCtx.newPage();
  await staffSignIn(guide, "s.keller@talheim.example");
  await guide.goto(`${BASE}/cases?q=Haddad`);
  const row = guide.locator("table.caseload tbody tr", { hasText: "Amal Haddad" });
  assert.equal((await row.locator("td[data-label='Anliegen']").textContent()).trim(), "1");
  await guideCtx.close();

  // Tick off an own step, in Tigrinya.
  await chooseLanguage(page, "ti");
  assert.match(await page.textContent("main"), /[\u1200-\u137F]{3,}/, "Tigrinya text");
  const own = page.locator("li.step", { hasText: "Sprachkursträger" });
  await own.locator("form[action$='/done'] button").click();
  await own.locator("form[action$='/done']").waitFor({ state: "detached" });
  await page.waitForSelector(".alert-info");
  assert.match(await own.locator(".status").textContent(), /[\u1200-\u137F]/);
  assert.equal(await own.locator("form[action$='/done']").count(), 0, "no button on a done step");
  await shot(page, "my-plan-ti-phone");

  // Confirm the plan.
  await page.click("form[action='/me/plan/confirm'] button");
  await page.waitForSelector("[data-testid=my-plan-confirmation]");
  assert.equal(await page.locator("form[action='/me/plan/confirm']").count(), 0);
  // Leave the profile as the other tests expect it.
  await chooseLanguage(page, "ar");
  await ctx.close();
});

test("the plan works without JavaScript", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await page.goto(`${BASE}/me/plan`);
  const step = page.locator("li.step", { hasText: "Impfpass" });
  await submit(page, step.locator("form[action$='/done'] button"));
  assert.equal(await page.locator("li.step", { hasText: "Impfpass" }).locator("form[action$='/done']").count(), 0);
  assert.ok(await horizontalOverflow(page) <= 0);
  await ctx.close();
});
