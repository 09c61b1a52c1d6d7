#!/usr/bin/env bash
# The whole test suite: installs what is missing, then runs
#   1. formatting and lints (clippy, server and WASM feature sets)
#   2. unit and integration tests (repository + router) against SQLite and PostgreSQL
#   3. the release build (cargo leptos) and end-to-end tests in headless Chromium,
#      once against SQLite and once against PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
bash .ci/setup.sh --test
source .ci/env.sh
SECONDS=0
step() { printf '\n\033[1;34m== %s (%ss)\033[0m\n' "$*" "$SECONDS"; }

source .ci/pg.sh
SERVER_PID=""
cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true; pg_stop; }
trap cleanup EXIT
export LOTSE_REQUIRE_POSTGRES=1

step "format and lints"
cargo fmt --all --check
cargo clippy -p lotse-server --all-targets -- -D warnings
cargo clippy -p lotse-app --features ssr --all-targets -- -D warnings
cargo clippy -p lotse-app --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "unit and integration tests (SQLite and PostgreSQL)"
cargo test -p lotse-app --features ssr
cargo test -p lotse-server
# No test may depend on the day it runs: the suite pins its clock to a fixed day, and the
# date-sensitive modules must pass just as well a year later (SQLite suffices here).
step "date check: the date-sensitive tests a year ahead"
env -u LOTSE_TEST_POSTGRES_URL -u LOTSE_REQUIRE_POSTGRES LOTSE_TEST_TODAY=2027-11-25 \
  cargo test -p lotse-server --test suite -- casework self_service groups client_calendar client_plan

step "release build"
cargo leptos build --release
bash .ci/precompress.sh

e2e() {
  local backend=$1 url=$2 port=$3
  step "end-to-end tests in Chromium against $backend"
  local data; data=$(mktemp -d)
  LOTSE_DEMO=1 LOTSE_DATA_DIR="$data" LOTSE_DATABASE_URL="$url" \
    LEPTOS_SITE_ADDR="127.0.0.1:$port" \
    LOTSE_PUBLIC_URL="http://127.0.0.1:$port" LOTSE_LOG=warn \
    "$LOTSE_BIN" > "$data/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server did not start:"; cat "$data/server.log"; exit 1; }
  (cd tests && BASE_URL="http://127.0.0.1:$port" LOTSE_BACKEND=$backend node --test --test-concurrency=1 e2e/) \
    || { echo "--- server log"; tail -50 "$data/server.log"; exit 1; }
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  rm -rf "$data"
}
e2e sqlite "sqlite://$(mktemp -d)/lotse.db" $((10000 + RANDOM % 5000))
e2e postgres "$(pg_createdb lotse_e2e)" $((15000 + RANDOM % 5000))

step "all tests passed"
