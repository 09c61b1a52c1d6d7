// Figures on a laptop: the coordinator opens the dashboard from the top bar, narrows it
// to a period and a team, reads a chart beside its table and downloads the funder's report.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, launch, context, staffSignIn, horizontalOverflow, shot, audit } from "./helpers.mjs";

const LAPTOP = { width: 1280, height: 800 };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a coordinator reads the figures for a period and a team and downloads the report", async () => {
  const ctx = await context(browser, { viewport: LAPTOP, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await Promise.all([page.waitForURL(/\/figures$/), page.click("a[href='/figures']")]);
  assert.match(await page.textContent("h1"), /Kennzahlen: \u2068?Talheim/);
  // The demo county's history fills the charts: each has a title and a table beside it.
  assert.ok(await page.locator("svg.chart[role=img] title").count() >= 3, "charts with titles");
  assert.ok(await page.locator("#figure-guide-loads tbody tr").count() >= 2, "a row per guide");
  assert.equal(await page.locator("text=Prüfling").count(), 0);
  await audit(page, "figures");
  await shot(page, "figures-laptop");

  // A period and a team: the form is a plain GET, so the address says what is shown.
  const year = new Date().getFullYear();
  await page.fill("#f-from", `${year - 1}-01-01`);
  const team = await page.locator("#f-team option", { hasText: "Mitte" }).getAttribute("value");
  await page.selectOption("#f-team", team);
  await Promise.all([page.waitForURL(/team=/), page.click("form.figures-filters button[type=submit]")]);
  assert.equal(await page.inputValue("#f-team"), team);
  assert.match(page.url(), new RegExp(`from=${year - 1}-01-01`));
  await audit(page, "figures, one team");
  assert.ok(await horizontalOverflow(page) <= 0, "nothing wider than the laptop screen");

  // The funder's report for what is shown.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".reports li", { hasText: "Pakt für Integration" }).locator("a", { hasText: "Excel" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^lotse-kennzahlen-pakt-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = await download.path();
  const { statSync } = await import("node:fs");
  assert.ok(statSync(path).size > 3000, "a real workbook");
  await ctx.close();
});
