// Every input moves the results it should, in the direction it should. The
// expectations are relations between two plans the page itself shows (never
// amounts copied from the engine), so a wrong direction or a dead control fails.
import { test, expect } from './fixtures';
import type { CalculatorPage, Snapshot } from './pages/calculator';

const DAY_MS = 86_400_000;
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;

async function after(calculator: CalculatorPage, change: () => Promise<void>): Promise<Snapshot> {
  await change();
  await calculator.expectFresh();
  return calculator.snapshot();
}

test.beforeEach(async ({ calculator }) => {
  await calculator.goto();
  await calculator.setStartDate('2027-02-01');
  await calculator.expectFresh();
});

test.afterEach(async ({ calculator, guard }) => {
  await calculator.expectNoGarbageText();
  guard.expectClean();
});

test('a larger hair-loss stage never costs less, and the largest costs more than the smallest', async ({
  calculator,
}) => {
  const stages = ['norwood-2', 'norwood-3', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7'];
  const costs: number[] = [];
  for (const stage of stages) {
    const s = await after(calculator, () => calculator.chooseStage(stage));
    await expect(calculator.planSummary.getByTestId('region')).toContainText(stage.replace('norwood-', 'Norwood stage '));
    costs.push(s.initial.typical);
  }
  for (let i = 1; i < costs.length; i++) {
    expect(costs[i], `${stages[i]} vs ${stages[i - 1]}`).toBeGreaterThanOrEqual(costs[i - 1]);
  }
  expect(costs[costs.length - 1]).toBeGreaterThan(costs[0]);
});

test('custom area: larger is not cheaper, and in² reads as the larger unit', async ({ calculator }) => {
  await calculator.choose('region', 'custom');
  await expect(calculator.field('area')).toBeVisible();
  const small = await after(calculator, () => calculator.fill('area', '40'));
  const large = await after(calculator, () => calculator.fill('area', '600'));
  expect(large.initial.typical).toBeGreaterThan(small.initial.typical);
  expect(large.sessions).toBeGreaterThanOrEqual(small.sessions);

  const cm = await after(calculator, () => calculator.fill('area', '40'));
  const inches = await after(calculator, () => calculator.choose('area_unit', 'in2'));
  expect(inches.initial.typical, '40 in² ≈ 258 cm²').toBeGreaterThan(cm.initial.typical);
  await expect(calculator.planSummary.getByTestId('region')).toContainText('cm²');
});

test('each zone card gives its own plan summary', async ({ calculator }) => {
  const labels = new Set<string>();
  for (const zone of ['hairline', 'crown', 'top', 'full', 'scar', 'diffuse']) {
    await after(calculator, () => calculator.choose('region', zone));
    labels.add(await calculator.planSummary.getByTestId('region').innerText());
  }
  expect(labels.size).toBe(6);
});

test('pricing tier orders the cost: budget ≤ standard ≤ premium', async ({ calculator }) => {
  const budget = await after(calculator, () => calculator.choose('tier', 'budget'));
  const standard = await after(calculator, () => calculator.choose('tier', 'standard'));
  const premium = await after(calculator, () => calculator.choose('tier', 'premium'));
  for (const k of ['low', 'typical', 'high'] as const) {
    expect(budget.initial[k], k).toBeLessThanOrEqual(standard.initial[k]);
    expect(standard.initial[k], k).toBeLessThanOrEqual(premium.initial[k]);
  }
  expect(budget.initial.typical).toBeLessThan(premium.initial.typical);
  expect(standard.initial.low).toBeLessThanOrEqual(standard.initial.typical);
  expect(standard.initial.typical).toBeLessThanOrEqual(standard.initial.high);
});

test('oily skin and strong sun bring touch-ups no later, and never fewer', async ({ calculator }) => {
  await calculator.fill('horizon_years', '15');
  const normal = await after(calculator, () => calculator.choose('skin', 'normal'));
  const oily = await after(calculator, () => calculator.choose('skin', 'oily'));
  expect(oily.touchUps.typical.length).toBeGreaterThanOrEqual(normal.touchUps.typical.length);
  expect(oily.touchUps.typical.length).toBeGreaterThan(0);
  expect(oily.touchUps.typical[0] <= normal.touchUps.typical[0]).toBe(true);
  expect(oily.touchUps.typical[0] < normal.touchUps.typical[0], 'oily skin fades faster').toBe(true);

  await calculator.choose('skin', 'normal');
  const low = await after(calculator, () => calculator.choose('sun', 'low'));
  const high = await after(calculator, () => calculator.choose('sun', 'high'));
  expect(high.touchUps.typical.length).toBeGreaterThanOrEqual(low.touchUps.typical.length);
  expect(high.touchUps.typical[0] < low.touchUps.typical[0], 'strong sun fades faster').toBe(true);
});

test('a longer horizon shows at least as many touch-ups and its own table row', async ({ calculator }) => {
  let previous = -1;
  for (const years of [4, 6, 10, 15]) {
    const s = await after(calculator, () => calculator.fill('horizon_years', String(years)));
    expect(s.touchUps.typical.length, `${years} years`).toBeGreaterThanOrEqual(previous);
    expect(s.comparisonYears.at(-1)).toBe(String(years));
    await expect(calculator.planSummary).toContainText(`Total over ${years} years`);
    previous = s.touchUps.typical.length;
  }
  const four = await after(calculator, () => calculator.fill('horizon_years', '4'));
  expect(previous).toBeGreaterThan(four.touchUps.typical.length);
});

test('the longevity slider spaces touch-ups: shorter longevity means earlier and more', async ({ calculator }) => {
  await calculator.fill('horizon_years', '15');
  const short = await after(calculator, () => calculator.setLongevity(3));
  const long = await after(calculator, () => calculator.setLongevity(12));
  expect(short.touchUps.typical.length).toBeGreaterThan(long.touchUps.typical.length);
  expect(short.touchUps.typical[0] < long.touchUps.typical[0]).toBe(true);
  await expect(calculator.field('longevity_years')).toHaveAttribute('aria-valuetext', '12 years');
  // The first typical touch-up is the one the summary names.
  await expect(calculator.planSummary.getByTestId('next-touch-up')).not.toHaveText(/^\s*$/);
});

test('a fourth session is added for large areas and scars, with the reason shown', async ({ calculator }) => {
  const crown = await after(calculator, () => calculator.choose('region', 'crown'));
  expect(crown.reasons).toEqual(['base']);
  const full = await after(calculator, () => calculator.choose('region', 'full'));
  expect(full.sessions).toBe(4);
  expect(full.reasons).toContain('large_area');
  const scar = await after(calculator, () => calculator.choose('region', 'scar'));
  expect(scar.reasons).toContain('scar_tissue');
  expect(scar.sessions).toBeGreaterThanOrEqual(crown.sessions);

  await calculator.openAdvanced();
  const fixed = await after(calculator, () => calculator.field('sessions').selectOption('2'));
  expect(fixed.sessions).toBe(2);
  expect(fixed.sessionDates).toHaveLength(2);
  expect(fixed.reasons).toContain('set_by_visitor');
});

test('sessions start on the chosen date and are the chosen number of weeks apart', async ({ calculator }) => {
  for (const gap of [2, 3, 4]) {
    const s = await after(calculator, () => calculator.fill('session_gap_weeks', String(gap)));
    expect(s.sessionDates[0]).toBe('2027-02-01');
    for (let i = 1; i < s.sessionDates.length; i++) {
      expect(days(s.sessionDates[i - 1], s.sessionDates[i]), `gap ${gap}`).toBe(gap * 7);
    }
  }
  const moved = await after(calculator, () => calculator.setStartDate('2028-06-15'));
  expect(moved.sessionDates[0]).toBe('2028-06-15');
  await expect(calculator.planSummary.getByTestId('session').first()).toContainText('2028');
  // Timeline markers are the same sessions.
  const markers = await calculator.page
    .getByTestId('timeline-session')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
  expect(markers).toEqual(moved.sessionDates);
});

test('currency changes the symbols and captions, not the plan', async ({ calculator }) => {
  const usd = await calculator.snapshot();
  await calculator.openAdvanced();
  for (const [code, symbol] of [
    ['EUR', '€'],
    ['GBP', '£'],
  ] as const) {
    await calculator.field('currency').selectOption(code);
    await calculator.expectFresh();
    await expect(calculator.initialTypical).toContainText(symbol);
    await expect(calculator.page.getByTestId('comparison-table').locator('caption')).toContainText(code);
    const s = await calculator.snapshot();
    expect(s.sessionDates).toEqual(usd.sessionDates);
  }
});

test('sales tax raises every price; inflation raises later ones only', async ({ calculator }) => {
  await calculator.fill('horizon_years', '15');
  const base = await calculator.snapshot();
  const taxed = await after(calculator, () => calculator.fill('sales_tax_percent', '10'));
  expect(taxed.initial.typical).toBeGreaterThan(base.initial.typical);
  expect(taxed.initial.typical).toBeLessThanOrEqual(Math.ceil(base.initial.typical * 1.1) + 1);
  await calculator.fill('sales_tax_percent', '');
  const inflated = await after(calculator, () => calculator.fill('inflation_percent', '5'));
  expect(inflated.initial.typical).toBe(base.initial.typical);
  expect(inflated.total.typical).toBeGreaterThan(base.total.typical);
});

test('hair transplant and medication appear as extra rows only when filled', async ({ calculator }) => {
  const base = await calculator.snapshot();
  expect(base.comparisonColumns.join('|')).not.toMatch(/transplant|medication/i);
  await calculator.fill('transplant_cost_minor', '8,000');
  await calculator.fill('medication_per_month_minor', '$30');
  await calculator.expectFresh();
  const s = await calculator.snapshot();
  expect(s.comparisonColumns.length).toBe(base.comparisonColumns.length + 2);
  expect(s.comparisonColumns.join('|')).toMatch(/transplant/i);
  expect(s.comparisonColumns.join('|')).toMatch(/medication/i);
  const transplantCol = s.comparisonColumns.findIndex((c) => /transplant/i.test(c));
  const firstRow = calculator.page.getByTestId('comparison-table').locator('tbody tr').first();
  // Column 0 is the row header, so cells are offset by one.
  const cell = await firstRow.locator('th, td').nth(transplantCol).innerText();
  expect(cell.replace(/\D/g, '')).toBe('8000');
});

test('comparison defaults are overridable: a dearer hairpiece raises its column', async ({ calculator }) => {
  const lastRowCell = async (header: RegExp) => {
    const headers = await calculator.page.getByTestId('comparison-table').locator('thead th').allInnerTexts();
    const col = headers.findIndex((h) => header.test(h));
    expect(col).toBeGreaterThan(0);
    const text = await calculator.page.getByTestId('comparison-table').locator('tbody tr').last().locator('th, td').nth(col).innerText();
    return Number(text.replace(/[^\d.]/g, ''));
  };
  const before = await lastRowCell(/hairpiece/i);
  await calculator.fill('hairpiece_unit_price_minor', '$1,500');
  await calculator.expectFresh();
  expect(await lastRowCell(/hairpiece/i)).toBeGreaterThan(before);
  const fibers = await lastRowCell(/fibers/i);
  await calculator.fill('fibers_bottle_price_minor', '60');
  await calculator.expectFresh();
  expect(await lastRowCell(/fibers/i)).toBeGreaterThan(fibers);
});

test('the dates list stays open while inputs change, and follows the new plan', async ({ calculator }) => {
  const list = calculator.scope.getByTestId('timeline-list');
  await list.locator('summary').click();
  await expect(list).toHaveAttribute('open', '');
  const touchUps = list.locator('ul li').filter({ hasText: ' · about ' });
  await calculator.fill('horizon_years', '4');
  await calculator.expectFresh();
  const fewer = await touchUps.count();
  await calculator.fill('horizon_years', '15');
  await calculator.expectFresh();
  await expect(list, 'the open list survives the re-render').toHaveAttribute('open', '');
  await expect.poll(() => touchUps.count()).toBeGreaterThan(fewer);
});

test('break-even captions name their alternative, stay inside the chart and never overlap', async ({ calculator }) => {
  // A full head with a transplant: three break-evens, two of them in the first months.
  await calculator.goto('v=1&region=full&horizon_years=15&transplant_cost_minor=900000&start_date=2027-01-04');
  await calculator.expectFresh();
  const columns = (await calculator.snapshot()).comparisonColumns;
  const chart = calculator.scope.getByTestId('cost-chart');
  const captions = await chart.locator('[data-testid^="break-even-"]').evaluateAll((groups) =>
    groups.map((g) => {
      const text = g.querySelector('text') as SVGTextElement;
      const box = text.getBBox();
      return { month: g.getAttribute('data-month'), text: text.textContent ?? '', box: { x: box.x, y: box.y, w: box.width, h: box.height } };
    }),
  );
  const view = await chart.evaluate((svg) => {
    const { width, height } = (svg as SVGSVGElement).viewBox.baseVal;
    return { width, height };
  });
  expect(captions.length).toBeGreaterThanOrEqual(3);
  for (const c of captions) {
    // A caption too wide for the plot drops the label's remark in brackets.
    const named = columns.find((col) => c.text.startsWith(`${col}: `) || c.text.startsWith(`${col.split(' (')[0]}: `));
    expect(named, `"${c.text}" names a compared option`).toBeDefined();
    // The month reads as years and months: "6 yr 8 mo", "9 mo", "2 yr".
    const m = Number(c.month);
    const [y, mo] = [Math.floor(m / 12), m % 12];
    const when = [y ? `${y} yr` : '', mo ? `${mo} mo` : ''].filter(Boolean).join(' ');
    expect(c.text.endsWith(`: ${when}`), `${c.text} (month ${m})`).toBe(true);
    expect(c.box.x).toBeGreaterThanOrEqual(0);
    expect(c.box.y).toBeGreaterThanOrEqual(0);
    expect(c.box.x + c.box.w).toBeLessThanOrEqual(view.width);
    expect(c.box.y + c.box.h).toBeLessThanOrEqual(view.height);
  }
  for (const [i, a] of captions.entries()) {
    for (const b of captions.slice(i + 1)) {
      const apart = a.box.x + a.box.w <= b.box.x || b.box.x + b.box.w <= a.box.x || a.box.y + a.box.h <= b.box.y || b.box.y + b.box.h <= a.box.y;
      expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
    }
  }
});

test('the cost axis reads in even steps at every horizon', async ({ calculator }) => {
  // A step of 2,500 once read $3K, $5K, $8K: each tick rounded to whole thousands.
  for (const years of [4, 8, 15]) {
    await calculator.goto(`v=1&horizon_years=${years}`);
    const labels = await calculator.scope
      .getByTestId('cost-chart')
      .locator('.smp-axis text')
      .evaluateAll((texts) => texts.map((t) => t.textContent ?? '').filter((t) => t.startsWith('$')));
    const values = labels.map((label) => {
      const [, number, unit] = /^\$([\d.,]+)([KMB]?)$/.exec(label) ?? [];
      expect(number, `axis label ${label}`).toBeDefined();
      return Number(number.replace(/,/g, '')) * { '': 1, K: 1e3, M: 1e6, B: 1e9 }[unit];
    });
    expect(values.length, `${years} years: ${labels.join(' ')}`).toBeGreaterThanOrEqual(3);
    const step = values[1] - values[0];
    expect(step).toBeGreaterThan(0);
    values.forEach((v, i) => expect(v, `${years} years: ${labels.join(' ')}`).toBeCloseTo(values[0] + i * step, 6));
  }
});
