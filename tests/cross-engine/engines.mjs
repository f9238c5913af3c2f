// The two non-Chromium engines the smoke tests run in, each driven through its own
// WebDriver server started here (never Selenium Manager: nothing is downloaded):
//  - Gecko: Debian's firefox-esr, headless, through geckodriver (cargo install);
//  - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian webkit2gtk-driver).
//    This MiniBrowser has no headless mode, so its driver runs inside xvfb-run.
// Only start-up is retried (a port taken between probing and binding, a browser that
// dies while starting); a test's assertions never are.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';

const STARTUP_ATTEMPTS = 3;
const DRIVER_READY_MS = 20_000;
const QUIT_MS = 10_000;

// Every request that is not for 127.0.0.1 goes to a proxy on the discard port, where
// nothing listens, so it fails at once instead of leaving the machine: the browsers'
// own background traffic included, as --disable-background-networking does for Chromium.
const DEAD_PROXY = '127.0.0.1:9';
const proxy = { proxyType: 'manual', httpProxy: DEAD_PROXY, sslProxy: DEAD_PROXY, noProxy: ['127.0.0.1'] };

const firefoxPrefs = {
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.search.update': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

export const ENGINES = {
  gecko: {
    label: 'Gecko (Firefox ESR)',
    driver: process.env.GECKODRIVER || path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin', 'geckodriver'),
    browser: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
    command: (driver, port) => [driver, ['--host', '127.0.0.1', '--port', String(port)]],
    env: {},
    // A Firefox start with a new profile on a loaded 2-core machine took up to 30 s here.
    sessionMs: 60_000,
    capabilities: (browser) => ({
      browserName: 'firefox',
      proxy,
      'moz:firefoxOptions': { binary: browser, args: ['-headless'], prefs: firefoxPrefs },
    }),
  },
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    driver: process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver',
    browser: process.env.WEBKIT_MINIBROWSER || `/usr/lib/${os.machine()}-linux-gnu/webkit2gtk-4.1/MiniBrowser`,
    // -a: a free display number; the screen is big enough for the desktop layout.
    command: (driver, port) => [
      'xvfb-run',
      ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', driver, `--port=${port}`],
    ],
    // MiniBrowser 2.50 under Xvfb sometimes dies at start-up (SIGSEGV, 5 of 60 starts
    // here) and WebKitWebDriver then waits for it forever: a healthy start takes 2-6 s,
    // so give up after 30 s and start again. Without the DMA-BUF renderer (which Xvfb
    // cannot use anyway) no such crash was seen in 41 starts.
    env: { WEBKIT_DISABLE_DMABUF_RENDERER: '1' },
    sessionMs: 30_000,
    capabilities: (browser) => ({
      browserName: 'MiniBrowser',
      proxy,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    }),
  },
};

/** Engines to run: all, or the comma-separated names in $SMP_ENGINES (e.g. "gecko"). */
export function selectedEngines() {
  const wanted = (process.env.SMP_ENGINES || Object.keys(ENGINES).join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of wanted) {
    if (!ENGINES[name]) throw new Error(`unknown engine ${JSON.stringify(name)} in SMP_ENGINES (known: ${Object.keys(ENGINES)})`);
  }
  return wanted;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitForDriver(url, child) {
  const deadline = Date.now() + DRIVER_READY_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`driver exited during start-up (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const res = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) });
      const body = await res.json();
      if (res.ok && body?.value?.ready !== false) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`driver not ready within ${DRIVER_READY_MS / 1000}s`);
}

/** Ends the driver and everything it started (browser, Xvfb): its own process group. */
async function killGroup(child) {
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => child.once('exit', resolve));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)])) return;
  signal('SIGKILL');
  await Promise.race([exited, sleep(5_000)]);
}

/**
 * Starts the engine's WebDriver server and a browser session in it. Resolves to
 * { driver, version, stop() }; stop() quits the session and ends the server's process group.
 * Driver output goes to `logDir`/<engine>-driver.log.
 */
export async function startEngine(name, logDir) {
  const engine = ENGINES[name];
  for (const file of [engine.driver, engine.browser]) {
    if (!existsSync(file)) throw new Error(`${engine.label}: ${file} not found; run \`bash scripts/setup.sh\``);
  }
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}-driver.log`));
  let lastError;
  for (let attempt = 1; attempt <= STARTUP_ATTEMPTS; attempt++) {
    const port = await freePort();
    const [cmd, args] = engine.command(engine.driver, port);
    // A private temporary directory, so that the browser's profile and Xvfb's auth file
    // go away with the run.
    const tmp = mkdtempSync(path.join(os.tmpdir(), `smp-${name}-`));
    log.write(`--- attempt ${attempt}: ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...engine.env, TMPDIR: tmp },
    });
    // Safety net if this process ends without stop() (a crash, a runner's timeout).
    // SIGTERM, so that Xvfb still removes its display lock.
    const killOnExit = () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    process.once('exit', killOnExit);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const url = `http://127.0.0.1:${port}`;
    const cleanup = async () => {
      await killGroup(child);
      process.off('exit', killOnExit);
      rmSync(tmp, { recursive: true, force: true });
    };
    try {
      await waitForDriver(url, child);
      const driver = await withTimeout(
        new Builder().disableEnvironmentOverrides().usingServer(url).withCapabilities(engine.capabilities(engine.browser)).build(),
        engine.sessionMs,
        `${engine.label}: new session`,
      );
      const caps = await driver.getCapabilities();
      const version = `${caps.getBrowserName()} ${caps.getBrowserVersion()}`;
      return {
        driver,
        version,
        stop: async () => {
          await withTimeout(driver.quit(), QUIT_MS, `${engine.label}: quit`).catch((err) => log.write(`quit: ${err.message}\n`));
          await cleanup();
          log.end();
        },
      };
    } catch (err) {
      lastError = err;
      log.write(`attempt ${attempt} failed: ${err.stack ?? err}\n`);
      await cleanup();
    }
  }
  log.end();
  throw new Error(`${engine.label}: could not start after ${STARTUP_ATTEMPTS} attempts: ${lastError?.message}`);
}
