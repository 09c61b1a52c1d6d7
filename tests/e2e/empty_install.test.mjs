// A county starts on Lotse from an empty database, in the browser, without touching the
// database by hand: the server prints the set-up link; the first administrator signs up,
// names the county and a municipality, adds a provider and a team, and invites a guide,
// who accepts on a tablet, creates a client, and later closes the case; the client reads
// the closing message in Tigrinya on a phone.
// It starts a server of its own (the binary in LOTSE_SERVER_BIN) on a new SQLite file;
// the run against PostgreSQL skips it (the flow does not depend on the database).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TABLET, launch, context, htmlAttrs, horizontalOverflow, shot, audit, newTigrinyaClient, totp, submit } from "./helpers.mjs";

const BIN = process.env.LOTSE_SERVER_BIN;
const skip = !BIN || process.env.LOTSE_BACKEND === "postgres";
let browser, server, base, setupLink;

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(join(tmpdir(), "lotse-empty-"));
  const port = 21000 + Math.floor(Math.random() * 4000);
  base = `http://127.0.0.1:${port}`;
  server = spawn(BIN, [], {
    cwd: new URL("../../", import.meta.url).pathname,
    env: {
      ...process.env, LOTSE_DEMO: "", LOTSE_DATA_DIR: dir, LOTSE_DATABASE_URL: `sqlite://${dir}/lotse.db`,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`, LOTSE_PUBLIC_URL: base, LOTSE_LOG: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  setupLink = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no set-up link printed:\n${out}`)), 60000);
    const read = (chunk) => {
      out += chunk;
      const m = out.match(/https?:\/\/\S+\/setup\?token=\S+/);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    };
    server.stdout.on("data", read);
    server.stderr.on("data", read);
    server.on("exit", (code) => reject(new Error(`server ended (${code}):\n${out}`)));
  });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.kill();
});

test("from an empty database to a closed case, read in Tigrinya", { skip }, async () => {
  // The first administrator, with the link the server printed.
  const adminCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const admin = await adminCtx.newPage();
  await admin.goto(new URL(new URL(setupLink).pathname + new URL(setupLink).search, base).href);
  await audit(admin, "set-up");
  await admin.fill("#f-name", "Erste Administration");
  await admin.fill("#f-email", "it@neuhausen.example");
  await admin.fill("#f-password", "ein langer Satz zum Merken");
  // Administrators must use two-step sign-in: the new one sets it up right away.
  await Promise.all([admin.waitForSelector("form[action='/signin/enroll']"), admin.click("form[action='/setup'] button[type=submit]")]);
  await audit(admin, "two-step set-up after the set-up link");
  const secret = (await admin.textContent("[data-testid=totp-secret]")).trim();
  await admin.fill("#f-code", totp(secret));
  await Promise.all([admin.waitForURL(/\/account\/security$/), admin.click("form[action='/signin/enroll'] button[type=submit]")]);

  // The organisation: county and municipality, a provider, a team.
  await admin.goto(`${base}/admin/organisation`);
  await admin.fill("#f-county", "Landkreis Neuhausen");
  await admin.fill("#f-m-new-name", "Neuhausen");
  await submit(admin, "form[action='/admin/organisation/municipalities'] button[type=submit]");
  await admin.waitForFunction(() => [...document.querySelectorAll("main h3")].some((h) => h.textContent === "Neuhausen"));
  await admin.fill("#f-p-new-name", "Caritas Neuhausen");
  await admin.fill("#f-p-new-contact", "07000 1234");
  await submit(admin, "form[action='/admin/organisation/providers'] button[type=submit]");
  await admin.waitForFunction(() => [...document.querySelectorAll("main h3")].some((h) => h.textContent === "Caritas Neuhausen"));
  await admin.fill("#f-t-new-name", "Team Nord");
  await admin.selectOption("#f-t-new-provider", { label: "Caritas Neuhausen" });
  await submit(admin, "form[action='/admin/organisation/teams'] button[type=submit]");
  await admin.waitForFunction(() => [...document.querySelectorAll("main h3")].some((h) => h.textContent === "Team Nord"));
  await audit(admin, "the new organisation");
  await shot(admin, "empty-organisation");

  // The invitation of a guide.
  await admin.goto(`${base}/admin/staff/new`);
  await admin.fill("#f-name", "Lea Brandt");
  await admin.fill("#f-email", "l.brandt@neuhausen.example");
  await admin.selectOption("#f-role", "guide");
  await admin.selectOption("#f-municipality", { label: "Neuhausen" });
  const team = await admin.locator("#f-team option", { hasText: "Team Nord" }).getAttribute("value");
  await admin.selectOption("#f-team", team);
  await Promise.all([admin.waitForURL(/\/admin\/staff\/\d+$/), admin.click("form[action='/admin/staff/new'] button[type=submit]")]);
  const link = (await admin.textContent(".code-box a")).trim();

  // The guide accepts on a tablet and signs in.
  const guideCtx = await context(browser, { viewport: TABLET, locale: "de-DE" });
  const guide = await guideCtx.newPage();
  await guide.goto(new URL(new URL(link).pathname, base).href);
  await guide.fill("#f-password", "mein eigener langer Satz");
  await submit(guide, "form[action^='/welcome/'] button[type=submit]");
  await guide.waitForSelector("main a[href='/signin/staff']");
  await guide.goto(`${base}/signin/staff`);
  await guide.fill("#f-email", "l.brandt@neuhausen.example");
  await guide.fill("#f-password", "mein eigener langer Satz");
  await Promise.all([guide.waitForURL(/\/cases$/), guide.click("form[action='/signin/staff'] button[type=submit]")]);

  // A client, in Tigrinya, who activates the app on a phone.
  const { caseUrl, phone } = await newTigrinyaClient(browser, guide, base, "Haile");

  // Later the guide closes the case: the client manages on their own.
  await guide.goto(`${caseUrl}/closing`);
  await guide.selectOption("#f-reason", "independent");
  await guide.fill("#f-note", "Arbeit und Wohnung gefunden.");
  await submit(guide, "form[action$='/closing'] button[type=submit]");
  await guide.waitForSelector("[data-testid=case-closed]");

  // The client reads it in Tigrinya, with whom to turn to now.
  await phone.goto(`${base}/me`);
  assert.deepEqual(await htmlAttrs(phone), { lang: "ti", dir: "ltr" });
  const ended = await phone.textContent("[data-testid=case-ended]");
  assert.match(ended, /[\u1200-\u137F]{3,}/, "Ethiopic text");
  assert.ok(ended.includes("Neuhausen"), "the municipality they turn to");
  assert.ok(await horizontalOverflow(phone) <= 0, "fits 360 px");
  await audit(phone, "the end of support, Tigrinya, new county");
  await shot(phone, "empty-install-ended-ti-phone");
  await Promise.all([adminCtx.close(), guideCtx.close(), phone.context().close()]);
});
