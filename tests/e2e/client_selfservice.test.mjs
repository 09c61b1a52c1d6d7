// The client's self-service on a phone (360×740): offline reading and the outbox in
// Arabic (browser offline mode: read the plan, tick a step, send a question, back
// online, synced exactly once, nothing kept after sign-out); deadlines, "ask my guide"
// with a photo answered by the guide, and "my data" with its download in Tigrinya; and
// the same forms without JavaScript.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { BASE, PHONE, TABLET, launch, context, hydrated, htmlAttrs, horizontalOverflow, shot, staffSignIn, clientSignIn, chooseLanguage, amalsCaseAsGuide, submit } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A real 2×3 pixel PNG: a "photo of a letter".
const PNG = Buffer.from([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0, 54,
  136, 73, 214, 0, 0, 0, 17, 73, 68, 65, 84, 120, 156, 99, 248, 207, 192, 0, 68, 96, 2, 78, 3, 0, 62, 214,
  5, 251, 88, 130, 207, 70, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);



const kept = (page, path) => page.evaluate(async (p) =>
  (await caches.has("lotse-pages")) && !!(await (await caches.open("lotse-pages")).match(p)), path);

test("offline in Arabic: read the plan, tick a step and ask, synced exactly once when back", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  // One visit of each page keeps it on the phone.
  for (const path of ["/me", "/me/plan", "/me/requests", "/me/deadlines"]) {
    await page.goto(`${BASE}${path}`);
    await page.waitForFunction(async (p) =>
      (await caches.has("lotse-pages")) && !!(await (await caches.open("lotse-pages")).match(p)), path);
  }
  await page.goto(`${BASE}/me/plan`);
  await hydrated(page);

  await ctx.setOffline(true);
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-offline")), true);
  assert.deepEqual(await htmlAttrs(page), { lang: "ar", dir: "rtl" });
  const banner = page.locator(".offline-only");
  assert.ok(await banner.isVisible(), "says it is an offline copy");
  assert.match(await banner.textContent(), /[\u0600-\u06FF]{3,}/, "in Arabic, with the time");
  assert.match(await page.textContent("main"), /تعلّم الألمانية/, "the plan is readable offline");

  // Tick a step offline: it waits, visibly.
  await hydrated(page);
  const step = page.locator("li.step", { hasText: "Kita-Anmeldung" });
  await step.locator("form[action$='/done'] button").click();
  await page.waitForSelector("li.step form[data-pending][action$='/done']");
  assert.ok(await page.locator("form[data-pending] .pending-note").first().isVisible(), "waiting to send");
  assert.ok(await page.locator(".outbox-only").isVisible());
  assert.ok(await horizontalOverflow(page) <= 0, "fits 360 px offline too");
  await shot(page, "offline-plan-ar-phone");

  // Ask the guide offline (a plain multipart post the service worker keeps).
  await page.goto(`${BASE}/me/requests`);
  const question = `سؤال بدون اتصال ${Date.now()}`;
  await page.fill("#f-body", question);
  await Promise.all([page.waitForLoadState("load"), page.click("form[action='/me/requests'] button[type=submit]")]);
  await page.waitForSelector("html[data-outbox]");

  // Back online: everything goes out, the page reloads with the news.
  await ctx.setOffline(false);
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-offline"), null, { timeout: 15000 });
  await page.waitForSelector(`text=${question}`);
  await page.goto(`${BASE}/me/plan`);
  assert.equal(await page.locator("li.step", { hasText: "Kita-Anmeldung" }).locator("form[action$='/done']").count(), 0, "done");
  // Again, reconnecting and restarting the app sends nothing twice.
  await page.reload();
  await page.goto(`${BASE}/me/requests`);
  assert.equal(await page.locator("li.request", { hasText: question }).count(), 1, "sent exactly once");
  const outbox = await page.evaluate(async () => (await (await caches.open("lotse-outbox")).keys()).length);
  assert.equal(outbox, 0, "the outbox is empty");

  // The guide sees the ticked step and the question.
  const { page: guide, caseUrl } = await amalsCaseAsGuide(browser);
  await guide.goto(`${caseUrl}/requests`);
  assert.equal(await guide.locator("article", { hasText: question }).count(), 1);
  await guide.context().close();

  // Sign out: nothing personal stays on the phone.
  assert.equal(await kept(page, "/me/plan"), true);
  await Promise.all([page.waitForURL(/\/signin/), page.click("form[action='/signout'] button")]);
  assert.equal(await kept(page, "/me/plan"), false, "kept pages are gone");
  await ctx.close();
});

test("deadlines, a question with a photo, the answer and my data, in Tigrinya", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ti" });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await hydrated(page);
  await chooseLanguage(page, "ti");
  // The home page reminds of what is due soon.
  assert.match(await page.textContent("[data-testid=home-deadlines]"), /Weiterbewilligung/);

  await page.click("a[href='/me/deadlines']");
  await page.waitForURL(/\/me\/deadlines$/);
  assert.match(await page.textContent("main"), /[\u1200-\u137F]{3,}/);
  await page.selectOption("#f-kind", "document");
  await page.fill("#f-title", "Passfoto machen");
  const due = new Date(Date.now() + 12 * 86400000).toISOString().slice(0, 10);
  await page.fill("#f-due_on", due);
  await page.click("form[action='/me/deadlines'] button[type=submit]");
  await page.waitForSelector(".alert-info");
  assert.equal(await page.locator("li.deadline", { hasText: "Passfoto machen" }).count(), 1);
  assert.ok(await horizontalOverflow(page) <= 0, "fits 360 px");
  await shot(page, "my-deadlines-ti-phone");

  // A question with a photo of a letter (a plain multipart post).
  await page.goto(`${BASE}/me/requests`);
  await page.selectOption("#f-category", "letter");
  await page.fill("#f-body", "ደብዳቤ ካብ ቤት ጽሕፈት ስራሕ");
  await page.setInputFiles("#f-photo", { name: "letter.png", mimeType: "image/png", buffer: PNG });
  await submit(page, "form[action='/me/requests'] button[type=submit]");
  await page.waitForSelector(".alert-info");
  const mine = page.locator("li.request", { hasText: "ደብዳቤ ካብ ቤት ጽሕፈት ስራሕ" });
  assert.equal(await mine.count(), 1);

  // The guide opens the photo and answers.
  const guideCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const guide = await guideCtx.newPage();
  await staffSignIn(guide, "s.keller@talheim.example");
  await guide.goto(`${BASE}/cases?q=Haddad`);
  await guide.click("a:has-text('Amal Haddad')");
  await guide.goto(`${guide.url().replace(/\/$/, "")}/requests`);
  const card = guide.locator("article", { hasText: "ደብዳቤ ካብ ቤት ጽሕፈት ስራሕ" });
  const photo = await guide.request.get(BASE + await card.locator("a[href$='/photo']").getAttribute("href"));
  assert.equal(photo.headers()["content-type"], "image/png");
  await card.locator("textarea").fill("Bitte bringen Sie den Brief am Dienstag mit.");
  await card.locator("button[type=submit]").click();
  await guide.waitForSelector(".alert-info");
  await shot(guide, "requests-tab-de-tablet");
  await guideCtx.close();

  await page.goto(`${BASE}/me`);
  await page.waitForSelector("[data-testid=new-answers]");
  await page.click("[data-testid=new-answers] a");
  await page.waitForSelector("text=Bitte bringen Sie den Brief am Dienstag mit.");
  await shot(page, "my-requests-ti-phone");

  // My data: the page, and the download.
  await page.goto(`${BASE}/me/data`);
  assert.match(await page.textContent("main"), /Amal Haddad/);
  assert.match(await page.textContent("main"), /Sabine Keller/, "who opened the file");
  assert.ok(await horizontalOverflow(page) <= 0);
  await shot(page, "my-data-ti-phone");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=data-json]")]);
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(data.person.last_name, "Haddad");
  assert.ok(data.requests.some((r) => r.photo_attached));
  // Leave the profile as the other tests expect it.
  await chooseLanguage(page, "ar");
  await ctx.close();
});

test("deadlines, questions and my data without JavaScript", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await clientSignIn(page);
  await page.goto(`${BASE}/me/deadlines`);
  await page.selectOption("#f-kind", "other");
  await page.fill("#f-title", "موعد المدرسة");
  await page.fill("#f-due_on", new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10));
  await submit(page, "form[action='/me/deadlines'] button[type=submit]");
  assert.equal(await page.locator("li.deadline", { hasText: "موعد المدرسة" }).count(), 1);
  await page.goto(`${BASE}/me/requests`);
  await page.fill("#f-body", "سؤال بدون جافاسكريبت");
  await page.setInputFiles("#f-photo", { name: "letter.png", mimeType: "image/png", buffer: PNG });
  await submit(page, "form[action='/me/requests'] button[type=submit]");
  assert.equal(await page.locator("li.request", { hasText: "سؤال بدون جافاسكريبت" }).count(), 1);
  await page.goto(`${BASE}/me/data`);
  assert.match(await page.textContent("main"), /Amal Haddad/);
  const json = await page.request.get(`${BASE}/me/data.json`);
  assert.equal(json.status(), 200);
  assert.equal((await json.json()).person.last_name, "Haddad");
  await ctx.close();
});
