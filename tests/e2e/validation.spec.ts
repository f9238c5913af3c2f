// Bad input never breaks the widget: each numeric field explains its problem
// next to itself and in the error summary, the last valid plan stays visible but
// marked out of date, and fixing the field brings everything back.
import { test, expect } from './fixtures';
import { NUMBER_FIELDS, type CalculatorPage } from './pages/calculator';

async function expectFieldInvalid(calculator: CalculatorPage, name: string, message: RegExp) {
  const input = calculator.field(name);
  const error = calculator.fieldError(name);
  await expect(error).toBeVisible();
  await expect(error).toHaveText(message);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const errorId = await error.getAttribute('id');
  expect(errorId, 'error message has an id').toBeTruthy();
  const describedBy = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  expect(describedBy, 'aria-describedby names the message').toContain(errorId);

  const entry = calculator.errorSummary.locator(`a[data-field="${name}"]`);
  await expect(entry).toHaveCount(1);
  const label = (await calculator.page.locator(`label[for="${await input.getAttribute('id')}"]`).innerText()).trim();
  await expect(entry).toContainText(label);
  await expect(entry).toHaveAttribute('href', `#${await input.getAttribute('id')}`);
  await expect(calculator.results).toHaveAttribute('data-stale', 'true');
  await expect(calculator.page.getByTestId('stale-banner')).toBeVisible();
}

test.afterEach(async ({ calculator, guard }) => {
  await calculator.expectNoGarbageText();
  guard.expectClean();
});

for (const { name } of NUMBER_FIELDS) {
  test(`garbage in ${name} is flagged, the last plan kept, and fixing it clears the error`, async ({
    calculator,
  }) => {
    await calculator.goto();
    // Change something first so "the last plan" is not simply the default one.
    await calculator.choose('tier', 'premium');
    await calculator.expectFresh();
    const before = await calculator.snapshot();

    await calculator.fill(name, 'abc');
    await expectFieldInvalid(calculator, name, /number/i);
    expect(await calculator.snapshot(), 'last valid plan kept').toEqual(before);
    await calculator.expectNoGarbageText();

    await calculator.fill(name, '2e3');
    await expectFieldInvalid(calculator, name, /exponent/i);
    expect(await calculator.snapshot()).toEqual(before);

    await calculator.fill(name, '');
    await calculator.expectFresh();
    await expect(calculator.field(name)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(calculator.fieldError(name)).toHaveCount(0);
    expect(await calculator.snapshot()).toEqual(before);
  });
}

test('out-of-range values name the allowed range', async ({ calculator }) => {
  await calculator.goto();
  await calculator.fill('horizon_years', '40');
  await expectFieldInvalid(calculator, 'horizon_years', /4.*15/);
  await calculator.fill('session_gap_weeks', '9');
  await expectFieldInvalid(calculator, 'session_gap_weeks', /2.*4/);
  await expect(calculator.errorSummary.locator('h2')).toHaveText('2 inputs need attention');
  // Listed in form order.
  const order = await calculator.errorSummary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-field')));
  expect(order).toEqual(['session_gap_weeks', 'horizon_years']);
});

test('an advanced field keeps its error when the section is closed, and the summary link reopens it', async ({ calculator }) => {
  await calculator.goto();
  await calculator.fill('sales_tax_percent', '99');
  await expectFieldInvalid(calculator, 'sales_tax_percent', /0.*30/);
  await calculator.advanced.locator('summary').click();
  await expect(calculator.advanced).not.toHaveAttribute('open', '');
  await calculator.errorSummary.locator('a[data-field="sales_tax_percent"]').click();
  await expect(calculator.advanced).toHaveAttribute('open', '');
  await expect(calculator.field('sales_tax_percent')).toBeFocused();
  await expect(calculator.field('sales_tax_percent')).toHaveValue('99');
  await calculator.fill('sales_tax_percent', '5');
  await calculator.expectFresh();
});

test('the error summary link moves focus to its field', async ({ calculator }) => {
  await calculator.goto();
  await calculator.choose('tier', 'premium');
  await calculator.fill('horizon_years', 'soon');
  await calculator.errorSummary.locator('a[data-field="horizon_years"]').click();
  await expect(calculator.field('horizon_years')).toBeFocused();
  // Nothing else changed: the link did not turn into a (bad) shared link.
  expect(calculator.page.url()).not.toContain('#');
  await expect(calculator.notice).toHaveCount(0);
  await expect(calculator.page.locator('#smp-tier-premium')).toBeChecked();
  await expect(calculator.field('horizon_years')).toHaveValue('soon');
});

test('a plain anchor in the page URL is not read as settings', async ({ calculator }) => {
  await calculator.goto('pricing');
  await expect(calculator.notice).toHaveCount(0);
  await calculator.expectFresh();
});

test('visitor-style numbers are accepted: "1,500", "$1,500", " 12 "', async ({ calculator }) => {
  await calculator.goto();
  await calculator.fill('transplant_cost_minor', '1,500');
  await calculator.expectFresh();
  const plain = await calculator.page.getByTestId('comparison-table').innerText();
  await calculator.fill('transplant_cost_minor', '$1,500');
  await calculator.expectFresh();
  expect(await calculator.page.getByTestId('comparison-table').innerText()).toBe(plain);
  expect(plain).toContain('1,500');
  await calculator.fill('horizon_years', ' 12 ');
  await calculator.expectFresh();
  await expect(calculator.planSummary).toContainText('Total over 12 years');
});

test('a custom area left empty or nonsensical is an error on the area field', async ({ calculator }) => {
  await calculator.goto();
  await calculator.choose('region', 'custom');
  await expect(calculator.results).toHaveAttribute('data-stale', 'true');
  await expect(calculator.errorSummary.locator('a[data-field="area"]')).toHaveCount(1);
  await calculator.fill('area', '-5');
  await expectFieldInvalid(calculator, 'area', /./);
  await calculator.fill('area', '120');
  await calculator.expectFresh();
  await expect(calculator.planSummary.getByTestId('region')).toContainText('120');
});

test('a start date outside the supported years is refused without breaking the plan', async ({ calculator }) => {
  await calculator.goto();
  const before = await calculator.snapshot();
  await calculator.setStartDate('1999-01-01');
  await expect(calculator.fieldError('start_date')).toBeVisible();
  await expect(calculator.results).toHaveAttribute('data-stale', 'true');
  expect(await calculator.snapshot()).toEqual(before);
});

test('typing key by key keeps focus and every character while errors come and go', async ({ calculator, page }) => {
  await calculator.goto();
  await calculator.openAdvanced();
  for (const name of ['horizon_years', 'sales_tax_percent']) {
    const input = calculator.field(name);
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.press('Backspace');
    // Marks this very element: a re-created input would lose the mark (and the focus).
    await input.evaluate((el) => ((el as HTMLInputElement & { mark?: string }).mark = 'same'));
    await input.pressSequentially('1x', { delay: 30 });
    await expectFieldInvalid(calculator, name, /./);
    await input.press('Backspace');
    await input.pressSequentially('2', { delay: 30 });
    await calculator.expectFresh();
    await expect(input).toHaveValue('12');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as (HTMLInputElement & { mark?: string }) | null;
      return el ? `${el.id}:${el.mark ?? ''}` : '';
    });
    expect(focused).toBe(`${await input.getAttribute('id')}:same`);
  }
});

test('hints say what an empty box means, in the chosen currency', async ({ calculator, page }) => {
  await calculator.goto();
  const hint = (name: string) => page.locator(`#smp-${name.replace(/_/g, '-')}-hint`);
  await expect(hint('horizon_years')).toHaveText(/^4 to 15 years\. Empty means \d+\.$/);
  await expect(calculator.field('horizon_years')).toHaveAttribute('aria-describedby', /smp-horizon-years-hint/);
  await calculator.openAdvanced();
  const price = hint('fibers_bottle_price_minor');
  await expect(price).toHaveText(/^Default: \$[\d,.]+ \((published range|estimate)\)$/);
  await expect(hint('fibers_days_per_bottle')).toHaveText(/^Default: \d+ days? \((published range|estimate)\)$/);
  await page.locator('#smp-currency').selectOption('EUR');
  await expect(price).toHaveText(/^Default: .*€.* \((published range|estimate)\)$/);
  await expect(hint('transplant_cost_minor')).toHaveText(/\$4,000/);
});
