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
