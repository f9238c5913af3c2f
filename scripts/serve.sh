#!/usr/bin/env bash
# Installs what it needs (scripts/setup.sh), then serves the release build of the
# demo with Trunk on http://127.0.0.1:8080 (rebuilds on change).
#
#   bash scripts/serve.sh              # port 8080
#   PORT=9000 bash scripts/serve.sh    # another port
#   bash scripts/serve.sh --no-autoreload   # extra args go to `trunk serve`
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

bash scripts/setup.sh
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

port="${PORT:-8080}"
header "serving on http://127.0.0.1:$port (Ctrl-C to stop)"
# The configurator's wasm (configure.html), copied into each rebuild by the post-build hook.
trunk build --release --offline --config configurator/Trunk.toml
exec trunk serve --release --offline --address 127.0.0.1 --port "$port" "$@"
