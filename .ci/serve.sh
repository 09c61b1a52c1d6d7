#!/usr/bin/env bash
# Builds Lotse in release mode and starts it on http://127.0.0.1:3000 with an embedded
# SQLite database in ./data, seeded with the demo municipality.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
export PATH="$PWD/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo leptos build --release
bash .ci/precompress.sh
export LOTSE_DEMO="${LOTSE_DEMO:-1}"
export LEPTOS_SITE_ROOT=target/site LEPTOS_HASH_FILES=true
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
exec target/release/lotse-server
