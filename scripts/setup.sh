#!/usr/bin/env bash
# Installs everything smp-calculator needs to build, serve and test, on a fresh
# Debian machine that has rustup (stable Rust), node >= 20 with npm, and root.
#
# Idempotent: every step checks first and skips what is already present at the
# right version, so a repeat run takes a few seconds.
#
#   1. rustup: wasm32-unknown-unknown target, clippy and rustfmt components
#   2. trunk 0.21.14                     (cargo install --locked)
#   3. wasm-bindgen-cli = Cargo.lock's wasm-bindgen version (cargo install, not --locked)
#   4. Debian chromium + chromium-driver (apt-get; /usr/bin/chromium, /usr/bin/chromedriver)
#   5. npm devDependencies from package-lock.json (npm ci): binaryen (wasm-opt),
#      @playwright/test, axe-core. Browsers are never downloaded.
#   6. cargo fetch: download the crates in Cargo.lock (all targets), so Trunk
#      can build with --offline
#   7. the other engines for tests/cross-engine: Debian firefox-esr, webkit2gtk-driver
#      (WebKitWebDriver, MiniBrowser), xvfb + xauth (apt-get); geckodriver 0.37.1
#      (cargo install --locked)
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

start=$(now)
header "setup: checking / installing tools"

# Serialise concurrent runs (e.g. serve.sh and test.sh started together).
if command -v flock >/dev/null 2>&1; then
  exec 9>"${TMPDIR:-/tmp}/smp-calculator-setup.lock"
  flock 9
fi

# --- 0. prerequisites we do not install -------------------------------------
command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup first"
command -v rustup >/dev/null 2>&1 || die "rustup not found: install Rust with rustup first"
command -v node >/dev/null 2>&1 || die "node not found: install Node.js >= 20 with npm"
command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js >= 20 with npm"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js >= 20 required (found $(node --version))"

# --- 1. Rust target and components ----------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  note "rust target wasm32-unknown-unknown: present"
else
  note "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

installed_components=$(rustup component list --installed)
for component in clippy rustfmt; do
  if grep -q "^${component}\(-\|$\)" <<<"$installed_components"; then
    note "rust component $component: present"
  else
    note "rust component $component: installing"
    rustup component add "$component"
  fi
done

# --- 2. Trunk ---------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  note "trunk $TRUNK_VERSION: present"
else
  note "trunk $TRUNK_VERSION: installing (cargo install, several minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# --- 3. wasm-bindgen-cli (must match Cargo.lock) ------------------------------
wb_version=$(wasm_bindgen_lock_version)
[ -n "$wb_version" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $wb_version" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $wb_version" ]; then
  note "wasm-bindgen-cli $wb_version: present"
else
  note "wasm-bindgen-cli $wb_version: installing (cargo install, several minutes)"
  # Deliberately without --locked (the recipe known to build with this
  # toolchain). --force replaces a partial or other-version install.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# --- 4. Chromium + ChromeDriver (Debian) -------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  note "chromium + chromium-driver: present"
else
  note "chromium + chromium-driver: installing with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# --- 5. npm devDependencies --------------------------------------------------
lock_hash=$( (sha256sum package-lock.json; node --version) | sha256sum | cut -d' ' -f1)
stamp="node_modules/.lock-hash"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] && [ -x node_modules/.bin/wasm-opt ]; then
  note "npm packages (package-lock.json): up to date"
else
  note "npm packages: npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_hash" >"$stamp"
fi
wasm_opt_out=$(wasm-opt --version 2>/dev/null || true)
case "$wasm_opt_out" in
  *"version $WASM_OPT_VERSION"*) note "wasm-opt: $wasm_opt_out" ;;
  *) die "wasm-opt $WASM_OPT_VERSION expected on PATH, found: '${wasm_opt_out:-nothing}' ($(command -v wasm-opt || echo 'not on PATH'))" ;;
esac

# --- 6. crates --------------------------------------------------------------
# A no-op (well under a second) when every crate in Cargo.lock is already downloaded.
if cargo fetch --quiet; then
  note "crates (Cargo.lock): fetched"
else
  die "cargo fetch failed"
fi

# --- 7. WebKit and Gecko for the cross-engine smoke tests ----------------------
# MiniBrowser has no headless mode here, hence Xvfb (xvfb-run needs xauth).
if [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] && [ -x "$WEBKIT_MINIBROWSER" ] &&
  command -v xvfb-run >/dev/null 2>&1 && command -v xauth >/dev/null 2>&1; then
  note "firefox-esr, webkit2gtk-driver, xvfb: present"
else
  note "firefox-esr, webkit2gtk-driver, xvfb, xauth: installing with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    firefox-esr webkit2gtk-driver xvfb xauth
fi
if [ "$(geckodriver --version 2>/dev/null | head -n1 | cut -d' ' -f1-2)" = "geckodriver $GECKODRIVER_VERSION" ]; then
  note "geckodriver $GECKODRIVER_VERSION: present"
else
  note "geckodriver $GECKODRIVER_VERSION: installing (cargo install, a few minutes)"
  # --locked: the dependency versions geckodriver was released with.
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" --force
fi

note "setup done in $(($(now) - start))s"
