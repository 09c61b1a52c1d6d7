// The first slice, end to end in real Chromium: a guide creates a client on a tablet in
// German; the client activates on a phone, chooses a PIN, and sees their home in Arabic.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, TABLET, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot, staffSignIn,
} from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("guide creates a client, client activates and signs in in Arabic", async () => {
  const guideCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const guide = await guideCtx.newPage();
  await staffSignIn(guide, "j.weber@talheim.example");
  assert.deepEqual(await htmlAttrs(guide), { lang: "de", dir: "ltr" });
  await hydrated(guide);
  await guide.waitForSelector("table.caseload");
  await shot(guide, "caseload-de-tablet");
  await guide.click("a[href='/cases/new']");
  await guide.waitForSelector("#f-first_name");
  // An empty submit keeps what was typed and explains, without a reload.
  await guide.fill("#f-last_name", "Haddad");
  await guide.evaluate(() => { window.__stillHere = true; });
  await guide.click("form[action='/cases/new'] button[type=submit]");
  await guide.waitForSelector("#form-alert");
  assert.equal(await guide.inputValue("#f-last_name"), "Haddad");
  assert.equal(await guide.evaluate(() => window.__stillHere), true, "no full page reload");
  await guide.fill("#f-first_name", "Rasha");
  await guide.selectOption("#f-preferred_lang", "ar");
  await guide.check("#lang-ar");
  await guide.click("form[action='/cases/new'] button[type=submit]");
  const codeEl = await guide.waitForSelector("[data-testid=activation-code]");
  const code = (await codeEl.textContent()).trim();
  assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
  assert.match(guide.url(), /\/cases\/\d+$/);
  await shot(guide, "client-created-de-tablet");
  const numberText = await guide.textContent("main");
  const number = numberText.match(/\d{4} \d{4}/)[0];

  const phoneCtx = await context(browser, { viewport: PHONE, locale: "ar" });
  const phone = await phoneCtx.newPage();
  await phone.goto(`${BASE}/activate?code=${code}`);
  assert.deepEqual(await htmlAttrs(phone), { lang: "ar", dir: "rtl" });
  assert.equal(await phone.inputValue("#f-code"), code, "the QR link fills in the code");
  await phone.fill("#f-pin", "739164");
  await phone.fill("#f-pin_repeat", "739164");
  await shot(phone, "activate-ar-phone");
  await Promise.all([phone.waitForURL(/\/me$/), phone.click("form[action='/activate'] button[type=submit]")]);
  assert.deepEqual(await htmlAttrs(phone), { lang: "ar", dir: "rtl" });
  const home = await phone.textContent("main");
  assert.match(home, /[\u0600-\u06FF]{3,}/, "Arabic text on the home page");
  assert.ok(home.includes("Rasha"));
  assert.ok(home.includes("Jonas Weber"), "the guide's name");
  assert.ok(home.includes(number), "sign-in number reminder");
  assert.ok(await horizontalOverflow(phone) <= 0, "fits 360 px");
  await shot(phone, "home-ar-phone");

  // Sign out, then sign in again with number and PIN.
  await Promise.all([phone.waitForURL(/\/signin/), phone.click("form[action='/signout'] button")]);
  await phone.fill("#f-number", number);
  await phone.fill("#f-pin", "739164");
  await Promise.all([phone.waitForURL(/\/me$/), phone.click("form[action='/signin'] button[type=submit]")]);
  assert.deepEqual(await htmlAttrs(phone), { lang: "ar", dir: "rtl" });
  await guideCtx.close();
  await phoneCtx.close();
});

test("language switcher changes the page without a reload after hydration", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "en" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/signin`);
  await hydrated(page);
  await page.evaluate(() => { window.__stillHere = true; });
  await page.selectOption("#lang-select", "ti");
  await page.waitForFunction(() => document.documentElement.lang === "ti");
  assert.equal(await page.evaluate(() => window.__stillHere), true, "no full page reload");
  assert.match(await page.textContent("h1"), /[\u1200-\u137F]/, "Tigrinya heading");
  await shot(page, "signin-ti-phone");
  await page.selectOption("#lang-select", "fa");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  assert.equal((await htmlAttrs(page)).lang, "fa");
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "signin-fa-phone");
  await ctx.close();
});

test("wrong PIN: a clear message in the reader's language, number kept", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/signin`);
  await hydrated(page);
  await page.fill("#f-number", "2026 0001");
  await page.fill("#f-pin", "000000");
  await page.click("form[action='/signin'] button[type=submit]");
  await page.waitForSelector("#form-alert");
  assert.match(await page.textContent("#form-alert"), /[\u1200-\u137F]/);
  assert.equal(await page.inputValue("#f-number"), "2026 0001");
  assert.equal(await page.inputValue("#f-pin"), "");
  await ctx.close();
});
