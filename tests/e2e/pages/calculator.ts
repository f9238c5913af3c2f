// Page object for the smp-calculator widget. Locators use data-testid
// attributes rendered by src/ui; UI tests should go through this class.
import { expect, type Locator, type Page } from '@playwright/test';

export class CalculatorPage {
  readonly page: Page;
  /** The Trunk page's mount point (index.html). */
  readonly root: Locator;
  readonly planSummary: Locator;
  readonly sessionsCount: Locator;
  readonly initialTypical: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('#smp-calculator');
    this.planSummary = page.getByTestId('plan-summary');
    this.sessionsCount = this.planSummary.getByTestId('sessions-count');
    this.initialTypical = this.planSummary.getByTestId('initial-typical');
  }

  /** Opens the page and waits until the Yew app has mounted into #smp-calculator. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.root, 'Yew app mounted into #smp-calculator').not.toBeEmpty();
  }

  /** The number of sessions shown in the plan summary (text must be a bare integer). */
  async sessions(): Promise<number> {
    await expect(this.sessionsCount).toHaveText(/^\s*\d+\s*$/);
    return Number.parseInt((await this.sessionsCount.innerText()).trim(), 10);
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
