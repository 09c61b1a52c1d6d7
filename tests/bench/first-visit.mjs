// Measures what a phone downloads on its first visit to a client page (the home page
// unless a path is given as the second argument), by type: see first-visit-lib.mjs.
import { launch } from "../e2e/helpers.mjs";
import { firstVisit } from "./first-visit-lib.mjs";

const lang = process.argv[2] ?? "ar";
const path = process.argv[3] ?? "/me";
const browser = await launch();
const { byKind, total } = await firstVisit(browser, lang, path);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`first visit ${path} (${lang}): total ${kb(total)} KB = ` +
  Object.entries(byKind).filter(([, v]) => v).map(([k, v]) => `${k} ${kb(v)}`).join(", "));
await browser.close();
