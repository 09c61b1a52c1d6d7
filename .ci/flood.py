#!/usr/bin/env python3
"""Sign-in under a flood (benchmark helper for .ci/bench.sh, section "signin").

Sends COUNT wrong PINs for one client account at the same moment (each a different
6-digit PIN, each on its own connection, all released together), and while they are
answered signs in correctly as other people (staff, e-mail + password, each from an
address of its own). Meanwhile it watches the server's resident memory. Prints Markdown
table rows `| label | figure | value | target |` on stdout; asserts nothing.

The server must trust X-Forwarded-For from loopback (LOTSE_TRUST_PROXY=1) for the
addresses to count; without it every request comes from 127.0.0.1.
Standard library only.
"""

import argparse
import http.client
import random
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

RSS_TARGET_MB = 300
CHECK_TARGET = 5  # ratelimit::FREE_TRIES


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True, help="http://127.0.0.1:PORT")
    p.add_argument("--pid", type=int, required=True, help="the server's process id")
    p.add_argument("--label", default="sqlite", help="first column (the database)")
    p.add_argument("--database-url", default="", help="sqlite://… or postgres://… to count stored failures")
    p.add_argument("--psql", default="psql", help="psql binary (PostgreSQL only)")
    p.add_argument("--count", type=int, default=500)
    p.add_argument("--from", dest="source", choices=["many", "one"], default="many",
                   help="flood from an address per request (many) or from one address (one)")
    # seed.rs: CLIENT_NUMBER, CLIENT_PIN, STAFF_PASSWORD; a guide and a volunteer (a
    # volunteer is never asked for a second factor).
    p.add_argument("--number", default="20260001")
    p.add_argument("--correct-pin", default="482915")
    p.add_argument("--staff", default="s.keller@talheim.example,p.braun@talheim.example")
    p.add_argument("--password", default="lotse-demo-2026")
    return p.parse_args()


def post(host, port, path, fields, origin, address, timeout=120):
    """(status, headers) of a form POST; never follows redirects. Raises on network errors."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        body = urllib.parse.urlencode(fields)
        headers = {
            "Origin": origin,
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept-Language": "de",
        }
        if address:
            headers["X-Forwarded-For"] = address
        conn.request("POST", path, body=body, headers=headers)
        res = conn.getresponse()
        res.read()
        return res.status, res.getheaders()
    finally:
        conn.close()


def rss_kb(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def stored_failures(url, psql, account_key):
    """Rows in signin_failures for the account, or None when the database cannot be read."""
    sql = "SELECT COUNT(*) FROM signin_failures WHERE account_key = '%s'" % account_key.replace("'", "''")
    try:
        if url.startswith("sqlite:"):
            rest = url[len("sqlite://"):] if url.startswith("sqlite://") else url[len("sqlite:"):]
            path = rest.split("?", 1)[0]
            db = sqlite3.connect(f"file:{urllib.parse.quote(path)}?mode=rw", uri=True, timeout=10)
            try:
                return int(db.execute(sql).fetchone()[0])
            finally:
                db.close()
        if url.startswith("postgres"):
            out = subprocess.run([psql, url, "-tAc", sql], capture_output=True, text=True, timeout=60)
            if out.returncode == 0:
                return int(out.stdout.strip())
            print(f"flood.py: psql: {out.stderr.strip()}", file=sys.stderr)
    except Exception as e:  # a benchmark: report "not read" rather than stop
        print(f"flood.py: counting failures: {e}", file=sys.stderr)
    return None


def main():
    a = parse_args()
    threading.stack_size(512 * 1024)  # 500 threads
    base = urllib.parse.urlsplit(a.base)
    host, port = base.hostname, base.port or 80
    origin = f"{base.scheme}://{base.netloc}"
    label = a.label
    row = lambda figure, value, target="": print(f"| {label} | {figure} | {value} | {target} |", flush=True)

    # The server must be up.
    try:
        c = http.client.HTTPConnection(host, port, timeout=10)
        c.request("GET", "/healthz")
        c.getresponse().read()
        c.close()
    except Exception as e:
        row("server", f"not reachable ({type(e).__name__})")
        return

    account_key = "number:" + "".join(ch for ch in a.number if ch.isdigit())
    failures_before = stored_failures(a.database_url, a.psql, account_key) if a.database_url else None

    rng = random.Random(20260001)
    pins = [f"{n:06d}" for n in rng.sample(range(1_000_000), a.count + 1) if f"{n:06d}" != a.correct_pin][: a.count]
    if a.source == "many":
        addresses = [f"10.{77 + i // 65024}.{(i // 254) % 256}.{i % 254 + 1}" for i in range(a.count)]
    else:
        addresses = ["203.0.113.7"] * a.count
    people = [e.strip() for e in a.staff.split(",") if e.strip()]
    people_addresses = [f"198.51.100.{10 + i}" for i in range(len(people))]

    # Memory: sampled every 20 ms; where the kernel allows it, the peak (VmHWM) is also
    # reset just before the flood so that it is exact.
    baseline_kb = rss_kb(a.pid)
    hwm_reset = False
    try:
        with open(f"/proc/{a.pid}/clear_refs", "w") as f:
            f.write("5")
        hwm_reset = True
    except OSError:
        pass
    sampled_peak = [baseline_kb or 0]
    sampling = threading.Event()
    sampling.set()

    def sample():
        while sampling.is_set():
            kb = rss_kb(a.pid)
            if kb is not None and kb > sampled_peak[0]:
                sampled_peak[0] = kb
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()

    # The flood: every request connects first, then all send together.
    started = threading.Event()
    t0 = [0.0]

    def release():
        t0[0] = time.monotonic()
        started.set()

    barrier = threading.Barrier(a.count, action=release, timeout=120)

    def guess(i):
        conn = http.client.HTTPConnection(host, port, timeout=120)
        err = None
        try:
            conn.connect()
        except Exception as e:
            err = e
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            if not started.is_set():
                release()
        try:
            if err is not None:
                raise err
            conn.request("POST", "/signin", body=urllib.parse.urlencode({"number": a.number, "pin": pins[i]}),
                         headers={"Origin": origin, "Content-Type": "application/x-www-form-urlencoded",
                                  "Accept-Language": "de", "X-Forwarded-For": addresses[i]})
            res = conn.getresponse()
            res.read()
            return res.status, time.monotonic()
        except Exception as e:
            return type(e).__name__, time.monotonic()
        finally:
            conn.close()

    # The others: each signs in once, as soon as the flood is released.
    others = []

    def sign_in(email, address):
        start = time.monotonic()
        try:
            status, headers = post(host, port, "/signin/staff", {"email": email, "password": a.password},
                                   origin, address)
            cookie = any(k.lower() == "set-cookie" and v.startswith("lotse_session=") for k, v in headers)
            ok = status == 303 and cookie
            location = next((v for k, v in headers if k.lower() == "location"), "")
            what = f"{status}" + (f" → {location}" if location else "") + ("" if cookie else ", no session cookie")
        except Exception as e:
            ok, what = False, type(e).__name__
        others.append((email, ok, what, time.monotonic() - start))

    with ThreadPoolExecutor(max_workers=a.count) as pool:
        futures = [pool.submit(guess, i) for i in range(a.count)]
        people_threads = []
        if started.wait(timeout=150):
            for email, address in zip(people, people_addresses):
                t = threading.Thread(target=sign_in, args=(email, address))
                t.start()
                people_threads.append(t)
        results = [f.result() for f in futures]
    for t in people_threads:
        t.join()
    time.sleep(0.2)
    sampling.clear()
    sampler.join()

    # Figures.
    counts = {}
    for status, _ in results:
        counts[status] = counts.get(status, 0) + 1
    n401, n429, n503 = counts.pop(401, 0), counts.pop(429, 0), counts.pop(503, 0)
    other = sum(counts.values())
    other_detail = ", ".join(f"{k}×{v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))
    flood_secs = max((t for _, t in results), default=t0[0]) - t0[0] if t0[0] else 0.0

    failures_after = stored_failures(a.database_url, a.psql, account_key) if a.database_url else None
    mark = lambda good: "ok" if good else "over"
    if failures_after is not None:
        checked = failures_after - (failures_before or 0)
        row("guesses that reached the PIN check (failures kept in signin_failures)", checked,
            f"≤ {CHECK_TARGET}: {mark(checked <= CHECK_TARGET)}")
        row("of them answered 401 \"wrong PIN\" (a checked guess that reaches the limit is answered 429)", n401)
    else:
        row("guesses answered 401 \"wrong PIN\" (database not read; a checked guess that reaches the limit is answered 429)",
            n401, f"≤ {CHECK_TARGET}: {mark(n401 <= CHECK_TARGET)}")
    row("refused (429) / busy (503) / other", f"{n429} / {n503} / {other}" + (f" ({other_detail})" if other else ""))
    row(f"all {a.count} answered after", f"{flood_secs:.2f} s")

    hwm = rss_kb(a.pid, "VmHWM") if hwm_reset else None
    peak_kb = max(sampled_peak[0], hwm or 0)
    if peak_kb:
        how = "high-water mark" if hwm else "sampled every 20 ms"
        before = f"; {baseline_kb / 1024:.0f} MB before" if baseline_kb else ""
        row(f"peak server RSS during the flood ({how}{before})", f"{peak_kb / 1024:.0f} MB",
            f"≤ {RSS_TARGET_MB} MB: {mark(peak_kb / 1024 <= RSS_TARGET_MB)}")
    else:
        row("peak server RSS during the flood", f"n/a (/proc/{a.pid} not readable)", f"≤ {RSS_TARGET_MB} MB")

    good = sum(1 for _, ok, _, _ in others if ok)
    slowest = max((s for *_, s in others), default=0.0)
    failed = "; ".join(f"{e}: {w}" for e, ok, w, _ in others if not ok)
    row("other people's sign-ins during the flood (staff, own addresses)",
        f"{good} of {len(people)} in {slowest:.2f} s" + (f" (failed: {failed})" if failed else ""),
        f"all: {mark(good == len(people) and len(others) == len(people))}")


if __name__ == "__main__":
    main()
