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
//   node scripts/bench-floors.mjs [--runs 9]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';
import { launchChromium, median, round, timeStartup } from './lib/bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 9;

const plain = path.join(ROOT, 'target', 'plain-dist');
fs.mkdirSync(plain, { recursive: true });
fs.writeFileSync(
  path.join(plain, 'index.html'),
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>plain</title></head><body><h1>Hello</h1></body></html>\n',
);
const pages = [
  ['static page', plain],
  ['hello-yew', path.join(ROOT, 'target', 'hello-dist')],
  ['engine floor', path.join(ROOT, 'target', 'floor-dist')],
];
for (const [, dir] of pages) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`${path.relative(ROOT, dir)} is missing: run bash scripts/size-hello.sh first`);
    process.exit(2);
  }
}

const browser = await launchChromium();
const startup = async (url, rate) => (await timeStartup(browser, url, rate, 'h1')).ms;

const results = { machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores`, runs: RUNS };
for (const [label, dir] of pages) {
  const server = await serveDist(dir);
  results[label] = {};
  for (const [rateLabel, rate] of [['unthrottled', 1], ['cpu4x', 4]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await startup(`${server.url}/`, rate));
    results[label][rateLabel] = { median: round(median(runs)), runs: runs.map(round) };
    console.log(`${label.padEnd(13)} ${rateLabel.padEnd(12)} median ${round(median(runs))} ms (runs: ${runs.map(round).join(', ')})`);
  }
  await server.close();
}
await browser.close();
fs.mkdirSync(path.join(ROOT, 'target', 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'target', 'bench', 'floors.json'), JSON.stringify(results, null, 2));
