// Page object for the smp-calculator widget. Locators use ids and data-testid
// attributes rendered by src/ui; UI tests should go through this class.
import { expect, type Locator, type Page } from '@playwright/test';

/** localStorage key of the saved inputs (src/model/stored.rs). */
export const STORAGE_KEY = 'smp-calculator:v1';

/** Every text field of the form, generated from the field registry (src/model/input/registry.rs). */
export { NUMBER_FIELDS } from '../fields.generated';
import { NUMBER_FIELDS } from '../fields.generated';

/** What the results show, read back as numbers and ISO dates. */
export interface Snapshot {
  sessions: number;
  sessionDates: string[];
  initial: { low: number; typical: number; high: number };
  total: { low: number; typical: number; high: number };
  /** Typical-scenario touch-up dates from the timeline. */
  touchUps: { short: string[]; typical: string[]; long: string[] };
  reasons: string[];
  notes: string[];
  comparisonYears: string[];
  comparisonColumns: string[];
}

/** "$1,234.50", "€2.000", "CA$1,500" → 1234.5 (the page's locale is en-US). */
export function parseMoney(text: string): number {
  const cleaned = text.replace(/[^\d.-]/g, '');
  const value = Number.parseFloat(cleaned);
  if (!Number.isFinite(value)) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  return value;
}

export class CalculatorPage {
  readonly page: Page;
  /** The Trunk page's mount point (index.html). */
  readonly root: Locator;
  readonly planSummary: Locator;
  readonly sessionsCount: Locator;
  readonly initialTypical: Locator;
  readonly results: Locator;
  readonly errorSummary: Locator;
  readonly notice: Locator;
  readonly advanced: Locator;
  readonly announcer: Locator;
  /** The answer card (typical initial cost, range, horizon total) shown first. */
  readonly answer: Locator;
  readonly answerInitial: Locator;
  readonly answerTotal: Locator;
  /** Where widget locators are searched: the page, or one embedded instance. */
  readonly scope: Page | Locator;

  /**
   * `root` is the element the widget is mounted on: the standalone page's `#smp-calculator`
   * by default, or an embedded host element (Playwright's locators pierce its shadow root).
   */
  constructor(page: Page, root?: Locator) {
    this.page = page;
    this.root = root ?? page.locator('#smp-calculator');
    const scope = root ?? page;
    this.planSummary = scope.getByTestId('plan-summary');
    this.sessionsCount = this.planSummary.getByTestId('sessions-count');
    this.initialTypical = this.planSummary.getByTestId('initial-typical');
    this.results = scope.getByTestId('results');
    this.errorSummary = scope.getByTestId('error-summary');
    this.notice = scope.getByTestId('notice');
    this.advanced = scope.getByTestId('advanced');
    this.announcer = scope.getByTestId('announcer');
    this.answer = scope.getByTestId('answer');
    this.answerInitial = this.answer.getByTestId('answer-initial');
    this.answerTotal = this.answer.getByTestId('answer-total');
    this.scope = scope;
  }

  /** Opens the page (optionally with a fragment) and waits until the Yew app has mounted. */
  async goto(fragment = ''): Promise<void> {
    await this.page.goto(`/${fragment ? `#${fragment}` : ''}`);
    await this.waitForApp();
  }

  async waitForApp(): Promise<void> {
    await expect(this.root, 'Yew app mounted into #smp-calculator').not.toBeEmpty();
    await expect(this.planSummary).toBeVisible();
    // Start-up draws the plan summary first and the sections below it in the next task
    // (docs/performance.md): the toolbar comes last.
    await expect(this.scope.getByTestId('copy-link')).toBeAttached();
  }

  /** The input element of a field, by wire name (`horizon_years` → `#smp-horizon-years`). */
  /** Within this instance: shadow-rooted instances may reuse the same ids. */
  field(name: string): Locator {
    return this.scope.locator(`#smp-${name.replace(/_/g, '-')}`);
  }

  fieldError(name: string): Locator {
    return this.scope.getByTestId(`error-${name}`);
  }

  async openAdvanced(): Promise<void> {
    if (!(await this.advanced.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await this.advanced.locator('summary').click();
    }
    await expect(this.advanced).toHaveAttribute('open', '');
  }

  /** Types into a text field as a visitor would (replacing its text). */
  async fill(name: string, text: string): Promise<void> {
    const input = this.field(name);
    if (!(await input.isVisible()) && NUMBER_FIELDS.some((f) => f.name === name && f.advanced)) {
      await this.openAdvanced();
    }
    await input.fill(text);
  }

  /** Picks a radio option by clicking its label: `choose('tier', 'premium')`. */
  async choose(group: string, value: string): Promise<void> {
    const id = `smp-${group.replace(/_/g, '-')}-${value}`;
    await this.scope.locator(`label[for="${id}"]`).click();
    await expect(this.scope.locator(`#${id}`)).toBeChecked();
  }

  async chooseStage(stage: string): Promise<void> {
    await this.choose('region', 'stage');
    await this.page.locator('#smp-stage').selectOption(stage);
  }

  async setLongevity(years: number): Promise<void> {
    await this.field('longevity_years').fill(String(years));
    await expect(this.page.getByTestId('longevity-value')).toHaveText(`${years} years`);
  }

  async setStartDate(iso: string): Promise<void> {
    await this.field('start_date').fill(iso);
  }

  /** Waits until the results reflect the form (no errors pending). */
  async expectFresh(): Promise<void> {
    await expect(this.results).toHaveAttribute('data-stale', 'false');
    await expect(this.errorSummary).toHaveCount(0);
  }

  /** The number of sessions shown in the plan summary (text must be a bare integer). */
  async sessions(): Promise<number> {
    await expect(this.sessionsCount).toHaveText(/^\s*\d+\s*$/);
    return Number.parseInt((await this.sessionsCount.innerText()).trim(), 10);
  }

  async money(testId: string): Promise<number> {
    return parseMoney(await this.planSummary.getByTestId(testId).innerText());
  }

  async snapshot(): Promise<Snapshot> {
    const dates = (loc: Locator) => loc.evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''));
    const touch = (scenario: string) =>
      dates(this.page.locator(`[data-testid="timeline-touch-up"][data-scenario="${scenario}"]`));
    return {
      sessions: await this.sessions(),
      sessionDates: await dates(this.planSummary.getByTestId('session')),
      initial: {
        low: await this.money('initial-low'),
        typical: await this.money('initial-typical'),
        high: await this.money('initial-high'),
      },
      total: {
        low: await this.money('smp-total-low'),
        typical: await this.money('smp-total'),
        high: await this.money('smp-total-high'),
      },
      touchUps: { short: await touch('short'), typical: await touch('typical'), long: await touch('long') },
      reasons: await this.page
        .getByTestId('session-reasons')
        .locator('li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? '')),
      notes: await this.page
        .getByTestId('notes')
        .locator('li[data-code]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? '')),
      comparisonYears: await this.page
        .getByTestId('comparison-table')
        .locator('tbody tr')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-year') ?? '')),
      // Column names without the "(may not suit you)" mark of an unsuitable alternative.
      comparisonColumns: await this.page
        .getByTestId('comparison-table')
        .locator('thead th')
        .evaluateAll((ths) =>
          ths.map((th) => {
            const copy = th.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('[data-testid="unsuitable-mark"]').forEach((m) => m.remove());
            return (copy.textContent ?? '').trim();
          }),
        ),
    };
  }

  /** Where `locator` is on screen, in CSS pixels relative to the viewport. */
  async rect(locator: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
  }

  /** True when the element is entirely inside the viewport (no scrolling needed to see it). */
  async fullyInViewport(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    });
  }

  /**
   * Elements of the widget that stick out of the viewport sideways, apart from the content
   * of declared scroll regions (role=region, focusable, labelled), which must fit themselves.
   */
  async overflowing(): Promise<string[]> {
    return this.root.evaluate((root) => {
      const width = document.documentElement.clientWidth;
      const regions = '[role="region"][tabindex="0"][aria-labelledby]';
      const out: string[] = [];
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
        if (el.closest('.smp-visually-hidden')) continue;
        const scroller = el.parentElement?.closest(regions);
        if (scroller && root.contains(scroller)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > width + 0.5 || r.left < -0.5) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
      if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
      return out.slice(0, 8);
    });
  }

  /** Visible text of the whole widget must never carry a JS/float artefact. */
  async expectNoGarbageText(): Promise<void> {
    const text = await this.root.innerText();
    expect(text, 'widget text').not.toMatch(/\bNaN\b|\bundefined\b|\bnull\b|Infinity|\[object /);
  }

  /**
   * Runs axe-core (from node_modules, injected inline: no network) on the page
   * and returns its violations.
   */
  async axeViolations(options: Record<string, unknown> = {}): Promise<AxeViolation[]> {
    await this.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    return this.page.evaluate(async (opts) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const result = await (window as any).axe.run(document, opts);
      return result.violations.map((v: AxeViolation) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    }, options);
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}
