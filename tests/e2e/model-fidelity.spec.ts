// Issue #13 in the browser: the package / per-session wording, the first touch-up after the
// horizon, the technician caution, "converted from US prices", and an alternative marked as
// not suiting the inputs. Each reads what the widget renders, not the engine's JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, DIST_DIR } from './fixtures';
import { startStaticServer } from './static-server';
import { CalculatorPage, parseMoney } from './pages/calculator';

function note(calculator: CalculatorPage, code: string) {
  return calculator.scope.getByTestId('notes').locator(`li[data-code="${code}"]`);
}

test('the initial cost says it is a package price', async ({ calculator }) => {
  await calculator.goto();
  const basis = calculator.planSummary.getByTestId('pricing-basis');
  await expect(basis).toHaveText('Package price for the whole course');
  await expect(note(calculator, 'package_price')).toContainText('package price for the whole course');
  // A package: a 4th session (dry skin) does not change the price.
  const before = await calculator.money('initial-typical');
  await calculator.choose('skin', 'dry');
  await expect(calculator.sessionsCount).toHaveText('4');
  expect(await calculator.money('initial-typical')).toBe(before);
});

test('a clinic priced per session: sessions × price, and a 4th session costs more', async ({ page, guard }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smp-per-session-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Per-session clinic</title><link rel="icon" href="data:,">
    <script type="module" src="/widget/smp-calculator.js"></script></head>
    <body><main><smp-calculator id="host"><script type="application/json">
      {"pricing": "per_session", "session_prices": {"crown": {"standard": [500, 600, 700]}},
       "defaults": {"region": "crown", "tier": "standard"}}
    </script></smp-calculator></main></body></html>`,
  );
  const host = await startStaticServer(dir, { mounts: { '/widget/': DIST_DIR } });
  try {
    await page.goto(`${host.url}/`);
    const calculator = new CalculatorPage(page, page.locator('#host'));
    await expect(calculator.planSummary).toBeVisible();
    const basis = calculator.planSummary.getByTestId('pricing-basis');
    await expect(basis).toHaveText('3 sessions × $600 per session');
    await expect(calculator.initialTypical).toHaveText('$1,800');
    await expect(note(calculator, 'per_session_price')).toBeVisible();
    await expect(note(calculator, 'package_price')).toHaveCount(0);
    await calculator.choose('skin', 'dry');
    await expect(basis).toHaveText('4 sessions × $600 per session');
    await expect(calculator.initialTypical).toHaveText('$2,400');
    guard.expectClean();
  } finally {
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a first touch-up after the horizon is still shown, marked as such', async ({ calculator }) => {
  await calculator.goto('v=1&region=crown&start_date=2027-01-04&horizon_years=4');
  const next = calculator.planSummary.getByTestId('next-touch-up');
  const mark = calculator.planSummary.getByTestId('touch-up-after-horizon');
  await expect(mark).toHaveText(/^\s*\(after the 4-year horizon\)$/);
  // Crown, 5 years: last session 2027-02-15 + 60 months.
  await expect(next).toContainText('2032');
  await calculator.fill('horizon_years', '10');
  await calculator.expectFresh();
  await expect(mark).toHaveCount(0);
  await expect(next).toContainText('2032');
});

test('the technician caution is on every plan and set apart on the budget tier', async ({ calculator }) => {
  await calculator.goto();
  const caution = note(calculator, 'choose_technician');
  await expect(caution).toContainText('reputable, experienced technician');
  await expect(caution).not.toHaveAttribute('data-prominent', 'true');
  await calculator.choose('tier', 'budget');
  await expect(caution).toHaveAttribute('data-prominent', 'true');
  await expect(caution.locator('strong')).toHaveText(/^Important:\s*$/);
  const first = calculator.scope.getByTestId('notes').locator('li').first();
  await expect(first).toHaveAttribute('data-code', 'choose_technician');
  // Set apart by more than its place: a background of its own.
  const plainBg = await note(calculator, 'aftercare').evaluate((e) => getComputedStyle(e).backgroundColor);
  const cautionBg = await caution.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(cautionBg).not.toBe(plainBg);
});

test('"converted from US prices" where no local price table exists', async ({ calculator }) => {
  await calculator.goto();
  const notes = calculator.scope.getByTestId('notes');
  await expect(notes).not.toContainText('converted from US prices');
  await calculator.openAdvanced();
  await calculator.field('currency').selectOption('NZD');
  await expect(note(calculator, 'prices_converted')).toContainText('converted from US prices');
  // AUD has an Australian SMP table; only the alternatives are converted.
  await calculator.field('currency').selectOption('AUD');
  await expect(note(calculator, 'prices_converted')).toHaveCount(0);
  await expect(note(calculator, 'alternatives_converted')).toContainText('converted from US prices');
  // Norwood 5 on the Australian table (coastlinesmp.com.au): A$2,250 typical.
  await calculator.chooseStage('norwood-5');
  await calculator.expectFresh();
  expect(parseMoney(await calculator.initialTypical.innerText())).toBe(2250);
});

test('an alternative that does not suit the inputs is marked beside its row', async ({ calculator }) => {
  await calculator.goto();
  const table = calculator.scope.getByTestId('comparison-table');
  const list = calculator.scope.getByTestId('break-even-list');
  await expect(table.getByTestId('unsuitable-mark')).toHaveCount(0);
  // Extreme hair loss: fibers need hair to cling to.
  await calculator.chooseStage('norwood-6');
  await calculator.expectFresh();
  const fibersHead = table.locator('thead th', { hasText: 'Hair fibers' });
  await expect(fibersHead.getByTestId('unsuitable-mark')).toHaveText(/^\s*\(may not suit you\)$/);
  await expect(list.locator('li[data-unsuitable="fibers_need_hair"]')).toContainText('Hair fibers may not suit you');
  await expect(note(calculator, 'fibers_need_hair')).toBeVisible();
  // A scar: the hairpiece row is marked instead.
  await calculator.choose('region', 'scar');
  await calculator.expectFresh();
  await expect(list.locator('li[data-unsuitable="hairpiece_not_for_scar"]')).toBeVisible();
  await expect(table.locator('thead th', { hasText: 'Hairpiece' }).getByTestId('unsuitable-mark')).toBeVisible();
  await expect(fibersHead.getByTestId('unsuitable-mark')).toHaveCount(0);
});
