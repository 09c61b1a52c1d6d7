#!/usr/bin/env bash
# Installs everything Lotse needs to build, run and test on a fresh Debian machine.
# Idempotent: each step checks first and skips what is already there.
#   .ci/setup.sh          build tools (wasm target, cargo-leptos, wasm-opt)
#   .ci/setup.sh --test   plus Chromium, PostgreSQL, fonts and the browser-test packages
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WITH_TEST=0
[[ "${1:-}" == "--test" ]] && WITH_TEST=1

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

# --- Debian packages -------------------------------------------------------
need_apt=()
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
command -v brotli >/dev/null || need_apt+=(brotli)
if [[ $WITH_TEST == 1 ]]; then
  [[ -x /usr/bin/chromium ]] || need_apt+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
  dpkg -s fonts-sil-abyssinica >/dev/null 2>&1 || need_apt+=(fonts-sil-abyssinica)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || need_apt+=(fonts-noto-core)
  command -v wrk >/dev/null || need_apt+=(wrk)
  command -v java >/dev/null || need_apt+=(default-jre-headless) # the W3C Nu HTML checker
  # The funder's report is read back by an independent XLSX reader in the tests (Debian's
  # Python, not whatever python3 comes first on PATH).
  /usr/bin/python3 -c "import openpyxl" 2>/dev/null || need_apt+=(python3-openpyxl)
fi
if (( ${#need_apt[@]} )); then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  # Debian starts a default cluster; the tests run their own on a private port.
  if [[ " ${need_apt[*]} " == *" postgresql "* ]]; then
    (service postgresql stop || true) >/dev/null 2>&1
  fi
fi

# --- Rust: wasm target -----------------------------------------------------
if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# --- cargo-leptos 0.3.11 ---------------------------------------------------
# `cargo install --locked` fails on Rust 1.95: its lock file pins cargo-util-schemas
# 0.14.2 (needs Rust 1.96). We let cargo fetch the source, pin 0.14.1 and install
# from that copy. Thin LTO keeps the install to a few minutes on two cores.
if ! cargo leptos --version 2>/dev/null | grep -q '0.3.11'; then
  log "installing cargo-leptos 0.3.11 (one-off, several minutes)"
  cargo install cargo-leptos --version 0.3.11 --locked >/dev/null 2>&1 || true
  src=$(ls -d "$HOME"/.cargo/registry/src/*/cargo-leptos-0.3.11 2>/dev/null | head -1)
  if [[ -z "$src" ]]; then
    cargo fetch --manifest-path /dev/null >/dev/null 2>&1 || true
    echo "cargo-leptos source was not fetched" >&2; exit 1
  fi
  work=$(mktemp -d)
  cp -r "$src" "$work/cargo-leptos"
  (cd "$work/cargo-leptos" \
    && cargo update -p cargo-util-schemas --precise 0.14.1 \
    && CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
       cargo install --path . --locked)
  rm -rf "$work"
fi

# --- wasm-bindgen-cli 0.2.130 (must match the wasm-bindgen pinned in Cargo.toml) ---
# cargo-leptos looks for it on PATH before trying to download it (which fails offline).
# Its lock file wants webpki-roots 1.0.11, which the registry here lacks: pin 1.0.10.
if ! wasm-bindgen --version 2>/dev/null | grep -q '0.2.130'; then
  log "installing wasm-bindgen-cli 0.2.130 (one-off, a few minutes)"
  cargo install wasm-bindgen-cli --version 0.2.130 --locked >/dev/null 2>&1 || true
  if ! wasm-bindgen --version 2>/dev/null | grep -q '0.2.130'; then
    src=$(ls -d "$HOME"/.cargo/registry/src/*/wasm-bindgen-cli-0.2.130 2>/dev/null | head -1)
    [[ -n "$src" ]] || { echo "wasm-bindgen-cli source was not fetched" >&2; exit 1; }
    work=$(mktemp -d)
    cp -r "$src" "$work/wasm-bindgen-cli"
    (cd "$work/wasm-bindgen-cli" \
      && cargo update -p webpki-roots --precise 1.0.10 \
      && CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
         cargo install --path . --locked)
    rm -rf "$work"
  fi
fi

# --- node packages: wasm-opt (binaryen 132), playwright-core, axe-core, vnu-jar ---
# Debian's binaryen (wasm-opt 108) produces a WASM that fails to hydrate.
if [[ ! -x "$ROOT/tests/node_modules/.bin/wasm-opt" || ( $WITH_TEST == 1 && ! ( -f "$ROOT/tests/node_modules/axe-core/axe.min.js" && -f "$ROOT/tests/node_modules/vnu-jar/build/dist/vnu.jar" ) ) ]]; then
  log "npm ci (tests/)"
  (cd "$ROOT/tests" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "ready"
