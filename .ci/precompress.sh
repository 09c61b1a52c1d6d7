#!/usr/bin/env bash
# Writes brotli and gzip copies of the build output next to it, so the server sends
# them as they are (maximum compression, no CPU per request).
set -euo pipefail
cd "$(dirname "$0")/.."
for f in target/site/pkg/*.{wasm,js,css} target/site/fonts/*.woff2 target/site/sw.js target/site/read-aloud.js target/site/push.js target/site/step-links.js target/site/manifest.webmanifest target/site/icons/*.svg; do
  [[ -f "$f" ]] || continue
  case "$f" in *.woff2) continue ;; esac  # already compressed
  brotli -f -q 11 -k "$f" -o "$f.br"
  gzip -f -9 -k "$f"
done
