// Smoke test of the release build (dist/): the page loads from 127.0.0.1 only,
// logs no errors, and renders a default plan summary.
import { test, expect } from './fixtures';

test('release build loads offline and renders a plan summary', async ({ calculator, guard }) => {
  await calculator.goto();

  await expect(calculator.planSummary).toBeVisible();
  await expect(calculator.sessionsCount).toBeVisible();
  const sessions = await calculator.sessions();
  expect(sessions, 'sessions-count').toBeGreaterThanOrEqual(2);
  expect(sessions, 'sessions-count').toBeLessThanOrEqual(4);
  await expect(calculator.initialTypical).toHaveText(/\d/);

  guard.expectClean();
});
