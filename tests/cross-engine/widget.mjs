// What the smoke tests need of the widget through plain WebDriver, the same ids and
// data-testid attributes as tests/e2e/pages/calculator.ts. An instance is the standalone
// page's widget or one embedded in a host element's shadow root; elements are looked up
// by script inside that root, which works the same in every engine, and then clicked or
// typed into through WebDriver as a visitor would.
import { Key } from 'selenium-webdriver';
import { BLANK_PATH } from './server.mjs';

const POLL_MS = 100;
export const WAIT_MS = 15_000;

/** Polls `probe` until it returns something truthy; fails with `what` and the last value seen. */
export async function waitFor(probe, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000}s waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** "$1,234.50", "£2,222" → 1234.5 (en locales only). */
export function parseMoney(text) {
  const value = Number.parseFloat(String(text).replace(/[^\d.-]/g, ''));
  if (!Number.isFinite(value)) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  return value;
}

/**
 * Opens `url` with empty storage for its origin (the widget restores saved inputs from
 * localStorage, so one test's edits would otherwise reach the next).
 */
export async function openFresh(driver, url) {
  const { origin } = new URL(url);
  await driver.get(`${origin}${BLANK_PATH}`);
  await driver.executeScript('localStorage.clear(); sessionStorage.clear();');
  await driver.get(url);
}

/** Every resource the page loaded, for the "nothing left 127.0.0.1" check. */
export async function loadedResources(driver) {
  return driver.executeScript(
    'return [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)];',
  );
}

// Runs in the page: the instance's root (document, or the host's shadow root).
const ROOT = `const host = arguments[0]; const root = host ? document.getElementById(host)?.shadowRoot : document;`;

export class Widget {
  /** `host`: id of the element the widget is embedded in; none for the standalone page. */
  constructor(driver, host = null) {
    this.driver = driver;
    this.host = host;
  }

  /** The element matching `selector` in this instance, or null. */
  async find(selector) {
    return this.driver.executeScript(`${ROOT} return root ? root.querySelector(arguments[1]) : null;`, this.host, selector);
  }

  /** Text and state of the parts the tests read, in one round trip; null parts are absent. */
  async read() {
    return this.driver.executeScript(
      `${ROOT}
      if (!root) return null;
      const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const text = (sel) => { const el = root.querySelector(sel); return visible(el) ? el.textContent.trim() : null; };
      const horizon = root.querySelector('#smp-horizon-years');
      const summary = root.querySelector('[data-testid="plan-summary"]');
      return {
        summaryVisible: visible(summary),
        summaryText: summary ? summary.textContent.replace(/\\s+/g, ' ').trim() : null,
        sessions: text('[data-testid="plan-summary"] [data-testid="sessions-count"]'),
        initialTypical: text('[data-testid="plan-summary"] [data-testid="initial-typical"]'),
        totalTypical: text('[data-testid="plan-summary"] [data-testid="smp-total"]'),
        stale: root.querySelector('[data-testid="results"]')?.getAttribute('data-stale') ?? null,
        horizonValue: horizon ? horizon.value : null,
        horizonInvalid: horizon ? horizon.getAttribute('aria-invalid') : null,
        horizonDescribedBy: horizon ? horizon.getAttribute('aria-describedby') : null,
        horizonError: text('[data-testid="error-horizon_years"]'),
        horizonErrorId: root.querySelector('[data-testid="error-horizon_years"]')?.id ?? null,
        summaryLinks: [...root.querySelectorAll('[data-testid="error-summary"] a[data-field]')].map((a) => a.getAttribute('data-field')),
      };`,
      this.host,
    );
  }

  /** Waits until the plan summary is shown with an amount, and returns what read() sees. */
  async waitForPlan() {
    return waitFor(async () => {
      const state = await this.read();
      return state?.summaryVisible && /\d/.test(state.initialTypical ?? '') ? state : null;
    }, `the plan summary of ${this.host ?? 'the page'}`);
  }

  /** Replaces a text field's content by keyboard: select all, then type (or delete). */
  async type(name, text) {
    const id = `smp-${name.replace(/_/g, '-')}`;
    const input = await this.find(`#${id}`);
    if (!input) throw new Error(`no field #${id}`);
    // No click first: WebKitWebDriver reports a click on an input inside a shadow root as
    // intercepted by the host; Send Keys focuses the field itself. Two calls, because
    // WebKit drops a whole call that holds a chord followed by text.
    await input.sendKeys(Key.chord(Key.CONTROL, 'a'));
    await input.sendKeys(text === '' ? Key.BACK_SPACE : text);
    const value = await this.driver.executeScript('return arguments[0].value;', input);
    if (value !== text) throw new Error(`field #${id} holds ${JSON.stringify(value)} after typing ${JSON.stringify(text)}`);
  }

  /** Picks a radio option by clicking its label, e.g. choose('tier', 'premium'). */
  async choose(group, value) {
    const id = `smp-${group.replace(/_/g, '-')}-${value}`;
    const label = await this.find(`label[for="${id}"]`);
    if (!label) throw new Error(`no label for #${id}`);
    await label.click();
    await waitFor(
      async () => this.driver.executeScript(`${ROOT} return !!root?.getElementById(arguments[1])?.checked;`, this.host, id),
      `#${id} to be checked`,
    );
  }
}
