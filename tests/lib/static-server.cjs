// Static file server for the browser tests: the Playwright specs (through
// tests/e2e/static-server.ts, which adds the types) and the cross-engine smoke tests
// (node --test, plain JavaScript). CommonJS so that both loaders can read it. Binds
// 127.0.0.1 on a random free port, never caches, serves other directories under a URL
// prefix, and answers /__blank with an empty page of the same origin, so that a test can
// clear the origin's storage before the widget loads.
'use strict';
const { createServer } = require('node:http');
const { createReadStream, promises: fs } = require('node:fs');
const path = require('node:path');

const MIME = {
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

const BLANK_PATH = '/__blank';

/**
 * Serves `root` (which must hold index.html); `/` maps to `/index.html`. Options:
 * `mounts` maps URL prefixes such as '/widget/' to other directories; `headers` are added
 * to every file response (e.g. a Content-Security-Policy). Resolves to
 * { url, requests, close() }; `requests` lists the paths asked for, in order.
 */
async function startStaticServer(root, options = {}) {
  const absRoot = path.resolve(root);
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]) => [prefix, path.resolve(dir)]);
  await fs.access(path.join(absRoot, 'index.html')).catch(() => {
    throw new Error(`${absRoot}/index.html not found: run \`trunk build --release --offline\` first`);
  });
  const requests = [];

  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(urlPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (urlPath === BLANK_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('<!DOCTYPE html><title>blank</title>');
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
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

module.exports = { BLANK_PATH, startStaticServer };
