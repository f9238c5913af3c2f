// Full-page screenshots at phone, tablet and desktop widths in both colour
// schemes, saved under target/screenshots/ for a person to review (not compared
// pixel by pixel). Each also checks the page never scrolls sideways.
import path from 'node:path';
import { test, expect } from './fixtures';

const OUT_DIR = path.resolve(__dirname, '..', '..', 'target', 'screenshots');
const WIDTHS = [320, 360, 390, 768, 1280];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const width of WIDTHS) {
      test(`${width}px: no horizontal overflow, screenshot saved`, async ({ calculator, page }) => {
        await page.setViewportSize({ width, height: 900 });
        await calculator.goto('v=1&region=full&horizon_years=15&transplant_cost_minor=900000&start_date=2027-01-04');
        await calculator.openAdvanced();
        await expect(page.getByTestId('cost-chart')).toBeVisible();
        const overflow = await page.evaluate(() => {
          const doc = document.documentElement;
          const wide = Array.from(document.querySelectorAll<HTMLElement>('#smp-calculator *'))
            .filter((el) => !el.closest('.smp-table-scroll') && el.getBoundingClientRect().right > doc.clientWidth + 1)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
            .slice(0, 5);
          return { scroll: doc.scrollWidth, client: doc.clientWidth, wide };
        });
        expect(overflow.wide, 'elements past the right edge').toEqual([]);
        expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
        // The chart scales to the column rather than overflowing it.
        const chart = await page.getByTestId('cost-chart').boundingBox();
        expect(chart!.width).toBeLessThanOrEqual(width);

        await page.screenshot({ path: path.join(OUT_DIR, `widget-${width}-${scheme}.png`), fullPage: true });
        if (width === 360) {
          await calculator.fill('horizon_years', 'abc');
          await expect(calculator.errorSummary).toBeVisible();
          await page.screenshot({ path: path.join(OUT_DIR, `widget-${width}-${scheme}-errors.png`), fullPage: true });
        }
      });
    }
  });
}

test('print stylesheet: toolbar and form hidden, the plan kept', async ({ calculator, page }) => {
  await calculator.goto();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('toolbar')).toBeHidden();
  await expect(page.getByTestId('form')).toBeHidden();
  await expect(calculator.planSummary).toBeVisible();
  await expect(page.getByTestId('comparison-table')).toBeVisible();
  // The dates list prints even though its <details> is closed on screen.
  await expect(page.getByTestId('timeline-list')).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('timeline-list').getByText(/^Session 1: /)).toBeVisible();
  await page.pdf({ path: path.join(OUT_DIR, 'widget-print-a4.pdf'), format: 'A4' });
  await page.pdf({ path: path.join(OUT_DIR, 'widget-print-letter.pdf'), format: 'Letter' });
});
