// Answer first, on a phone (issue 14): at phone, tablet and desktop widths, in both colour
// schemes, the typical initial cost and the horizon total are on the first screen, stay in
// view while a field deep in the form is edited (narrow screens), nothing but a declared
// scroll region sticks out sideways, and axe-core finds nothing. Charts are drawn for their
// width (text the legend's size, at least 12 px at 320 px), their legend shows and hides
// series from the keyboard, and a clinic's booking link is the one primary action.
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const OUT_DIR = path.resolve(__dirname, '..', '..', 'target', 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Phone sizes as sold (320 × 568 is the smallest still in use), a tablet and a laptop. */
const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 800 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
/** Below 60rem the form and the results share one column. */
const NARROW = 960;
const BOOKING_URL = 'https://clinic.example/book';

/** Serves the standalone page with a clinic's booking link on the widget's element. */
async function withBookingLink(page: Page) {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('data-smp-calculator ', `data-smp-calculator booking-url="${BOOKING_URL}" `);
      await route.fulfill({ response, body });
    },
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const size of SIZES) {
      test(`${size.width}px: the answer on the first screen and in view while editing, no overflow, no axe violations`, async ({ calculator, page }) => {
        await page.setViewportSize(size);
        await calculator.goto();
        await expect(calculator.answerInitial).toHaveText(/\d/);
        // Same figures as the detailed plan.
        await expect(calculator.answerInitial).toHaveText(await calculator.initialTypical.innerText());
        await expect(calculator.answerTotal).toHaveText(await calculator.planSummary.getByTestId('smp-total').innerText());
        await expect(calculator.answer).toContainText(/About .+ now/);
        await expect(calculator.answer).toContainText(/over 10 years/);
        expect(await calculator.fullyInViewport(calculator.answerInitial), 'typical initial cost on the first screen').toBe(true);
        expect(await calculator.fullyInViewport(calculator.answerTotal), 'horizon total on the first screen').toBe(true);
        expect(await calculator.overflowing(), 'elements past the viewport').toEqual([]);
        await page.screenshot({ path: path.join(OUT_DIR, `first-screen-${size.width}-${scheme}.png`) });

        const violations = await calculator.axeViolations({ runOnly: { type: 'tag', values: WCAG_TAGS } });
        expect(violations, 'axe violations').toEqual([]);

        if (size.width < NARROW) {
          // A field deep in the form, reached as a visitor would: focus moves there and the
          // browser scrolls it into view; typing changes the plan.
          const horizon = calculator.field('horizon_years');
          await horizon.focus();
          await page.keyboard.press('Control+A');
          await page.keyboard.type('12');
          await calculator.expectFresh();
          await expect(calculator.answerTotal).toHaveText(await calculator.planSummary.getByTestId('smp-total').innerText());
          await expect(calculator.answer).toContainText(/over 12 years/);
          expect(await calculator.fullyInViewport(calculator.answerInitial), 'initial cost in view while editing').toBe(true);
          expect(await calculator.fullyInViewport(calculator.answerTotal), 'total in view while editing').toBe(true);
          // The answer does not cover the focused field.
          expect(await calculator.fullyInViewport(horizon), 'the edited field in view').toBe(true);
          const field = await calculator.rect(horizon);
          const card = await calculator.rect(calculator.answer);
          expect(field.top, 'the field is below the sticky answer').toBeGreaterThanOrEqual(card.bottom);
          // Shift+Tab back up the form: each field lands below the answer, not under it.
          await page.keyboard.press('Shift+Tab');
          await page.keyboard.press('Shift+Tab');
          const back = await page.evaluate(() => {
            const r = (document.activeElement as HTMLElement).getBoundingClientRect();
            return { top: r.top, bottom: r.bottom };
          });
          expect(back.top).toBeGreaterThanOrEqual((await calculator.rect(calculator.answer)).bottom);
          expect(back.bottom).toBeLessThanOrEqual(size.height);
        }
      });
    }
  });
}

test('at 320 px every chart text is at least 12 CSS px and the tables fit or scroll in a labelled region', async ({ calculator, page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await calculator.goto('v=1&region=full&horizon_years=15&transplant_cost_minor=900000&start_date=2027-01-04');
  await calculator.expectFresh();
  const charts = page.locator('svg.smp-chart');
  await expect(charts).toHaveCount(3);
  const sizes = await charts.evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
      return Array.from(svg.querySelectorAll('text')).map((t) => ({
        chart: svg.getAttribute('data-testid'),
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
      }));
    }),
  );
  expect(sizes.length).toBeGreaterThan(10);
  for (const s of sizes) expect(s.px, `"${s.text}" in ${s.chart}`).toBeGreaterThanOrEqual(12);
  // Drawn for their width, not one drawing scaled down: chart text is the size of the
  // legend's text (both 0.875em), as it is on a wide screen.
  const legendPx = await page.locator('.smp-legend').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  for (const s of sizes) expect(Math.abs(s.px - legendPx), `"${s.text}" in ${s.chart}`).toBeLessThanOrEqual(0.5);
  // Year labels keep apart on the narrow axis.
  const years = await page.getByTestId('cost-chart').locator('text').evaluateAll((ts) =>
    ts
      .filter((t) => /^Y\d+$/.test(t.textContent ?? ''))
      .map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return { x: b.x, width: b.width };
      }),
  );
  expect(years.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < years.length; i++) expect(years[i].x).toBeGreaterThan(years[i - 1].x + years[i - 1].width);

  // The comparison table: a labelled, focusable region that scrolls by keyboard.
  const region = page.getByRole('region', { name: /Total spent by the end of each year/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  const before = await region.evaluate((el) => el.scrollLeft);
  const wide = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  if (wide) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  }
  expect(await calculator.overflowing()).toEqual([]);
});

test('sessions are drawn apart in the first months, and break-even reads in years and months', async ({ calculator, page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await calculator.goto();
  const sessions = page.getByTestId('first-months-session');
  await expect(sessions).toHaveCount(await calculator.sessions());
  const xs = await sessions.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().left));
  for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1], 'sessions apart').toBeGreaterThanOrEqual(20);
  const list = page.getByTestId('break-even-list');
  await expect(list).toContainText(/\((\d+ years?( \d+ months?)?|\d+ months?)\) on/);
  const captions = page.getByTestId('cost-chart').locator('.smp-break-even-label');
  await expect(captions.first()).toHaveText(/: (\d+ yr( \d+ mo)?|\d+ mo)$/);
});

test('hiding the hairpiece from the legend refits the axis to SMP; toggles work by keyboard', async ({ calculator, page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await calculator.goto();
  const chart = page.getByTestId('cost-chart');
  const bandShare = () =>
    chart.evaluate((svg) => {
      const band = (svg.querySelector('[data-testid="series-smp-band"]') as SVGGraphicsElement).getBBox();
      const grid = Array.from(svg.querySelectorAll('.smp-grid')).map((l) => Number(l.getAttribute('y1')));
      const axis = Number(svg.querySelector('.smp-axis-line')!.getAttribute('y1'));
      return band.height / (axis - Math.min(...grid));
    });
  const before = await bandShare();
  const toggle = page.getByTestId('legend-hairpiece');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.getByTestId('series-hairpiece')).toHaveCount(1);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(chart.getByTestId('series-hairpiece')).toHaveCount(0);
  const after = await bandShare();
  expect(before, 'the hairpiece flattens SMP').toBeLessThan(0.35);
  expect(after, 'SMP spans most of the plot').toBeGreaterThan(0.5);
  // Space shows it again, and the axis goes back.
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.getByTestId('series-hairpiece')).toHaveCount(1);
  expect(await bandShare()).toBeCloseTo(before, 5);
});

test('with a booking link the booking button is the only primary-styled action', async ({ calculator, page }) => {
  await withBookingLink(page);
  for (const size of [SIZES[0], SIZES[4]]) {
    await page.setViewportSize(size);
    await calculator.goto();
    const booking = calculator.answer.getByTestId('booking-link');
    await expect(booking).toHaveAttribute('href', BOOKING_URL);
    await expect(booking).toHaveText('Book a consultation');
    expect(await calculator.fullyInViewport(booking), 'booking beside the answer, on the first screen').toBe(true);
    const styles = await calculator.root.evaluate((root) => {
      const all = Array.from(root.querySelectorAll<HTMLElement>('button, a[href], summary, input[type="button"]'));
      return all.map((el) => {
        const s = getComputedStyle(el);
        return { id: el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30), bg: s.backgroundColor };
      });
    });
    const accent = styles.find((s) => s.id === 'booking-link')!.bg;
    expect(accent).not.toBe('rgba(0, 0, 0, 0)');
    expect(styles.filter((s) => s.bg === accent).map((s) => s.id)).toEqual(['booking-link']);
    // The next step is the booking: no "what to ask" section then.
    await expect(page.getByTestId('what-to-ask')).toHaveCount(0);
    const violations = await calculator.axeViolations({ runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(violations).toEqual([]);
  }
});

test('without a booking link: what to ask a clinic; secondary actions after the plan; how it is calculated', async ({ calculator, page }) => {
  await calculator.goto();
  await expect(calculator.answer.getByTestId('booking-link')).toHaveCount(0);
  await expect(page.getByTestId('what-to-ask')).toContainText('What to ask a clinic');
  await expect(page.getByTestId('what-to-ask').locator('li')).toHaveCount(6);
  await expect(calculator.answer).toContainText('An estimate from published prices');
  // Share, exports, print and reset come after the plan, not above it.
  const order = await page.evaluate(() => {
    const toolbar = document.querySelector('[data-testid="toolbar"]')!;
    const notes = document.querySelector('[data-testid="notes"]')!;
    return notes.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // Tiers say what they mean.
  await expect(page.locator('#smp-tier-hint')).toContainText('Premium:');
  // "How is this calculated?" lists the current plan's assumptions with their sources.
  const how = page.getByTestId('how-calculated');
  await how.locator('summary').click();
  const rows = how.getByTestId('assumptions').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // The course price row holds the answer's range (no sales tax by default), its source a site.
  const course = how.locator('tr[data-key="price.crown.standard"]');
  await expect(course).toContainText('beverlyhillshr.com');
  for (const id of ['answer-low', 'answer-high']) {
    const figure = (await calculator.answer.getByTestId(id).innerText()).replace(/[^\d.,]/g, '');
    await expect(course).toContainText(figure);
  }
  await calculator.choose('tier', 'premium');
  await expect(how, 'stays open while the plan changes').toHaveAttribute('open', '');
  await expect(how.locator('tr[data-key="price.crown.premium"]')).toContainText('estimate');
});
