// Shared Playwright fixtures: every test gets
//  - `baseURL` pointing at dist/ served on 127.0.0.1 (one server per worker),
//  - `guard`: records console errors, uncaught page errors and any request to a
//    host other than 127.0.0.1 (such requests are aborted). It is automatic, and
//    a test that has not called `guard.expectClean()` itself gets it at teardown.
//  - `calculator`: the page object for the widget.
import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { startStaticServer, type StaticServer } from './static-server';
import { CalculatorPage } from './pages/calculator';

export const DIST_DIR = path.resolve(__dirname, '..', '..', 'dist');
const ALLOWED_HOSTS = new Set(['127.0.0.1']);

export class PageGuard {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  checked = false;

  static async install(page: Page): Promise<PageGuard> {
    const guard = new PageGuard();
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        guard.consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (err) => guard.pageErrors.push(String(err?.stack ?? err)));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (isAllowed(url)) {
        await route.continue();
      } else {
        guard.foreignRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await page.routeWebSocket(/.*/, (ws) => {
      if (isAllowed(ws.url())) {
        ws.connectToServer();
      } else {
        guard.foreignRequests.push(ws.url());
        ws.close();
      }
    });
    return guard;
  }

  /** No console errors, no uncaught errors, no request left 127.0.0.1. */
  expectClean(): void {
    this.checked = true;
    expect.soft(this.foreignRequests, 'requests to hosts other than 127.0.0.1').toEqual([]);
    expect.soft(this.pageErrors, 'uncaught page errors').toEqual([]);
    expect.soft(this.consoleErrors, 'console errors').toEqual([]);
  }
}

function isAllowed(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return ALLOWED_HOSTS.has(u.hostname);
}

type TestFixtures = { guard: PageGuard; calculator: CalculatorPage };
type WorkerFixtures = { distServer: StaticServer };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  distServer: [
    async ({}, use) => {
      const server = await startStaticServer(DIST_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ distServer }, use) => {
    await use(distServer.url);
  },
  guard: [
    async ({ page }, use) => {
      const guard = await PageGuard.install(page);
      await use(guard);
      if (!guard.checked) guard.expectClean();
    },
    { auto: true },
  ],
  calculator: async ({ page }, use) => {
    await use(new CalculatorPage(page));
  },
});

export { expect };
