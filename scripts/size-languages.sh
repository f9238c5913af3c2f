#!/usr/bin/env bash
# Builds the English-only yardstick for scripts/size-report.mjs --english: the same widget
# without the `languages` feature (src/i18n as English identity, no catalogue code; the
# loader's "<languages>" regions dropped by scripts/postbuild.mjs) into target/english-dist/.
# Same Trunk pipeline, profile and cargo target dir as dist/; only the language support differs.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
trunk build --release --offline --no-default-features --features widget --dist target/english-dist
