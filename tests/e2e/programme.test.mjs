// A programme's measures on a laptop: the coordinator goes from the figures to the
// measures, creates one with three milestones, marks the first reached with a note and a
// figure frozen on the day; the dashboard shows what is overdue, what to plan for and who
// is supported.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, launch, context, staffSignIn, horizontalOverflow, shot, audit } from "./helpers.mjs";

const LAPTOP = { width: 1280, height: 800 };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// After a save the page may still be settling (the enhancer swaps it in): read the next
// step from a page loaded afresh, so a half-replaced page never holds the next click.
async function settled(page, path) {
  await page.goto(`${BASE}${path}`);
  await page.waitForLoadState("networkidle");
}

const iso = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a coordinator keeps a measure's milestones with evidence", async () => {
  const ctx = await context(browser, { viewport: LAPTOP, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await page.goto(page.url().replace(/\/cases.*$/, "/figures"));
  // The dashboard's new sections say something with the demo's history.
  for (const id of ["demand-courses", "demand-residence-housing", "people-sex", "people-age", "people-nationality", "milestones"]) {
    assert.equal(await page.locator(`#figure-${id}`).count(), 1, id);
  }
  assert.match(await page.textContent("#figure-milestones"), /überfällig/, "the demo's overdue milestone");
  await Promise.all([page.waitForURL(/\/figures\/programme$/), page.click("a[href='/figures/programme']")]);
  assert.match(await page.textContent("main"), /Sprachcafé für Frauen mit Kinderbetreuung/);
  await audit(page, "programme");

  // A new measure: the form keeps what was typed when the title is missing.
  await page.fill("#f-programme", "Pakt für Integration");
  await page.fill("#f-first", "Kooperationsvertrag unterschrieben");
  await page.fill("#f-first_due", iso(-3));
  await page.click("form[action='/figures/programme/measures'] button[type=submit]");
  await page.waitForSelector("#f-title[aria-invalid=true]");
  assert.equal(await page.inputValue("#f-programme"), "Pakt für Integration");
  await page.fill("#f-title", "Lotsenprojekt Arbeit");
  await page.fill("#f-second", "Zehn Begleitungen in Arbeit");
  await page.fill("#f-second_due", iso(90));
  await page.click("form[action='/figures/programme/measures'] button[type=submit]");
  await page.waitForSelector("section.measure:has-text('Lotsenprojekt Arbeit')");
  await settled(page, "/figures/programme");
  const measure = page.locator("section.measure", { hasText: "Lotsenprojekt Arbeit" });
  const first = measure.locator("li.milestone", { hasText: "Kooperationsvertrag" });
  assert.match(await first.textContent(), /Überfällig/);

  // Reached two days ago.
  await first.locator("summary", { hasText: "Stand ändern" }).click();
  await first.locator("select[name=status]").selectOption("reached");
  await first.locator("input[name=reached_on]").fill(iso(-2));
  await first.locator("button", { hasText: "Stand speichern" }).click();
  await page.waitForSelector("li.milestone:has-text('Kooperationsvertrag'):has-text('Erreicht am')");
  await settled(page, "/figures/programme");
  const reached = page.locator("li.milestone", { hasText: "Kooperationsvertrag" });
  assert.match(await reached.textContent(), /Erreicht am/);

  // Evidence: a note, then the plans figure frozen on the day.
  await reached.locator("summary", { hasText: "Nachweis hinzufügen" }).click();
  await reached.locator("textarea[name=text]").fill("Vertrag liegt im Amt vor.");
  await reached.locator("button", { hasText: "Nachweis speichern" }).click();
  await page.waitForSelector("li.milestone:has-text('Vertrag liegt im Amt vor.')");
  await settled(page, "/figures/programme");
  const again = page.locator("li.milestone", { hasText: "Kooperationsvertrag" });
  await again.locator("summary", { hasText: "Nachweis hinzufügen" }).click();
  await again.locator("select[name=kind]").selectOption("figure");
  await again.locator("select[name=table]").selectOption("plans");
  await again.locator("button", { hasText: "Nachweis speichern" }).click();
  await page.waitForSelector("li.milestone:has-text('Kooperationsvertrag') table.figures-table caption");
  await settled(page, "/figures/programme");
  const proven = page.locator("li.milestone", { hasText: "Kooperationsvertrag" });
  assert.match(await proven.textContent(), /Vertrag liegt im Amt vor\./);
  assert.equal(await proven.locator("table.figures-table caption").count(), 1, "the frozen figure");
  await audit(page, "programme with evidence");
  assert.ok(await horizontalOverflow(page) <= 0, "nothing wider than the laptop screen");
  await shot(page, "programme-laptop");
  await ctx.close();
});

test("a coordinator writes an integration goal with an indicator and follows its path", async () => {
  const ctx = await context(browser, { viewport: LAPTOP, locale: "de-DE" });
  const page = await ctx.newPage();
  await staffSignIn(page, "m.hoffmann@talheim.example");
  await page.goto(page.url().replace(/\/cases.*$/, "/figures"));
  // The demo's goals: their indicators drawn as lines against the target on the dashboard.
  assert.ok(await page.locator("#section-goals svg.chart path[stroke-dasharray], #section-goals svg.chart line[stroke-dasharray]").count() >= 1);
  await Promise.all([page.waitForURL(/\/figures\/goals$/), page.click("a[href='/figures/goals']")]);
  await audit(page, "integration goals");

  await page.selectOption("#f-field", "language");
  await page.fill("#f-title", "Alle Erwachsenen sprechen Deutsch");
  await page.click("form[action='/figures/goals'] button[type=submit]");
  await page.waitForSelector("section.integration-goal:has-text('Alle Erwachsenen sprechen Deutsch')");
  await settled(page, "/figures/goals");
  const goal = page.locator("section.integration-goal", { hasText: "Alle Erwachsenen sprechen Deutsch" });
  await goal.locator("summary", { hasText: "Indikator hinzufügen" }).click();
  await goal.locator("input[name=title]").fill("Plätze in Sprachkursen (VHS)");
  await goal.locator("select[name=kind]").selectOption("manual");
  await goal.locator("select[name=unit]").selectOption("count");
  await goal.locator("select[name=aim]").selectOption("up");
  await goal.locator("input[name=source]").fill("VHS-Statistik");
  await goal.locator("input[name=target_value]").fill("120");
  await goal.locator("input[name=target_on]").fill(iso(365));
  await goal.locator("button", { hasText: "Indikator speichern" }).click();
  await page.waitForSelector("figure.indicator:has-text('Plätze in Sprachkursen (VHS)')");
  await settled(page, "/figures/goals");
  const block = page.locator(".indicator-block", { hasText: "Plätze in Sprachkursen (VHS)" });
  await block.locator("summary", { hasText: "Wert eintragen" }).click();
  await block.locator("input[name=value]").fill("80");
  await block.locator("button", { hasText: "Wert speichern" }).click();
  await page.waitForSelector(".indicator-block:has-text('Plätze in Sprachkursen (VHS)') svg.chart rect");
  await settled(page, "/figures/goals");
  assert.match(await page.locator(".indicator-block", { hasText: "Plätze in Sprachkursen (VHS)" }).textContent(), /Quelle: .?VHS-Statistik/);
  await audit(page, "integration goals with a path");
  assert.ok(await horizontalOverflow(page) <= 0, "nothing wider than the laptop screen");
  await shot(page, "goals-laptop");
  await ctx.close();
});
