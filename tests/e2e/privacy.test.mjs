// Data protection in the browser: a guide records a consent given on paper; the client,
// in Arabic on a phone, withdraws it from "My data"; the municipality's data-protection
// officer sees the request with its deadline and grants it with a reason; the client
// reads the answer, mirrored and in Arabic. axe on every page of the officer's and the
// client's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, TABLET, launch, context, staffSignIn, clientSignIn, chooseLanguage, htmlAttrs, horizontalOverflow, shot,
  audit, amalsCaseAsGuide,
} from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a client withdraws a consent in Arabic; the data-protection officer answers; the client reads it", async () => {
  const recipient = `Sprachschule ${Date.now().toString(36)}`;
  // The guide records a consent Amal gave on paper.
  const { page: guide, caseUrl } = await amalsCaseAsGuide(browser);
  await guide.goto(`${caseUrl}/consent`);
  await guide.selectOption("#f-purpose", "release_jobcenter");
  await guide.fill("#f-recipient", recipient);
  await Promise.all([
    guide.waitForURL(/\/consent$/),
    guide.click("form[action$='/consent'] button[type=submit]"),
  ]);
  await guide.waitForSelector(`article.consent:has-text('${recipient}')`);
  await guide.context().close();

  // The client withdraws it, in Arabic on a phone.
  const phoneCtx = await context(browser, { viewport: PHONE, locale: "ar" });
  const phone = await phoneCtx.newPage();
  await clientSignIn(phone);
  await phone.goto(`${BASE}/me/data`);
  // Another test may have left Amal's language at Tigrinya: she chooses Arabic.
  await chooseLanguage(phone, "ar");
  const consent = phone.locator("li", { hasText: recipient });
  await Promise.all([phone.waitForURL(/\/me\/data\/rights$/), consent.locator("button[type=submit]").click()]);
  assert.deepEqual(await htmlAttrs(phone), { lang: "ar", dir: "rtl" });
  const asked = phone.locator("[data-testid=rights-request]", { hasText: recipient });
  assert.equal(await asked.count(), 1, "the request is listed with the consent");
  assert.match(await asked.textContent(), /[\u0600-\u06FF]{3,}/, "in Arabic");
  await audit(phone, "my rights, Arabic");

  // The officer sees it with its deadline, opens it and grants it with a reason.
  const dpCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const dp = await dpCtx.newPage();
  await staffSignIn(dp, "datenschutz@talheim.example");
  await dp.goto(`${BASE}/privacy`);
  await audit(dp, "privacy home");
  const item = dp.locator("[data-testid=privacy-request]", { hasText: "Haddad" }).filter({ hasText: "Widerruf" }).first();
  assert.match(await item.textContent(), /Frist: /);
  await Promise.all([dp.waitForURL(/\/privacy\/requests\/\d+$/), item.locator("a").click()]);
  assert.match(await dp.textContent("main"), new RegExp(recipient));
  await audit(dp, "privacy request");
  const answer = "تم سحب موافقتك. لن نرسل بياناتك بعد الآن.";
  await dp.selectOption("#f-status", "granted");
  await dp.fill("#f-answer", answer);
  await dp.click("form[action^='/privacy/requests/'] button[type=submit]");
  await dp.waitForSelector("#h-decided");
  await shot(dp, "privacy-request-decided-de-tablet");
  // The client's record page, and the access log (filtered to this record).
  await Promise.all([dp.waitForURL(/\/privacy\/clients\/\d+$/), dp.click("[data-testid=privacy-client-link]")]);
  await audit(dp, "privacy client");
  await dp.click("a[href^='/privacy/access?client=']");
  await dp.waitForSelector("[data-testid=privacy-log]");
  assert.match(await dp.textContent("[data-testid=privacy-log]"), /Dr\. Eva Lorenz/, "the officer's own look is logged");
  await audit(dp, "access log");
  await shot(dp, "privacy-access-log-de-tablet");
  // Retention: each kind with its period and legal basis, and the day's run (the server
  // runs it at start).
  await dp.goto(`${BASE}/privacy/retention`);
  assert.match(await dp.textContent("main"), /§ 72a Abs\. 5 SGB VIII/);
  await dp.waitForSelector("[data-testid=retention-run]");
  await audit(dp, "retention");
  await shot(dp, "privacy-retention-de-tablet");
  // The record of processing activities, made from what is stored.
  await dp.goto(`${BASE}/privacy/record`);
  await dp.waitForSelector("[data-testid=record-casework]");
  await audit(dp, "record of processing");
  await dpCtx.close();

  // The client reads the answer; the consent shows as withdrawn on "My data".
  await phone.goto(`${BASE}/me/data/rights`);
  const decided = phone.locator("[data-testid=rights-request]", { hasText: recipient });
  assert.equal((await decided.locator("[data-testid=rights-answer]").textContent()).trim(), answer);
  assert.doesNotMatch(await decided.locator("[data-testid=rights-status]").textContent(), /[A-Za-z]{3,}/, "no German or English");
  assert.ok(await horizontalOverflow(phone) <= 0, "fits 360 px");
  await audit(phone, "my rights answered, Arabic");
  await shot(phone, "my-rights-answered-ar-phone");
  await phone.goto(`${BASE}/me/data`);
  assert.equal(await phone.locator("li", { hasText: recipient }).locator("button").count(), 0, "withdrawn: nothing left to withdraw");
  await phoneCtx.close();
});
