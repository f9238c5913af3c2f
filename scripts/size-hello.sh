#!/usr/bin/env bash
# Builds benches/hello-yew (the smallest Yew app) with the workspace's release profile
# and the widget's wasm-opt level into target/hello-dist/, for scripts/size-report.mjs
# --hello. Run scripts/setup.sh first (Trunk, wasm-bindgen, wasm-opt).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT/benches/hello-yew"
trunk build --release --offline --dist "$ROOT/target/hello-dist"
