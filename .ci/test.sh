#!/usr/bin/env bash
# The whole test suite: installs what is missing, then runs
#   1. formatting and lints (clippy, server and WASM feature sets)
#   2. unit and integration tests (repository + router) against SQLite and PostgreSQL
#   3. the release front end (cargo leptos) and end-to-end tests in headless Chromium,
#      against SQLite and PostgreSQL at once, on the server binary the tests built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
bash .ci/setup.sh --test
source .ci/env.sh
SECONDS=0
step() { printf '\n\033[1;34m== %s (%ss)\033[0m\n' "$*" "$SECONDS"; }

source .ci/pg.sh
SERVERS=()
cleanup() { pg_stop; }
trap 'cleanup' EXIT
export LOTSE_REQUIRE_POSTGRES=1

step "format and lints"
cargo fmt --all --check
# Server and app (with its server-side feature) in one run: the app is checked once. With
# the benchmark's fill code, so it cannot rot; the tests build the server without it.
cargo clippy -p lotse-server -p lotse-app --features lotse-app/ssr,lotse-server/bench --all-targets -- -D warnings
cargo clippy -p lotse-app --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "unit and integration tests (SQLite and PostgreSQL)"
# One invocation for both crates: the app's unit tests compile beside the server on the
# second core instead of before it.
cargo test -p lotse-app -p lotse-server --features lotse-app/ssr
# What each language still needs (missing, untranslated, changed in German since it was
# translated), for the translators; missing messages already failed the unit tests.
step "translations against German"
"$CARGO_TARGET_DIR/debug/lotse-server" locales
# No test may depend on the day it runs: the suite pins its clock to a fixed day, and the
# date-sensitive modules must pass just as well a year later (SQLite suffices here).
step "date check: the date-sensitive tests a year ahead"
env -u LOTSE_TEST_POSTGRES_URL -u LOTSE_REQUIRE_POSTGRES LOTSE_TEST_TODAY=2027-11-25 \
  cargo test -p lotse-server --test suite -- casework self_service groups client_calendar client_plan

# The end-to-end tests drive the server binary `cargo test` has just built (the same code
# as the release, unoptimised: a release build of the server costs ~8 minutes on this
# machine) with the release front end that phones get: the WASM, CSS and hashed names.
step "release front end"
cargo leptos build --release --frontend-only
bash .ci/precompress.sh
E2E_BIN="$CARGO_TARGET_DIR/debug/lotse-server"
cp "$CARGO_TARGET_DIR/release/hash.txt" "$(dirname "$E2E_BIN")/"

# Both databases at once: one server and one Chromium each (the machine's two cores are
# mostly waiting on the browser). Each run's output is kept and shown when it ends.
E2E_PIDS=()
start_e2e() {
  local backend=$1 url=$2 port=$3
  local data; data=$(mktemp -d)
  # Started as a deployer would, without LEPTOS_* settings: the build's settings hold.
  LOTSE_DEMO=1 LOTSE_DATA_DIR="$data" LOTSE_DATABASE_URL="$url" \
    LEPTOS_SITE_ADDR="127.0.0.1:$port" \
    LOTSE_PUBLIC_URL="http://127.0.0.1:$port" LOTSE_LOG=warn \
    "$E2E_BIN" > "$data/server.log" 2>&1 &
  local server=$!
  SERVERS+=("$server")
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  kill -0 "$server" 2>/dev/null || { echo "server did not start:"; cat "$data/server.log"; exit 1; }
  (
    status=0
    cd tests && BASE_URL="http://127.0.0.1:$port" LOTSE_BACKEND=$backend LOTSE_SERVER_BIN="$E2E_BIN" \
      node --test --test-concurrency=1 e2e/ > "$data/e2e.log" 2>&1 || status=$?
    echo "--- end-to-end tests against $backend (exit $status)"
    grep -E '^(not ok|# (tests|pass|fail|duration_ms))' "$data/e2e.log"
    # A page that asked for a message no locale has showed its id to a person (the
    # access log's "calendar-feed" did, unnoticed, until CI's log was read).
    missing=$(grep -o 'missing Fluent message .*' "$data/server.log" | sort -u || true)
    if [[ -n $missing ]]; then
      echo "--- messages the pages asked for and do not have"; echo "$missing"; status=1
    fi
    if [[ $status -ne 0 ]]; then
      # Each failure's own block, cut to its first lines (the error, where, the first
      # frames): CI keeps only the head and the tail of a long output, and the whole
      # run printed here once pushed the second failure's reason out of both.
      echo "--- what failed"
      awk '/^not ok/{on=1; n=0} on&&n<24{print; n++} on&&/^  \.\.\.$/{on=0}' "$data/e2e.log"
      echo "--- server log (warnings and errors, last 30 lines)"; tail -30 "$data/server.log"
    fi
    exit $status
  ) &
  E2E_PIDS+=($!)
}
SERVERS=()
cleanup() { for p in "${SERVERS[@]}"; do kill "$p" 2>/dev/null || true; done; pg_stop; }
step "end-to-end tests in Chromium against SQLite and PostgreSQL"
start_e2e sqlite "sqlite://$(mktemp -d)/lotse.db" $((10000 + RANDOM % 5000))
start_e2e postgres "$(pg_createdb lotse_e2e)" $((15000 + RANDOM % 5000))
failed=0
for p in "${E2E_PIDS[@]}"; do wait "$p" || failed=1; done
[[ $failed -eq 0 ]] || exit 1

step "all tests passed"
