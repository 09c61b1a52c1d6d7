// The client's appointments on a phone in Tigrinya: date and time in the client's
// conventions, checklist, confirm; and the calendar link (QR code, add-to-calendar).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("client reads and confirms an appointment and gets a calendar link, in Tigrinya", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/signin`);
  await page.fill("#f-number", "20260001");
  await page.fill("#f-pin", "482915");
  await Promise.all([page.waitForURL(/\/me$/), page.click("form[action='/signin'] button[type=submit]")]);
  await hydrated(page);
  await page.selectOption("#lang-select", "ti");
  await page.waitForFunction(() => document.documentElement.lang === "ti");
  await page.click("a[href='/me/appointments']");
  await page.waitForURL(/\/me\/appointments$/);
  assert.deepEqual(await htmlAttrs(page), { lang: "ti", dir: "ltr" });
  const card = page.locator("article.appointment").first();
  assert.match(await card.textContent(), /Ausländerbehörde Talheim/);
  assert.match(await card.locator("h2").textContent(), /[\u1200-\u137F]/, "date in Tigrinya");
  assert.equal(await card.locator("ul.checklist li").count(), 3);
  await card.locator("form[action$='/confirm'] button").click();
  await page.waitForSelector(".alert-info");
  assert.equal(await page.locator("article.appointment").first().locator("form[action$='/confirm']").count(), 0);
  assert.ok(await horizontalOverflow(page) <= 0, "fits 360 px");
  await shot(page, "my-appointments-ti-phone");

  await page.click("a[href='/me/calendar']");
  await page.click("form[action='/me/calendar/new'] button");
  await page.waitForSelector("[data-testid=webcal]");
  const url = (await page.textContent("[data-testid=calendar-url]")).trim();
  assert.match(await page.getAttribute("[data-testid=webcal]", "href"), /^webcal:\/\//);
  const feed = await (await fetch(url)).text();
  assert.match(feed, /BEGIN:VCALENDAR/);
  assert.match(feed, /BEGIN:VALARM/);
  await shot(page, "my-calendar-ti-phone");
  await page.selectOption("#lang-select", "ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  await ctx.close();
});
