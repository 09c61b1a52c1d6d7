// Public events in the browser: a resident without JavaScript on a phone reads the list in
// Tigrinya (texts nobody translated shown in German and marked so) and registers with a
// plain form post; a coordinator writes an event in German and Arabic, and its poster
// carries a QR code. Every page passes axe and fits the screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, TABLET, launch, context, staffSignIn, horizontalOverflow, htmlAttrs, shot, audit, submit
} from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the events pass axe in Tigrinya on a phone", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/events`);
  await audit(page, "events in Tigrinya");
  await page.click("ul.steps a[href^='/events/']");
  await page.waitForURL(/\/events\/\d+$/);
  await audit(page, "an event in Tigrinya");
  await ctx.close();
});

test("a resident reads the events without JavaScript and registers", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/events`);
  assert.equal((await htmlAttrs(page)).lang, "ti");
  // The information evening has no Tigrinya text: German, marked as German.
  const evening = page.locator("a[lang=de]", { hasText: "Infoabend: Arbeit und Ausbildung" });
  await evening.waitFor();
  assert.ok(await horizontalOverflow(page) <= 0, "fits the phone");
  await shot(page, "events-ti-phone-nojs");
  await Promise.all([page.waitForURL(/\/events\/\d+$/), evening.click()]);
  await page.fill("#f-name", "Selam");
  await page.fill("#f-people", "3");
  await submit(page, "form[action$='/register'] button[type=submit]");
  await page.waitForSelector(".notice, [role=status]");
  assert.ok(await page.locator("form[action$='/register']").count() === 1, "the form is there for the next person");
  await shot(page, "event-registered-ti-phone-nojs");
  await ctx.close();
});

test("a coordinator writes an event in German and Arabic; Arabic readers see it, with a poster", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await page.goto(`${BASE}/events/manage`);
  await audit(page, "events to manage");
  const day = new Date(Date.now() + (20 + Math.floor(Math.random() * 200)) * 86400000).toISOString().slice(0, 10);
  const title = `Nachbarschaftsfrühstück ${Date.now().toString(36)}`;
  await page.fill("#f-date", day);
  await page.fill("#f-time", "10:00");
  await page.fill("#f-place", "Bürgerhaus Talheim");
  await page.check("#f-registration");
  await page.fill("#f-capacity", "30");
  await page.fill("#f-title_de", title);
  await page.fill("#f-title_ar", "فطور الجيران");
  await page.fill("#f-description_ar", "تعالوا وتعرّفوا على جيرانكم.");
  await Promise.all([page.waitForURL(/\/events\/manage\/\d+$/), page.click("form[action='/events/manage'] button[type=submit]")]);
  const id = page.url().split("/").pop();
  await audit(page, "an event to manage");
  assert.ok(await horizontalOverflow(page) <= 0, "fits the tablet");
  await ctx.close();

  const phone = await context(browser, { viewport: PHONE, locale: "ar" });
  const p = await phone.newPage();
  await p.goto(`${BASE}/events/${id}`);
  const attrs = await htmlAttrs(p);
  assert.equal(attrs.dir, "rtl");
  assert.equal((await p.textContent("h1")).trim(), "فطور الجيران");
  await audit(p, "an event in Arabic");
  assert.ok(await horizontalOverflow(p) <= 0, "fits the phone");
  await shot(p, "event-ar-phone");
  await p.goto(`${BASE}/events/${id}/poster`);
  await p.waitForSelector(".poster-qr svg");
  await audit(p, "the poster");
  await shot(p, "event-poster-ar-phone");
  await phone.close();
});

test("a client ticks her wishes in Arabic; the planners see the count", async () => {
  const phone = await context(browser, { viewport: PHONE, locale: "ar" });
  const p = await phone.newPage();
  await p.goto(`${BASE}/signin`);
  await p.fill("#f-number", "20260001");
  await p.fill("#f-pin", "482915");
  await Promise.all([p.waitForURL(/\/me$/), p.click("form[action='/signin'] button[type=submit]")]);
  await p.goto(`${BASE}/me/interests`);
  await p.check("#kinds-womens_group");
  await p.check("#times-weekday_am");
  await p.check("#interest-childcare");
  assert.ok(await horizontalOverflow(p) <= 0, "fits the phone");
  await audit(p, "wishes in Arabic");
  await shot(p, "interests-ar-phone");
  await Promise.all([p.waitForURL(/\/me$/), p.click("form[action='/me/interests'] button[type=submit]")]);
  await phone.close();

  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await page.goto(`${BASE}/groups/manage/demand`);
  const row = page.locator("table.demand tr", { hasText: "Frauentreff" });
  await row.waitFor();
  await audit(page, "demand and offers");
  assert.ok(await horizontalOverflow(page) <= 0, "fits the tablet");
  await shot(page, "demand-de-tablet");
  await ctx.close();
});
