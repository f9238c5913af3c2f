// Trunk post_build hook (Trunk.toml): turns Trunk's output in $TRUNK_STAGING_DIR into the
// embeddable bundle and an installable, CSP-clean standalone page.
//
//  - smp-calculator.js: wasm-bindgen's module + embed/loader.js in one file (one integrity
//    hash covers the glue, the loader and the CSS text; the loader checks the wasm's hash).
//  - index.html: Trunk's inline loader script, its stylesheet link and absolute URLs removed;
//    the module script gets its integrity attribute. No inline script or style remains (strict CSP).
//  - sw.js (precaches every asset; cache named after the build), manifest.webmanifest, icons.
//  - embed-snippet.html: the copy-paste snippet with its integrity hash.
//  - frame.html, frame.js: the iframe embed (not precached by the standalone page).
//  - lang/<tag>.json: the catalogues other than English (English is the code's own text), and
//    lang/lang.js, the language script that fetches and reads them (embed/lang.js), fetched by
//    the loader on demand for a visitor in one of them: the loader checks the script against
//    its sha256 hash, the script each catalogue against theirs; the service worker caches
//    them when first fetched, not before.
//  - configure.*: the configurator page and its own wasm (scripts/lib/configurator.mjs).
//
//  - the stylesheet and the module minified (scripts/lib/minify.mjs, the same treatment as the
//    size yardsticks get); index.html links no stylesheet (the loader adopts the script's copy).
//
// Node plus terser from package.json (scripts/setup.sh installs it before any build).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { crc32 } from './lib/crc32.mjs';
import { minifyCss, minifyModule } from './lib/minify.mjs';
import { writeConfigurator } from './lib/configurator.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!DIR) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');

const files = fs.readdirSync(DIR);
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`postbuild: expected one ${what} in ${DIR}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const glueFile = one(/^smp-calculator-[0-9a-f]+\.js$|^smp-calculator\.js$/, 'wasm-bindgen module');
const wasmFile = one(/_bg\.wasm$/, 'wasm file');
const cssFile = one(/\.css$/, 'stylesheet');
const read = (f) => fs.readFileSync(path.join(DIR, f));
const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;
// The wasm's hash rides in the script: sha256, the shortest SRI accepts (16 B fewer of
// incompressible text than sha384). The script's own, in the host page's snippet, stays sha384.
const sri256 = (buf) => `sha256-${createHash('sha256').update(buf).digest('base64')}`;

const glue = read(glueFile).toString('utf8');
for (const needle of ['async function __wbg_init', 'export function mount(', 'export function computePlanJson(']) {
  if (!glue.includes(needle)) throw new Error(`postbuild: the wasm-bindgen module lacks "${needle}"`);
}
const wasm = read(wasmFile);
// Minified once: the file (the standalone page's <link>, the shadow roots' fallback) and the
// copy inside the script are the same text.
const css = minifyCss(read(cssFile).toString('utf8'));
fs.writeFileSync(path.join(DIR, cssFile), css);

// 0. Catalogues: lang/<tag>.json minified into <dist>/lang/ with the loader's own texts
// (embed/loader-texts.json) under the key ""; the loader gets their hashes and its English
// texts. A build without the `languages` feature (no setLanguage export: the size report's
// English-only yardstick) has no catalogues, and its loader drops its "<languages>" regions.
const languages = glue.includes('export function setLanguage(');
const LANG_SRC = path.join(ROOT, 'lang');
const tags = languages && fs.existsSync(LANG_SRC)
  ? fs.readdirSync(LANG_SRC).filter((f) => /^[a-z]{2}\.json$/.test(f) && f !== 'en.json').map((f) => f.slice(0, 2)).sort()
  : [];
const allLoaderTexts = JSON.parse(fs.readFileSync(path.join(ROOT, 'embed', 'loader-texts.json'), 'utf8'));
fs.rmSync(path.join(DIR, 'lang'), { recursive: true, force: true });
const langFiles = {};
const buildHash = createHash('sha256').update(wasm).update(css).update(fs.readFileSync(path.join(ROOT, 'embed', 'loader.js')));
for (const tag of tags) {
  if (!allLoaderTexts[tag]) throw new Error(`postbuild: embed/loader-texts.json has no texts for "${tag}"`);
  // The loader's texts ride in the catalogue under "" (the wasm skips that key).
  const catalogue = { '': allLoaderTexts[tag], ...JSON.parse(fs.readFileSync(path.join(LANG_SRC, `${tag}.json`), 'utf8')) };
  const body = Buffer.from(JSON.stringify(catalogue), 'utf8');
  fs.mkdirSync(path.join(DIR, 'lang'), { recursive: true });
  fs.writeFileSync(path.join(DIR, 'lang', `${tag}.json`), body);
  // sha256: one hash per language in the loader, and the shortest SRI accepts.
  langFiles[tag] = `sha256-${createHash('sha256').update(body).digest('base64')}`;
  buildHash.update(body);
}
// The language script (embed/lang.js) beside them, with their hashes: the loader fetches it,
// checked against its own hash, only for a visitor in one of those languages.
let langScript = '';
if (tags.length) {
  const source = fs.readFileSync(path.join(ROOT, 'embed', 'lang.js'), 'utf8');
  const filled = source.replace('/* __SMP_LANG_HASHES__ */ {}', () => JSON.stringify(langFiles));
  if (filled === source) throw new Error('postbuild: embed/lang.js lacks its hashes placeholder');
  const body = Buffer.from(await minifyModule(filled), 'utf8');
  fs.writeFileSync(path.join(DIR, 'lang', 'lang.js'), body);
  langScript = `sha256-${createHash('sha256').update(body).digest('base64')}`;
  buildHash.update(body);
}
const buildId = buildHash.digest('hex').slice(0, 16);
// The release's version is the crate's (scripts/package.mjs publishes under it too).
const pkg = { version: /^\[package\][\s\S]*?^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1] };

// 1. One module: glue + loader.
const loader = fs
  .readFileSync(path.join(ROOT, 'embed', 'loader.js'), 'utf8')
  .replace(/^[ \t]*\/\/ <languages>\n([\s\S]*?)^[ \t]*\/\/ <\/languages>\n/gm, (_, kept) => (languages ? kept : ''))
  .replace('__SMP_VERSION__', `${pkg.version}+${buildId}`)
  .replace('__SMP_WASM_FILE__', wasmFile)
  .replace('__SMP_WASM_INTEGRITY__', sri256(wasm))
  .replace('__SMP_CSS_FILE__', cssFile)
  .replace('__SMP_LANGS__', () => JSON.stringify(['en', ...tags]))
  .replace('__SMP_LANG_JS__', langScript)
  .replace('__SMP_LOADER_TEXTS__', () => JSON.stringify(allLoaderTexts.en))
  .replace('__SMP_CSS_TEXT__', () => JSON.stringify(css));
if (/__SMP_[A-Z_]+__/.test(loader)) throw new Error('postbuild: a loader placeholder was not filled');
const bundle = Buffer.from(await minifyModule(`${glue}\n${loader}`), 'utf8');
fs.writeFileSync(path.join(DIR, 'smp-calculator.js'), bundle);
if (glueFile !== 'smp-calculator.js') fs.rmSync(path.join(DIR, glueFile));
const bundleIntegrity = sri(bundle);
// The standalone page's other module (Trunk copies it from embed/), minified the same way.
fs.writeFileSync(path.join(DIR, 'pwa.js'), await minifyModule(read('pwa.js').toString('utf8')));

// 2. Icons (drawn here: a head outline dotted like SMP), manifest, service worker.
fs.writeFileSync(path.join(DIR, 'icon.svg'), iconSvg());
for (const size of [192, 512]) fs.writeFileSync(path.join(DIR, `icon-${size}.png`), iconPng(size));
fs.writeFileSync(
  path.join(DIR, 'manifest.webmanifest'),
  JSON.stringify(
    {
      name: 'SMP cost and timeline calculator',
      short_name: 'SMP calculator',
      description: 'Scalp micropigmentation sessions, dates, cost range and touch-ups, offline.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0a5ab0',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      ],
    },
    null,
    2,
  ),
);

// 3. index.html without Trunk's inline loader, with relative URLs and integrity.
let html = read('index.html').toString('utf8');
html = html.replace(/<script type="module">[\s\S]*?<\/script>\s*/g, (block) => {
  if (!block.includes('__wbg_init') && !block.includes('init, * as bindings') && !block.includes('TrunkApplicationStarted')) {
    throw new Error('postbuild: unexpected inline module script in index.html');
  }
  return '';
});
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
html = html.replace(/(href|src)="\/(?!\/)/g, '$1="./');
// No <link> to the stylesheet: the loader adopts the copy inside smp-calculator.js, as in a
// shadow root, so the page downloads the CSS once. The file stays for browsers without
// constructed stylesheets (the loader links it there), the package and host pages that
// render without a shadow root.
const cssLink = new RegExp(`<link rel="stylesheet" href="\\./${cssFile.replace(/\./g, '\\.')}"[^>]*>\\s*`);
if (!cssLink.test(html)) throw new Error(`postbuild: index.html lacks <link rel="stylesheet" href="./${cssFile}">`);
html = html.replace(cssLink, '');
html = html.replace(
  /<script type="module" src="\.\/smp-calculator\.js"[^>]*><\/script>/,
  `<script type="module" src="./smp-calculator.js" integrity="${bundleIntegrity}" crossorigin="anonymous"></script>`,
);
// Fetch the wasm in parallel with the script rather than after it (same URL and CORS mode as
// the loader's fetch, so the browser reuses the response; Chromium ignores, and warns about,
// `integrity` on fetch preloads, and the loader's fetch checks it anyway).
html = html.replace(
  '<script type="module" src="./smp-calculator.js"',
  `<link rel="preload" href="./${wasmFile}" as="fetch" type="application/wasm" crossorigin="anonymous">\n    <script type="module" src="./smp-calculator.js"`,
);
if (!html.includes(bundleIntegrity)) throw new Error('postbuild: index.html lacks <script type="module" src="./smp-calculator.js">');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html.replace(/<script type="application\/json"[^>]*>/g, ''))) {
  throw new Error('postbuild: index.html still has an inline script (strict CSP forbids it)');
}
if (/<style|\sstyle="/.test(html)) throw new Error('postbuild: index.html has inline styles (strict CSP forbids them)');
fs.writeFileSync(path.join(DIR, 'index.html'), html);

// 4. Service worker: the precache list is every file of this build but the catalogues (in
// lang/), which it caches when the loader first fetches one: a visitor needs one language.
const assets = fs
  .readdirSync(DIR)
  .filter((f) => !['sw.js', 'embed-snippet.html'].includes(f) && fs.statSync(path.join(DIR, f)).isFile())
  .sort();
const sw = fs
  .readFileSync(path.join(ROOT, 'embed', 'sw.js'), 'utf8')
  .replace('__SMP_CACHE__', `smp-calculator-${buildId}`)
  .replace('__SMP_ASSETS__', JSON.stringify(['./', ...assets.map((f) => `./${f}`)]))
  .replace('__SMP_ON_DEMAND__', JSON.stringify(tags.length ? [...tags.map((tag) => `./lang/${tag}.json`), './lang/lang.js'] : []));
fs.writeFileSync(path.join(DIR, 'sw.js'), sw);

// 5. The snippet clinics paste.
fs.writeFileSync(
  path.join(DIR, 'embed-snippet.html'),
  `<!-- smp-calculator ${pkg.version}+${buildId}: replace https://YOUR-HOST/PATH/ with where dist/ is served. -->
<script type="module" src="https://YOUR-HOST/PATH/smp-calculator.js"
        integrity="${bundleIntegrity}" crossorigin="anonymous"></script>
<smp-calculator></smp-calculator>
`,
);
// 6. The iframe embed (embed/frame.*), written after the service worker's list: the standalone
// page's visitors do not precache it.
writePage('frame.html', bundleIntegrity);
fs.writeFileSync(path.join(DIR, 'frame.js'), await minifyModule(fs.readFileSync(path.join(ROOT, 'embed', 'frame.js'), 'utf8')));
await writeConfigurator(ROOT, DIR, bundleIntegrity);
console.log(`postbuild: smp-calculator.js ${bundle.length} bytes, ${assets.length} assets precached, languages en ${tags.join(' ')}, build ${buildId}`);

/** Copies embed/<name> with this build's integrity hash; CSP-clean like index.html. */
function writePage(name, integrity) {
  const page = fs.readFileSync(path.join(ROOT, 'embed', name), 'utf8').replace('__SMP_INTEGRITY__', integrity);
  if (/__SMP_[A-Z_]+__/.test(page)) throw new Error(`postbuild: a placeholder in ${name} was not filled`);
  if (/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="/.test(page)) throw new Error(`postbuild: ${name} has inline script or style`);
  fs.writeFileSync(path.join(DIR, name), page);
}

function iconSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#0a5ab0"/><ellipse cx="32" cy="36" rx="18" ry="21" fill="#fff"/><path d="M14 30a18 21 0 0 1 36 0q-18-8-36 0z" fill="#1f2328"/></svg>\n`;
}

/** A PNG of the same picture: blue square, white head, dark dotted crown. */
function iconPng(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const s = size / 64;
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const u = x / s;
      const v = y / s;
      const head = ((u - 32) / 18) ** 2 + ((v - 36) / 21) ** 2 <= 1;
      const hair = head && v < 30 && (Math.floor(u) + Math.floor(v)) % 3 !== 0;
      const [r, g, b] = hair ? [31, 35, 40] : head ? [255, 255, 255] : [10, 90, 176];
      const o = y * (size * 4 + 1) + 1 + x * 4;
      px[o] = r;
      px[o + 1] = g;
      px[o + 2] = b;
      px[o + 3] = 255;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(px, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
