#!/usr/bin/env python3
"""The plan SQLite makes for each statement a server ran, with the costly ones marked.

usage: LOTSE_LOG=sqlx=debug when starting the server, visit the pages, then
    python3 .ci/plans.py <server.log> <the database file> [-v]

Every distinct SELECT in the log is planned (`EXPLAIN QUERY PLAN`, parameters NULL: the
plan's shape, not its values) and printed when its plan holds a Bloom filter, a scan, a
temporary B-tree or an automatic index (-v: every plan). Run it on a filled copy
(`make bench` caches them in ~/.cache/lotse/bench): the planner's choices follow the
table sizes in `sqlite_stat1`. Issue 20, stop 43 found its causes this way.
"""
import re
import sqlite3
import sys

log = open(sys.argv[1], "rb").read().replace(b"\0", b"").decode("utf-8", "replace")
log = re.sub(r"\x1b\[[0-9;]*m", "", log)
seen = {}
for m in re.finditer(r'db\.statement="((?:[^"\\]|\\.)*)"', log):
    statement = m.group(1).encode().decode("unicode_escape").strip()
    seen[statement] = seen.get(statement, 0) + 1
db = sqlite3.connect(sys.argv[2])
for statement, runs in seen.items():
    if not statement.upper().startswith(("SELECT", "WITH")):
        continue
    try:
        params = len(set(re.findall(r"\$\d+", statement)))
        rows = db.execute("EXPLAIN QUERY PLAN " + statement, [None] * params).fetchall()
    except sqlite3.Error as e:
        print("could not plan:", e, statement[:100])
        continue
    plan = "\n".join("   " + r[3] for r in rows)
    marks = [w for w in ("BLOOM", "SCAN", "TEMP B-TREE", "AUTOMATIC") if w in plan]
    if marks or "-v" in sys.argv:
        print("=" * 100)
        print(runs, marks, " ".join(statement.split())[:600])
        print(plan)
