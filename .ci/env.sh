# Shared environment for the scripts in .ci/ (sourced, not run).
# Build output goes to a target directory outside the checkout, so that a fresh clone on
# a machine that built Lotse before (CI runs in a new clone each time) reuses the compiled
# dependencies instead of starting cold. Override with CARGO_TARGET_DIR.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lotse/target}"
export PATH="$PWD/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The server binary cargo-leptos builds, and the folder it writes the site to.
LOTSE_BIN="$CARGO_TARGET_DIR/release/lotse-server"
# The deployed build (`make production`, `.ci/production.sh`): the same code optimised at
# link time, in a target folder of its own so that it and `make run`'s build stay cached.
export LOTSE_PRODUCTION_TARGET_DIR="${LOTSE_PRODUCTION_TARGET_DIR:-$HOME/.cache/lotse/target-production}"
LOTSE_PRODUCTION_BIN="$LOTSE_PRODUCTION_TARGET_DIR/release/lotse-server"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
# CI builds once per clone: incremental artefacts only fill the disk (22 GB measured).
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi
