// Accessibility: axe-core (WCAG 2.0–2.2 A/AA rules) finds nothing in each state
// a visitor can reach, and the whole form can be used from the keyboard.
import { test, expect } from './fixtures';
import type { CalculatorPage } from './pages/calculator';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(calculator: CalculatorPage, state: string) {
  const violations = await calculator.axeViolations({ runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(violations, `axe violations (${state})`).toEqual([]);
}

test.afterEach(async ({ guard }) => guard.expectClean());

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test('default state', async ({ calculator }) => {
      await calculator.goto();
      await expectNoViolations(calculator, 'default');
    });

    test('error state', async ({ calculator }) => {
      await calculator.goto();
      await calculator.fill('horizon_years', 'abc');
      await calculator.fill('transplant_cost_minor', '1e9');
      await calculator.choose('region', 'custom');
      await expect(calculator.errorSummary).toBeVisible();
      await expect(calculator.results).toHaveAttribute('data-stale', 'true');
      await expectNoViolations(calculator, 'errors');
    });

    test('advanced open, table view, timeline list, share link and notice', async ({ calculator, page }) => {
      await calculator.goto();
      await calculator.openAdvanced();
      await calculator.fill('transplant_cost_minor', '9000');
      await calculator.fill('medication_per_month_minor', '40');
      await page.getByTestId('chart-toggle').click();
      await expect(page.getByTestId('cost-table')).toBeVisible();
      await page.getByTestId('timeline-list').locator('summary').click();
      await page.getByTestId('copy-link').click();
      await expect(page.getByTestId('share-url')).toBeVisible();
      await expectNoViolations(calculator, 'advanced');
    });
  });
}

test('every control is reachable with Tab, in order, and radios move with arrow keys', async ({
  calculator,
  page,
}) => {
  // Many stops (legend toggles, scroll regions, disclosures), each checked for a focus ring.
  test.setTimeout(90_000);
  await calculator.goto();
  await calculator.openAdvanced();
  await calculator.choose('region', 'custom');
  await calculator.fill('area', '200');
  await calculator.expectFresh();
  // Reload (the inputs come back from storage) so Tab starts from the top of the document
  // rather than from the field just typed in; open Advanced without moving focus.
  await page.reload();
  await calculator.waitForApp();
  await calculator.advanced.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await expect(calculator.field('area')).toHaveValue('200');

  // Tab stops a keyboard user should meet: one per radio group, every other control.
  const expected: string[] = await page.locator('#smp-calculator').evaluate((root) => {
    const seen = new Set<string>();
    const out: string[] = [];
    const els = root.querySelectorAll<HTMLElement>('input, select, button, summary, a[href], [tabindex="0"]');
    for (const el of els) {
      const box = el.getBoundingClientRect();
      const hidden = el.closest('[hidden]') || (el.closest('details:not([open])') && el.tagName !== 'SUMMARY');
      if (hidden || (el as HTMLInputElement).disabled) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        // A radio group's Tab stop is its checked radio (the first when none is).
        const group = Array.from(root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`));
        if (el !== (group.find((r) => r.checked) ?? group[0])) continue;
        if (seen.has(el.name)) continue;
        seen.add(el.name);
        out.push(`radio:${el.name}`);
        continue;
      }
      if (box.width === 0 && box.height === 0 && el.tagName !== 'INPUT') continue;
      out.push(el.id || el.getAttribute('data-testid') || el.tagName.toLowerCase() + ':' + (el.textContent ?? '').trim().slice(0, 30));
    }
    return out;
  });
  expect(expected.length).toBeGreaterThan(30);

  const reached: string[] = [];
  for (let i = 0; i < expected.length + 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (el instanceof HTMLInputElement && el.type === 'radio') return `radio:${el.name}`;
      return el.id || el.getAttribute('data-testid') || el.tagName.toLowerCase() + ':' + (el.textContent ?? '').trim().slice(0, 30);
    });
    if (id && !reached.includes(id)) reached.push(id);
    // Focus must always be visible: an outline or box-shadow on the focused element.
    if (id) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        const label = el.closest('label');
        const labelRing = label ? getComputedStyle(label).outlineStyle !== 'none' || getComputedStyle(label).boxShadow !== 'none' : false;
        return ring || labelRing;
      });
      expect(visible, `visible focus on ${id}`).toBe(true);
    }
  }
  for (const id of expected) expect(reached, `Tab reaches ${id}`).toContain(id);
  // Tab order follows the visual order of the form.
  const formOrder = reached.filter((id) => expected.includes(id));
  expect(formOrder).toEqual(expected.filter((id) => formOrder.includes(id)));

  // Arrow keys choose within a radio group, and the plan follows.
  await page.locator('#smp-tier-standard').focus();
  const before = await calculator.snapshot();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#smp-tier-premium')).toBeChecked();
  await calculator.expectFresh();
  expect((await calculator.snapshot()).initial.typical).toBeGreaterThan(before.initial.typical);

  // The Advanced section opens and closes from the keyboard.
  const summary = calculator.advanced.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(calculator.advanced).not.toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(calculator.advanced).toHaveAttribute('open', '');
});

test('results are announced once typing settles, through a polite live region', async ({ calculator }) => {
  await calculator.goto();
  await expect(calculator.announcer).toHaveAttribute('aria-live', 'polite');
  await expect(calculator.announcer).not.toBeEmpty();
  await calculator.choose('tier', 'premium');
  const typical = await calculator.initialTypical.innerText();
  await expect(calculator.announcer).toContainText(typical);
});

test('targets are at least 24 by 24 CSS pixels', async ({ calculator, page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await calculator.goto();
  await calculator.openAdvanced();
  const small = await page.locator('#smp-calculator').evaluate((root) => {
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('button, select, summary, input:not([type=radio]), label:has(input[type=radio])')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 24 || r.height < 24) out.push(`${el.tagName}#${el.id || el.textContent?.trim().slice(0, 20)} ${r.width}x${r.height}`);
    }
    return out;
  });
  expect(small).toEqual([]);
});
