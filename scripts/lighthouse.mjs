// Lighthouse (npm `lighthouse`, Debian Chromium, headless) on the standalone page in dist/,
// served gzip-compressed on 127.0.0.1. Writes target/lighthouse/report.{json,html}, prints
// the four category scores, and fails unless accessibility and best practices are 100.
//
//   node scripts/lighthouse.mjs [dist]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const out = path.join(ROOT, 'target', 'lighthouse');
fs.mkdirSync(out, { recursive: true });

const server = await serveDist(dist);
const flags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
].join(' ');
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
await server.close();
if (status !== 0) {
  console.error(`lighthouse exited with ${status}`);
  process.exit(1);
}

const report = JSON.parse(fs.readFileSync(path.join(out, 'report.report.json'), 'utf8'));
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
