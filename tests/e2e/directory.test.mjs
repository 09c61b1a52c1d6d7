// The directory on a phone (360×740): a Tigrinya reader finds an office that speaks
// Tigrinya and is open now and opens it in the phone's map app; a Persian-speaking
// client follows a plan step to its guide, comes from the home page and searches with
// Arabic letter forms; an office page opened once is readable offline; a coordinator
// writes a guide on a tablet and previews it on a phone; axe on the directory pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, TABLET, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot, staffSignIn,
  clientSignIn, chooseLanguage,
  audit,
} from "./helpers.mjs";

const ETHIOPIC = /[\u1200-\u137F]{3,}/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]{3,}/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The tappable things in main smaller than 44×44 px (a checkbox is tapped on its label). */
const smallTargets = (page) => page.evaluate(() =>
  [...document.querySelectorAll("main a.button, main button, main select, main input:not([type=hidden])")]
    .map((e) => (e.type === "checkbox" && e.labels.length ? e.labels[0] : e))
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
    .map(({ e, r }) => `${e.outerHTML.slice(0, 60)} ${Math.round(r.width)}×${Math.round(r.height)}`));

test("in Tigrinya: find an office that speaks Tigrinya and is open now, open it in the map app", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti" });
  const page = await ctx.newPage();
  // The directory is public: no sign-in needed, the sign-in page links to it.
  await page.goto(`${BASE}/signin`);
  await Promise.all([page.waitForURL(/\/offices$/), page.click("a[href='/offices']")]);
  assert.deepEqual(await htmlAttrs(page), { lang: "ti", dir: "ltr" });
  assert.match(await page.textContent("h1"), ETHIOPIC);

  await page.selectOption("#dir-language", "ti");
  await page.check("#dir-open");
  await Promise.all([page.waitForURL(/language=ti/), page.click("form[role=search] button[type=submit]")]);
  assert.match(page.url(), /open=1/);
  const cards = page.locator("[data-testid=office-card]");
  const count = await cards.count();
  assert.ok(count >= 1, "the emergency department is open day and night and speaks Tigrinya");
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    assert.equal(await card.locator("[data-testid=opening]").getAttribute("class"), "opening open");
    assert.match(await card.locator(".languages").textContent(), /ትግርኛ/, "each one speaks Tigrinya");
  }
  assert.ok(await horizontalOverflow(page) <= 0, "the list fits 360 px");
  assert.deepEqual(await smallTargets(page), [], "touch targets of 44 px");
  await shot(page, "directory-list-ti-phone");

  const hospital = cards.filter({ hasText: "ህጹጽ" }).first();
  await Promise.all([page.waitForURL(/\/offices\/\d+$/), hospital.locator("h3 a").click()]);
  assert.match(await page.textContent("h1"), /ሆስፒታል/);
  assert.match(await page.textContent("[data-testid=opening]"), ETHIOPIC);
  const geo = await page.getAttribute("[data-testid=map-link]", "href");
  assert.match(geo, /^geo:49\.\d+,9\.\d+\?q=49\.\d+,9\.\d+/, "a geo: link opens the phone's map app");
  assert.match(await page.getAttribute("[data-testid=osm-link]", "href"), /^https:\/\/www\.openstreetmap\.org\/\?mlat=49\.\d+&mlon=9\.\d+/);
  assert.match(await page.getAttribute("[data-testid=office-phone]", "href"), /^tel:\+49/);
  assert.ok(await horizontalOverflow(page) <= 0, "the office page fits 360 px");
  await shot(page, "directory-office-ti-phone");
  await ctx.close();
});

test("in Persian: from the client's home page, search with Arabic letter forms, then the guides", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "fa" });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await hydrated(page);
  await chooseLanguage(page, "fa");
  // The plan's Kita step leads to the Kita guide.
  await page.goto(`${BASE}/me/plan`);
  const stepLink = page.locator("[data-testid=my-step-link][href^='/guides/']").first();
  await Promise.all([page.waitForURL(/\/guides\/\d+$/), stepLink.click()]);
  assert.ok(await page.locator("[data-testid=guide-step]").count() >= 2);
  await page.goto(`${BASE}/me`);
  await Promise.all([page.waitForURL(/\/offices$/), page.click("[data-testid=home-directory] a[href='/offices']")]);
  assert.deepEqual(await htmlAttrs(page), { lang: "fa", dir: "rtl" });

  // "بیمارستان" typed on an Arabic keyboard: ي (Arabic yeh) instead of ی (Persian yeh).
  await page.fill("#dir-q", "بيمارستان");
  await Promise.all([page.waitForURL(/q=/), page.click("form[role=search] button[type=submit]")]);
  const names = await page.locator("[data-testid=office-card] h3").allTextContents();
  assert.ok(names.some((n) => n.includes("بیمارستان")), `found the hospital: ${names.join(" | ")}`);
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "directory-search-fa-phone");

  // The Jobcenter's page mirrors right to left; its guides are linked.
  await page.goto(`${BASE}/offices?q=Jobcenter`);
  await Promise.all([page.waitForURL(/\/offices\/\d+$/), page.locator("[data-testid=office-card] h3 a").first().click()]);
  const mainBox = await page.locator("main h1").boundingBox();
  assert.ok(mainBox.x + mainBox.width > PHONE.width - 40, "the heading starts on the right");
  assert.match(await page.textContent("main"), ARABIC_SCRIPT);

  await page.goto(`${BASE}/guides`);
  const guide = page.locator(".guide-item h2 a").first();
  await Promise.all([page.waitForURL(/\/guides\/\d+$/), guide.click()]);
  assert.ok(await page.locator("[data-testid=guide-step]").count() >= 2, "a guide has steps");
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "directory-guide-fa-phone");
  await ctx.close();
});

test("an office page opened once is readable offline, in Arabic", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/offices?q=Jobcenter`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await Promise.all([page.waitForURL(/\/offices\/\d+$/), page.locator("[data-testid=office-card] h3 a").first().click()]);
  const path = new URL(page.url()).pathname;
  const name = (await page.textContent("h1")).trim();
  await page.waitForFunction(async (p) =>
    (await caches.has("lotse-pages")) && !!(await (await caches.open("lotse-pages")).match(p)), path);

  await ctx.setOffline(true);
  await page.goto(`${BASE}/offices`).catch(() => {});
  await page.goto(`${BASE}${path}`);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-offline")), true);
  assert.equal((await page.textContent("h1")).trim(), name, "the same office, from the phone");
  assert.match(await page.textContent("main"), ARABIC_SCRIPT);
  assert.ok(await page.locator("[data-testid=map-link]").isVisible(), "the way there too");
  await shot(page, "directory-office-offline-ar-phone");
  await ctx.setOffline(false);
  await ctx.close();
});

test("the directory pages pass axe in Arabic on a phone and the editor's pages in German", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/offices`);
  await audit(page, "ar offices");
  await shot(page, "directory-list-ar-phone");
  await page.goto(`${BASE}/offices?language=ar&category=doctor`);
  await audit(page, "ar offices filtered");
  await page.locator("[data-testid=office-card] h3 a").first().click();
  await page.waitForURL(/\/offices\/\d+$/);
  await audit(page, "ar office");
  await page.goto(`${BASE}/guides`);
  await audit(page, "ar guides");
  await page.locator(".guide-item h2 a").first().click();
  await page.waitForURL(/\/guides\/\d+$/);
  await audit(page, "ar guide");
  await ctx.close();

  const staff = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const editor = await staff.newPage();
  await staffSignIn(editor, "m.hoffmann@talheim.example");
  await editor.goto(`${BASE}/directory/manage`);
  await audit(editor, "translation dashboard");
  await editor.goto(`${BASE}/directory/manage/offices/new`);
  await audit(editor, "new office");
  await editor.goto(`${BASE}/directory/manage/import`);
  await audit(editor, "import");
  await staff.close();
});

test("a coordinator writes a guide with steps that lead to offices and previews it in Arabic", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await page.goto(`${BASE}/directory/manage`);
  await Promise.all([page.waitForURL(/guides\/new$/), page.click("a[href='/directory/manage/guides/new']")]);
  const title = `Wohngeld beantragen ${Date.now()}`;
  await page.fill("#f-title", title);
  await page.fill("#step_1_title", "Unterlagen sammeln");
  await page.fill("#step_1_bring", "- Mietvertrag\n- Lohnabrechnungen");
  await page.fill("#step_2_title", "Antrag abgeben");
  const office = await page.locator("#step_2_office option", { hasText: "Sozialamt" }).first().getAttribute("value");
  await page.selectOption("#step_2_office", office);
  await page.check("#f-published");
  await Promise.all([page.waitForURL(/guides\/\d+$/), page.click("form.stack button[type=submit]")]);
  assert.match(await page.textContent("main"), /gespeichert/);
  // Step 2 kept its office; a spare slot is there to add a step.
  assert.equal(await page.inputValue("#step_2_office"), office);
  assert.equal(await page.inputValue("#step_3_title"), "");
  const id = page.url().match(/guides\/(\d+)$/)[1];

  const phone = await context(browser, { viewport: PHONE, locale: "ar" });
  const reader = await phone.newPage();
  await reader.goto(`${BASE}/guides/${id}`);
  assert.deepEqual(await htmlAttrs(reader), { lang: "ar", dir: "rtl" });
  assert.equal(await reader.locator("[data-testid=guide-step]").count(), 2);
  assert.ok(await reader.locator(`[data-testid=guide-step] a[href='/offices/${office}']`).isVisible(), "step 2 leads to the office");
  assert.ok(await reader.locator("[data-testid=fallback-notice]").isVisible(), "no Arabic yet: German with a notice in Arabic");
  assert.ok(await horizontalOverflow(reader) <= 0);
  await shot(reader, "directory-new-guide-fallback-ar-phone");
  await phone.close();
  await ctx.close();
});

test("in Arabic: sort the offices by distance from the phone's position", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/offices`);
  await hydrated(page);
  const placed = await page.$$eval("[data-office-list] > li[data-lat][data-lon]", (lis) =>
    lis.map((li) => ({ name: li.querySelector("h3").textContent, lat: li.dataset.lat, lon: li.dataset.lon })));
  assert.ok(placed.length >= 2, "offices with a position");
  // Standing at the last office of the list: it comes first, at 0 km, in the Arabic text.
  const here = placed[placed.length - 1];
  await ctx.grantPermissions(["geolocation"]);
  await ctx.setGeolocation({ latitude: Number(here.lat), longitude: Number(here.lon) });
  await page.click("[data-near-me]");
  await page.waitForFunction(() => document.querySelector(".near-me-status").textContent.trim() !== "");
  const first = page.locator("[data-office-list] > li").first();
  assert.equal(await first.locator("h3").textContent(), here.name);
  const distance = await first.locator("[data-distance]").textContent();
  assert.match(distance, /[0٠]/, distance);
  assert.match(distance, /كم/, "in the Arabic template");
  const second = await page.locator("[data-office-list] > li").nth(1).locator("[data-distance]").textContent();
  assert.match(second, /[0-9٠-٩]/, "the next office has its distance too");
  await shot(page, "near-me-ar-phone");
  await ctx.close();
});
