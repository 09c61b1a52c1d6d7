// The local network in the browser: a club's contact person posts a room on a phone, the
// coordination matches it to the municipality's request on a tablet and confirms for the
// municipality, the club confirms and sees whom to call; the board prints offers beside
// requests; the public list of actors reads in Arabic, mirrored, on a phone. Every page
// passes axe and fits its screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE, PHONE, TABLET, launch, context, staffSignIn, horizontalOverflow, htmlAttrs, shot, audit, submit
} from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PARTNER = "kontakt@sprachbruecke.example";
const COORDINATOR = "m.hoffmann@talheim.example";

test("a club posts a room, the coordination matches it to a request, both sides confirm", async () => {
  const title = `Vereinsraum ${Date.now().toString(36)}`;
  const phone = await context(browser, { viewport: PHONE, locale: "de-DE" });
  const club = await phone.newPage();
  await staffSignIn(club, PARTNER);
  assert.match(club.url(), /\/network\/mine$/);
  await audit(club, "the partner's page");
  assert.ok(await horizontalOverflow(club) <= 0, "the partner's page fits the phone");
  await club.check("#f-side-offer");
  await club.selectOption("#f-topic", "rooms");
  await club.fill("#f-title", title);
  await club.fill("#f-details", "Für 15 Personen, nachmittags frei, mit Spielecke.");
  await submit(club, "form[action='/network/mine/posts'] button[type=submit]");
  await club.locator("[data-testid^='own-post-']", { hasText: title }).waitFor();
  await shot(club, "network-partner-phone");

  const tablet = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const coord = await tablet.newPage();
  await staffSignIn(coord, COORDINATOR);
  await coord.goto(`${BASE}/network/exchange?topic=rooms&side=seek`);
  await audit(coord, "the exchange");
  const request = coord.locator("[data-testid^='post-'] a", { hasText: "Raum für das Elterncafé" });
  await Promise.all([coord.waitForURL(/\/network\/exchange\/\d+$/), request.click()]);
  const proposal = coord.locator("[data-testid^='proposal-']", { hasText: title });
  await proposal.waitFor();
  await audit(coord, "a request with Lotse's proposals");
  await shot(coord, "network-proposals-tablet");
  await submit(coord, proposal.locator("button[type=submit]"));
  const match = coord.locator("[data-testid^='match-']", { hasText: title });
  await match.waitFor();
  await submit(coord, match.locator("form[action$='/confirm'] button"));
  await coord.locator("[data-testid^='match-']", { hasText: title }).getByText("bestätigt").first().waitFor();

  await club.goto(`${BASE}/network/mine`);
  const theirs = club.locator("[data-testid^='match-']", { hasText: title });
  await theirs.waitFor();
  await submit(club, theirs.locator("form[action$='/confirm'] button"));
  const agreed = club.locator("[data-testid^='match-']", { hasText: title });
  await agreed.getByText("Vereinbart", { exact: true }).waitFor();
  assert.ok((await agreed.textContent()).includes("Martina Hoffmann"), "the municipality's contact after agreeing");
  assert.ok(await horizontalOverflow(club) <= 0);
  await shot(club, "network-agreed-phone");

  // What was exchanged, and the board for the next network meeting.
  await coord.goto(`${BASE}/network/exchange`);
  await coord.locator("#h-exchanged").waitFor();
  await coord.goto(`${BASE}/network/exchange/board`);
  await audit(coord, "the board");
  assert.ok(await coord.getByRole("heading", { name: "Wir bieten" }).isVisible());
  assert.ok(await coord.getByRole("heading", { name: "Wir suchen" }).isVisible());
  await coord.emulateMedia({ media: "print" });
  await shot(coord, "network-board-print");
  await coord.emulateMedia({ media: "screen" });
  await phone.close();
  await tablet.close();
});

test("the coordination keeps an actor and its Arabic text; the list passes axe", async () => {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, COORDINATOR);
  await page.goto(`${BASE}/network`);
  await audit(page, "the actors");
  await shot(page, "network-actors-tablet");
  await Promise.all([page.waitForURL(/\/network\/actors\/\d+$/), page.locator("a", { hasText: "Sprachbrücke Talheim e.V." }).click()]);
  await audit(page, "an actor");
  await Promise.all([page.waitForURL(/\/texts\/ar$/), page.locator("a[href$='/texts/ar']").click()]);
  await audit(page, "an actor's Arabic text");
  await page.goto(`${BASE}/network/actors/new`);
  await audit(page, "a new actor");
  await ctx.close();
});

test("a resident reads who helps where in Arabic on a phone, without JavaScript", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/actors`);
  const attrs = await htmlAttrs(page);
  assert.equal(attrs.lang, "ar");
  assert.equal(attrs.dir, "rtl");
  await page.getByText("مقهى لغة").first().waitFor();
  // Texts nobody translated: German, marked as German.
  assert.ok(await page.locator("p[lang=de]").count() > 0);
  assert.ok(await horizontalOverflow(page) <= 0, "fits the phone");
  await shot(page, "actors-ar-phone-nojs");
  await ctx.close();
  const js = await context(browser, { viewport: PHONE, locale: "ar" });
  const p2 = await js.newPage();
  await p2.goto(`${BASE}/actors`);
  await audit(p2, "actors in Arabic");
  await js.close();
});
