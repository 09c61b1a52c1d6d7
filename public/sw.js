// Lotse service worker.
//
// - Build output under /pkg/ has content-hashed names and is kept cache-first; fonts
//   and icons too.
// - The client's own pages (home, plan, appointments, deadlines, requests) are fetched
//   from the network and a copy is kept, so that after one visit they can be read
//   offline. The copy is marked `<html data-offline>`, which shows the "you are
//   offline, this page is from …" line the server wrote into it. Staff pages are never
//   kept. Without a copy, a translated offline page is shown. The directory's pages
//   (offices, an office, the guides; with their search and filters) are kept the same
//   way, so an office opened once can be found again without a network.
// - A client's post (tick a step, ask for help, send a request, add a deadline, confirm
//   an appointment) that finds no network is kept in an outbox and answered with the
//   page it came from, its form marked `data-pending`. The outbox is sent in order when
//   a page says the connection is back (`online`, and on every start), and whenever a
//   page loads from the network. Each post carries an idempotency key or is idempotent
//   by nature, so a post sent twice still lands once.
// - Signing in or out empties the kept pages and the outbox (the server also sends
//   Clear-Site-Data). Signing out also ends this browser's push subscription.
// - A push (`public/push.js` turned them on) shows a notification with the text the
//   server wrote for the lock screen; a tap opens the page it names, in a Lotse window
//   already open if there is one.
const VERSION = "lotse-v3";
const PAGES = "lotse-pages";
const OUTBOX = "lotse-outbox";
const OFFLINE_URL = "/offline";

const KEPT_PAGES = ["/me", "/me/plan", "/me/appointments", "/me/deadlines", "/me/requests"];
// The directory: public pages, kept per address including the search.
const DIRECTORY = /^\/(offices|guides)(\/\d+)?$/;
function keptKey(url) {
  if (KEPT_PAGES.includes(url.pathname)) return url.pathname;
  return DIRECTORY.test(url.pathname) ? url.pathname + url.search : null;
}
const QUEUEABLE = [
  /^\/me\/plan\/steps\/\d+\/(done|help)$/,
  /^\/me\/plan\/confirm$/,
  /^\/me\/requests$/,
  /^\/me\/deadlines$/,
  /^\/me\/deadlines\/\d+\/done$/,
  /^\/me\/appointments\/\d+\/(confirm|move)$/,
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(VERSION).then((cache) => cache.add(new Request(OFFLINE_URL, { cache: "reload" })))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  const keep = [VERSION, PAGES, OUTBOX];
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => !keep.includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

function isStatic(url) {
  return url.pathname.startsWith("/pkg/") || url.pathname.startsWith("/fonts/") ||
    url.pathname.startsWith("/icons/") || url.pathname === "/manifest.webmanifest";
}

// --- The outbox -------------------------------------------------------------------

let flushing = null;

async function queuedPaths() {
  const cache = await caches.open(OUTBOX);
  const keys = await cache.keys();
  const items = await Promise.all(keys.map((k) => cache.match(k)));
  return items.filter(Boolean).map((r) => r.headers.get("x-lotse-path"));
}

async function enqueue(path, contentType, body) {
  const cache = await caches.open(OUTBOX);
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await cache.put(new Request(`/__outbox/${id}`), new Response(body, {
    headers: { "x-lotse-path": path, "content-type": contentType || "application/x-www-form-urlencoded" },
  }));
}

// Sends what waits, oldest first; stops at the first one that cannot go yet. The moment
// the browser says "online" the network is often not quite there (a phone between cells):
// a failed try is repeated a few times, two seconds apart.
function flush(retries = 5) {
  if (!flushing) {
    let unreachable = false;
    flushing = (async () => {
      const cache = await caches.open(OUTBOX);
      let sent = 0;
      for (const key of await cache.keys()) {
        const item = await cache.match(key);
        if (!item) continue;
        let res;
        try {
          res = await fetch(item.headers.get("x-lotse-path"), {
            method: "POST",
            body: await item.arrayBuffer(),
            headers: { "content-type": item.headers.get("content-type") },
            credentials: "same-origin",
            redirect: "manual",
          });
        } catch (e) {
          unreachable = true;
          break; // still offline
        }
        // Signed out meanwhile, or the server is in trouble: keep it for later.
        if (res.status === 401 || res.status === 403 || res.status >= 500) break;
        await cache.delete(key);
        sent += 1;
      }
      if (sent > 0) {
        for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage("synced");
      }
    })().finally(() => {
      flushing = null;
      if (unreachable && retries > 0) setTimeout(() => flush(retries - 1), 2000);
    });
  }
  return flushing;
}

async function forget() {
  await caches.delete(PAGES);
  await caches.delete(OUTBOX);
}

self.addEventListener("message", (event) => {
  if (event.data === "flush") event.waitUntil(flush());
});

self.addEventListener("sync", (event) => {
  if (event.tag === "lotse-outbox") event.waitUntil(flush());
});

// --- Notifications ----------------------------------------------------------------

// Whoever signs out on this phone gets no more notifications on it (the server ends the
// subscription too).
async function endPush() {
  try {
    const sub = self.registration.pushManager && await self.registration.pushManager.getSubscription();
    if (sub) await sub.unsubscribe();
  } catch (e) { /* nothing to end */ }
}

self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  const url = typeof data.url === "string" && data.url.startsWith("/") ? data.url : "/";
  event.waitUntil(self.registration.showNotification(data.title || "Lotse", {
    body: data.body || "",
    tag: data.tag || "lotse",
    lang: data.lang || "",
    dir: data.dir === "rtl" ? "rtl" : "auto",
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    data: { url },
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || "/", self.location.origin).href;
  event.waitUntil((async () => {
    for (const client of await self.clients.matchAll({ type: "window" })) {
      if (new URL(client.url).origin !== self.location.origin) continue;
      try {
        await client.focus();
        return await client.navigate(url);
      } catch (e) {
        break; // a window that cannot be sent on: open a new one
      }
    }
    return self.clients.openWindow(url);
  })());
});

// --- Pages ------------------------------------------------------------------------

// A kept page, marked as an offline copy, with waiting posts marked on their forms.
async function keptPage(url) {
  const hit = await caches.match(keptKey(url), { cacheName: PAGES });
  if (!hit) return caches.match(OFFLINE_URL);
  let html = await hit.text();
  const pending = await queuedPaths();
  const marks = pending.length ? "data-offline=\"\" data-outbox=\"\"" : "data-offline=\"\"";
  html = html.replace("<html ", `<html ${marks} `);
  // Each copy gets fresh idempotency keys: two requests typed on the same kept page
  // are two requests, while a retry of one post keeps its key.
  html = html.replace(/name="client_key" value="[^"]*"/g, () => `name="client_key" value="${newKey()}"`);
  for (const path of new Set(pending)) {
    html = html.split(`action="${path}"`).join(`data-pending="" action="${path}"`);
  }
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function page(req, url) {
  if (flushing) await flushing.catch(() => {});
  let res;
  try {
    res = await fetch(req);
  } catch (e) {
    return keptKey(url) ? keptPage(url) : caches.match(OFFLINE_URL);
  }
  const key = keptKey(url);
  if (key) {
    const type = res.headers.get("content-type") || "";
    if (res.ok && !res.redirected && type.startsWith("text/html")) {
      const copy = res.clone();
      caches.open(PAGES).then((c) => c.put(key, copy));
    } else if (KEPT_PAGES.includes(url.pathname) && (res.redirected || res.type === "opaqueredirect" || res.status === 401)) {
      // Not signed in (any more): nothing personal stays on the phone.
      await caches.delete(PAGES);
    }
  }
  flush();
  return res;
}

async function post(event, url) {
  const req = event.request;
  const body = await req.clone().arrayBuffer();
  try {
    return await fetch(req);
  } catch (e) {
    await enqueue(url.pathname, req.headers.get("content-type"), body);
    if (self.registration.sync) self.registration.sync.register("lotse-outbox").catch(() => {});
    const back = req.referrer && new URL(req.referrer).origin === self.location.origin ? req.referrer : "/me";
    return Response.redirect(back, 303);
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.method === "POST") {
    // Every post that ends or starts a session (sign-in, activation, an invitation, the
    // first administrator) empties the kept pages and the outbox first: on a shared
    // phone the next person must never receive the previous one's pages or queued posts.
    if (url.pathname === "/signout" || url.pathname.startsWith("/signin") || url.pathname === "/activate"
        || url.pathname.startsWith("/invite/") || url.pathname === "/setup") {
      event.respondWith((async () => {
        if (url.pathname === "/signout") {
          await flush().catch(() => {});
          await endPush();
        }
        await forget();
        return fetch(req);
      })());
    } else if (QUEUEABLE.some((r) => r.test(url.pathname))) {
      event.respondWith(post(event, url));
    }
    return;
  }
  if (req.method !== "GET") return;
  if (isStatic(url)) {
    event.respondWith(
      caches.match(req).then((hit) => hit || fetch(req).then((res) => {
        if (res.ok) { const copy = res.clone(); caches.open(VERSION).then((c) => c.put(req, copy)); }
        return res;
      }))
    );
  } else if (req.mode === "navigate" || KEPT_PAGES.includes(url.pathname)) {
    event.respondWith(page(req, url));
  }
});
