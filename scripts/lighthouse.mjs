// Lighthouse (npm `lighthouse`, Debian Chromium, headless) on the standalone page in dist/,
// served gzip-compressed on 127.0.0.1. Writes target/lighthouse/report.{json,html}, prints
// the four category scores, and fails unless accessibility and best practices are 100.
// With --runs N (issue #17 asks for the median of 3) it runs N times and prints each run's
// performance figures and their medians; the report kept is the last run's.
//
//   node scripts/lighthouse.mjs [--runs 1] [dist]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const dist = path.resolve(args[0] ?? path.join(ROOT, 'dist'));
const out = path.join(ROOT, 'target', 'lighthouse');
fs.mkdirSync(out, { recursive: true });

const server = await serveDist(dist);
const flags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
].join(' ');
const perf = [];
let report;
for (let run = 0; run < RUNS; run++) {
  // Asynchronous: the server lives in this process and must keep answering.
  const child = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'lighthouse'),
    [
      `${server.url}/`,
      '--quiet',
      `--chrome-flags=${flags}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      '--output=html',
      `--output-path=${path.join(out, 'report')}`,
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_BIN || '/usr/bin/chromium' } },
  );
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) {
    await server.close();
    console.error(`lighthouse exited with ${status}`);
    process.exit(1);
  }

  report = JSON.parse(fs.readFileSync(path.join(out, 'report.report.json'), 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  perf.push({
    score: Math.round((report.categories.performance?.score ?? 0) * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  });
}
await server.close();
if (RUNS > 1) {
  const med = (k) => {
    const s = perf.map((p) => p[k]).sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  const line = (p) => `performance ${p.score}, FCP ${Math.round(p.fcp)} ms, LCP ${Math.round(p.lcp)} ms, TBT ${Math.round(p.tbt)} ms, CLS ${p.cls.toFixed(3)}`;
  perf.forEach((p, i) => console.log(`run ${i + 1}: ${line(p)}`));
  console.log(`median of ${RUNS}: ${line({ score: med('score'), fcp: med('fcp'), lcp: med('lcp'), tbt: med('tbt'), cls: med('cls') })}`);
}
const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
const scores = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, score(id)]));
console.log(`Lighthouse ${report.lighthouseVersion} (${report.environment?.hostUserAgent ?? ''})`);
for (const [id, s] of Object.entries(scores)) console.log(`  ${id.padEnd(15)} ${s}`);
for (const a of Object.values(report.audits)) {
  if (a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode)) {
    console.log(`  - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
}
const failing = ['accessibility', 'best-practices'].filter((id) => scores[id] < 100);
if (failing.length) {
  console.error(`Lighthouse: ${failing.join(' and ')} below 100`);
  process.exit(1);
}
console.log('Lighthouse: accessibility and best practices at 100');
