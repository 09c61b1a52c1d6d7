// The server's HTML is valid for the W3C Nu HTML checker (vnu, run with the machine's Java).
// Each kind of person signs in, and the pages reachable from their start page by two clicks
// are fetched as the server sends them (not the DOM after hydration) and checked at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { BASE, PHONE, launch, context, staffSignIn, clientSignIn } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const VNU = require("vnu-jar");

// Links that change state or leave HTML: signing out, downloads, calendar feeds.
const SKIP = /\/signout|\/export|\.ics|\.csv|\.xlsx|\.pdf|\/download|\/qr|\/files\/|\/api\//;
const PER_PERSON = 30;

/** The known finding that stays: Leptos writes `<!>` markers for hydration inside the
 * page-enhancer island, which the checker calls bogus comments (outside it, `ctx::tidy`
 * removes them; see README, "Valid HTML"). */
function known(message) {
  // The checker's extract is a window that may end anywhere in "<!></leptos-island>".
  const extract = message.extract ?? "";
  return message.message === "Bogus comment." &&
    (extract.includes("<!></lept") || /"><!>(<\/(l(e(p(t)?)?)?)?)?$/.test(extract));
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Fetches the start page and what its links reach, two levels deep, as the signed-in person. */
async function crawl(page, start, into, label) {
  const seen = new Set();
  let frontier = [start];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next = [];
    for (const path of frontier) {
      if (seen.has(path) || seen.size >= PER_PERSON) continue;
      seen.add(path);
      const res = await page.request.get(`${BASE}${path}`, { maxRedirects: 0 });
      if (res.status() !== 200 || !(res.headers()["content-type"] ?? "").startsWith("text/html")) continue;
      const html = await res.text();
      const file = join(into, `${label}-${seen.size}.html`);
      writeFileSync(file, html);
      files.set(file, `${label} ${path}`);
      for (const m of html.matchAll(/<a [^>]*href="(\/[^"#]*)"/g)) {
        const href = m[1].replaceAll("&amp;", "&");
        if (!SKIP.test(href) && !seen.has(href)) next.push(href);
      }
    }
    frontier = [...new Set(next)];
  }
}

const files = new Map();

// The markup does not depend on the database: one run (SQLite's) checks it.
const skip = process.env.LOTSE_BACKEND === "postgres" && "checked in the SQLite run";

test("the pages each person reaches are valid HTML (W3C Nu checker)", { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "lotse-vnu-"));
  const people = [
    { label: "anonymous-ar", locale: "ar", start: "/signin" },
    { label: "client-ar", locale: "ar", start: "/me", signIn: clientSignIn },
    { label: "client-ti", locale: "ti", start: "/me", signIn: clientSignIn },
    { label: "guide", locale: "de", start: "/cases", signIn: (p) => staffSignIn(p, "s.keller@talheim.example") },
    { label: "coordinator", locale: "de", start: "/cases", signIn: (p) => staffSignIn(p, "m.hoffmann@talheim.example") },
    { label: "volunteer", locale: "de", start: "/volunteer", signIn: (p) => staffSignIn(p, "p.braun@talheim.example") },
    { label: "network", locale: "de", start: "/network/exchange", signIn: (p) => staffSignIn(p, "m.hoffmann@talheim.example") },
    { label: "partner", locale: "de", start: "/network/mine", signIn: (p) => staffSignIn(p, "kontakt@sprachbruecke.example") },
    { label: "actors-fa", locale: "fa", start: "/actors" },
  ];
  for (const person of people) {
    const ctx = await context(browser, { viewport: PHONE, locale: person.locale });
    const page = await ctx.newPage();
    if (person.signIn) await person.signIn(page);
    await crawl(page, person.start, dir, person.label);
    await ctx.close();
  }
  assert.ok(files.size > 60, `only ${files.size} pages were fetched`);

  const out = execFileSync("java", ["-jar", VNU, "--format", "json", "--stdout", "--exit-zero-always", ...files.keys()],
    { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
  const findings = JSON.parse(out).messages
    .filter((m) => m.type === "error" && !known(m))
    .map((m) => `${files.get(m.url.replace(/^file:/, "")) ?? m.url}:${m.lastLine}: ${m.message} «${m.extract ?? ""}»`);
  assert.deepEqual(findings, [], `${findings.length} errors in ${files.size} pages`);
});
