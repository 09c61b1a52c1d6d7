// Complaints in the browser: a resident without an account, in Farsi on a phone, files
// an anonymous complaint and gets a code; the coordinator finds it at the desk, names
// who handles what and answers; the resident follows it by the code and reads the
// answer. axe on every page of the sender's and the desk's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, TABLET, launch, context, staffSignIn, htmlAttrs, horizontalOverflow, audit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a resident files an anonymous complaint in Farsi and follows it by its code", async () => {
  const words = `پشت باجه با من بد رفتار کردند ${Date.now().toString(36)}`;
  const phoneCtx = await context(browser, { viewport: PHONE, locale: "fa" });
  const phone = await phoneCtx.newPage();
  await phone.goto(`${BASE}/signin`);
  await Promise.all([phone.waitForURL(/\/feedback$/), phone.click("a[href='/feedback']")]);
  assert.deepEqual(await htmlAttrs(phone), { lang: "fa", dir: "rtl" });
  assert.match(await phone.textContent("h1"), /[\u0600-\u06FF]{3,}/, "in Farsi");
  assert.equal(await horizontalOverflow(phone), 0, "nothing wider than the phone");
  await audit(phone, "feedback form, Farsi");

  // Sent without words: refused, what was chosen stays.
  await phone.selectOption("#f-municipality", { label: "Talheim" });
  await phone.selectOption("#f-about", "office");
  await phone.fill("#f-about_text", "اداره اتباع خارجی");
  await phone.click("form[action='/feedback'] button[type=submit]");
  await phone.waitForSelector("#form-alert");
  assert.equal(await phone.inputValue("#f-about_text"), "اداره اتباع خارجی");
  await audit(phone, "feedback form with a problem");

  await phone.fill("#f-body", words);
  await phone.click("form[action='/feedback'] button[type=submit]");
  const codeEl = phone.locator("[data-testid=feedback-code]");
  await codeEl.waitFor();
  const code = (await codeEl.textContent()).trim();
  assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  assert.equal(await horizontalOverflow(phone), 0);
  await audit(phone, "feedback sent, the code");

  // The coordinator finds it at the desk and answers.
  const deskCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const desk = await deskCtx.newPage();
  await staffSignIn(desk, "m.hoffmann@talheim.example");
  assert.equal(await desk.locator("[data-testid=complaints-card]").count(), 1, "on the start page");
  await desk.goto(`${BASE}/complaints`);
  await audit(desk, "complaints desk");
  const row = desk.locator("[data-testid=complaint-row]", { hasText: words.slice(-8) });
  assert.equal(await row.count(), 1);
  await Promise.all([desk.waitForURL(/\/complaints\/\d+$/), row.locator("a").first().click()]);
  assert.match(await desk.textContent("main"), /ohne Namen/);
  assert.match(await desk.textContent("main"), /Farsi|Persisch/);
  await audit(desk, "one complaint");
  const answer = "از شما عذرخواهی می‌کنیم. با مسئول اداره صحبت کردیم.";
  await desk.selectOption("#f-status", "answered");
  await desk.fill("#f-answer", answer);
  await desk.click("form[action^='/complaints/'] button[type=submit]");
  await desk.waitForSelector("[data-testid=complaint-status]:has-text('Beantwortet')");
  await desk.goto(`${BASE}/complaints/handlers`);
  await audit(desk, "who handles what");
  await deskCtx.close();

  // The resident follows it by the code, typed in lower case without the dash.
  await phone.goto(`${BASE}/feedback/status`);
  await audit(phone, "follow by code");
  await phone.fill("#f-code", code.toLowerCase().replace("-", ""));
  await phone.click("form[action='/feedback/status'] button[type=submit]");
  await phone.waitForSelector("[data-testid=feedback-answer]");
  assert.equal((await phone.textContent("[data-testid=feedback-answer]")).trim(), answer);
  assert.match(await phone.textContent("[data-testid=feedback-status]"), /[\u0600-\u06FF]{3,}/);
  assert.deepEqual(await htmlAttrs(phone), { lang: "fa", dir: "rtl" });
  assert.equal(await horizontalOverflow(phone), 0);
  await audit(phone, "the answer, Farsi");
  await phoneCtx.close();
});
