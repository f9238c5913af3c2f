// The Playwright specs' view of tests/lib/static-server.cjs (shared with the cross-engine
// smoke tests): the same server, with its types.
import * as shared from '../lib/static-server.cjs';

export interface ServerOptions {
  /** Extra directories served under a URL prefix, e.g. `{ '/widget/': 'dist' }`. */
  mounts?: Record<string, string>;
  /** Headers added to every response (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** Paths requested so far, in order (for debugging). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port; `/` maps to `/index.html`. */
export function startStaticServer(root: string, options: ServerOptions = {}): Promise<StaticServer> {
  return shared.startStaticServer(root, options);
}
