// Inputs survive a reload, travel in a shared link, and bad saved or shared
// state falls back to defaults (field by field for links) with a notice.
import { test, expect } from './fixtures';
import { STORAGE_KEY, type CalculatorPage } from './pages/calculator';

/** Changes a handful of inputs of different kinds; returns nothing, the page shows them. */
async function customise(calculator: CalculatorPage): Promise<void> {
  await calculator.choose('tier', 'premium');
  await calculator.choose('region', 'top');
  await calculator.choose('skin', 'oily');
  await calculator.setLongevity(7.5);
  await calculator.setStartDate('2027-04-12');
  await calculator.fill('horizon_years', '12');
  await calculator.fill('session_gap_weeks', '4');
  await calculator.openAdvanced();
  await calculator.field('currency').selectOption('EUR');
  await calculator.fill('transplant_cost_minor', '7,250.50');
  await calculator.fill('sales_tax_percent', '8.5');
  await calculator.expectFresh();
}

async function formValues(calculator: CalculatorPage) {
  return calculator.page.locator('form[data-testid="form"]').evaluate((form) =>
    Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio') || el.checked)
      // A restored amount may drop the visitor's thousands separators ("7,250.50" → "7250.50").
      .map((el) => `${el.id}=${el.value.replace(/,/g, '')}`),
  );
}

test.afterEach(async ({ calculator, guard }) => {
  await calculator.expectNoGarbageText();
  guard.expectClean();
});

test('a shared link restores exactly the same inputs and plan in a fresh browser', async ({
  calculator,
  browser,
  baseURL,
}) => {
  await calculator.goto();
  await customise(calculator);
  const plan = await calculator.snapshot();
  const values = await formValues(calculator);

  await calculator.page.getByTestId('copy-link').click();
  const link = await calculator.page.getByTestId('share-url').inputValue();
  expect(link).toMatch(/#v=1&/);
  expect(calculator.page.url()).toBe(link);
  await expect(calculator.notice).toBeVisible();

  // A new context has empty storage: only the link can carry the inputs.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(String(e)));
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const { CalculatorPage } = await import('./pages/calculator');
  const restored = new CalculatorPage(other);
  await other.goto(link);
  await restored.waitForApp();
  await restored.expectFresh();
  await expect(restored.notice).toHaveCount(0);
  expect(await restored.snapshot()).toEqual(plan);
  await restored.openAdvanced();
  expect(await formValues(restored)).toEqual(values);
  expect(errors).toEqual([]);
  await context.close();
});

test('a reload restores the inputs from storage', async ({ calculator, page }) => {
  await calculator.goto();
  await customise(calculator);
  const plan = await calculator.snapshot();
  const values = await formValues(calculator);
  const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(saved, 'saved under the versioned key').toContain('"version":1');

  await page.reload();
  await calculator.waitForApp();
  expect(await calculator.snapshot()).toEqual(plan);
  await calculator.openAdvanced();
  expect(await formValues(calculator)).toEqual(values);
});

test('corrupt storage falls back to defaults with a notice', async ({ calculator, page }) => {
  await calculator.goto();
  const defaults = await calculator.snapshot();
  for (const junk of ['{not json', '{"version":1,"input":{"tier":42,"horizon_years":"x"}}', '"\u0000', '[]']) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, junk]);
    await page.reload();
    await calculator.waitForApp();
    await expect(calculator.notice, `notice for ${junk}`).toBeVisible();
    expect(await calculator.snapshot(), `defaults for ${junk}`).toEqual(defaults);
  }
  // The widget still works and saves again.
  await calculator.choose('tier', 'budget');
  await calculator.expectFresh();
  await expect(calculator.notice).toHaveCount(0);
  const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(saved).toContain('budget');
});

test('an older saved format is migrated', async ({ calculator, page }) => {
  await calculator.goto();
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('smp-calculator', JSON.stringify({ inputs: { tier: 'premium', horizon_years: 7 } }));
  });
  await page.reload();
  await calculator.waitForApp();
  await expect(calculator.planSummary).toContainText('Total over 7 years');
  await expect(page.locator('#smp-tier-premium')).toBeChecked();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual([STORAGE_KEY]);
});

test('blocked storage: a notice, and the widget keeps working', async ({ calculator, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await calculator.goto();
  await expect(calculator.notice).toContainText(/saving/i);
  const before = await calculator.snapshot();
  await calculator.choose('tier', 'premium');
  await calculator.expectFresh();
  expect((await calculator.snapshot()).initial.typical).toBeGreaterThan(before.initial.typical);
});

test('a tampered link keeps its good fields and drops the bad ones with a notice', async ({ calculator }) => {
  await calculator.goto();
  const defaults = await calculator.snapshot();
  await calculator.goto(
    'v=1&tier=premium&horizon_years=abc&skin=greasy&bogus=1&session_gap_weeks=4&longevity_years=%FF',
  );
  await expect(calculator.notice).toContainText('4 settings in this link could not be used');
  await expect(calculator.page.locator('#smp-tier-premium')).toBeChecked();
  await expect(calculator.field('session_gap_weeks')).toHaveValue('4');
  await expect(calculator.field('horizon_years')).toHaveValue('');
  await expect(calculator.page.locator('#smp-skin-normal')).toBeChecked();
  const s = await calculator.snapshot();
  expect(s.initial.typical).toBeGreaterThan(defaults.initial.typical);
  expect(s.comparisonYears.at(-1)).toBe(defaults.comparisonYears.at(-1));
});

test('links from another version, or absurdly long ones, are ignored as a whole', async ({ calculator }) => {
  await calculator.goto();
  const defaults = await calculator.snapshot();
  for (const fragment of ['v=9&tier=premium', 'tier=premium', `v=1&tier=premium&x=${'a'.repeat(5000)}`]) {
    await calculator.page.evaluate(() => localStorage.clear());
    await calculator.goto(fragment);
    await calculator.page.reload();
    await calculator.waitForApp();
    await expect(calculator.notice, fragment.slice(0, 30)).toContainText('ignored');
    expect(await calculator.snapshot()).toEqual(defaults);
  }
});

test('pasting a link into the address bar of an open widget loads it', async ({ calculator, page }) => {
  await calculator.goto();
  await page.evaluate(() => {
    location.hash = 'v=1&horizon_years=6';
  });
  await expect(calculator.planSummary).toContainText('Total over 6 years');
});

test('reset brings back every default and clears the link', async ({ calculator, page }) => {
  await calculator.goto();
  // The advanced fields exist once the section has been opened; compare them too.
  await calculator.openAdvanced();
  const defaults = await calculator.snapshot();
  const defaultValues = await formValues(calculator);
  await customise(calculator);
  await calculator.page.getByTestId('copy-link').click();
  await calculator.fill('horizon_years', 'junk');
  await expect(calculator.errorSummary).toBeVisible();

  await page.getByTestId('reset').click();
  await calculator.expectFresh();
  await expect(calculator.notice).toContainText('defaults');
  expect(page.url()).not.toContain('#');
  expect(await calculator.snapshot()).toEqual(defaults);
  expect(await formValues(calculator)).toEqual(defaultValues);
  await page.reload();
  await calculator.waitForApp();
  expect(await calculator.snapshot()).toEqual(defaults);
});
