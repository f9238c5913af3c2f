// Faults the widget must survive: a panic, storage that is full, Intl without a currency, and
// one broken instance among several. (Blocked storage: state.spec.ts; wasm that cannot load:
// embed.spec.ts.) The panic needs the fault-injection build in target/dist-faults/, where
// typing "panic!" into a field panics.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, DIST_DIR } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';

const FAULTS_DIR = path.resolve(__dirname, '..', '..', 'target', 'dist-faults');
const EXAMPLE_DIR = path.resolve(__dirname, '..', '..', 'examples', 'embed');

let faults: StaticServer;
let faultsExample: StaticServer;
let example: StaticServer;

test.beforeAll(async () => {
  if (!fs.existsSync(path.join(FAULTS_DIR, 'index.html'))) {
    throw new Error(`${FAULTS_DIR} missing: scripts/test.sh builds it (trunk build --features fault-injection)`);
  }
  faults = await startStaticServer(FAULTS_DIR);
  faultsExample = await startStaticServer(EXAMPLE_DIR, { mounts: { '/widget/': FAULTS_DIR } });
  example = await startStaticServer(EXAMPLE_DIR, { mounts: { '/widget/': DIST_DIR } });
});

test.afterAll(async () => {
  await Promise.all([faults, faultsExample, example].map((s) => s?.close()));
});

test('a panic becomes a message with a reset button that brings the widget back', async ({ page, guard }) => {
  await page.goto(`${faults.url}/`);
  const calculator = new CalculatorPage(page);
  await calculator.waitForApp();
  await calculator.choose('tier', 'premium');
  await calculator.fill('horizon_years', 'panic!');

  const crash = page.locator('.smp-crash');
  await expect(crash).toBeVisible();
  await expect(crash).toHaveAttribute('role', 'alert');
  await expect(crash).toContainText('stopped working');
  expect(guard.consoleErrors.join('\n')).toContain('fault injection: forced panic');

  await crash.getByRole('button', { name: 'Reset the calculator' }).click();
  await calculator.waitForApp();
  await expect(page.locator('.smp-crash')).toHaveCount(0);
  // Saved inputs were cleared (they might be what crashed it) and the widget works again.
  await expect(page.locator('#smp-tier-standard')).toBeChecked();
  await calculator.choose('tier', 'budget');
  await calculator.expectFresh();
  // The panic itself is the only error: the hook's message and the aborted wasm.
  expect(guard.pageErrors.every((e) => /unreachable|RuntimeError/i.test(e))).toBe(true);
  expect(guard.consoleErrors.every((e) => /smp-calculator: panicked|fault injection/.test(e))).toBe(true);
  guard.checked = true;
});

test('a panic in one embedded instance replaces every instance with the message', async ({ page, guard }) => {
  await page.goto(`${faultsExample.url}/`);
  const north = new CalculatorPage(page, page.locator('#north'));
  const south = new CalculatorPage(page, page.locator('#south'));
  await expect(north.planSummary).toBeVisible();
  await expect(south.planSummary).toBeVisible();
  await north.fill('session_gap_weeks', 'panic!');
  await expect(page.locator('#north').locator('.smp-crash')).toBeVisible();
  await expect(page.locator('#south').locator('.smp-crash')).toBeVisible();
  guard.checked = true;
});

test('storage that is full: a notice once, and the widget keeps working', async ({ calculator, page, guard }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await calculator.goto();
  await expect(calculator.notice).toContainText('could not be saved');
  await calculator.choose('tier', 'premium');
  await calculator.expectFresh();
  await expect(calculator.notice).toHaveCount(0);
  await calculator.choose('tier', 'budget');
  await expect(calculator.notice, 'announced once only').toHaveCount(0);
  guard.expectClean();
});

test('Intl without a currency: amounts fall back to the currency code, nothing breaks', async ({ calculator, page, guard }) => {
  await page.addInitScript(() => {
    const Original = Intl.NumberFormat;
    // A browser whose Intl data lacks NZD throws RangeError for it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (Intl as any).NumberFormat = new Proxy(Original, {
      construct(target, args) {
        if (args[1] && args[1].currency === 'NZD') throw new RangeError('Invalid currency code : NZD');
        return Reflect.construct(target, args);
      },
    });
  });
  await calculator.goto();
  await calculator.openAdvanced();
  await calculator.field('currency').selectOption('NZD');
  await calculator.expectFresh();
  await expect(calculator.initialTypical).toHaveText(/^NZD \d{1,3}(,\d{3})*$/);
  await expect(page.getByTestId('comparison-table').locator('tbody')).toContainText('NZD ');
  await calculator.expectNoGarbageText();
  await calculator.field('currency').selectOption('EUR');
  await expect(calculator.initialTypical).toContainText('€');
  guard.expectClean();
});

test('one instance that cannot mount does not stop the others', async ({ page, guard }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${example.url}/`);
  const north = new CalculatorPage(page, page.locator('#north'));
  await expect(north.planSummary).toBeVisible();
  await page.evaluate(() => {
    const broken = document.createElement('div');
    broken.id = 'broken';
    // Someone else's closed shadow root: the widget cannot attach its own.
    broken.attachShadow({ mode: 'closed' });
    broken.setAttribute('data-smp-calculator', '');
    document.body.append(broken);
  });
  await expect.poll(() => warnings.join('\n')).toContain('could not mount #broken');
  await north.choose('tier', 'premium');
  await north.expectFresh();
  await expect(page.locator('#north-total')).toContainText('Northside plan');
  const south = new CalculatorPage(page, page.locator('#south'));
  await south.choose('tier', 'budget');
  await south.expectFresh();
  guard.expectClean();
});
