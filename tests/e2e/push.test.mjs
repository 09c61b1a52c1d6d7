// "Messages on this phone": the opt-in on the client's home page and the service worker
// that shows a push. No browser push service is reachable here, so the page's PushManager
// hands out a subscription made with real P-256 keys at a Google-looking address (as
// Chromium would get one from Google); the server checks and keeps it. A push is
// delivered to the service worker through the DevTools protocol, as a push service would.
// Delivery and encryption themselves are tested against a loopback push service in
// server/tests/suite/push.rs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, PHONE, launch, context, hydrated, clientSignIn, chooseLanguage, shot } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function pushService() {
  let current = null;
  const b64 = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  PushManager.prototype.subscribe = async function (options) {
    window.__serverKeyBytes = options.applicationServerKey.length;
    const pair = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
    const p256dh = b64(new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey)));
    const auth = b64(crypto.getRandomValues(new Uint8Array(16)));
    const endpoint = `https://fcm.googleapis.com/fcm/send/e2e-${b64(crypto.getRandomValues(new Uint8Array(9)))}`;
    current = {
      endpoint,
      toJSON: () => ({ endpoint, keys: { p256dh, auth } }),
      unsubscribe: async () => { current = null; window.__unsubscribed = true; return true; },
    };
    return current;
  };
  PushManager.prototype.getSubscription = async function () { return current; };
}

test("a client turns messages on and off in her language, and a push shows on the phone", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "ar" });
  await ctx.grantPermissions(["notifications"], { origin: BASE });
  await ctx.addInitScript(pushService);
  const page = await ctx.newPage();
  await clientSignIn(page);
  // Amal's language is what an earlier test left; she reads Arabic here.
  await chooseLanguage(page, "ar");
  const box = page.locator("[data-testid=push]");
  await box.waitFor({ state: "visible" });
  assert.match(await box.locator("h2").textContent(), /[\u0600-\u06FF]{3,}/, "in Arabic");
  const on = box.locator("[data-push-on]");
  const off = box.locator("[data-push-off]");
  // The page may still be swapping in after the language change: the section of the page
  // now is the one measured (a box from the page before has no size; seen once on CI).
  await on.waitFor({ state: "visible" });
  assert.equal(await off.isVisible(), false);
  const height = (await on.boundingBox()).height;
  assert.ok(height >= 44, `a 44 px target (${height})`);

  const answered = page.waitForResponse((r) => r.url().endsWith("/push/subscribe"));
  await on.click();
  assert.equal((await answered).status(), 204, "the server took the subscription");
  await off.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => window.__serverKeyBytes), 65, "the server's P-256 key");
  assert.ok(await box.locator("[data-push-state=on]").isVisible());
  await shot(page, "push-on-ar-phone");

  // A push arrives: the service worker shows it in the language and direction it says.
  const cdp = await ctx.newCDPSession(page);
  const registration = new Promise((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const mine = registrations.find((r) => r.scopeURL.startsWith(BASE) && !r.isDeleted);
      if (mine) resolve(mine.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  const registrationId = await registration;
  const data = JSON.stringify({ title: "Lotse", body: "لديك رسالة جديدة", url: "/me/requests", tag: "push-answer", lang: "ar", dir: "rtl" });
  // A push handed to a registration whose worker is not active yet is dropped without an
  // error (seen once on CI under load): wait until the page has an active worker, and hand
  // the push over again if nothing showed (the same tag replaces, so it shows once).
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  let notification;
  for (let attempt = 0; attempt < 5 && !notification; attempt++) {
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: new URL(BASE).origin, registrationId, data });
    for (let i = 0; i < 25 && !notification; i++) {
      [notification] = await page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications())
          .map((n) => ({ title: n.title, body: n.body, lang: n.lang, dir: n.dir, url: n.data && n.data.url })));
      if (!notification) await page.waitForTimeout(200);
    }
  }
  assert.deepEqual(notification, { title: "Lotse", body: "لديك رسالة جديدة", lang: "ar", dir: "rtl", url: "/me/requests" });

  // Turned off: the server lets go and the browser's subscription ends.
  const released = page.waitForResponse((r) => r.url().endsWith("/push/unsubscribe"));
  await off.click();
  assert.equal((await released).status(), 204);
  await on.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => window.__unsubscribed), true);
  await ctx.close();
});

test("without a script the page offers nothing that cannot work", async () => {
  const ctx = await context(browser, { viewport: PHONE, locale: "en", javaScriptEnabled: false });
  const page = await ctx.newPage();
  await clientSignIn(page);
  assert.equal(await page.locator("[data-testid=push][hidden]").count(), 1);
  assert.equal(await page.locator("[data-testid=push]").isVisible(), false);
  await ctx.close();
});
