// The configurator page (dist/configure.html, docs/embedding.md "Configurator"): the form
// drives a live preview with the real widget, the widget's parser (in the configurator's own
// wasm) flags bad values beside their fields and keeps them out of the code, the copied
// snippet works on another origin, import restores the form, axe finds nothing, one visit
// makes it work offline, and the calculator's visitors never download any of it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, DIST_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The configurator's form holds several hundred fields, and every edit goes through the
// parser and remounts the preview: slower than the widget's own tests on a shared machine.
test.describe.configure({ timeout: 240_000 });

let widget: StaticServer;
let host: StaticServer;
let hostDir: string;

test.beforeAll(async () => {
  // The widget's origin sends CORS headers, as a clinic's CDN must (crossorigin="anonymous").
  widget = await startStaticServer(DIST_DIR, { headers: { 'Access-Control-Allow-Origin': '*' } });
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-configure-host-'));
  fs.writeFileSync(path.join(hostDir, 'index.html'), '<!DOCTYPE html><title>empty</title>');
  host = await startStaticServer(hostDir);
});

test.afterAll(async () => {
  await Promise.all([widget, host].map((s) => s?.close()));
  fs.rmSync(hostDir, { recursive: true, force: true });
});

async function openConfigurator(page: Page) {
  await page.goto(`${widget.url}/configure.html`);
  await expect(page.locator('#cfg-clinic-name')).toBeVisible();
  await expect(page.locator('#cfg-snippet')).toHaveValue(/<smp-calculator[ >]/);
}

const preview = (page: Page) => new CalculatorPage(page, page.locator('#cfg-preview-widget'));

/** Every control of the form with its value, by id (every price table opened first). */
const snapshot = async (page: Page) => {
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.cfg-table').forEach((d) => (d.open = true)));
  await expect(page.locator('details.cfg-table table')).toHaveCount(3);
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>('#cfg-form input, #cfg-form select')].map((e) => [e.id, e.type === 'checkbox' ? String(e.checked) : e.value]),
    ),
  );
};

/** The configuration block of an embed snippet. */
function snippetConfig(snippet: string) {
  const block = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet);
  expect(block, 'the snippet has a configuration block').not.toBeNull();
  return JSON.parse(block![1]);
}

/** Fills one row of a price table (`prices`, `touch_up` or `session_prices`). */
async function fillPrices(page: Page, table: string, region: string, tier: string, [low, typical, high]: string[]) {
  await page.locator(`#cfg-${table}-${region}-${tier}-low`).fill(low);
  await page.locator(`#cfg-${table}-${region}-${tier}-typical`).fill(typical);
  await page.locator(`#cfg-${table}-${region}-${tier}-high`).fill(high);
}

test('the form drives the preview, bad values stay out, and the copied snippet works elsewhere', async ({ page, context, guard }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: widget.url });
  await openConfigurator(page);

  // Fill prices, currency and colours: the preview is the real widget with them.
  await page.locator('#cfg-clinic-name').fill('Configured Clinic');
  await page.locator('#cfg-currency').selectOption('GBP');
  await fillPrices(page, 'prices', 'crown', 'standard', ['1111', '2222', '3333']);
  await page.getByText('Touch-up prices', { exact: true }).click();
  await fillPrices(page, 'touch_up', 'crown', 'standard', ['150', '200', '250']);
  await page.locator('#cfg-default-region').selectOption('crown');
  await page.locator('#cfg-default-tier').selectOption('standard');
  await page.locator('#cfg-default-horizon-years').fill('7');
  await page.locator('#cfg-comparison-medication').uncheck();
  await page.locator('#cfg-theme-accent').fill('#8a1c7c');
  const shown = preview(page);
  await expect(shown.initialTypical).toHaveText('£2,222');
  await expect(shown.planSummary).toContainText('Total over 7 years');
  await expect(shown.root.getByTestId('clinic-name')).toHaveText('Configured Clinic');
  // The accent marks the selected options (and a booking link, the one primary action).
  await expect(shown.root.locator('.smp-choice__option:has(input:checked)').first()).toHaveCSS('border-top-color', 'rgb(138, 28, 124)');
  // The placeholders are the defaults in the chosen currency.
  expect(await page.locator('#cfg-prices-crown-premium-typical').getAttribute('placeholder')).toMatch(/^\d+(\.\d+)?$/);

  // Bad values: each is flagged beside its field by the widget's parser and left out.
  await fillPrices(page, 'prices', 'crown', 'premium', ['3000', '1000', '4000']);
  await page.locator('#cfg-booking-url').fill("javascript:alert('x')");
  await page.locator('#cfg-theme-accent_text').fill('#999999');
  await expect(page.locator('#cfg-prices-crown-premium-warning')).toContainText('low, typical, high');
  await expect(page.locator('#cfg-prices-crown-premium-typical')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cfg-booking-url-warning')).toContainText('http');
  await expect(page.locator('#cfg-booking-url')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cfg-theme-accent_text-warning')).toContainText('4.5:1');
  await expect(page.locator('#cfg-contrast')).toContainText('below AA');
  await expect(page.locator('#cfg-status')).toContainText('3 values are marked');
  const flaggedSnippet = await page.locator('#cfg-snippet').inputValue();
  expect(flaggedSnippet).not.toContain('javascript:');
  expect(flaggedSnippet).not.toContain('#999999');
  const flaggedConfig = snippetConfig(flaggedSnippet);
  expect(flaggedConfig.prices.crown.premium).toBeUndefined();
  expect(flaggedConfig.prices.crown.standard).toEqual([1111, 2222, 3333]);
  expect(flaggedConfig.prices.touch_up).toEqual({ crown: { standard: [150, 200, 250] } });
  // Colours are not the parser's: they travel as the element's custom properties.
  expect(flaggedConfig.theme).toBeUndefined();
  expect(flaggedSnippet).toContain('<smp-calculator data-smp-theme style="--smp-color-accent: #8a1c7c">');
  for (const id of ['#cfg-iframe']) expect(await page.locator(id).inputValue()).toContain('frame.html#smp1.');

  // Fixed: the flags go.
  await fillPrices(page, 'prices', 'crown', 'premium', ['3000', '3500', '4000']);
  await page.locator('#cfg-booking-url').fill('https://clinic.example/book');
  await page.locator('#cfg-theme-accent_text').fill('');
  await expect(page.locator('#cfg-status')).toHaveText('The code below is up to date.');
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  const fields = await snapshot(page);

  // Copy: the clipboard holds the snippet, with this build's integrity hash.
  await page.locator('#cfg-copy-snippet').click();
  await expect(page.locator('#cfg-copy-status')).toHaveText('Embed snippet copied.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await page.locator('#cfg-snippet').inputValue());
  const integrity = await page.locator('script[src="./smp-calculator.js"]').getAttribute('integrity');
  expect(snippet).toContain(`integrity="${integrity}"`);
  expect(snippet).toContain(`src="${widget.url}/smp-calculator.js"`);

  // Pasted into a blank page on another loopback origin: the same prices.
  fs.writeFileSync(path.join(hostDir, 'clinic.html'), `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Clinic</title></head><body>\n${snippet}</body></html>`);
  const other = await context.newPage();
  await other.goto(`${host.url}/clinic.html`);
  const pasted = new CalculatorPage(other, other.locator('smp-calculator'));
  await expect(pasted.initialTypical).toHaveText('£2,222');
  await expect(pasted.planSummary).toContainText('Total over 7 years');
  await expect(pasted.root.getByTestId('clinic-name')).toHaveText('Configured Clinic');
  await expect(pasted.root.getByTestId('booking-link')).toHaveAttribute('href', 'https://clinic.example/book');
  await expect(pasted.root.locator('.smp-button').first()).toHaveCSS('background-color', 'rgb(138, 28, 124)');

  // The iframe snippet, likewise: frame.html from the widget's origin, colours from its fragment.
  const iframeSnippet = await page.locator('#cfg-iframe').inputValue();
  fs.writeFileSync(path.join(hostDir, 'framed.html'), `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Clinic</title></head><body>\n${iframeSnippet}</body></html>`);
  await other.goto(`${host.url}/framed.html`);
  const framed = other.frameLocator('#smp-calculator-frame');
  const inFrame = new CalculatorPage(other, framed.locator('smp-calculator'));
  await expect(inFrame.initialTypical).toHaveText('£2,222');
  await expect(framed.locator('smp-calculator .smp-button').first()).toHaveCSS('background-color', 'rgb(138, 28, 124)');
  await other.close();

  guard.expectClean();
});

test('the draft is kept between visits, and importing either snippet restores every field', async ({ page, guard }) => {
  await openConfigurator(page);
  // A clinic's JSON, imported: fills the form in one go.
  const config = {
    clinic_name: 'Imported Clinic',
    currency: 'EUR',
    locale: 'de-DE',
    booking_url: 'https://imported.example/book',
    comparisons: ['fibers', 'hairpiece'],
    pricing: 'per_session',
    prices: { crown: { standard: [900, 1800, 2700] }, touch_up: { crown: { premium: [200, 300, 400] } } },
    session_prices: { top: { budget: [300, 400, 500] } },
    theme: { accent: '#8a1c7c', bg: '#fffdf8' },
    defaults: { region: 'crown', tier: 'standard', horizon_years: 9 },
  };
  await page.locator('#cfg-import').fill(JSON.stringify(config));
  await page.locator('#cfg-import-button').click();
  await expect(page.locator('#cfg-import-status')).toContainText('Imported');
  await expect(page.locator('#cfg-status')).toHaveText('The code below is up to date.');
  await expect(page.locator('#cfg-clinic-name')).toHaveValue('Imported Clinic');
  const fields = await snapshot(page);
  await expect(page.locator('#cfg-session_prices-top-budget-typical')).toHaveValue('400');
  const snippet = await page.locator('#cfg-snippet').inputValue();
  const { theme, ...widgetConfig } = config;
  expect(snippetConfig(snippet)).toEqual(widgetConfig);
  expect(snippet).toContain(`style="--smp-color-bg: ${theme.bg}; --smp-color-accent: ${theme.accent}"`);
  const iframeSnippet = await page.locator('#cfg-iframe').inputValue();

  // Saved between visits.
  await page.goto(`${widget.url}/configure.html`);
  await expect(page.locator('#cfg-clinic-name')).toHaveValue('Imported Clinic');
  expect(await snapshot(page)).toEqual(fields);

  // Import of the embed snippet, then of the iframe snippet, into an empty configurator.
  for (const text of [snippet, iframeSnippet]) {
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${widget.url}/configure.html`);
    await expect(page.locator('#cfg-clinic-name')).toHaveValue('');
    expect(await snapshot(page)).not.toEqual(fields);
    await page.locator('#cfg-import').fill(text);
    await page.locator('#cfg-import-button').click();
    await expect(page.locator('#cfg-import-status')).toContainText('Imported');
    expect(await snapshot(page)).toEqual(fields);
  }
  await expect(preview(page).initialTypical).toHaveText(/1\.800/);
  guard.expectClean();
});

test('axe finds no violations in the configurator, with and without flagged fields', async ({ page, guard }) => {
  await openConfigurator(page);
  await expect(preview(page).planSummary).toBeVisible();
  const axe = async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    return page.evaluate(async (tags) => {
      // The preview (the widget) is checked on its own, so that a violation says which side
      // it is on; every rule applies to both.
      const options = { runOnly: { type: 'tag', values: tags } };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const axe = (window as any).axe;
      const own = await axe.run({ include: [document], exclude: [['#cfg-preview-widget']] }, options);
      const widget = await axe.run({ include: [['#cfg-preview-widget']] }, options);
      return [...own.violations, ...widget.violations].map((v: { id: string; nodes: { target: unknown }[] }) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
    }, WCAG_TAGS);
  };
  expect(await axe()).toEqual([]);
  await page.locator('#cfg-booking-url').fill('javascript:void(0)');
  await fillPrices(page, 'prices', 'hairline', 'budget', ['9', '5', '1']);
  await expect(page.locator('#cfg-booking-url')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe()).toEqual([]);
  guard.expectClean();
});

test("the calculator's wasm and script hold none of the configurator's code", () => {
  const files = fs.readdirSync(DIST_DIR);
  const calculatorWasm = files.filter((f) => /^smp-calculator.*_bg\.wasm$/.test(f));
  const configuratorWasm = files.filter((f) => /^configure-.*_bg\.wasm$/.test(f));
  expect(calculatorWasm).toHaveLength(1);
  expect(configuratorWasm).toHaveLength(1);
  // Names only the configurator's crate holds: its export, its schema's keys, the contrast check.
  const marks = ['checkConfigJson', 'theme_pairs', 'under the 4.5:1 of WCAG AA'];
  const configurator = fs.readFileSync(path.join(DIST_DIR, configuratorWasm[0])).toString('latin1');
  for (const mark of marks) expect(configurator, `the configurator's wasm holds ${mark}`).toContain(mark);
  const calculator = fs.readFileSync(path.join(DIST_DIR, calculatorWasm[0])).toString('latin1');
  const script = fs.readFileSync(path.join(DIST_DIR, 'smp-calculator.js'), 'utf8');
  for (const mark of marks) {
    expect(calculator, `the calculator's wasm holds ${mark}`).not.toContain(mark);
    expect(script, `smp-calculator.js holds ${mark}`).not.toContain(mark);
  }
  // Both read configurations with the same parser: its messages are in both.
  for (const mark of ['only absolute http:// or https:// links are allowed']) {
    expect(configurator).toContain(mark);
    expect(calculator).toContain(mark);
  }
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test("a themed widget keeps the clinic's light palette; an unthemed one turns dark", async ({ page, guard }) => {
    const integrity = /integrity="([^"]+)"/.exec(fs.readFileSync(path.join(DIST_DIR, 'embed-snippet.html'), 'utf8'))![1];
    fs.writeFileSync(
      path.join(hostDir, 'dark.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dark</title></head><body>
<script type="module" src="${widget.url}/smp-calculator.js" integrity="${integrity}" crossorigin="anonymous"></script>
<smp-calculator id="themed" data-smp-theme style="--smp-color-accent: #8a1c7c"></smp-calculator>
<smp-calculator id="plain"></smp-calculator></body></html>`,
    );
    await page.goto(`${host.url}/dark.html`);
    const themed = new CalculatorPage(page, page.locator('#themed'));
    const plain = new CalculatorPage(page, page.locator('#plain'));
    await expect(themed.planSummary).toBeVisible();
    await expect(plain.planSummary).toBeVisible();
    // The light text colour the configurator checked its pairs against, and the clinic accent.
    await expect(themed.root.locator('.smp-app')).toHaveCSS('color', 'rgb(31, 35, 40)');
    await expect(themed.root.locator('.smp-choice__option:has(input:checked)').first()).toHaveCSS('border-top-color', 'rgb(138, 28, 124)');
    await expect(plain.root.locator('.smp-app')).toHaveCSS('color', 'rgb(230, 237, 243)');
    guard.expectClean();
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the configurator works with the network cut', async ({ page, context, guard }) => {
    await openConfigurator(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The worker keeps the configurator's files once the page asked.
    await expect
      .poll(() => page.evaluate(async () => !!(await caches.match('./configure.js')) && !!(await caches.match('./configure.html'))))
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#cfg-clinic-name')).toBeVisible();
    await page.locator('#cfg-currency').selectOption('EUR');
    await fillPrices(page, 'prices', 'crown', 'standard', ['900', '1800', '2700']);
    await page.locator('#cfg-default-region').selectOption('crown');
    await page.locator('#cfg-default-tier').selectOption('standard');
    await expect(preview(page).initialTypical).toHaveText(/1,800/);
    await context.setOffline(false);
    guard.expectClean();
  });

  test("the calculator's visitors do not download the configurator", async ({ page, guard }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${widget.url}/`);
    await expect(new CalculatorPage(page).planSummary).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached).toContain('/smp-calculator.js');
    expect(cached.filter((u) => /configure|frame/.test(u))).toEqual([]);
    expect(requested.filter((u) => /configure|frame/.test(u))).toEqual([]);
    guard.expectClean();
  });
});
