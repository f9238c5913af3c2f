#!/usr/bin/env bash
# Builds the size yardsticks with the workspace's release profile, the widget's wasm-opt
# level and the widget's script minification (their Trunk.toml hook, scripts/minify-yardstick.mjs), for scripts/size-report.mjs: benches/hello-yew (the smallest Yew app) into
# target/hello-dist/ (--hello) and benches/engine-floor (the same app plus the whole engine,
# no UI) into target/floor-dist/ (--floor). Run scripts/setup.sh first (Trunk, wasm-bindgen,
# wasm-opt, terser).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
(cd "$ROOT/benches/hello-yew" && trunk build --release --offline --dist "$ROOT/target/hello-dist")
(cd "$ROOT/benches/engine-floor" && trunk build --release --offline --dist "$ROOT/target/floor-dist")
