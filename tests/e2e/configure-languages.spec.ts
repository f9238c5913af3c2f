// The configurator (dist/configure.html) in English, French, Spanish and German: one catalogue
// per language (configurator/page/lang/*.json) with the same keys and placeholders; in fr, de
// and es no English text of the page is left and axe finds nothing; the language menu works by
// keyboard and keeps what was typed; the code it writes does not depend on the page's language.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE_DIR = path.resolve(__dirname, '..', '..', 'configurator', 'page');
type Entry = string | Record<string, string>;
type Catalogue = Record<string, Entry>;
const catalogue = (code: string): Catalogue => JSON.parse(fs.readFileSync(path.join(PAGE_DIR, 'lang', `${code}.json`), 'utf8'));
const CODES = fs
  .readdirSync(path.join(PAGE_DIR, 'lang'))
  .filter((f) => /^[a-z]{2}\.json$/.test(f))
  .map((f) => f.slice(0, 2));
const EN = catalogue('en');
const OTHERS = ['fr', 'de', 'es'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The form holds several hundred fields; every language is a full page load and check.
test.describe.configure({ timeout: 240_000 });
test.use({ locale: 'en-US' });

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (entry: Entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));

test('every catalogue has the English keys and placeholders, and the page names only those keys', () => {
  expect(CODES.sort()).toEqual(['de', 'en', 'es', 'fr']);
  for (const code of CODES) {
    const texts = catalogue(code);
    expect(Object.keys(texts).sort(), `${code}.json keys`).toEqual(Object.keys(EN).sort());
    for (const [key, en] of Object.entries(EN)) {
      const entry = texts[key];
      expect(typeof entry, `${code}.json ${key}: same kind as English`).toBe(typeof en);
      if (typeof en === 'object') {
        // Plural forms: CLDR categories, always `one` and `other` (the rest fall back to other).
        const categories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
        expect(Object.keys(entry).every((c) => categories.has(c)), `${code}.json ${key}: categories`).toBe(true);
        expect(Object.keys(entry)).toEqual(expect.arrayContaining(['one', 'other']));
      }
      for (const form of forms(entry)) {
        expect(form.trim().length, `${code}.json ${key}: not empty`).toBeGreaterThan(0);
        expect(placeholders(form), `${code}.json ${key}: "${form}"`).toEqual(placeholders(forms(en).at(-1)!));
      }
    }
  }
  // Keys written literally in the page and its script all exist (the others are built from
  // the parser's keys: regions, tiers, choices, colours, comparisons, input fields).
  const script = fs.readFileSync(path.join(PAGE_DIR, 'configure.js'), 'utf8');
  const html = fs.readFileSync(path.join(PAGE_DIR, 'configure.html'), 'utf8');
  const named = [
    ...[...script.matchAll(/\btn?\('([\w.]+)'/g)].map((m) => m[1]),
    ...[...html.matchAll(/\sdata-t(?:-[a-z-]+)?="([\w.]+)"/g)].map((m) => m[1]),
  ];
  expect(named.length).toBeGreaterThan(30);
  for (const key of named) expect(Object.keys(EN), `"${key}" is in en.json`).toContain(key);
  // No text left in the page's HTML: its elements are filled from the catalogue.
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
  const loose = [...body.matchAll(/>([^<]*[A-Za-z][^<]*)</g)].map((m) => m[1].trim());
  expect(loose, 'text in configure.html outside the catalogue').toEqual([]);
});

async function open(page: Page, query: string) {
  await page.goto(`/configure.html${query}`);
  await expect(page.locator('#cfg-clinic-name')).toBeVisible();
  await expect(page.locator('#cfg-snippet')).toHaveValue(/<smp-calculator[ >]/);
  // Every price table built, for their headers and cell labels.
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.cfg-table').forEach((d) => (d.open = true)));
  await expect(page.locator('details.cfg-table table')).toHaveCount(3);
}

/** Everything the configurator itself shows or announces: text, labels, placeholders, titles;
 *  not the preview (the widget), the code in the text areas, or the language names. */
const shownTexts = (page: Page) =>
  page.evaluate(() => {
    const out = new Set<string>([document.title, document.querySelector('meta[name="description"]')!.getAttribute('content')!]);
    const skip = (node: Element | null) => !!node?.closest('#cfg-preview, textarea, #cfg-lang');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!skip(n.parentElement) && !n.parentElement!.closest('noscript') && n.textContent!.trim()) out.add(n.textContent!.trim());
    }
    for (const e of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (skip(e)) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) if (e.getAttribute(a)?.trim()) out.add(e.getAttribute(a)!.trim());
    }
    return [...out];
  });

for (const code of OTHERS) {
  test(`in ${code} the configurator shows none of its English texts and axe finds nothing`, async ({ page, guard }) => {
    await open(page, '');
    // Flagged values, so that the status line and the parser's warnings are shown in both
    // languages: a colour pair under 4.5:1, a javascript: link, prices out of order.
    await page.locator('#cfg-theme-accent_text').fill('#999999');
    await page.locator('#cfg-booking-url').fill('javascript:void(0)');
    await page.locator('#cfg-prices-crown-premium-low').fill('3000');
    await page.locator('#cfg-prices-crown-premium-typical').fill('1000');
    await page.locator('#cfg-prices-crown-premium-high').fill('4000');
    await page.locator('#cfg-default-inflation-percent').fill('abc');
    await expect(page.locator('#cfg-status')).toHaveText(/^4 values are marked/);
    const english = await shownTexts(page);
    expect(english).toContain(await page.locator('#cfg-booking-url-warning').textContent());

    await open(page, `?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('.cfg-header h1')).toHaveText(catalogue(code)['page.heading'] as string);
    await expect(page.locator('#cfg-theme-accent_text')).toHaveAttribute('aria-invalid', 'true');
    const marked = catalogue(code)['status.marked'] as Record<string, string>;
    await expect(page.locator('#cfg-status')).toHaveText(marked.other.replace('{n}', '4'));
    // The parser's warnings beside their fields, in the widget's wording for its own
    // configuration warnings (lang/<code>.json) and this page's for the colours.
    const widget = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'lang', `${code}.json`), 'utf8'));
    const bookingKey = Object.keys(widget).find((k) => k.startsWith('booking_url: only'))!;
    await expect(page.locator('#cfg-booking-url-warning')).toHaveText(widget[bookingKey].replace(/^booking_url\s?:\s*/, ''));
    await expect(page.locator('#cfg-theme-accent_text-warning')).toContainText(/\d,\d:1/);
    await expect(page.locator('#cfg-prices-crown-premium-warning')).not.toBeEmpty();
    // A preset's message from the engine's input checks, with this page's label of the field.
    await expect(page.locator('#cfg-default-inflation-percent-warning')).toContainText(catalogue(code)['field.inflation_percent'] as string);
    const shown = await shownTexts(page);
    const blob = shown.join('\n');
    // Words a language shares with English (Standard, Normal, Text…) are its own catalogue's.
    const same = new Set(Object.values(catalogue(code)).flatMap(forms));
    const codes = /^([A-Z]{3}|#[0-9a-f]{3,6}|https?:\/\/\S*|[^A-Za-z]*)$/;
    const left = english.filter((text) => !same.has(text) && !codes.test(text) && (shown.includes(text) || (text.includes(' ') && blob.includes(text))));
    expect(left, `English left in ${code}`).toEqual([]);
    expect(english.length).toBeGreaterThan(100);
    // Numbers in the page's language: the contrast ratios' decimal comma.
    await expect(page.locator('#cfg-contrast tbody td').nth(2)).toHaveText(/^\d+,\d:1/);

    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async (tags) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const axe = (window as any).axe;
      const r = await axe.run({ include: [document], exclude: [['#cfg-preview-widget']] }, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v: { id: string; nodes: { target: unknown }[] }) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
    }, WCAG_TAGS);
    expect(violations).toEqual([]);
    guard.expectClean();
  });
}

test('the language menu switches by keyboard, keeps what was typed, and is remembered', async ({ page, guard }) => {
  await open(page, '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('#cfg-clinic-name').fill('Keyboard Clinic');
  await page.locator('#cfg-booking-url').fill('javascript:void(0)');
  await expect(page.locator('#cfg-status')).toHaveText(EN['status.marked']['one' as never].replace('{n}', '1'));
  // Problems are not announced in the colour of success.
  await expect(page.locator('#cfg-status')).toHaveCSS('color', 'rgb(179, 38, 30)');

  // The menu is reached by the keyboard (it comes just before the heading), labelled, and
  // each arrow key is a language.
  await page.locator('.cfg-header h1').click();
  await page.keyboard.press('Shift+Tab');
  const menu = page.getByRole('combobox', { name: EN['page.language'] as string });
  await expect(menu).toBeFocused();
  const order = await menu.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect([...order].sort()).toEqual(['de', 'en', 'es', 'fr']);
  const next = order[order.indexOf('en') + 1];
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', next);
  const texts = catalogue(next);
  await expect(page.locator('.cfg-header h1')).toHaveText(texts['page.heading'] as string);
  await expect(page.getByRole('combobox', { name: texts['page.language'] as string })).toBeFocused();
  await expect(page.locator('#cfg-clinic-name')).toHaveValue('Keyboard Clinic');
  await expect(page.locator('#cfg-booking-url')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cfg-status')).toHaveText((texts['status.marked'] as Record<string, string>).one.replace('{n}', '1'));
  await expect(page.locator('#cfg-status')).toHaveCSS('color', 'rgb(179, 38, 30)');
  expect(new URL(page.url()).searchParams.get('lang')).toBe(next);

  // Kept for the next visit (without ?lang=) …
  await page.goto('/configure.html');
  await expect(page.locator('html')).toHaveAttribute('lang', next);
  await expect(page.locator('#cfg-clinic-name')).toHaveValue('Keyboard Clinic');
  // … and fixed, the status is green again.
  await page.locator('#cfg-booking-url').fill('https://clinic.example/book');
  await expect(page.locator('#cfg-status')).toHaveText(texts['status.upToDate'] as string);
  await expect(page.locator('#cfg-status')).toHaveCSS('color', 'rgb(26, 109, 50)');
  guard.expectClean();
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('without ?lang= or a choice, the browser language decides', async ({ page, guard }) => {
    await page.goto('/configure.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('.cfg-header h1')).toHaveText(catalogue('de')['page.heading'] as string);
    await expect(page.getByRole('button', { name: catalogue('de')['output.copySnippet'] as string })).toBeVisible();
    guard.expectClean();
  });
});

test('the snippets and the JSON are the same whatever the language of the page', async ({ page, guard }) => {
  await open(page, '');
  const config = {
    clinic_name: 'Same Clinic',
    currency: 'EUR',
    locale: 'de-DE',
    prices: { crown: { standard: [900, 1800, 2700] } },
    theme: { accent: '#8a1c7c' },
    defaults: { region: 'crown', tier: 'standard', horizon_years: 9 },
  };
  await page.locator('#cfg-import').fill(JSON.stringify(config));
  await page.locator('#cfg-import-button').click();
  await expect(page.locator('#cfg-clinic-name')).toHaveValue('Same Clinic');
  const outputs = [];
  for (const code of ['en', ...OTHERS]) {
    await open(page, `?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('#cfg-clinic-name')).toHaveValue('Same Clinic');
    await expect(page.locator('#cfg-iframe')).toHaveValue(/frame\.html#smp1\./);
    const download = page.waitForEvent('download');
    await page.locator('#cfg-download').click();
    const file = await (await download).path();
    outputs.push({
      code,
      snippet: await page.locator('#cfg-snippet').inputValue(),
      iframe: await page.locator('#cfg-iframe').inputValue(),
      json: fs.readFileSync(file, 'utf8'),
    });
  }
  expect(JSON.parse(outputs[0].json)).toEqual(config);
  for (const o of outputs.slice(1)) {
    expect(o.snippet, `embed snippet in ${o.code}`).toBe(outputs[0].snippet);
    expect(o.iframe, `iframe snippet in ${o.code}`).toBe(outputs[0].iframe);
    expect(o.json, `JSON in ${o.code}`).toBe(outputs[0].json);
  }
  // The frame's title is for the clinic's visitors: in the clinic's language (locale de-DE).
  expect(outputs[0].iframe).toContain(`title="${catalogue('de')['output.frameTitle']}"`);
  guard.expectClean();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a language chosen on the first visit still works with the network cut', async ({ page, context, guard }) => {
    await page.goto('/configure.html?lang=es');
    await expect(page.locator('#cfg-clinic-name')).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // Every language's file is kept with the configurator's own, not only the one shown.
    await expect
      .poll(() => page.evaluate(async () => (await Promise.all(['es', 'fr', 'de'].map((c) => caches.match(`./configure-${c}.json`)))).every(Boolean)))
      .toBe(true);
    // And the widget's, for the preview, which follows the page's language.
    await expect
      .poll(() => page.evaluate(async () => (await Promise.all(['es', 'fr', 'de'].map((c) => caches.match(`./lang/${c}.json`)))).every(Boolean)))
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('.cfg-header h1')).toHaveText(catalogue('es')['page.heading'] as string);
    // Another language, never shown before, from the cache.
    await page.locator('#cfg-lang').selectOption('de');
    await expect(page.locator('.cfg-header h1')).toHaveText(catalogue('de')['page.heading'] as string);
    await expect(page.locator('label[for="cfg-clinic-name"]')).toHaveText(catalogue('de')['clinic.name'] as string);
    // The preview widget follows, from the cache as well.
    await expect(page.locator('.smp-app').first()).toHaveAttribute('lang', 'de');
    await context.setOffline(false);
    guard.expectClean();
  });
});
