// The iframe embed (docs/embedding.md, "Iframe embed"): a host page on one loopback origin
// embeds dist/frame.html from another, with the clinic configuration in the URL fragment and
// the host script exactly as the documentation shows it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, expect, DIST_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';
import type { Page } from '@playwright/test';

const DOCS = path.resolve(__dirname, '..', '..', 'docs', 'embedding.md');
const CONFIG = {
  clinic_name: 'Framed <i>Clinic</i>',
  currency: 'GBP',
  locale: 'en-GB',
  booking_url: "javascript:alert('frame')",
  prices: { crown: { standard: [1111, 2222, 3333] } },
  defaults: { region: 'crown', tier: 'standard', horizon_years: 8 },
};

/** The fragment as documented: smp1. + unpadded base64url of the raw-deflated JSON. */
function fragment(config: unknown): string {
  return `smp1.${zlib.deflateRawSync(Buffer.from(JSON.stringify(config))).toString('base64url')}`;
}

/** The iframe snippet with its host script, taken from the documentation itself. */
function documentedSnippet(frameUrl: string, frameOrigin: string): string {
  const docs = fs.readFileSync(DOCS, 'utf8');
  const block = /## Iframe embed[\s\S]*?```html\n([\s\S]*?)```/.exec(docs);
  if (!block) throw new Error('docs/embedding.md has no html block under "## Iframe embed"');
  const snippet = block[1]
    .replace('https://YOUR-HOST/PATH/frame.html#smp1.…', frameUrl)
    .replace("'https://YOUR-HOST'", `'${frameOrigin}'`);
  expect(snippet).toContain(frameUrl);
  expect(snippet).toContain(`'${frameOrigin}'`);
  return snippet;
}

let widget: StaticServer;
let host: StaticServer;
let stranger: StaticServer;
let hostDir: string;
let strangerDir: string;

test.beforeAll(async () => {
  widget = await startStaticServer(DIST_DIR);
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-frame-host-'));
  strangerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-frame-stranger-'));
  // A third origin, whose page the test makes post well-formed height messages.
  fs.writeFileSync(path.join(strangerDir, 'index.html'), '<!DOCTYPE html><title>stranger</title>');
  stranger = await startStaticServer(strangerDir);
  const frameUrl = `${widget.url}/frame.html#${fragment(CONFIG)}`;
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>Clinic</h1>${body}</body></html>`;
  fs.writeFileSync(
    path.join(hostDir, 'index.html'),
    page(`${documentedSnippet(frameUrl, widget.url)}
<iframe id="stranger" title="stranger" src="${stranger.url}/"></iframe>
<script>
  // Registered after the host script, so each message recorded here was already handled by it:
  // the iframe's height right after it, per origin.
  window.heightMessages = {};
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'smp-calculator:height') {
      (heightMessages[e.origin] ||= []).push(document.getElementById('smp-calculator-frame').clientHeight);
    }
  });
</script>`),
  );
  fs.writeFileSync(
    path.join(hostDir, 'plain.html'),
    page(`<iframe id="smp-calculator-frame" title="SMP cost calculator" width="360" height="600" src="${frameUrl}"></iframe>`),
  );
  host = await startStaticServer(hostDir);
});

test.afterAll(async () => {
  await Promise.all([widget, host, stranger].map((s) => s?.close()));
  for (const dir of [hostDir, strangerDir]) fs.rmSync(dir, { recursive: true, force: true });
});

function framed(page: Page) {
  const frame = page.frameLocator('#smp-calculator-frame');
  return { frame, calc: new CalculatorPage(page, frame.locator('smp-calculator')) };
}

/** The iframe's height in the host page, and the height of the frame's content. */
async function heights(page: Page) {
  // The content box: an iframe's default border is outside it.
  const iframe = await page.locator('#smp-calculator-frame').evaluate((f) => f.clientHeight);
  const handle = await page.locator('#smp-calculator-frame').elementHandle();
  const content = await (await handle!.contentFrame())!.evaluate(() =>
    Math.ceil(document.getElementById('smp-frame')!.getBoundingClientRect().height),
  );
  return { iframe, content };
}

test('the frame applies the configuration from its URL and the host script follows its height', async ({ page, guard }) => {
  await page.goto(`${host.url}/`);
  const { calc } = framed(page);
  await expect(calc.planSummary).toBeVisible();

  // The configuration from the fragment, through the widget's own parser: the clinic's price
  // and currency, the name as text, the javascript: link refused.
  await expect(calc.initialTypical).toHaveText('£2,222');
  await expect(calc.planSummary).toContainText('Total over 8 years');
  await expect(calc.root.getByTestId('clinic-name')).toHaveText('Framed <i>Clinic</i>');
  await expect(calc.root.getByTestId('booking-link')).toHaveCount(0);

  // The host script sized the iframe to the content: no inner scroll bar.
  await expect.poll(async () => { const h = await heights(page); return h.iframe - h.content; }).toBe(0);
  const closed = await heights(page);
  expect(closed.iframe).not.toBe(900);

  // Opening the advanced section and "How is this calculated?" makes the content taller (in
  // two columns the taller one decides: a section in each); the iframe follows.
  await calc.openAdvanced();
  await calc.root.getByTestId('how-calculated').locator('summary').click();
  await expect.poll(async () => (await heights(page)).content).toBeGreaterThan(closed.content + 100);
  await expect.poll(async () => { const h = await heights(page); return h.iframe - h.content; }).toBe(0);
  const open = await heights(page);
  expect(open.iframe).toBeGreaterThan(closed.iframe + 100);

  // Height messages from another origin (a third-party iframe on the page, and the host page
  // itself) are ignored.
  const strangerFrame = page.frames().find((f) => f.url().startsWith(stranger.url))!;
  await strangerFrame.evaluate(() => parent.postMessage({ type: 'smp-calculator:height', height: 77 }, '*'));
  await page.evaluate(() => window.postMessage({ type: 'smp-calculator:height', height: 55 }, '*'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const seen = () => page.evaluate(() => (window as any).heightMessages as Record<string, number[]>);
  await expect.poll(async () => (await seen())[stranger.url]).toEqual([open.iframe]);
  await expect.poll(async () => (await seen())[host.url]).toEqual([open.iframe]);
  expect((await seen())[widget.url].length).toBeGreaterThan(0);
  expect((await heights(page)).iframe).toBe(open.iframe);

  // And the frame reports shrinking too.
  await calc.advanced.locator('summary').click();
  await calc.root.getByTestId('how-calculated').locator('summary').click();
  await expect.poll(async () => (await heights(page)).iframe).toBe(closed.iframe);
  guard.expectClean();
});

test('without the host script the frame keeps its height, scrolls, and fits a narrow width', async ({ page, guard }) => {
  await page.goto(`${host.url}/plain.html`);
  const { calc } = framed(page);
  await expect(calc.initialTypical).toHaveText('£2,222');
  const iframe = page.locator('#smp-calculator-frame');
  await calc.openAdvanced();
  const box = await iframe.evaluate((f) => ({ w: f.clientWidth, h: f.clientHeight }));
  expect(box).toEqual({ w: 360, h: 600 });
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  const inside = await frame.evaluate(() => {
    const s = document.scrollingElement!;
    const app = document.querySelector('smp-calculator')!.getBoundingClientRect();
    s.scrollTop = 400;
    return { scrollHeight: s.scrollHeight, clientHeight: s.clientHeight, scrolled: s.scrollTop, scrollWidth: s.scrollWidth, clientWidth: s.clientWidth, appWidth: app.width };
  });
  // Its own scroll, vertically only: the widget takes the frame's width and no more.
  expect(inside.scrollHeight).toBeGreaterThan(inside.clientHeight);
  expect(inside.scrolled).toBe(400);
  expect(inside.scrollWidth).toBe(inside.clientWidth);
  expect(inside.appWidth).toBe(inside.clientWidth);
  guard.expectClean();
});

test('an unreadable fragment gives the defaults with a warning, never an error', async ({ page, guard }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  // Valid base64url, but not deflate data.
  await page.goto(`${widget.url}/frame.html#smp1.AAAAAAAA`);
  const calc = new CalculatorPage(page, page.locator('smp-calculator'));
  await expect(calc.planSummary).toBeVisible();
  await expect(calc.root.getByTestId('clinic-name')).toHaveCount(0);
  expect(warnings.join('\n')).toMatch(/configuration in this frame's address cannot be read/);
  await expect(calc.notice).toHaveCount(0);
  guard.expectClean();
});

test('"Copy link" inside the frame keeps the clinic configuration beside the inputs', async ({ page, context, guard }) => {
  // The documented snippet lets the frame write to the clipboard (allow="clipboard-write").
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${host.url}/`);
  const { calc } = framed(page);
  await expect(calc.initialTypical).toHaveText('£2,222');
  await calc.choose('tier', 'premium');
  const premium = await calc.initialTypical.textContent();
  expect(premium).not.toBe('£2,222');
  await calc.root.getByTestId('copy-link').click();
  const link = await calc.root.getByTestId('share-url').inputValue();
  // The configuration in the query, the visitor's inputs in the fragment.
  expect(link).toMatch(new RegExp(`^${widget.url}/frame\\.html\\?smp1\\.[A-Za-z0-9_-]+#v=1&.*tier=premium`));
  const opened = await context.newPage();
  await opened.goto(link);
  const shared = new CalculatorPage(opened, opened.locator('smp-calculator'));
  await expect(shared.initialTypical).toHaveText(premium!);
  await expect(shared.root.getByTestId('clinic-name')).toHaveText('Framed <i>Clinic</i>');
  await expect(opened.locator('#smp-tier-premium')).toBeChecked();
  // Reset keeps it too: the clinic's standard price again, in pounds.
  await shared.root.getByTestId('reset').click();
  await expect(shared.initialTypical).toHaveText('£2,222');
  expect(new URL(opened.url()).search).toMatch(/^\?smp1\./);
  await opened.close();
  guard.expectClean();
});
