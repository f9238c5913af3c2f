// The versioned package (scripts/package.mjs, run by scripts/test.sh after the release build):
// the tarball `npm pack` wrote, installed offline into a fresh folder, serves a host page from
// its installed files; the integrity hash it publishes is the one the browser checks.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION = /^\[package\][\s\S]*?^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))![1];
const TARBALL = path.join(ROOT, 'target', `smp-calculator-${VERSION}.tgz`);
const ZIP = path.join(ROOT, 'target', `smp-calculator-${VERSION}.zip`);

let site: string;
let server: StaticServer;
let installed: string;

test.beforeAll(async () => {
  if (!fs.existsSync(TARBALL)) throw new Error(`${TARBALL} not found: run node scripts/package.mjs after the release build`);
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-package-'));
  fs.writeFileSync(path.join(site, 'package.json'), JSON.stringify({ name: 'clinic-site', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', TARBALL], { cwd: site, stdio: 'pipe' });
  installed = path.join(site, 'node_modules', 'smp-calculator');
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const page = (integrity: string) => `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Clinic</title>
<script type="module" src="./node_modules/smp-calculator/smp-calculator.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body>
<smp-calculator currency="GBP" locale="en-GB" clinic-name="Packaged clinic">
  <script type="application/json">{"prices": {"crown": {"standard": [1234, 2345, 3456]}}, "defaults": {"region": "crown", "tier": "standard"}}</script>
</smp-calculator>
</body></html>`;
  fs.writeFileSync(path.join(site, 'index.html'), page(manifest.smpIntegrity));
  fs.writeFileSync(path.join(site, 'tampered.html'), page(`sha384-${createHash('sha384').update('not the module').digest('base64')}`));
  server = await startStaticServer(site);
});

test.afterAll(async () => {
  await server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

test('the package carries the crate version, the module and the wasm beside it', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  expect(manifest.name).toBe('smp-calculator');
  expect(manifest.version).toBe(VERSION);
  expect(manifest.license).toBe('MIT');
  expect(manifest.exports['.']).toBe('./smp-calculator.js');
  const files = fs.readdirSync(installed).sort();
  expect(files).toEqual(expect.arrayContaining(['README.md', 'package.json', 'smp-calculator.js', 'frame.html', 'frame.js']));
  expect(files.filter((f) => f.endsWith('_bg.wasm'))).toHaveLength(1);
  for (const f of manifest.files) expect(files).toContain(f);
  // The published hash is the hash of the installed module.
  const module = fs.readFileSync(path.join(installed, 'smp-calculator.js'));
  expect(manifest.smpIntegrity).toBe(`sha384-${createHash('sha384').update(module).digest('base64')}`);
  expect(fs.readFileSync(path.join(installed, 'README.md'), 'utf8')).toContain(manifest.smpIntegrity);
  // The zip for hosts without npm holds the same module.
  const listing = execFileSync('unzip', ['-l', ZIP], { encoding: 'utf8' });
  expect(listing).toContain(`smp-calculator-${VERSION}/smp-calculator.js`);
  expect(execFileSync('unzip', ['-p', ZIP, `smp-calculator-${VERSION}/smp-calculator.js`])).toEqual(module);
});

test('a page served from the installed package renders a plan with the integrity checked', async ({ page, browser, guard }) => {
  await page.goto(`${server.url}/`);
  const calc = new CalculatorPage(page, page.locator('smp-calculator'));
  await expect(calc.initialTypical).toHaveText('£2,345');
  await expect(calc.root.getByTestId('clinic-name')).toHaveText('Packaged clinic');
  const version = await page.evaluate(() => (window as unknown as { SmpCalculator: { version: string } }).SmpCalculator.version);
  expect(version.startsWith(`${VERSION}+`)).toBe(true);
  guard.expectClean();

  // The same page with a wrong hash: the browser refuses the module, so no widget.
  const other = await browser.newPage();
  const refused: string[] = [];
  other.on('console', (m) => {
    if (m.type() === 'error') refused.push(m.text());
  });
  await other.goto(`${server.url}/tampered.html`);
  await expect.poll(() => refused.join('\n')).toMatch(/integrity/i);
  expect(await other.evaluate(() => 'SmpCalculator' in window)).toBe(false);
  await other.close();
});
