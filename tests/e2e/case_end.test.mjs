// The end of a case in the browser: a guide creates a client on a tablet; the client
// activates on a phone; later the guide closes the case with a reason and a note, and
// the client reads on their home page, in Tigrinya, that the support has ended and whom
// to turn to. Closed, the case shows under "closed cases" and opens read-only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, TABLET, launch, context, staffSignIn, htmlAttrs, horizontalOverflow, shot, audit, hydrated, newTigrinyaClient,
} from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a guide closes a case; the client reads why and whom to ask, in Tigrinya on a phone", async () => {
  const guideCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const guide = await guideCtx.newPage();
  await staffSignIn(guide, "j.weber@talheim.example");
  const { caseUrl, phone } = await newTigrinyaClient(browser, guide, BASE, `Tesfay ${Date.now().toString(36)}`);

  // The guide closes the case: the form explains what is missing and keeps the note.
  await guide.goto(`${caseUrl}/closing`);
  await hydrated(guide);
  await audit(guide, "closing form");
  await guide.fill("#f-note", "Arbeit gefunden, kommt allein zurecht.");
  await guide.selectOption("#f-reason", "regular_services");
  await guide.click("form[action$='/closing'] button[type=submit]");
  await guide.waitForSelector("#f-handed_to-error");
  assert.equal(await guide.inputValue("#f-note"), "Arbeit gefunden, kommt allein zurecht.");
  await guide.selectOption("#f-handed_to", "jobcenter");
  await guide.click("form[action$='/closing'] button[type=submit]");
  await guide.waitForSelector("form[action$='/closing/reopen']");
  assert.match(await guide.textContent("main"), /Der Fall ist abgeschlossen/);
  assert.ok(await guide.locator("[data-testid=case-closed]").isVisible(), "the banner says it is closed");
  await audit(guide, "closed case");
  await shot(guide, "case-closed-de-tablet");
  await guide.goto(`${BASE}/cases?state=closed`);
  assert.ok(await guide.locator(`a[href='${new URL(caseUrl).pathname}']`).count() > 0, "listed under closed cases");

  // The client, in Tigrinya on a phone.
  await phone.goto(`${BASE}/me`);
  assert.deepEqual(await htmlAttrs(phone), { lang: "ti", dir: "ltr" });
  const ended = await phone.textContent("[data-testid=case-ended]");
  assert.match(ended, /[\u1200-\u137F]{3,}/, "Ethiopic text");
  assert.doesNotMatch(ended, /Begleitung|support/i, "no German or English left");
  assert.ok(ended.includes("Talheim"), "whom to turn to: the integration management in Talheim");
  assert.ok(await horizontalOverflow(phone) <= 0, "fits 360 px");
  await audit(phone, "home after the end, Tigrinya");
  await shot(phone, "case-ended-ti-phone");
  // In Arabic, mirrored.
  await phone.selectOption("#lang-select", "ar");
  await phone.waitForFunction(() => document.documentElement.lang === "ar");
  assert.deepEqual(await htmlAttrs(phone), { lang: "ar", dir: "rtl" });
  await shot(phone, "case-ended-ar-phone");
  await guideCtx.close();
  await phone.context().close();
});
