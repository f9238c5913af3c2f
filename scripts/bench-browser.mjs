// Start-up and interaction timings of the release build (dist/) in headless Debian Chromium
// on 127.0.0.1, gzip-served. A measurement, not a test: it prints medians and writes
// target/bench/browser.json; docs/performance.md records the figures.
//
//   node scripts/bench-browser.mjs [--runs 7] [--edits 60] [--pages 3] [dist]
//
// Start-up: navigation start → the first plan summary painted (the animation frame after it
// appears), cold cache, each run in a fresh browser context; unthrottled and with 4× CPU
// throttling (DevTools Protocol Emulation.setCPUThrottlingRate).
// Interaction: an `input` event on the horizon field → the results updated in the DOM
// (the MutationObserver callback that sees the new total), over --edits edits on each of
// --pages fresh pages (one page's median moves by ±20% with this machine's load).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';
import { launchChromium, median, numberOption, round, timeStartup } from './lib/bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => numberOption(args, name, fallback);
const RUNS = opt('--runs', 7);
const EDITS = opt('--edits', 60);
const PAGES = opt('--pages', 3);
const dist = path.resolve(args[0] ?? path.join(ROOT, 'dist'));

const server = await serveDist(dist);
const browser = await launchChromium();

let wasmReadyTimes = [];
async function startup(rate) {
  const { ms, wasmReady } = await timeStartup(browser, `${server.url}/`, rate, '[data-testid="plan-summary"] [data-testid="sessions-count"]');
  wasmReadyTimes.push(wasmReady);
  return ms;
}

async function interaction(rate) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}/`);
  // The sections below the summary come in the task after it (start-up in two renders).
  await page.waitForSelector('[data-testid="copy-link"]');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const samples = await page.evaluate(async (edits) => {
    const input = document.getElementById('smp-horizon-years');
    // The results container, not the summary: the summary is written as markup and replaced
    // as a whole when the plan changes.
    const results = () => document.querySelector('[data-testid="results"]');
    const out = [];
    for (let i = 0; i < edits; i++) {
      const value = String(4 + (i % 12));
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(results(), { childList: true, subtree: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push((await changed) - t0);
      // Let the debounced announcement and any paint settle between edits.
      await new Promise((r) => setTimeout(r, 5));
    }
    return out;
  }, EDITS);
  await context.close();
  return samples;
}

const results = { machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores`, runs: RUNS, edits: EDITS, pages: PAGES };
for (const [label, rate] of [['unthrottled', 1], ['cpu4x', 4]]) {
  const starts = [];
  wasmReadyTimes = [];
  for (let i = 0; i < RUNS; i++) starts.push(await startup(rate));
  const edits = [];
  for (let i = 0; i < PAGES; i++) edits.push(...(await interaction(rate)));
  // Wasm ready → plan painted: the widget's own share (mount, plan, first render, paint).
  const render = starts.map((t, i) => t - wasmReadyTimes[i]);
  results[label] = {
    startup_ms: { median: round(median(starts)), runs: starts.map(round) },
    wasm_ready_ms: { median: round(median(wasmReadyTimes)) },
    render_ms: { median: round(median(render)) },
    interaction_ms: { median: round(median(edits)), p90: round([...edits].sort((a, b) => a - b)[Math.floor(edits.length * 0.9)]) },
  };
  console.log(
    `${label.padEnd(12)} start-up median ${round(median(starts))} ms (wasm ready at ${round(median(wasmReadyTimes))} ms, ` +
      `render ${round(median(render))} ms; ` +
      `runs: ${starts.map(round).join(', ')}); ` +
      `interaction median ${round(median(edits))} ms over ${edits.length} edits`,
  );
}
await browser.close();
await server.close();
fs.mkdirSync(path.join(ROOT, 'target', 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'target', 'bench', 'browser.json'), JSON.stringify(results, null, 2));
