// The widget in French, Spanish and German (#15): host pages with lang="fr"/"es"/"de" get the
// language script lang/lang.js (checked against the hash the loader carries) and the
// catalogue lang/<tag>.json (checked against the hash the script carries), fetched on demand
// from beside the script. Expected texts come from the catalogues, never typed here.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, DIST_DIR, PageGuard } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';
import type { Page } from '@playwright/test';

const LANG_DIR = path.resolve(__dirname, '..', '..', 'lang');
type Texts = Record<string, string | Record<string, string>>;
const catalogue = (tag: string): Texts => JSON.parse(fs.readFileSync(path.join(LANG_DIR, `${tag}.json`), 'utf8'));
const EN = catalogue('en');
const LANGS = ['fr', 'es', 'de'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const text = (texts: Texts, key: string): string => {
  const t = texts[key];
  expect(typeof t, `catalogue text "${key}"`).toBe('string');
  return t as string;
};

let hosts: StaticServer;
let pagesDir: string;

/** A clinic page in `pageLang` with one widget, optionally with the clinic's own lang. */
function hostPage(pageLang: string | null, clinicLang?: string): string {
  const htmlLang = pageLang ? ` lang="${pageLang}"` : '';
  const clinic = clinicLang ? ` lang="${clinicLang}"` : '';
  return `<!DOCTYPE html><html${htmlLang}><head><meta charset="utf-8"><title>Clinic</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/widget/smp-calculator.js"></script></head>
<body><main><h1>Clinic</h1><smp-calculator id="calc"${clinic}></smp-calculator></main></body></html>`;
}

test.beforeAll(async () => {
  pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-lang-'));
  fs.writeFileSync(path.join(pagesDir, 'index.html'), hostPage('en'));
  for (const tag of LANGS) fs.writeFileSync(path.join(pagesDir, `${tag}.html`), hostPage(tag));
  fs.writeFileSync(path.join(pagesDir, 'none.html'), hostPage(null));
  fs.writeFileSync(path.join(pagesDir, 'clinic-de.html'), hostPage('fr', 'de'));
  fs.writeFileSync(path.join(pagesDir, 'page-es.html'), hostPage('es'));
  hosts = await startStaticServer(pagesDir, { mounts: { '/widget/': DIST_DIR } });
});

test.afterAll(async () => {
  await hosts?.close();
  fs.rmSync(pagesDir, { recursive: true, force: true });
});

async function open(page: Page, file: string): Promise<CalculatorPage> {
  await page.goto(`${hosts.url}/${file}`);
  const calculator = new CalculatorPage(page, page.locator('#calc'));
  await expect(calculator.planSummary).toBeVisible();
  return calculator;
}

/** Everything the widget says, with every <details> open. */
async function widgetText(c: CalculatorPage): Promise<string> {
  await c.openAdvanced();
  await c.root.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return (await c.root.locator('.smp-app').innerText()).replace(/\s+/g, ' ');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `words` as whole words ("Normal" is not in "Normale"). */
function hasWords(haystack: string, words: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escapeRe(words.replace(/\s+/g, ' '))}($|[^\\p{L}])`, 'u').test(haystack);
}

/**
 * The English labels that must not show on a page in `tag`: every English text of the
 * catalogue without placeholders, with a word of three letters or more, that the language
 * translates differently and that none of its own texts contains (French hints may name the
 * "Premium" tier, German keeps "Norwood").
 */
function englishLabels(tag: string): string[] {
  const texts = catalogue(tag);
  const own = Object.values(texts)
    .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
    .join('\n');
  return Object.keys(EN).filter(
    (k) => !k.includes('{') && /[A-Za-z]{3,}/.test(k) && typeof texts[k] === 'string' && texts[k] !== k && !hasWords(own, k),
  );
}

for (const tag of LANGS) {
  test(`a page with lang="${tag}" shows the whole widget in ${tag}, axe finds nothing`, async ({ page, guard }) => {
    const texts = catalogue(tag);
    const c = await open(page, `${tag}.html`);
    await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', tag);
    const shown = await widgetText(c);
    for (const key of ['Your plan', 'Sessions', 'Download CSV']) expect(shown).toContain(text(texts, key));
    const labels = englishLabels(tag);
    expect(labels.length, 'English labels to look for').toBeGreaterThan(100);
    const english = labels.filter((l) => hasWords(shown, l));
    expect(english, `English texts on the ${tag} page`).toEqual([]);
    expect(await c.axeViolations({ runOnly: { type: 'tag', values: WCAG_TAGS } })).toEqual([]);
    guard.expectClean();
  });
}

test('the clinic language wins over the page, the browser over nothing', async ({ browser, page }) => {
  const c = await open(page, 'clinic-de.html');
  await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', 'de');
  const context = await browser.newContext({ locale: 'es-MX' });
  try {
    const other = await context.newPage();
    const c2 = await open(other, 'none.html');
    await expect(c2.root.locator('.smp-app')).toHaveAttribute('lang', 'es');
    await expect(c2.planSummary).toContainText(text(catalogue('es'), 'Sessions'));
  } finally {
    await context.close();
  }
});

/** frame.html's address for a clinic configuration (docs/embedding.md: smp1. + base64url of raw deflate). */
const frameUrl = (config: object) =>
  `${hosts.url}/widget/frame.html#smp1.${zlib.deflateRawSync(Buffer.from(JSON.stringify(config))).toString('base64url')}`;

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  // Our pages declare lang="en" (data-smp-own-page) only for the moment before the choice.
  for (const [name, url, root] of [
    ['the standalone page', '/widget/', '#smp-calculator'],
    ['frame.html', '/widget/frame.html', '#smp-frame'],
  ] as const) {
    test(`${name} speaks French, and its html element says so`, async ({ page, guard }) => {
      await page.goto(`${hosts.url}${url}`);
      const c = new CalculatorPage(page, page.locator(root));
      await expect(c.planSummary).toBeVisible();
      await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
      await expect(c.planSummary).toContainText(text(catalogue('fr'), 'Sessions'));
      const rules = ['html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'valid-lang'];
      expect(await c.axeViolations({ runOnly: { type: 'rule', values: rules } })).toEqual([]);
      guard.expectClean();
    });
  }

  test("a frame's configuration lang wins over the browser", async ({ page, guard }) => {
    await page.goto(frameUrl({ lang: 'de' }));
    const c = new CalculatorPage(page, page.locator('#smp-frame'));
    await expect(c.planSummary).toBeVisible();
    await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(c.planSummary).toContainText(text(catalogue('de'), 'Sessions'));
    guard.expectClean();
  });

  test("a host page's lang still wins over the browser", async ({ page, guard }) => {
    const c = await open(page, 'page-es.html');
    await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', 'es');
    // The host's own lang is the host's: the loader leaves it alone.
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(c.planSummary).toContainText(text(catalogue('es'), 'Sessions'));
    guard.expectClean();
  });
});

test('an English page fetches no catalogue', async ({ page, guard }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const c = await open(page, 'index.html');
  await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', 'en');
  expect(requested.filter((p) => p.includes('/lang/'))).toEqual([]);
  guard.expectClean();
});

const sha256 = (body: Buffer | string) => `sha256-${createHash('sha256').update(body).digest('base64')}`;

test('the language script and each catalogue beside the script have the hashes checked', async () => {
  const bundle = fs.readFileSync(path.join(DIST_DIR, 'smp-calculator.js'), 'utf8');
  const script = fs.readFileSync(path.join(DIST_DIR, 'lang', 'lang.js'));
  expect(bundle).toContain(sha256(script));
  for (const tag of LANGS) {
    const body = fs.readFileSync(path.join(DIST_DIR, 'lang', `${tag}.json`));
    expect(script.toString('utf8')).toContain(sha256(body));
    const shipped = JSON.parse(body.toString('utf8'));
    const { '': loaderTexts, ...rest } = shipped;
    expect(rest).toEqual(catalogue(tag));
    expect(loaderTexts).toHaveLength(5);
  }
});

/**
 * fr.html after a tampered language file: the widget stays English, the tampered text never
 * shows, and the browser's own integrity message is the only console error.
 */
async function expectEnglishFrench(page: Page, guard: PageGuard) {
  const c = await open(page, 'fr.html');
  await expect(c.root.locator('.smp-app')).toHaveAttribute('lang', 'en');
  await expect(c.planSummary).toContainText('Sessions');
  expect(await c.root.innerText()).not.toContain('Piraté');
  expect(guard.pageErrors).toEqual([]);
  expect(guard.consoleErrors.filter((e) => !/integrity|digest/i.test(e))).toEqual([]);
  guard.checked = true;
}

test('a language script that fails its integrity check leaves the widget in English', async ({ page, guard }) => {
  const script = fs.readFileSync(path.join(DIST_DIR, 'lang', 'lang.js'), 'utf8');
  await page.route('**/widget/lang/lang.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: `${script};SmpLang.t=()=>'Piraté';` }),
  );
  await expectEnglishFrench(page, guard);
});

test('a catalogue that fails its integrity check leaves the widget in English', async ({ page, guard }) => {
  await page.route('**/widget/lang/fr.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ Sessions: 'Piraté' }) }),
  );
  await expectEnglishFrench(page, guard);
});

test('the loader says it failed in the page language', async ({ page, guard }) => {
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${hosts.url}/de.html`);
  const fallback = page.locator('#calc').locator('.smp-fallback');
  const loaderTexts = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'embed', 'loader-texts.json'), 'utf8'));
  await expect(fallback).toContainText(loaderTexts.de[1]);
  await expect(fallback.locator('a')).toHaveText(loaderTexts.de[2]);
  await expect(fallback).toHaveAttribute('lang', 'de');
  expect(guard.pageErrors).toEqual([]);
  guard.checked = true;
  // The browser logs the refused wasm itself (404, then the integrity check of the error page).
  expect(guard.consoleErrors.filter((e) => !/404|Failed to load resource|integrity|SRI/i.test(e))).toEqual([]);
});

/** RFC 4180 fields of one record. */
function csvRecord(line: string): string[] {
  const out = [''];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && quoted && line[i + 1] === '"') out[out.length - 1] += line[++i];
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

async function download(c: CalculatorPage, testId: string): Promise<string> {
  const [file] = await Promise.all([c.page.waitForEvent('download'), c.scope.getByTestId(testId).click()]);
  return fs.readFileSync(await file.path(), 'utf8');
}

for (const tag of LANGS) {
  test(`CSV header and calendar events in ${tag}; numbers stay machine-readable`, async ({ page, guard }) => {
    const texts = catalogue(tag);
    const c = await open(page, `${tag}.html`);
    const csv = await download(c, 'download-csv');
    const [header, ...rows] = csv.split('\r\n').filter((l) => l);
    const cells = csvRecord(header);
    expect(cells[0]).toBe(text(texts, 'Year'));
    expect(cells[1]).toBe(text(texts, 'SMP low ({code})').replace('{code}', 'USD'));
    expect(cells.filter((h) => hasWords(h, 'SMP low') || hasWords(h, 'typical'))).toEqual([]);
    // Plain decimals with a dot, whatever the language writes on screen.
    for (const row of rows) expect(row).toMatch(/^\d+(,-?\d+(\.\d+)?)+$/);
    const ics = (await download(c, 'download-ics')).replace(/\r\n /g, '');
    const summaries = ics
      .split('\r\n')
      .filter((l) => l.startsWith('SUMMARY:'))
      .map((l) => l.slice(8).replace(/\\([,;\\])/g, '$1'));
    const session = text(texts, 'SMP session {number} of {count}');
    expect(summaries).toContain(session.replace('{number}', '1').replace('{count}', '3'));
    expect(summaries).toContain(text(texts, 'SMP full result'));
    expect(summaries.filter((s) => /SMP session|full result/.test(s))).toEqual([]);
    guard.expectClean();
  });
}

/**
 * The widget's elements (in its shadow root) sticking out of the viewport sideways, the
 * charts' SVG text apart when `charts` is false; the content of scroll regions must only fit
 * its region.
 */
async function overflowing(c: CalculatorPage, charts = true): Promise<string[]> {
  return c.root.evaluate((host, charts) => {
    const width = document.documentElement.clientWidth;
    const regions = '[role="region"][tabindex="0"][aria-labelledby]';
    const out: string[] = [];
    for (const el of Array.from((host.shadowRoot ?? host).querySelectorAll<HTMLElement>('*'))) {
      if (el.closest('.smp-visually-hidden') || el.parentElement?.closest(regions)) continue;
      if (!charts && el.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) {
        out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}..${Math.round(r.right)} ${(el.textContent ?? '').slice(0, 40)}`);
      }
    }
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    return out.slice(0, 12);
  }, charts);
}

/**
 * A pseudo-translation 40 % longer than English: accented letters and padding, half as one
 * long word (long words are where German breaks layouts), placeholders kept.
 */
function pseudo(en: string): string {
  const accents: Record<string, string> = { a: 'á', e: 'ë', i: 'ï', o: 'ö', u: 'ü', A: 'Å', E: 'É', O: 'Ø' };
  const body = en.replace(/\{[a-z_]+\}|[aeiouAEO]/g, (m) => (m.length > 1 ? m : accents[m]));
  const plain = en.replace(/\{[a-z_]+\}/g, '');
  const extra = Math.ceil(plain.length * 0.4);
  if (!plain.trim()) return en;
  const word = 'Wörterbuchlänge'.repeat(Math.ceil(extra / 30)).slice(0, Math.ceil(extra / 2));
  const spaced = ' ·ẍ'.repeat(Math.ceil(extra / 6)).slice(0, Math.floor(extra / 2));
  return `${body} ${word}${spaced}`;
}

/** The widget on de.html in the pseudo-language (served as German), at 320 px. */
async function openPseudo(page: Page): Promise<CalculatorPage> {
  // Served as the German catalogue, with the language script's hash for it replaced, and the
  // loader's hash for the script (the host page loads the loader without an integrity
  // attribute).
  const texts = Object.fromEntries(
    Object.entries(EN).map(([k, v]) => [
      k,
      typeof v === 'string' ? pseudo(v) : Object.fromEntries(Object.entries(v).map(([c, t]) => [c, pseudo(t)])),
    ]),
  );
  const body = JSON.stringify(texts);
  const bundle = fs.readFileSync(path.join(DIST_DIR, 'smp-calculator.js'), 'utf8');
  const script = fs.readFileSync(path.join(DIST_DIR, 'lang', 'lang.js'), 'utf8');
  const deHash = sha256(fs.readFileSync(path.join(DIST_DIR, 'lang', 'de.json')));
  expect(script).toContain(deHash);
  const pseudoScript = script.replace(deHash, sha256(body));
  expect(bundle).toContain(sha256(script));
  await page.route('**/widget/smp-calculator.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle.replace(sha256(script), sha256(pseudoScript)) }),
  );
  await page.route('**/widget/lang/lang.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: pseudoScript }));
  await page.route('**/widget/lang/de.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.setViewportSize({ width: 320, height: 800 });
  const c = await open(page, 'de.html');
  const shown = await widgetText(c);
  expect(shown).toContain(pseudo('Your plan'));
  return c;
}

test('a pseudo-language 40 % longer fits at 320 px without overflow', async ({ page, guard }) => {
  const c = await openPseudo(page);
  expect(await overflowing(c, false), 'elements past the viewport at 320 px').toEqual([]);
  guard.expectClean();
});

test('chart labels in a pseudo-language 40 % longer fit at 320 px', async ({ page }) => {
  // The charts (src/chart) lay their SVG labels out by the translated text's length and wrap
  // what does not fit; a 40 % longer row or break-even label must stay inside the chart.
  const c = await openPseudo(page);
  expect(await overflowing(c, true)).toEqual([]);
});

for (const tag of LANGS) {
  test(`in ${tag} at 320 px nothing overflows`, async ({ page, guard }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const c = await open(page, `${tag}.html`);
    await widgetText(c);
    expect(await overflowing(c, false)).toEqual([]);
    guard.expectClean();
  });
}

test('chart labels in French fit at 320 px', async ({ page }) => {
  // The French break-even labels ("Prothèse capillaire partielle : 1 an(s) …") are the
  // longest real ones; they must wrap inside a 320 px chart.
  await page.setViewportSize({ width: 320, height: 800 });
  const c = await open(page, 'fr.html');
  await widgetText(c);
  expect(await overflowing(c, true)).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', locale: 'fr-FR' });

  test('a language fetched on demand works after the network is cut', async ({ page, context, guard }) => {
    // The standalone page (which registers the service worker) for a French visitor.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-fr-'));
    fs.cpSync(DIST_DIR, dir, { recursive: true });
    const server = await startStaticServer(dir);
    try {
      const fr = catalogue('fr');
      const c = new CalculatorPage(page);
      await page.goto(`${server.url}/`);
      await c.waitForApp();
      await expect(page.locator('.smp-app')).toHaveAttribute('lang', 'fr');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      // Fetched before the worker took control: the language script names itself and the
      // catalogue, the worker caches them.
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const urls: string[] = [];
            for (const name of await caches.keys()) {
              const cache = await caches.open(name);
              urls.push(...(await cache.keys()).map((r) => r.url));
            }
            return ['/lang/fr.json', '/lang/lang.js'].every((f) => urls.some((u) => u.endsWith(f)));
          }),
        )
        .toBe(true);
      await context.setOffline(true);
      await page.reload();
      await c.waitForApp();
      await expect(page.locator('.smp-app')).toHaveAttribute('lang', 'fr');
      await expect(c.planSummary).toContainText(text(fr, 'Sessions'));
      await context.setOffline(false);
      guard.expectClean();
    } finally {
      await context.setOffline(false);
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
