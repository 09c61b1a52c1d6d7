// The phone budget as a test (sizes, not times), so it cannot slip again unnoticed: the
// WASM every page downloads, and the first visit of the client's pages in every client
// language (one folder each under locales/), each under its budget. Figures for the
// README come from `make bench`; this only holds the line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync, existsSync } from "node:fs";
import { launch } from "./helpers.mjs";
import { firstVisit } from "../bench/first-visit-lib.mjs";

/** Every client page's first visit, all included (KB = 1024 bytes). */
const FIRST_VISIT_BUDGET = 120 * 1024;
/** The WASM, brotli: issue 20's line (44.8 KB on 2026-12-05, after the language switcher moved to the head script). */
const WASM_BUDGET = 45 * 1024;

const ROOT = new URL("../../", import.meta.url);
const LANGS = readdirSync(new URL("locales/", ROOT))
  .filter((d) => existsSync(new URL(`locales/${d}/language.ftl`, ROOT)));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The same build on both databases: one run checks it (PostgreSQL's, which has the
// shorter list of tests; the two runs go side by side).
const skip = process.env.LOTSE_BACKEND === "sqlite" && "checked in the PostgreSQL run";

test("the WASM stays within its budget", { skip }, () => {
  const pkg = new URL("target/site/pkg/", ROOT);
  const wasm = readdirSync(pkg).filter((f) => f.endsWith(".wasm.br"));
  assert.equal(wasm.length, 1, `one compressed WASM in target/site/pkg: ${wasm}`);
  const size = statSync(new URL(wasm[0], pkg)).size;
  assert.ok(size <= WASM_BUDGET, `WASM ${size} bytes brotli, budget ${WASM_BUDGET}`);
});

test("every client page's first visit stays within 120 KB in every language", { skip }, async () => {
  assert.ok(LANGS.length >= 7, `languages found: ${LANGS}`);
  const over = [];
  for (const lang of LANGS) {
    for (const path of ["/me", "/me/plan"]) {
      const { total } = await firstVisit(browser, lang, path);
      if (total > FIRST_VISIT_BUDGET) over.push(`${lang} ${path}: ${(total / 1024).toFixed(1)} KB`);
    }
  }
  assert.deepEqual(over, [], "over the first-visit budget");
});
