# shellcheck shell=bash
# Common environment for scripts/*.sh. Source it; do not execute it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It sets ROOT (the repository root), puts node_modules/.bin and ~/.cargo/bin
# first on PATH, points the wasm test runner at Debian's chromedriver, and
# defines a few small helpers shared by setup.sh, serve.sh and test.sh.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$ROOT/node_modules/.bin:$CARGO_HOME/bin:$PATH"

# Exact tool versions. wasm-bindgen-cli must equal the wasm-bindgen crate in
# Cargo.lock (read below); Trunk.toml pins the same versions for Trunk.
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132" # npm package binaryen 132.0.0 (see package.json)
GECKODRIVER_VERSION="0.37.1" # cargo install; drives firefox-esr in tests/cross-engine

# Headless Chromium from Debian, used by the wasm test runner and Playwright.
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# wasm-bindgen-test-runner reads browser capabilities from this file (its
# default is ./webdriver.json relative to the working directory; make it absolute).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$ROOT/webdriver.json}"
# WebKitGTK's browser for tests/cross-engine (Debian libwebkit2gtk-4.1-0, pulled in by
# webkit2gtk-driver); the path has the machine's multiarch triplet.
export WEBKIT_MINIBROWSER="${WEBKIT_MINIBROWSER:-/usr/lib/$(uname -m)-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
# Never let npm / Playwright download browsers: we use /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# "wasm-bindgen" version recorded in Cargo.lock (e.g. 0.2.130).
wasm_bindgen_lock_version() {
  awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$ROOT/Cargo.lock"
}

# Run a command as root: directly if we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: need root (or sudo) to run: $*" >&2
    return 1
  fi
}

# Section header, easy to spot in a CI log.
header() {
  printf '\n==== %s ====\n' "$*"
}

# One-line status note.
note() {
  printf '  - %s\n' "$*"
}

die() {
  echo "error: $*" >&2
  exit 1
}

# Seconds since the epoch (for the timing summaries).
now() {
  date +%s
}
