// Embedding: the example clinic page (examples/embed) with two configured instances and
// hostile host CSS, the strict Content-Security-Policy, the JavaScript API, the offline
// standalone page, and the published integrity hashes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, DIST_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';
import type { Page } from '@playwright/test';

const EXAMPLE_DIR = path.resolve(__dirname, '..', '..', 'examples', 'embed');
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

let example: StaticServer;
let strictExample: StaticServer;
let strictStandalone: StaticServer;
let widgetOrigin: StaticServer;

test.beforeAll(async () => {
  example = await startStaticServer(EXAMPLE_DIR, { mounts: { '/widget/': DIST_DIR } });
  const headers = { 'Content-Security-Policy': STRICT_CSP };
  strictExample = await startStaticServer(EXAMPLE_DIR, { mounts: { '/widget/': DIST_DIR }, headers });
  strictStandalone = await startStaticServer(DIST_DIR, { headers });
  // The widget on an origin of its own (another port), as a clinic's CDN would serve it.
  widgetOrigin = await startStaticServer(DIST_DIR, { headers: { 'Access-Control-Allow-Origin': '*' } });
});

test.afterAll(async () => {
  await Promise.all([example, strictExample, strictStandalone, widgetOrigin].map((s) => s?.close()));
});

/** Records CSP violations (from the document and every shadow root) and alert() calls. */
async function watch(page: Page) {
  const seen = { violations: [] as string[], dialogs: [] as string[], warnings: [] as string[] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  await page.exposeFunction('__smpViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (e) => (window as any).__smpViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  return seen;
}

async function openExample(page: Page, server: StaticServer) {
  await page.goto(`${server.url}/`);
  const north = new CalculatorPage(page, page.locator('#north'));
  const south = new CalculatorPage(page, page.locator('#south'));
  await expect(north.planSummary).toBeVisible();
  await expect(south.planSummary).toBeVisible();
  return { north, south };
}

test('two configured instances render with their clinic prices, isolated from hostile CSS', async ({ page, guard }) => {
  const seen = await watch(page);
  const { north, south } = await openExample(page, example);

  // The clinics' own price tables, currencies and defaults.
  await expect(north.initialTypical).toHaveText('£2,222');
  await expect(north.planSummary).toContainText('Total over 8 years');
  // Southside's locale is de-DE: German grouping and symbol placement.
  await expect(south.initialTypical).toHaveText(/^1\.800\s€$/);
  await expect(south.planSummary.getByTestId('full-result')).toHaveText(/^\d{1,2}\. [A-Za-zä]+ \d{4}$/);

  // Text stays text: no element was created from configuration values.
  await expect(north.root.getByTestId('clinic-name')).toHaveText('Northside SMP <b>Studio</b>');
  await expect(south.root.getByTestId('clinic-name')).toHaveText("<img src=x onerror=alert('name')> Southside");
  const injected = await page.evaluate(() =>
    ['north', 'south'].map((id) => document.getElementById(id)!.shadowRoot!.querySelectorAll('b, img, script').length),
  );
  expect(injected).toEqual([0, 0]);
  // Links: javascript: refused, https kept and opened safely.
  await expect(north.root.getByTestId('booking-link')).toHaveCount(0);
  const booking = south.root.getByTestId('booking-link');
  await expect(booking).toHaveAttribute('href', 'https://southside.example/book');
  await expect(booking).toHaveAttribute('rel', /noopener/);
  expect(seen.warnings.join('\n')).toMatch(/booking_url/);
  expect(seen.warnings.join('\n')).toMatch(/colour/);
  expect(seen.dialogs).toEqual([]);

  // Comparisons the clinic switched off are gone.
  await expect(south.root.getByTestId('comparison-table').locator('thead')).not.toContainText('fibers');
  await expect(south.root.getByTestId('comparison-table').locator('thead')).toContainText('Hairpiece');
  await expect(north.root.getByTestId('comparison-table').locator('thead')).toContainText('fibers');

  // Isolation: the hostile rules do not reach inside; the widget's rules do not leak out.
  const inside = await north.root.getByTestId('app').evaluate((app) => {
    const s = getComputedStyle(app);
    const h1 = getComputedStyle(app.querySelector('h1')!);
    const button = getComputedStyle(app.querySelector('.smp-button')!);
    // The accent marks selection (and the booking button, which this instance has not).
    const slider = getComputedStyle(app.querySelector('input[type="range"]')!);
    return { display: s.display, color: s.color, font: s.fontFamily, h1: h1.fontSize, width: button.width, accent: slider.accentColor, align: s.textAlign };
  });
  expect(inside.display).toBe('block');
  expect(inside.color).not.toBe('rgb(255, 0, 255)');
  expect(inside.font).not.toMatch(/Comic/);
  // Neither the hostile 64px headings nor the page's 62.5% root: the widget's own 1.5 x 16px.
  expect(inside.h1).toBe('24px');
  expect(inside.width).not.toBe('600px');
  expect(inside.align).not.toBe('right');
  // ... while theming through --smp-* custom properties still works.
  expect(inside.accent).toBe('rgb(138, 28, 124)');
  const outside = await page.evaluate(() => ({
    appsInDocument: document.querySelectorAll('.smp-app').length,
    hostH1: getComputedStyle(document.querySelector('body > h1')!).fontSize,
    // The widget's sheet sets body { margin: 0 } for its own page; it must not apply here.
    bodyMargin: getComputedStyle(document.body).margin,
  }));
  expect(outside.appsInDocument).toBe(0);
  expect(outside.hostH1).toBe('64px');
  expect(outside.bodyMargin).toBe('8px');

  guard.expectClean();
});

test('instances are independent and report their plan through a change event', async ({ page, guard }) => {
  const { north, south } = await openExample(page, example);
  await expect(page.locator('#north-total')).toHaveText(/Northside plan: 3 sessions, £2,222 up front\./);
  const southBefore = await south.initialTypical.innerText();

  await north.choose('tier', 'premium');
  await expect(page.locator('#north-total')).not.toContainText('£2,222');
  const northTypical = await north.initialTypical.innerText();
  await expect(page.locator('#north-total')).toContainText(northTypical);
  await expect(south.initialTypical).toHaveText(southBefore);

  // A shared link carries the visitor's inputs only, never the clinic's prices.
  await north.root.getByTestId('copy-link').click();
  const link = await north.root.getByTestId('share-url').inputValue();
  expect(link).toMatch(/#v=1&/);
  expect(decodeURIComponent(link.split('#')[1])).not.toMatch(/price|1111|2222|3333|clinic|booking/i);
  await page.evaluate(() => history.replaceState(null, '', location.pathname));

  // Each saves under its own key, so a reload restores both separately.
  await page.reload();
  const again = await openExample(page, example);
  await expect(again.north.initialTypical).toHaveText(northTypical);
  await expect(again.south.initialTypical).toHaveText(southBefore);
  guard.expectClean();
});

test('the change event carries plain JSON data, as JSON.parse of the plan would give', async ({ page, guard }) => {
  // The detail is built from the plan without JSON text: it must still be exactly what
  // JSON.parse(JSON.stringify(detail)) gives (no undefined, -0, NaN, Infinity, Map, BigInt or
  // typed array; same keys in the same order), as when it was parsed from the plan's text.
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const w = window as any;
    w.__smpDetails = [];
    const problems = (a: unknown, b: unknown, at: string): string[] => {
      if (a === null || typeof a !== 'object') {
        const ok = typeof a === 'string' || typeof a === 'boolean' || a === null || (typeof a === 'number' && Number.isFinite(a));
        return ok && Object.is(a, b) ? [] : [`${at}: ${String(a)} (${typeof a}) became ${String(b)}`];
      }
      const proto = Object.getPrototypeOf(a);
      if (proto !== Object.prototype && proto !== Array.prototype) return [`${at}: not a plain object or array`];
      if (b === null || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return [`${at}: shape changed`];
      const ka = Object.keys(a as object);
      const kb = Object.keys(b as object);
      if (ka.join(',') !== kb.join(',')) return [`${at}: keys ${ka.join(',')} became ${kb.join(',')}`];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return ka.flatMap((k) => problems((a as any)[k], (b as any)[k], `${at}.${k}`));
    };
    document.addEventListener(
      'change',
      (e) => {
        if (!(e instanceof CustomEvent) || (e.target as Element | null)?.id !== 'north') return;
        const d = e.detail;
        w.__smpDetails.push({
          sessions: d?.sessions?.count ?? null,
          problems: problems(d, JSON.parse(JSON.stringify(d)), 'detail'),
        });
      },
      true,
    );
  });
  const { north } = await openExample(page, example);
  await expect(page.locator('#north-total')).toContainText('Northside plan:');
  await north.choose('tier', 'premium');
  await expect(page.locator('#north-total')).not.toContainText('£2,222');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const details = await page.evaluate(() => (window as any).__smpDetails);
  expect(details.length).toBeGreaterThanOrEqual(2);
  for (const d of details) {
    expect(d.sessions).toBeGreaterThan(0);
    expect(d.problems).toEqual([]);
  }
  guard.expectClean();
});

test('the example page under the strict CSP: both widgets work, zero violations', async ({ page, guard }) => {
  const seen = await watch(page);
  const { north } = await openExample(page, strictExample);
  await north.choose('tier', 'budget');
  await north.expectFresh();
  await expect(page.locator('#api-total')).toContainText('API: Norwood 4');
  expect(seen.violations).toEqual([]);
  guard.expectClean();
});

test('the standalone page under the strict CSP: zero violations, everything renders', async ({ page, guard }) => {
  const seen = await watch(page);
  await page.goto(`${strictStandalone.url}/`);
  const calculator = new CalculatorPage(page);
  await calculator.waitForApp();
  await calculator.openAdvanced();
  await calculator.fill('horizon_years', 'abc');
  await expect(calculator.errorSummary).toBeVisible();
  await page.getByTestId('chart-toggle').click();
  expect(seen.violations).toEqual([]);
  // Nothing inline in the delivered page.
  const html = await (await page.request.get(`${strictStandalone.url}/`)).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style|\sstyle="/);
  guard.expectClean();
});

test('computePlan returns the totals the UI shows, and field errors for bad input', async ({ calculator, page, guard }) => {
  await calculator.goto();
  await calculator.choose('tier', 'premium');
  await calculator.choose('region', 'top');
  await calculator.fill('horizon_years', '12');
  await calculator.setStartDate('2027-03-01');
  await calculator.expectFresh();
  const ui = await calculator.snapshot();

  const api = await page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const smp = (window as any).SmpCalculator;
    await smp.ready;
    const ok = smp.computePlan({ tier: 'premium', region: 'top', horizon_years: 12, start_date: '2027-03-01' });
    const bad = smp.computePlan({ horizon_years: 40, region: 'moon' });
    return { ok, bad, version: smp.version };
  });
  const plan = api.ok.plan;
  const major = (m: number) => m / 10 ** plan.currency_exponent;
  expect(major(plan.initial_cost.typical)).toBe(ui.initial.typical);
  expect(major(plan.initial_cost.low)).toBe(ui.initial.low);
  expect(major(plan.smp.total.typical)).toBe(ui.total.typical);
  expect(major(plan.smp.total.high)).toBe(ui.total.high);
  expect(plan.sessions.items.map((s: { date: string }) => s.date)).toEqual(ui.sessionDates);
  expect(api.bad.plan).toBeUndefined();
  expect(api.bad.errors.map((e: { field: string }) => e.field).sort()).toEqual(['horizon_years', 'region']);
  expect(api.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
  guard.expectClean();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the standalone page reloads and works with the network cut', async ({ calculator, page, context, guard }) => {
    await calculator.goto();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker takes control of the page (clients.claim) once it has precached everything.
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await calculator.waitForApp();
    await calculator.choose('tier', 'budget');
    await calculator.expectFresh();
    expect(await calculator.sessions()).toBeGreaterThanOrEqual(2);
    await context.setOffline(false);
    guard.expectClean();
  });
});

test('a widget whose wasm cannot load shows a message and a link, not a blank box', async ({ page, guard }) => {
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${example.url}/`);
  for (const id of ['#north', '#south']) {
    const fallback = page.locator(id).locator('.smp-fallback');
    await expect(fallback).toContainText('could not load');
    await expect(fallback.locator('a')).toHaveAttribute('href', /\/widget\/$/);
  }
  // The browser logs the 404 and the failed integrity check itself; nothing else may appear.
  expect(guard.pageErrors).toEqual([]);
  expect(guard.consoleErrors.filter((e) => !/404|Failed to load resource|integrity/i.test(e))).toEqual([]);
  guard.checked = true;
});

test('published integrity hashes match the files; manifest and icons are installable', async ({ request, baseURL }) => {
  const bundle = fs.readFileSync(path.join(DIST_DIR, 'smp-calculator.js'));
  const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
  const html = await (await request.get(`${baseURL}/`)).text();
  expect(html).toContain(`src="./smp-calculator.js" integrity="${integrity}"`);
  expect(fs.readFileSync(path.join(DIST_DIR, 'embed-snippet.html'), 'utf8')).toContain(`integrity="${integrity}"`);
  // Every URL in the page is relative, so dist/ can live under any path.
  expect(html).not.toMatch(/(href|src)="\/(?!\/)/);

  const manifest = await (await request.get(`${baseURL}/manifest.webmanifest`)).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
    const png = await (await request.get(`${baseURL}/${icon.src}`)).body();
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
  const sw = await (await request.get(`${baseURL}/sw.js`)).text();
  // The iframe page and the configurator are not the standalone page's: never precached.
  const ownPages = /^(frame|configure)[.-]/;
  for (const f of fs.readdirSync(DIST_DIR).filter((f) => /\.(wasm|css|js|html)$/.test(f) && f !== 'sw.js' && f !== 'embed-snippet.html')) {
    if (ownPages.test(f)) expect(sw.match(/const ASSETS = (.*);/)![1], `not precached: ${f}`).not.toContain(`"./${f}"`);
    else expect(sw, `precached: ${f}`).toContain(`"./${f}"`);
  }
});

test('served from another origin with CORS, under a CSP naming that origin', async ({ page, guard }) => {
  const seen = await watch(page);
  const widget = widgetOrigin.url;
  const bundle = fs.readFileSync(path.join(DIST_DIR, 'smp-calculator.js'));
  const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-cross-origin-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cross-origin host</title><link rel="icon" href="data:,">
    <script type="module" src="${widget}/smp-calculator.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
    <body><main><smp-calculator id="cdn"></smp-calculator></main></body></html>`,
  );
  const host = await startStaticServer(dir, {
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${widget} 'wasm-unsafe-eval'; connect-src 'self' ${widget}; style-src 'self'; img-src 'self' data:`,
    },
  });
  try {
    await page.goto(`${host.url}/`);
    const calculator = new CalculatorPage(page, page.locator('#cdn'));
    await expect(calculator.planSummary).toBeVisible();
    await calculator.choose('tier', 'premium');
    await calculator.expectFresh();
    expect(seen.violations).toEqual([]);
    guard.expectClean();
  } finally {
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('elements added after load are mounted too', async ({ page, guard }) => {
  const seen = await watch(page);
  await openExample(page, example);
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    late.setAttribute('data-smp-calculator', '');
    late.setAttribute('currency', 'AUD');
    // Well-formed but not a locale Intl accepts: the page's language is used instead.
    late.setAttribute('locale', 'en-a');
    document.body.append(late);
  });
  const late = new CalculatorPage(page, page.locator('#late'));
  await expect(late.initialTypical).toContainText('$');
  await expect(late.root.getByTestId('comparison-table').locator('caption')).toContainText('AUD');
  expect(seen.warnings.join('\n')).toContain('does not know "en-a"');
  guard.expectClean();
});

test('a host page whose lang is not a valid tag (en_US) still gets formatted amounts and dates', async ({ page, guard }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-bad-lang-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en_US"><head><meta charset="utf-8"><title>Host with a bad lang</title><link rel="icon" href="data:,">
    <script type="module" src="/widget/smp-calculator.js"></script></head>
    <body><main><smp-calculator id="host"></smp-calculator></main></body></html>`,
  );
  const host = await startStaticServer(dir, { mounts: { '/widget/': DIST_DIR } });
  try {
    await page.goto(`${host.url}/`);
    const calculator = new CalculatorPage(page, page.locator('#host'));
    await expect(calculator.planSummary).toBeVisible();
    // Intl's output ("$2,000"), not the fallback ("USD 2,000") used when Intl cannot format.
    await expect(calculator.initialTypical).toHaveText(/^\$\d/);
    // A month name, not the ISO fallback ("2027-03-08").
    await expect(calculator.planSummary.getByTestId('full-result')).toHaveText(/[A-Za-z]{3}.*\d{4}/);
    guard.expectClean();
  } finally {
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('two instances without shadow roots share no ids, and each labels its own sections', async ({ page, guard }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-light-dom-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Two light-DOM instances</title><link rel="icon" href="data:,">
    <link rel="stylesheet" href="/widget/${fs.readdirSync(DIST_DIR).find((f) => /^app-.*\.css$/.test(f))}">
    <script type="module" src="/widget/smp-calculator.js"></script></head>
    <body><main><div id="first" data-smp-calculator data-smp-shadow="none"></div>
    <div id="second" data-smp-calculator data-smp-shadow="none"></div></main></body></html>`,
  );
  const host = await startStaticServer(dir, { mounts: { '/widget/': DIST_DIR } });
  try {
    await page.goto(`${host.url}/`);
    for (const id of ['first', 'second']) {
      await expect(new CalculatorPage(page, page.locator(`#${id}`)).planSummary).toBeVisible();
    }
    const report = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      const foreign: string[] = [];
      for (const root of document.querySelectorAll('#first, #second')) {
        for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')) {
          const refs = [el.getAttribute('aria-labelledby'), el.getAttribute('aria-describedby'), el.getAttribute('for')]
            .filter((v): v is string => !!v)
            .flatMap((v) => v.split(/\s+/));
          for (const ref of refs) {
            const target = document.getElementById(ref);
            if (!target || !root.contains(target)) foreign.push(`${root.id}: ${ref}`);
          }
        }
      }
      return { count: ids.length, duplicates, foreign };
    });
    expect(report.count).toBeGreaterThan(20);
    expect(report.duplicates).toEqual([]);
    expect(report.foreign).toEqual([]);
    guard.expectClean();
  } finally {
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
