// Two-step sign-in in the browser: the administrator sets up an authenticator app at the
// first sign-in (QR code and key on a phone-size screen), sees the recovery codes once,
// and signs in with a code next time. Codes are computed here as the app would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, STAFF_PASSWORD, launch, context, horizontalOverflow, shot, audit, totp, submit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function password(page) {
  await page.goto(`${BASE}/signin/staff`);
  await page.fill("#f-email", "admin@lotse.example");
  await page.fill("#f-password", STAFF_PASSWORD);
  await submit(page, "form[action='/signin/staff'] button[type=submit]");
}

test("an administrator sets up two-step sign-in on a phone and uses it", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "de-DE" });
  const page = await ctx.newPage();
  await password(page);
  await page.waitForSelector("form[action='/signin/enroll']");
  assert.ok(await page.locator(".qr svg").isVisible(), "the QR code is shown");
  assert.ok(await horizontalOverflow(page) <= 0, "nothing sticks out at 360 px");
  await audit(page, "two-step set-up");
  await shot(page, "two-factor-enrol");
  const secret = (await page.textContent("[data-testid=totp-secret]")).trim();
  // A wrong code first: the page says so and stays.
  await page.fill("#f-code", "000000");
  await submit(page, "form[action='/signin/enroll'] button[type=submit]");
  await page.waitForSelector("#f-code-error");
  await page.fill("#f-code", totp(secret));
  await Promise.all([page.waitForURL(/\/account\/security$/), page.click("form[action='/signin/enroll'] button[type=submit]")]);
  assert.equal(await page.locator("[data-testid=recovery-codes] li").count(), 10);
  assert.ok(await horizontalOverflow(page) <= 0);
  await audit(page, "security page with recovery codes");
  await shot(page, "two-factor-recovery-codes");
  await page.goto(`${BASE}/admin`);
  await audit(page, "admin start page");
  await shot(page, "admin-two-factor");
  await ctx.close();

  // Next time: password, then the code from the app (the next one: each code counts once).
  const again = await context(browser, { viewport: PHONE, locale: "de-DE" });
  const p2 = await again.newPage();
  await password(p2);
  await p2.waitForSelector("form[action='/signin/code']");
  await audit(p2, "second step");
  await p2.fill("#f-code", totp(secret, 1));
  await Promise.all([p2.waitForURL(/\/admin$/), p2.click("form[action='/signin/code'] button[type=submit]")]);
  await again.close();
});
