// Start-up of the standalone page (issue 17): while the wasm loads, the page shows the
// widget's own heading (static markup in index.html, styled by the loader) where the widget
// then draws it, so nothing moves when it arrives; in another language the page shows no
// English heading. The wasm is held back by the test, as a slow network would.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Holds every request for the wasm until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

/** Sums the page's layout shifts from the start (the metric Lighthouse reports as CLS). */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Records each Intl number and date formatter the page builds (`window.formatters`, by kind).
 * A page's first one costs 25-40 ms of main-thread time here (docs/performance.md), so who
 * builds one, and when, is start-up behaviour.
 */
async function recordFormatters(page: Page) {
  await page.addInitScript(() => {
    const built: string[] = [];
    (window as unknown as { formatters: string[] }).formatters = built;
    for (const kind of ['NumberFormat', 'DateTimeFormat'] as const) {
      const original = Intl[kind];
      // A proxy keeps the constructor's statics and prototype: formatters work as before.
      (Intl as Record<string, unknown>)[kind] = new Proxy(original, {
        construct(target, args, newTarget) {
          built.push(kind);
          return Reflect.construct(target, args, newTarget);
        },
      });
    }
  });
}

const formatters = (page: Page) => page.evaluate(() => [...(window as unknown as { formatters: string[] }).formatters]);

/** Each session's date as the page writes it, and as `Intl` writes its ISO date in `locale`. */
async function sessionDates(page: Page, locale: string) {
  return page.getByTestId('session').evaluateAll(
    (items, locale) =>
      items.map((li) => ({
        shown: li.textContent ?? '',
        intl: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(li.getAttribute('data-date') ?? '')),
      })),
    locale,
  );
}

test('the heading shows, styled, before the wasm and stays in place when the widget draws it', async ({ page, guard }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await recordShifts(page);
  const release = await holdWasm(page);
  await page.goto('/');

  const heading = page.locator('#smp-calculator h1');
  const intro = page.locator('#smp-calculator .smp-header .smp-muted');
  await expect(heading).toBeVisible();
  await expect(page.locator('#smp-calculator .smp-loading')).toBeVisible();
  await expect(page.getByTestId('app')).toHaveCount(0);
  // The widget's styles, not the browser's: its 1.5 × 16 px heading.
  expect(await heading.evaluate((h) => getComputedStyle(h).fontSize)).toBe('24px');
  const before = {
    heading: await heading.innerText(),
    intro: await intro.innerText(),
    box: await intro.boundingBox(),
  };

  release();
  await expect(page.getByTestId('plan-summary')).toBeVisible();
  // One heading, the widget's, with the same text in the same place.
  await expect(heading).toHaveCount(1);
  await expect(page.locator('[data-smp-static]')).toHaveCount(0);
  await expect(page.getByTestId('app').locator('h1')).toHaveText(before.heading);
  await expect(page.getByTestId('app').locator('.smp-header .smp-muted')).toHaveText(before.intro);
  expect(await intro.boundingBox()).toEqual(before.box);
  // Let a frame with the full widget be drawn before reading the shifts.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  guard.expectClean();
});

test.describe('in another language', () => {
  test.use({ locale: 'fr-FR' });

  test('the English heading is not shown while the wasm loads', async ({ page, guard }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.locator('#smp-calculator .smp-loading')).toBeVisible();
    await expect(page.locator('#smp-calculator h1')).toHaveCount(0);
    release();
    await expect(page.getByTestId('plan-summary')).toBeVisible();
    await expect(page.locator('#smp-calculator h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
    guard.expectClean();
  });
});

test('a US English visitor\'s page builds no Intl formatter, and reads what Intl would write', async ({ page, calculator, guard }) => {
  await recordFormatters(page);
  await calculator.goto();
  // Both renders are done (the toolbar is drawn last): the charts' compact amounts too.
  await expect(page.getByTestId('cost-chart')).toBeAttached();
  expect(await formatters(page)).toEqual([]);

  // What src/i18n/en_us.rs writes equals Intl's en-US (its wasm tests compare thousands of
  // values; here, the page's own).
  const dates = await sessionDates(page, 'en-US');
  expect(dates.length).toBeGreaterThan(0);
  for (const { shown, intl } of dates) expect(shown).toContain(intl);
  const amount = await calculator.answerInitial.innerText();
  const dollars = Number(amount.replace(/[$,]/g, ''));
  expect(dollars).toBeGreaterThan(0);
  const intl = await page.evaluate(
    (n) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n),
    dollars,
  );
  expect(amount).toBe(intl);
  guard.expectClean();
});

test.describe('formatting in another locale', () => {
  test.use({ locale: 'en-GB' });

  test('the loader builds its formatters while the wasm loads, and the widget formats with Intl', async ({ page, guard }) => {
    await recordFormatters(page);
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.locator('#smp-calculator .smp-loading')).toBeVisible();
    expect(await formatters(page)).toEqual(['NumberFormat', 'DateTimeFormat']);
    release();
    await expect(page.getByTestId('plan-summary')).toBeVisible();
    const dates = await sessionDates(page, 'en-GB');
    expect(dates.length).toBeGreaterThan(0);
    for (const { shown, intl } of dates) expect(shown).toContain(intl);
    guard.expectClean();
  });
});
