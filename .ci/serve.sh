#!/usr/bin/env bash
# Builds Lotse in release mode and starts it on http://127.0.0.1:3000 with an embedded
# SQLite database in ./data, seeded with the demo municipality.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
export PATH="$PWD/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LOTSE_DEMO="${LOTSE_DEMO:-1}"
exec cargo leptos serve --release
