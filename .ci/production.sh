#!/usr/bin/env bash
# Builds Lotse as it is deployed: the release build with the whole server optimised once
# more at link time (fat LTO, one codegen unit), so that the code of its libraries
# (rendering, translation, compression, the database drivers) is inlined into Lotse's.
# The same code built both ways, side by side on the demo (2026-12-07, README
# "Benchmark"): 5–19 % more pages a second, on SQLite and PostgreSQL alike. It costs build
# time: ~36 minutes cold on two cores (`make run`'s build: ~10 cold, ~12 after a change to
# the app), as one core compiles the app. So `make run` keeps Cargo's release defaults, and
# this build has a target folder of its own (both stay cached; neither undoes the other).
# Extra arguments go to cargo-leptos (`make bench` adds `--bin-features bench`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
source .ci/env.sh
CARGO_TARGET_DIR="$LOTSE_PRODUCTION_TARGET_DIR" CARGO_PROFILE_RELEASE_LTO=fat CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
  cargo leptos build --release "$@"
bash .ci/precompress.sh
echo "Built $LOTSE_PRODUCTION_BIN (with hash.txt beside it; the site is in $LEPTOS_SITE_ROOT)."
