// The versioned release of the built widget (docs/embedding.md, "Versioned package"):
//
//   node scripts/package.mjs [--dist dist]
//
//  - target/package/: an npm package of dist/ (package.json with the crate's version, the
//    module, the wasm beside it, the stylesheet, the iframe page, a README excerpt), then
//    `npm pack` -> target/smp-calculator-<version>.tgz, which any CDN mirroring npm can serve
//    at a pinned version;
//  - target/smp-calculator-<version>.zip: the whole of dist/, for hosts without npm.
//
// Needs a release build in dist/ (trunk build --release --offline). Both archives are
// reproducible: fixed file order and timestamps.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { crc32 } from './lib/crc32.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv.indexOf('--dist');
const DIST = path.resolve(ROOT, distArg > 0 ? process.argv[distArg + 1] : 'dist');
const OUT = path.join(ROOT, 'target');
const PKG_DIR = path.join(OUT, 'package');

/** The [package] version of Cargo.toml: the one version the release carries. */
function crateVersion() {
  const toml = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const pkg = /^\[package\]\s*$([\s\S]*?)^\[/m.exec(toml);
  const version = pkg && /^version\s*=\s*"([^"]+)"/m.exec(pkg[1]);
  if (!version) throw new Error('package: no version in the [package] table of Cargo.toml');
  return version[1];
}

const version = crateVersion();
if (!fs.existsSync(path.join(DIST, 'smp-calculator.js'))) {
  throw new Error(`package: ${DIST}/smp-calculator.js not found: run trunk build --release --offline first`);
}
// The catalogues of languages other than English are in dist/lang/ (fetched on demand).
const langFiles = fs.existsSync(path.join(DIST, 'lang')) ? fs.readdirSync(path.join(DIST, 'lang')).sort().map((f) => `lang/${f}`) : [];
const distFiles = [...fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile()).sort(), ...langFiles];
const one = (re) => {
  const found = distFiles.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`package: expected one ${re} in ${DIST}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const wasm = one(/^smp-calculator[^/]*_bg\.wasm$/);
const css = one(/^app-[^.]+\.css$|^app\.css$/);
const snippet = fs.readFileSync(path.join(DIST, 'embed-snippet.html'), 'utf8');
const integrity = /integrity="(sha384-[^"]+)"/.exec(snippet)?.[1];
if (!integrity) throw new Error('package: dist/embed-snippet.html has no integrity hash');

// The widget's files only: the standalone page's service worker and icons stay in the zip.
const shipped = ['smp-calculator.js', wasm, css, 'frame.html', 'frame.js', 'icon.svg', 'embed-snippet.html', ...langFiles].filter((f) =>
  distFiles.includes(f),
);

fs.rmSync(PKG_DIR, { recursive: true, force: true });
fs.mkdirSync(PKG_DIR, { recursive: true });
for (const f of shipped) {
  fs.mkdirSync(path.dirname(path.join(PKG_DIR, f)), { recursive: true });
  fs.copyFileSync(path.join(DIST, f), path.join(PKG_DIR, f));
}

const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
const field = (name) => new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, 'm').exec(cargo)?.[1];
const manifest = {
  name: 'smp-calculator',
  version,
  description: field('description'),
  license: field('license'),
  type: 'module',
  // The module registers <smp-calculator> when imported.
  sideEffects: true,
  browser: './smp-calculator.js',
  module: './smp-calculator.js',
  exports: {
    '.': './smp-calculator.js',
    './smp-calculator.js': './smp-calculator.js',
    [`./${wasm}`]: `./${wasm}`,
    './style.css': `./${css}`,
    './frame.html': './frame.html',
    './package.json': './package.json',
    './lang/*': './lang/*',
  },
  files: [...shipped.filter((f) => !f.startsWith('lang/')), ...(langFiles.length ? ['lang'] : [])],
  // The script's Subresource Integrity hash, for hosts that write the tag themselves.
  smpIntegrity: integrity,
  keywords: ['scalp-micropigmentation', 'calculator', 'web-component', 'webassembly'],
};
fs.writeFileSync(path.join(PKG_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
fs.writeFileSync(path.join(PKG_DIR, 'README.md'), readme());

execFileSync('npm', ['pack', '--pack-destination', OUT, '--silent', '--offline'], { cwd: PKG_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
const tarball = path.join(OUT, `smp-calculator-${version}.tgz`);
if (!fs.existsSync(tarball)) throw new Error(`package: npm pack did not write ${tarball}`);

const zipFile = path.join(OUT, `smp-calculator-${version}.zip`);
fs.writeFileSync(zipFile, zip(distFiles.map((f) => [`smp-calculator-${version}/${f}`, fs.readFileSync(path.join(DIST, f))])));
console.log(`package: ${path.relative(ROOT, tarball)} (${fs.statSync(tarball).size} B), ${path.relative(ROOT, zipFile)} (${fs.statSync(zipFile).size} B), version ${version}`);

function readme() {
  const cdn = `https://cdn.jsdelivr.net/npm/smp-calculator@${version}`;
  return `# smp-calculator ${version}

A scalp micropigmentation (SMP) cost and timeline calculator: a web component running
entirely in the visitor's browser as WebAssembly. Nothing is sent anywhere.

## Use

Serve this package's files from any host or an npm CDN (pinned to this version):

\`\`\`html
<script type="module" src="${cdn}/smp-calculator.js"
        integrity="${integrity}" crossorigin="anonymous"></script>
<smp-calculator currency="GBP" clinic-name="Your clinic"></smp-calculator>
\`\`\`

The script fetches \`${wasm}\` from beside itself and checks it against its own hash, and
for a French, Spanish or German visitor \`lang/lang.js\` and \`lang/<code>.json\` the same way.
For pages that allow no script, \`frame.html\` is the iframe embed. Configuration, theming,
the JavaScript API and hosting notes: docs/embedding.md in the project's repository.

License: ${manifest.license}.
`;
}

/** A zip of [name, bytes] entries, deflated, every timestamp 2026-01-01 00:00. */
function zip(entries) {
  const DOS_TIME = 0;
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(DOS_TIME, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    locals.push(head, nameBuf, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += head.length + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
