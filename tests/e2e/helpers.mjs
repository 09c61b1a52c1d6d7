// Shared set-up for the browser tests: real Debian Chromium driven by playwright-core,
// against a Lotse server the test script started (BASE_URL), seeded with the demo data.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHmac } from "node:crypto";
import assert from "node:assert/strict";

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: a <script> tag would be refused by the page's
// Content-Security-Policy, as any script without the page's nonce must be.
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
export const STAFF_PASSWORD = "lotse-demo-2026";
export const ARTIFACTS = new URL("../artifacts/", import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export const PHONE = { width: 360, height: 740 };
export const TABLET = { width: 800, height: 1280 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A fresh browser context (own cookies) at a given size and language. */
export async function context(browser, { viewport = PHONE, locale = "en", javaScriptEnabled = true } = {}) {
  const ctx = await browser.newContext({
    viewport, locale, javaScriptEnabled, hasTouch: viewport.width < 600,
    extraHTTPHeaders: { "Accept-Language": locale },
  });
  // Both databases' runs share two cores (two servers, two Chromiums, PostgreSQL): a
  // page that loads in a second alone took over 30 s once under that load. Waits get
  // room; what they wait for stays exact.
  ctx.setDefaultTimeout(60000);
  ctx.setDefaultNavigationTimeout(60000);
  return ctx;
}

/**
 * Clicks what sends a form and waits for the answer's page. Before the WASM, the post
 * loads a new document; after it, the enhancer swaps in the answer's <body>. Either way
 * the marked <body> is gone. Waiting for "load" instead resolves at once (the page
 * already was loaded) and the test ran ahead of its own post; waiting for a URL that
 * already matched (a post that answers with the same page) did the same. Under CI's load
 * that read a half-parsed document, or a tab link's click cancelled the post.
 */
export async function submit(page, target) {
  await page.evaluate(() => { document.body.dataset.e2eBefore = "1"; });
  await (typeof target === "string" ? page.click(target) : target.click());
  // Looked at from here, not polled inside the page: a page without JavaScript runs no
  // timers, so Playwright's in-page poll that first looked while the answer was still
  // loading never looked again (CI, PostgreSQL, events.test.mjs, 60 s timeout).
  const deadline = Date.now() + 60000;
  for (;;) {
    const arrived = await page
      .evaluate(() => document.readyState === "complete" && document.body != null && document.body.dataset.e2eBefore === undefined)
      .catch(() => false);
    if (arrived) return;
    if (Date.now() > deadline) throw new Error(`no answer to the form's post within 60 s (at ${page.url()})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the islands are hydrated (the page enhancer marks the window). */
export async function hydrated(page) {
  await page.waitForFunction(() => window.__lotseEnhanced === true, null, { timeout: 15000 });
}

export async function htmlAttrs(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

/** Nothing sticks out sideways on a phone. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export async function shot(page, name) {
  await page.screenshot({ path: `${ARTIFACTS}${process.env.LOTSE_BACKEND ?? "db"}-${name}.png`, fullPage: true });
}

export async function staffSignIn(page, email) {
  await page.goto(`${BASE}/signin/staff`);
  await page.fill("#f-email", email);
  await page.fill("#f-password", STAFF_PASSWORD);
  await Promise.all([page.waitForURL(/\/cases|\/volunteer|\/admin|\/privacy|\/groups\/manage|\/network\/mine/), page.click("form[action='/signin/staff'] button[type=submit]")]);
}

/** Signs in as the demo client Amal Haddad (number and PIN from the demo seed). */
export async function clientSignIn(page) {
  await page.goto(`${BASE}/signin`);
  await page.fill("#f-number", "20260001");
  await page.fill("#f-pin", "482915");
  await Promise.all([page.waitForURL(/\/me$/), page.click("form[action='/signin'] button[type=submit]")]);
}

/** Picks a language in the header's chooser (needs the page enhancer for autosubmit). */
export async function chooseLanguage(page, lang) {
  // The switcher submits on change through the page enhancer: a change made before the
  // island woke up is lost (seen on PostgreSQL under load).
  await hydrated(page);
  // The page's lang is the language's BCP 47 tag (Dari: fa-AF), as its option says.
  const tag = await page.$eval(`#lang-select option[value="${lang}"]`, (o) => o.lang);
  // Already the page's language: a person would not choose it again. (Playwright fires
  // `change` even for the selected option, and the swap it starts would land after the
  // caller's next look at the page: a flake seen on CI in push.test.mjs.)
  if ((await page.$eval("#lang-select", (s) => s.value)) === lang) return;
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/lang");
  await page.selectOption("#lang-select", lang);
  await answered;
  await page.waitForFunction((l) => document.documentElement.lang === l, tag);
  // The switch may load a new page: the next click waits for its island, so a link is not
  // clicked in the moment the page enhancer takes over (seen once under load).
  await hydrated(page);
}

/** axe-core (WCAG 2.x A and AA rules): serious and critical findings fail. */
export async function audit(page, label) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [],
    `${label}: accessibility violations`);
}

/** The code an authenticator app shows for a base32 key (RFC 6238: SHA-1, 6 digits, 30 s),
 * as a person with a phone would read it; `offset` in steps. */
export function totp(secret, offset = 0) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of secret.replace(/\s/g, "").toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const step = BigInt(Math.floor(Date.now() / 1000 / 30) + offset);
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(step);
  const mac = createHmac("sha1", key).update(msg).digest();
  const at = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, "0");
}

/** A guide (signed in on `guide`) creates a Tigrinya-speaking client named Selam `lastName`,
 * who activates the app on a phone of their own with PIN 739164. Returns the case's URL
 * and the client's phone page (its context closes with `phone.context().close()`). */
export async function newTigrinyaClient(browser, guide, base, lastName) {
  await guide.goto(`${base}/cases/new`);
  await guide.fill("#f-first_name", "Selam");
  await guide.fill("#f-last_name", lastName);
  await guide.selectOption("#f-preferred_lang", "ti");
  await guide.check("#lang-ti");
  await Promise.all([guide.waitForURL(/\/cases\/\d+$/), guide.click("form[action='/cases/new'] button[type=submit]")]);
  const caseUrl = guide.url();
  const code = (await guide.textContent("[data-testid=activation-code]")).trim();
  const phoneCtx = await context(browser, { viewport: PHONE, locale: "ti" });
  const phone = await phoneCtx.newPage();
  await phone.goto(`${base}/activate?code=${code}`);
  await phone.fill("#f-pin", "739164");
  await phone.fill("#f-pin_repeat", "739164");
  await Promise.all([phone.waitForURL(/\/me$/), phone.click("form[action='/activate'] button[type=submit]")]);
  return { caseUrl, phone };
}

/** The demo client Amal Haddad's case, opened by her team lead on a tablet in German.
 * Returns the page and the case's URL (close with `page.context().close()`). */
export async function amalsCaseAsGuide(browser) {
  const ctx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "s.keller@talheim.example");
  await page.goto(`${BASE}/cases?q=Haddad`);
  await Promise.all([page.waitForURL(/\/cases\/\d+$/), page.click("a:has-text('Amal Haddad')")]);
  return { page, caseUrl: page.url().replace(/\/$/, "") };
}
