// Host pages as real sites have them (issue #18): a tiny root font size (62.5 %), a large
// root and a visitor who raised the browser's text size, page zoom, a right-to-left page in
// another language, and two calculators sharing one page and its links.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, DIST_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';
import type { Browser, Page } from '@playwright/test';

const OUT_DIR = path.resolve(__dirname, '..', '..', 'target', 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What the current release's "Copy link" writes for these inputs (its unit test
 * `writes_only_set_fields_in_contract_order` pins the format, commit 3bcb8eb): such links are
 * in visitors' hands and must keep opening.
 */
const RELEASED_LINK =
  'v=1&region=norwood-4&tier=premium&longevity_years=6.5&start_date=2027-01-04&inflation_percent=2.5&transplant_cost_minor=900000';

interface Host {
  url: string;
  close(): Promise<void>;
}

/** Serves a host page (`head` extra markup, `body` its content) with dist/ at /widget/. */
async function hostPage(html: { htmlAttrs?: string; head?: string; body: string }): Promise<Host> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-host-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html ${html.htmlAttrs ?? 'lang="en"'}><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Clinic host page</title><link rel="icon" href="data:,">${html.head ?? ''}
    <script type="module" src="/widget/smp-calculator.js"></script></head>
    <body><main>${html.body}</main></body></html>`,
  );
  const server: StaticServer = await startStaticServer(dir, { mounts: { '/widget/': DIST_DIR } });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens every <details> of the widget, so that all its text is on screen. */
async function openEverything(calculator: CalculatorPage) {
  await calculator.openAdvanced();
  const list = calculator.scope.getByTestId('timeline-list');
  await list.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await expect(list.getByText(/^Session 1: /)).toBeVisible();
}

/**
 * Every visible text of the widget on `hostId` with its rendered size in CSS pixels: the
 * computed font size, times the SVG scale for chart text (a chart's viewBox is scaled to its
 * column). Text for screen readers only (1px clip) and closed <select> options are skipped.
 */
async function textSizes(page: Page, hostId: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('.smp-visually-hidden, option')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if (range.getClientRects().length === 0) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) px *= Math.hypot(m.a, m.b);
      }
      out.push({ text: n.textContent.trim().slice(0, 40), px: Math.round(px * 100) / 100 });
    }
    return out;
  }, hostId);
}

/** Controls smaller than 24 by 24 CSS pixels (radios count by their label). */
async function smallTargets(page: Page, hostId: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const out: string[] = [];
    const targets = root.querySelectorAll<HTMLElement>(
      'button, select, summary, a[href], input:not([type=radio]), label:has(input[type=radio])',
    );
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 24 || r.height < 24) out.push(`${el.tagName}#${el.id || el.textContent?.trim().slice(0, 20)} ${r.width}x${r.height}`);
    }
    return out;
  }, hostId);
}

/** The widget's base size and its title's height, for comparing pages and browsers. */
async function sizes(page: Page, hostId: string) {
  return page.evaluate((id) => {
    const app = document.getElementById(id)!.shadowRoot!.querySelector<HTMLElement>('.smp-app')!;
    const h1 = app.querySelector('h1')!;
    return {
      base: parseFloat(getComputedStyle(app).fontSize),
      h1: parseFloat(getComputedStyle(h1).fontSize),
      h1Height: h1.getBoundingClientRect().height,
      hostRoot: parseFloat(getComputedStyle(document.documentElement).fontSize),
    };
  }, hostId);
}

/** The browser's default text size (Settings > Appearance > Font size), as a visitor sets it. */
async function setBrowserFontSize(page: Page, px: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
}

test.describe('root font size', () => {
  let tiny: Host;
  let large: Host;
  test.beforeAll(async () => {
    const body = '<h1>Our prices</h1><p>Host text.</p><smp-calculator id="host"></smp-calculator>';
    tiny = await hostPage({ head: '<style>html { font-size: 62.5%; } body { font-size: 1.4rem; }</style>', body });
    large = await hostPage({ head: '<style>html { font-size: 125%; }</style>', body });
  });
  test.afterAll(async () => {
    await tiny?.close();
    await large?.close();
  });

  test('a 62.5% host root leaves every text at 14px or more, targets at 24px, axe clean', async ({ page, guard }) => {
    await page.goto(`${tiny.url}/`);
    const calculator = new CalculatorPage(page, page.locator('#host'));
    await expect(calculator.planSummary).toBeVisible();
    await openEverything(calculator);

    const s = await sizes(page, 'host');
    expect(s.hostRoot).toBe(10);
    expect(s.base).toBe(16);
    expect(s.h1).toBe(24);

    const texts = await textSizes(page, 'host');
    // Headings, labels, hints, table, legends, chart axes and the dates list all counted.
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.some((t) => t.text.startsWith('Session 1:'))).toBe(true);
    expect(texts.filter((t) => t.px < 14)).toEqual([]);
    expect(await smallTargets(page, 'host')).toEqual([]);

    const violations = await calculator.axeViolations({ runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(violations).toEqual([]);
    fs.mkdirSync(OUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUT_DIR, 'host-root-62.5pc.png'), fullPage: true });
    guard.expectClean();
  });

  test('the widget follows the browser text size, not the host root', async ({ page, guard }) => {
    await page.goto(`${large.url}/`);
    await expect(new CalculatorPage(page, page.locator('#host')).planSummary).toBeVisible();
    const normal = await sizes(page, 'host');
    // The host's 125% root (20px) is the host's business: the widget keeps the browser's 16px.
    expect(normal.hostRoot).toBe(20);
    expect(normal.base).toBe(16);

    // A visitor who set the browser's default text size to 24px gets a larger widget, on
    // the 125% page and on the 62.5% page alike.
    await setBrowserFontSize(page, 24);
    for (const host of [large, tiny]) {
      await page.goto(`${host.url}/`);
      const calculator = new CalculatorPage(page, page.locator('#host'));
      await expect(calculator.planSummary).toBeVisible();
      const bigger = await sizes(page, 'host');
      expect(bigger.base).toBe(24);
      expect(bigger.h1).toBe(36);
      expect(bigger.h1Height).toBeGreaterThan(normal.h1Height * 1.3);
      const texts = await textSizes(page, 'host');
      expect(texts.filter((t) => t.px < 21)).toEqual([]);
    }
    await page.screenshot({ path: path.join(OUT_DIR, 'host-browser-font-24px.png'), fullPage: true });
    guard.expectClean();
  });

  test('--smp-font-size sets the base on any host root', async ({ page, guard }) => {
    await page.goto(`${tiny.url}/`);
    await expect(new CalculatorPage(page, page.locator('#host')).planSummary).toBeVisible();
    await page.addStyleTag({ content: '#host { --smp-font-size: 18px; }' });
    await expect.poll(async () => (await sizes(page, 'host')).base).toBe(18);
    expect((await sizes(page, 'host')).h1).toBe(27);
    guard.expectClean();
  });
});

/** The title's height in device pixels at a page zoom of `zoom` (Chromium zooms by scaling the device pixel ratio and narrowing the CSS viewport, as done here). */
async function titleDevicePixels(browser: Browser, url: string, zoom: number): Promise<number> {
  const context = await browser.newContext({ deviceScaleFactor: zoom, viewport: { width: Math.round(1280 / zoom), height: 720 } });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await page.goto(url);
    const h1 = page.locator('#host').locator('h1');
    await expect(h1).toBeVisible();
    const box = await h1.boundingBox();
    return box!.height * zoom;
  } finally {
    await context.close();
  }
}

test('page zoom at 125% grows the widget with the page', async ({ browser }) => {
  const host = await hostPage({ head: '<style>html { font-size: 62.5%; }</style>', body: '<smp-calculator id="host"></smp-calculator>' });
  try {
    const normal = await titleDevicePixels(browser, `${host.url}/`, 1);
    const zoomed = await titleDevicePixels(browser, `${host.url}/`, 1.25);
    expect(zoomed / normal).toBeCloseTo(1.25, 1);
  } finally {
    await host.close();
  }
});

test.describe('right-to-left host page in Arabic, Arabic browser', () => {
  test.use({ locale: 'ar-EG' });
  let rtl: Host;
  test.beforeAll(async () => {
    rtl = await hostPage({
      htmlAttrs: 'lang="ar" dir="rtl"',
      body: '<h1>حاسبة التكلفة</h1><p>نص الصفحة المضيفة.</p><smp-calculator id="host"></smp-calculator>',
    });
  });
  test.afterAll(async () => rtl?.close());

  test('the widget keeps its own language and direction; no text overlaps in the charts', async ({ page, guard }) => {
    await page.goto(`${rtl.url}/#${RELEASED_LINK}`);
    const calculator = new CalculatorPage(page, page.locator('#host'));
    await expect(calculator.planSummary).toBeVisible();
    await openEverything(calculator);
    expect(await page.evaluate(() => navigator.language)).toBe('ar-EG');

    const app = calculator.scope.getByTestId('app');
    await expect(app).toHaveAttribute('lang', 'en');
    await expect(app).toHaveAttribute('dir', 'ltr');
    expect(await app.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');

    // English dates and numbers in English sentences: no Arabic script, no Arabic digits.
    const text = await app.evaluate((el) => el.textContent ?? '');
    expect(text).not.toMatch(/[\u0600-\u06FF]/);
    await expect(calculator.planSummary.getByTestId('full-result')).toHaveText(
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/,
    );
    await expect(calculator.scope.getByTestId('timeline-list').getByText(/^Session 1: /)).toHaveText(/^Session 1: [A-Z][a-z]+ \d{1,2}, \d{4}(?!\d)/);
    await expect(calculator.initialTypical).toHaveText(/^\$\d{1,3}(,\d{3})*$/);

    // Text boxes in both charts: none overlaps another, and the timeline's row labels end
    // before its plot starts (under rtl they used to run into it).
    const report = await page.evaluate(() => {
      const root = document.getElementById('host')!.shadowRoot!;
      const overlaps: string[] = [];
      let count = 0;
      for (const chart of root.querySelectorAll<SVGSVGElement>('svg.smp-chart')) {
        const boxes = [...chart.querySelectorAll('text')]
          .filter((t) => t.textContent?.trim())
          .map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
        count += boxes.length;
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i].r, boxes[j].r];
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 0.5 && h > 0.5) overlaps.push(`${boxes[i].text} / ${boxes[j].text}`);
          }
        }
      }
      const timeline = root.querySelector('[data-testid="timeline"]') ?? root.querySelector('.smp-timeline svg.smp-chart');
      const plotLeft = Math.min(
        ...[...timeline!.querySelectorAll('.smp-timeline-marker, .smp-healing')].map((e) => e.getBoundingClientRect().left),
      );
      const labelsRight = Math.max(...[...timeline!.querySelectorAll('.smp-row-label')].map((e) => e.getBoundingClientRect().right));
      return { count, overlaps, plotLeft, labelsRight };
    });
    expect(report.count).toBeGreaterThan(10);
    expect(report.overlaps).toEqual([]);
    expect(report.labelsRight).toBeLessThanOrEqual(report.plotLeft);

    fs.mkdirSync(OUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUT_DIR, 'host-rtl-ar.png'), fullPage: true });
    await calculator.scope.getByTestId('app').screenshot({ path: path.join(OUT_DIR, 'host-rtl-ar-widget.png') });
    guard.expectClean();
  });
});

test.describe('two calculators with ids on one page', () => {
  let two: Host;
  test.beforeAll(async () => {
    two = await hostPage({
      body: '<smp-calculator id="first"></smp-calculator><div data-smp-calculator id="second" currency="EUR"></div>',
    });
  });
  test.afterAll(async () => two?.close());

  /** A fresh visit: no saved inputs, then the page at `fragment`. */
  async function visit(page: Page, fragment: string) {
    await page.goto(`${two.url}/`);
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(`${two.url}/${fragment ? `#${fragment}` : ''}`);
    const first = new CalculatorPage(page, page.locator('#first'));
    const second = new CalculatorPage(page, page.locator('#second'));
    await expect(first.planSummary).toBeVisible();
    await expect(second.planSummary).toBeVisible();
    return { first, second };
  }

  const tier = (c: CalculatorPage, value: string) => c.scope.locator(`#smp-tier-${value}`);

  test('a link copied from the second restores only the second', async ({ page, guard }) => {
    let { first, second } = await visit(page, '');
    await second.choose('tier', 'premium');
    await second.fill('horizon_years', '12');
    await second.root.getByTestId('copy-link').click();
    const link = await second.root.getByTestId('share-url').inputValue();
    expect(link).toMatch(/#v=1&instance=second&/);
    await expect(tier(first, 'standard')).toBeChecked();

    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(link);
    first = new CalculatorPage(page, page.locator('#first'));
    second = new CalculatorPage(page, page.locator('#second'));
    await expect(first.planSummary).toBeVisible();
    await expect(second.planSummary).toBeVisible();
    await expect(tier(second, 'premium')).toBeChecked();
    await expect(second.field('horizon_years')).toHaveValue('12');
    await expect(tier(first, 'standard')).toBeChecked();
    await expect(first.field('horizon_years')).not.toHaveValue('12');
    // Neither instance complains about the name in the link.
    await expect(first.notice).toHaveCount(0);
    await expect(second.notice).toHaveCount(0);

    // A link for the first, pasted into this tab, changes only the first.
    await page.evaluate(() => (location.hash = 'v=1&instance=first&tier=budget'));
    await expect(tier(first, 'budget')).toBeChecked();
    await expect(tier(second, 'premium')).toBeChecked();
    guard.expectClean();
  });

  test('a link from the current release still opens (in every instance, as it did)', async ({ page, guard }) => {
    const { first, second } = await visit(page, RELEASED_LINK);
    for (const c of [first, second]) {
      await expect(tier(c, 'premium')).toBeChecked();
      await expect(c.notice).toHaveCount(0);
      await expect(c.planSummary.getByTestId('sessions-count')).toBeVisible();
    }
    await expect(first.scope.locator('#smp-start-date')).toHaveValue('2027-01-04');
    await expect(second.scope.locator('#smp-start-date')).toHaveValue('2027-01-04');
    guard.expectClean();
  });
});

test('a calculator alone on its page writes links without a name, as before', async ({ page, guard }) => {
  const host = await hostPage({ body: '<smp-calculator id="only"></smp-calculator>' });
  try {
    await page.goto(`${host.url}/`);
    const only = new CalculatorPage(page, page.locator('#only'));
    await expect(only.planSummary).toBeVisible();
    await only.choose('tier', 'premium');
    await only.root.getByTestId('copy-link').click();
    await expect(only.root.getByTestId('share-url')).toHaveValue(/#v=1&tier=premium/);
    guard.expectClean();
  } finally {
    await host.close();
  }
});
