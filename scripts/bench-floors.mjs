// Start-up floors: the same clock as scripts/bench-browser.mjs (navigation start → the
// animation frame after the first content appears, fresh context, cold cache, median of
// --runs), on pages that do less than the widget, so its start-up targets can be read
// against what this machine and Yew cost before any of the widget's own work:
//   - a static page with one heading (the browser's own navigation cost);
//   - benches/hello-yew: Yew's hello world (target/hello-dist);
//   - benches/engine-floor: the same plus the whole engine (target/floor-dist).
// Build the last two first with `bash scripts/size-hello.sh`. A measurement, not a test:
// prints medians and writes target/bench/floors.json.
//
// With --widget DIST (a release build, e.g. dist), the widget is timed too (the plan summary
// painted, as in bench-browser.mjs) and its start-up ratio to hello-yew printed. The pages are
// timed in turn within each run, so that a drift in the machine's speed during the sitting
// falls on all of them alike rather than on whichever page was timed last.
//
//   node scripts/bench-floors.mjs [--runs 9] [--widget dist]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';
import { launchChromium, median, round, timeStartup } from './lib/bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 9;
const WIDGET = args.includes('--widget') ? path.resolve(args[args.indexOf('--widget') + 1]) : null;

const plain = path.join(ROOT, 'target', 'plain-dist');
fs.mkdirSync(plain, { recursive: true });
fs.writeFileSync(
  path.join(plain, 'index.html'),
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>plain</title></head><body><h1>Hello</h1></body></html>\n',
);
const FIRST_CONTENT = 'h1';
const PLAN_PAINTED = '[data-testid="plan-summary"] [data-testid="sessions-count"]';
const pages = [
  ['static page', plain, FIRST_CONTENT],
  ['hello-yew', path.join(ROOT, 'target', 'hello-dist'), FIRST_CONTENT],
  ['engine floor', path.join(ROOT, 'target', 'floor-dist'), FIRST_CONTENT],
];
if (WIDGET) pages.push(['widget', WIDGET, PLAN_PAINTED]);
for (const [, dir] of pages) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    const how = dir === WIDGET ? 'trunk build --release --offline' : 'bash scripts/size-hello.sh';
    console.error(`${path.relative(ROOT, dir)} has no index.html: run ${how} first`);
    process.exit(2);
  }
}

const browser = await launchChromium();
const servers = await Promise.all(pages.map(([, dir]) => serveDist(dir)));

const results = { machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores`, runs: RUNS };
for (const [label] of pages) results[label] = {};
for (const [rateLabel, rate] of [['unthrottled', 1], ['cpu4x', 4]]) {
  const runs = pages.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [p, [, , selector]] of pages.entries()) {
      runs[p].push((await timeStartup(browser, `${servers[p].url}/`, rate, selector)).ms);
    }
  }
  for (const [p, [label]] of pages.entries()) {
    results[label][rateLabel] = { median: round(median(runs[p])), runs: runs[p].map(round) };
    console.log(`${label.padEnd(13)} ${rateLabel.padEnd(12)} median ${round(median(runs[p]))} ms (runs: ${runs[p].map(round).join(', ')})`);
  }
  if (WIDGET) {
    const ratio = results.widget[rateLabel].median / results['hello-yew'][rateLabel].median;
    results.widget[rateLabel].ratio_to_hello_yew = Math.round(ratio * 100) / 100;
    console.log(`widget / hello-yew, ${rateLabel}: ${ratio.toFixed(2)}x (target 2.0x)`);
  }
}
for (const server of servers) await server.close();
await browser.close();
fs.mkdirSync(path.join(ROOT, 'target', 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'target', 'bench', 'floors.json'), JSON.stringify(results, null, 2));
