// A linked household in the browser: a guide links two of her cases as one household on
// a tablet, sees it on the intake page, and files one note for both; both pages pass axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, TABLET, launch, context, staffSignIn, horizontalOverflow, shot, audit, submit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a guide links two cases as a household and writes one note for both", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "l.demir@bergfeld.example");
  const cases = await page.$$eval("table.caseload tbody tr a[href^='/cases/']",
    (as) => [...new Set(as.map((a) => a.getAttribute("href")))]);
  const [a, b] = cases.slice(-2);
  await page.goto(`${BASE}${a}/intake`);
  await page.click("#household details.add-form summary");
  const name = (await page.locator(`#f-link-member option[value='${b.split("/").pop()}']`).textContent()).trim();
  await page.selectOption("#f-link-member", b.split("/").pop());
  await submit(page, `form[action='${a}/household'] button[type=submit]`);
  await page.waitForSelector(`#household a[href='${b}']`);
  await audit(page, "intake with a linked household");
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "household-intake-tablet");

  const topic = `Familienberatung ${Date.now().toString(36)}`;
  await page.goto(`${BASE}${a}/notes`);
  await page.fill("#f-topic", topic);
  await page.fill("#f-body", "Gemeinsames Gespräch mit beiden Erwachsenen.");
  await page.check(`#f-also-${b.split("/").pop()}`);
  await audit(page, "note form with household members");
  await submit(page, `form[action='${a}/notes'] button[type=submit]`);
  await page.waitForFunction((t) => [...document.querySelectorAll("article.note h3")].some((h) => h.textContent === t), topic);
  await page.goto(`${BASE}${b}/notes`);
  assert.ok(await page.locator("article.note h3", { hasText: topic }).count() === 1, `the copy in ${name}'s case`);
  // Leave the demo as it was: unlink again.
  await page.goto(`${BASE}${a}/intake`);
  await submit(page, `form[action='${a}/household/${b.split("/").pop()}/unlink'] button`);
  await page.waitForSelector(`#household a[href='${b}']`, { state: "detached" });
  await ctx.close();
});
