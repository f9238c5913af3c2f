// Smoke subset of the browser tests in the engines behind Safari and Firefox: WebKit
// (WebKitGTK) and Gecko (Firefox ESR), through WebDriver. The Chromium suite in
// tests/e2e covers the behaviour in depth; this checks that the release build (dist/)
// works at all elsewhere: a plan renders, an edit updates it, an embedded instance
// works, and garbage in a field is flagged while the last plan stays.
//
//   node --test tests/cross-engine/        (after trunk build --release --offline)
//   SMP_ENGINES=gecko node --test tests/cross-engine/
//
// Driver logs: target/cross-engine/<engine>-driver.log.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, selectedEngines, startEngine } from './engines.mjs';
import { startStaticServer } from './server.mjs';
import { Widget, loadedResources, openFresh, parseMoney, waitFor } from './widget.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = path.join(ROOT, 'dist');
const EXAMPLE = path.join(ROOT, 'examples', 'embed');
const LOG_DIR = path.join(ROOT, 'target', 'cross-engine');
// Generous bounds for a loaded 2-core machine; a hung driver fails the test instead of CI.
const STARTUP_MS = 300_000;
const TEST = { timeout: 90_000 };

let standalone;
let example;

before(async () => {
  standalone = await startStaticServer(DIST);
  // The example clinic page with dist/ under /widget/, as tests/e2e/embed.spec.ts serves it.
  example = await startStaticServer(EXAMPLE, { mounts: { '/widget/': DIST } });
});

after(async () => {
  await Promise.all([standalone?.close(), example?.close()]);
});

/** Nothing the page loaded came from anywhere but the test server. */
async function expectLocalOnly(driver, server) {
  const foreign = (await loadedResources(driver)).filter((url) => !url.startsWith(`${server.url}/`));
  assert.deepEqual(foreign, [], 'resources from hosts other than the 127.0.0.1 test server');
}

for (const name of selectedEngines()) {
  describe(ENGINES[name].label, () => {
    let engine;
    let driver;

    before(
      async () => {
        engine = await startEngine(name, LOG_DIR);
        driver = engine.driver;
        await driver.manage().setTimeouts({ pageLoad: 30_000, script: 10_000 });
        await driver.manage().window().setRect({ width: 1280, height: 900 });
        console.log(`${name}: ${engine.version}`);
      },
      { timeout: STARTUP_MS },
    );

    after(
      async () => {
        await engine?.stop();
      },
      { timeout: 30_000 },
    );

    it('renders a plan with real amounts', TEST, async () => {
      await openFresh(driver, `${standalone.url}/`);
      const state = await new Widget(driver).waitForPlan();

      const sessions = Number(state.sessions);
      assert.ok(Number.isInteger(sessions) && sessions >= 2 && sessions <= 4, `sessions count ${JSON.stringify(state.sessions)}`);
      const initial = parseMoney(state.initialTypical);
      const total = parseMoney(state.totalTypical);
      assert.ok(initial > 0, `initial cost ${state.initialTypical}`);
      assert.ok(total >= initial, `total ${state.totalTypical} includes the initial ${state.initialTypical}`);
      assert.doesNotMatch(state.summaryText, /\bNaN\b|\bundefined\b|\bnull\b|Infinity|\[object /);
      assert.equal(state.stale, 'false');
      // Amounts and dates read as this engine's Intl writes them in the page's locale (in
      // US English the wasm writes them itself: src/i18n/en_us.rs).
      const intl = await driver.executeScript(
        `const locale = document.documentElement.lang;
         const session = document.querySelector('[data-testid="session"]');
         return {
           locale,
           amount: new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(arguments[0]),
           date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(session.getAttribute('data-date'))),
           session: session.textContent,
         };`,
        initial,
      );
      assert.equal(state.initialTypical, intl.amount, `the initial cost in ${intl.locale}`);
      assert.ok(intl.session.includes(intl.date), `"${intl.session}" has the date as Intl writes it in ${intl.locale}: ${intl.date}`);
      await expectLocalOnly(driver, standalone);
    });

    it('updates the plan when a field is edited and a tier is picked', TEST, async () => {
      await openFresh(driver, `${standalone.url}/`);
      const widget = new Widget(driver);
      const before = await widget.waitForPlan();

      // A longer horizon holds more touch-ups, so its total is higher.
      await widget.type('horizon_years', '15');
      const longer = await waitFor(async () => {
        const s = await widget.read();
        return s.totalTypical !== before.totalTypical && s.stale === 'false' ? s : null;
      }, 'the total to follow the new horizon');
      assert.ok(parseMoney(longer.totalTypical) > parseMoney(before.totalTypical), `${longer.totalTypical} > ${before.totalTypical}`);
      assert.match(longer.summaryText, /Total over 15 years/);
      assert.equal(longer.initialTypical, before.initialTypical, 'the horizon does not change the initial cost');

      // Premium prices are above standard ones.
      await widget.choose('tier', 'premium');
      const premium = await waitFor(async () => {
        const s = await widget.read();
        return s.initialTypical !== before.initialTypical ? s : null;
      }, 'the initial cost to follow the tier');
      assert.ok(parseMoney(premium.initialTypical) > parseMoney(before.initialTypical), `${premium.initialTypical} > ${before.initialTypical}`);
    });

    it('runs two embedded instances on a clinic page, independently', TEST, async () => {
      await openFresh(driver, `${example.url}/`);
      const north = new Widget(driver, 'north');
      const south = new Widget(driver, 'south');
      const northBefore = await north.waitForPlan();
      const southBefore = await south.waitForPlan();

      // Each shows its clinic's configured prices and locale (examples/embed/index.html).
      assert.equal(northBefore.initialTypical, '£2,222');
      assert.match(southBefore.initialTypical, /^1\.800\s€$/);
      // The host page hears the plan through the element's change event.
      const readout = () => driver.executeScript('return document.getElementById("north-total").textContent;');
      const heard = await waitFor(async () => {
        const text = await readout();
        return /Northside plan:/.test(text) ? text : null;
      }, 'the host readout');
      assert.match(heard, /Northside plan: 3 sessions, £2,222 up front\./);

      await north.choose('tier', 'premium');
      const northAfter = await waitFor(async () => {
        const s = await north.read();
        return s.initialTypical !== northBefore.initialTypical ? s : null;
      }, 'the north instance to follow its tier');
      // (This clinic prices only the standard tier, so premium falls back to the built-in
      // table: the amount changes, in no fixed direction.)
      assert.match(northAfter.initialTypical, /^£[\d,]+$/);
      await waitFor(async () => (await readout()).includes(northAfter.initialTypical), 'the host readout to follow');
      assert.equal((await south.read()).initialTypical, southBefore.initialTypical, 'the other instance is untouched');
      await expectLocalOnly(driver, example);
    });

    it('flags garbage in a field and keeps the last plan', TEST, async () => {
      await openFresh(driver, `${standalone.url}/`);
      const widget = new Widget(driver);
      const standard = await widget.waitForPlan();
      // Change something first, so that "the last plan" is not simply the default one.
      await widget.choose('tier', 'premium');
      const last = await waitFor(async () => {
        const s = await widget.read();
        return s.stale === 'false' && s.initialTypical !== standard.initialTypical ? s : null;
      }, 'a fresh premium plan');

      await widget.type('horizon_years', 'abc');
      const flagged = await waitFor(async () => {
        const s = await widget.read();
        return s.horizonError && s.stale === 'true' ? s : null;
      }, 'the error under the horizon field, and the plan marked out of date');
      assert.match(flagged.horizonError, /number/i);
      assert.equal(flagged.horizonInvalid, 'true');
      assert.ok((flagged.horizonDescribedBy ?? '').split(/\s+/).includes(flagged.horizonErrorId), 'aria-describedby names the message');
      assert.deepEqual(flagged.summaryLinks, ['horizon_years'], 'the error summary links the field');
      assert.equal(flagged.initialTypical, last.initialTypical, 'the last initial cost stays');
      assert.equal(flagged.totalTypical, last.totalTypical, 'the last total stays');
      assert.equal(flagged.sessions, last.sessions);

      // Emptying the field brings back its default and a fresh plan.
      await widget.type('horizon_years', '');
      const fixed = await waitFor(async () => {
        const s = await widget.read();
        return s.stale === 'false' && !s.horizonError ? s : null;
      }, 'the error to clear');
      assert.notEqual(fixed.horizonInvalid, 'true');
      assert.deepEqual(fixed.summaryLinks, []);
      assert.equal(fixed.totalTypical, last.totalTypical);
    });
  });
}
