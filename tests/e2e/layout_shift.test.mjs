// Nothing moves when the page wakes up: the cumulative layout shift of every public and
// client page at phone size, from the first paint until the WASM island has started and
// the scripts beside it (read aloud, messages on this phone) have run, stays at or under
// 0.02 (Lighthouse's "good" is 0.1). A shift is a layout fact, not a time: the same page
// shifts the same on a slow or a fast machine.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, launch, context, hydrated, clientSignIn, chooseLanguage } from "./helpers.mjs";

const BUDGET = 0.02;
const PUBLIC = ["/", "/signin", "/offices", "/offices/1", "/guides", "/guides/1", "/events", "/actors"];
const CLIENT = ["/me", "/me/plan", "/me/appointments", "/me/deadlines", "/me/requests", "/me/data"];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Every layout shift from the start of the document, as the browser records it.
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: (e.sources || []).map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)) });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

async function shiftOf(page, path) {
  await page.goto(`${BASE}${path}`);
  await hydrated(page);
  // The scripts beside the island run after it; give the page two frames to settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(() => window.__shifts);
  return { total: shifts.reduce((s, e) => s + e.value, 0), shifts };
}

test("public pages at phone size do not shift when the island starts", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  await ctx.addInitScript(recordShifts);
  const page = await ctx.newPage();
  const over = [];
  for (const path of PUBLIC) {
    const { total, shifts } = await shiftOf(page, path);
    if (total > BUDGET) over.push(`${path}: ${total.toFixed(3)} ${JSON.stringify(shifts)}`);
  }
  assert.deepEqual(over, [], "layout shift over 0.02");
  await ctx.close();
});

test("the client's pages at phone size do not shift when the island starts", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  await ctx.addInitScript(recordShifts);
  const page = await ctx.newPage();
  await clientSignIn(page);
  await chooseLanguage(page, "ar");
  const over = [];
  for (const path of CLIENT) {
    const { total, shifts } = await shiftOf(page, path);
    if (total > BUDGET) over.push(`${path}: ${total.toFixed(3)} ${JSON.stringify(shifts)}`);
  }
  assert.deepEqual(over, [], "layout shift over 0.02");
  await ctx.close();
});
