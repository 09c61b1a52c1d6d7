#!/usr/bin/env bash
# Builds Lotse in release mode and starts it on http://127.0.0.1:3000 with an embedded
# SQLite database in ./data, seeded with the demo municipality.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
source .ci/env.sh
cargo leptos build --release
bash .ci/precompress.sh
export LOTSE_DEMO="${LOTSE_DEMO:-1}"
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
exec "$LOTSE_BIN"
