// What scripts/bench-browser.mjs and scripts/bench-floors.mjs share, so the widget and its
// floors are timed and summarised the same way. The start-up clock: a fresh browser context
// (cold cache, service worker blocked), CPU throttled through the DevTools Protocol, and the
// time from navigation start to the animation frame after `selector` first matches.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

// `{ ms, wasmReady }`: the painted time, and the loader's `smp-calculator:wasm-ready` mark
// (NaN on pages without it).
export async function timeStartup(browser, url, rate, selector) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript((sel) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        observer.disconnect();
        requestAnimationFrame(() => {
          window.__firstPainted = performance.now();
        });
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstPainted !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__firstPainted);
  const wasmReady = await page.evaluate(() => performance.getEntriesByName('smp-calculator:wasm-ready')[0]?.startTime ?? NaN);
  await context.close();
  return { ms, wasmReady };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Milliseconds to one decimal, for printing.
export const round = (x) => Math.round(x * 10) / 10;

/** A numeric `--name value` option, taken out of `args` so what is left are the positionals. */
export function numberOption(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
}
