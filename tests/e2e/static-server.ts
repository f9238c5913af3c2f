// Tiny static file server for the Trunk release build (dist/), used by the
// Playwright fixtures. Node built-ins only; binds 127.0.0.1 on a random free port.
import { createServer, type Server } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

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
export async function startStaticServer(root: string, options: ServerOptions = {}): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]) => [prefix, path.resolve(dir)] as const);
  await fs.access(path.join(absRoot, 'index.html')).catch(() => {
    throw new Error(`${absRoot}/index.html not found: run \`trunk build --release --offline\` first`);
  });
  const requests: string[] = [];

  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(urlPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const mount = mounts.find(([prefix]) => rel.startsWith(prefix));
    const base = mount ? mount[1] : absRoot;
    const file = path.resolve(base, `.${mount ? rel.slice(mount[0].length - 1) : rel}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...options.headers,
      });
      if (req.method === 'HEAD') {
        res.end();
      } else {
        createReadStream(file).pipe(res);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
