// Size report for the release build (docs/performance.md).
//
//   node scripts/size-report.mjs [--dist dist] [--hello target/hello-dist]
//                                [--floor target/floor-dist] [--english target/english-dist]
//                                [--baseline docs/size-baseline.json] [--write-baseline]
//                                [--pending floor,ratio]
//
// Prints raw, gzip (level 9) and brotli (quality 11) bytes for every .wasm, .js and .css
// file the widget ships, then checks the gzip totals (issue #17):
//   - growth: the widget no more than 5% over the committed baseline (docs/size-baseline.json);
//   - with --floor (benches/engine-floor: Yew's hello world plus the whole engine, no UI):
//     "floor", the engine floor at most 110,000 B, and "ratio", the widget at most 1.45x the
//     engine floor. Both are measured in the same run, so the machine's noise cancels.
//   - with --english (the same widget built without the `languages` feature:
//     scripts/size-languages.sh): "languages", what the languages other than English add to an
//     English visitor's download (this build's total minus that one's) at most 2,048 B.
// Exits 1 when a limit is broken. --pending names floor targets not met yet (comma-separated:
// floor, ratio, languages): they are printed as "target not met yet: ..." instead of failing, so CI stays
// green while the work towards them goes on; drop a name once its target holds. The growth
// limit always fails. With --hello it also reports the ratios to a minimal Yew app built with
// the same profile (for information). --budget-advisory (the old 110 KB widget budget, which
// the floor targets replace) is accepted and ignored. The figures also go to
// target/size/report.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GROWTH_LIMIT = 0.05;
const FLOOR_TARGET_GZIP = 110_000;
const FLOOR_RATIO_TARGET = 1.45;
// Issue #15: languages other than English grow an English visitor's download by at most 2 KB.
const LANGUAGES_LIMIT_GZIP = 2_048;
const TARGET_NAMES = ['floor', 'ratio', 'languages'];

function parseArgs(argv) {
  const opts = {
    dist: 'dist',
    hello: null,
    floor: null,
    english: null,
    baseline: 'docs/size-baseline.json',
    writeBaseline: false,
    pending: new Set(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dist') opts.dist = value();
    else if (arg === '--hello') opts.hello = value();
    else if (arg === '--floor') opts.floor = value();
    else if (arg === '--english') opts.english = value();
    else if (arg === '--baseline') opts.baseline = value();
    else if (arg === '--write-baseline') opts.writeBaseline = true;
    else if (arg === '--budget-advisory') continue;
    else if (arg === '--pending') {
      for (const name of value().split(',').filter(Boolean)) {
        if (!TARGET_NAMES.includes(name)) throw new Error(`--pending: unknown target ${name} (${TARGET_NAMES.join(', ')})`);
        opts.pending.add(name);
      }
    }
    else throw new Error(`unknown argument ${arg}`);
  }
  return opts;
}

// What a visitor downloads: the wasm, the scripts and the stylesheet. The service worker
// is fetched by the browser in the background and only on the standalone page, and the
// iframe page's and the configurator's own files (configure*: its scripts, stylesheet and
// wasm, scripts/lib/configurator.mjs) only by their pages, so they are listed but not
// counted; the configurator's are totalled on their own.
const NOT_COUNTED = new Set(['sw.js', 'frame.js']);
const isConfigurator = (name) => name.startsWith('configure');
// The stylesheet file (app-<hash>.css) neither page downloads: its text is inside
// smp-calculator.js, adopted by the shadow roots and by the standalone page alike; only a
// browser without constructed stylesheets links the file. (Counted while index.html linked it.)
const isStylesheetFile = (name) => /^app-[0-9a-f]+\.css$/.test(name);

/** The catalogues in <dist>/lang/ (fetched by a visitor in that language only): bytes of each. */
function measureLanguages(dir) {
  const abs = path.resolve(ROOT, dir, 'lang');
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const buf = fs.readFileSync(path.join(abs, name));
      return {
        tag: name.replace('.json', ''),
        raw: buf.length,
        gzip: zlib.gzipSync(buf, { level: 9 }).length,
        brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
}

/** Bytes of one file (raw, gzip, brotli), or null when it does not exist. */
function measureFile(file) {
  const abs = path.resolve(ROOT, file);
  if (!fs.existsSync(abs)) return null;
  const buf = fs.readFileSync(abs);
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function measureDir(dir) {
  const abs = path.resolve(ROOT, dir);
  if (!fs.existsSync(abs)) throw new Error(`${dir} does not exist: build it first`);
  const files = fs
    .readdirSync(abs)
    .filter((f) => /\.(wasm|js|css)$/.test(f))
    .sort();
  if (!files.some((f) => f.endsWith('.wasm'))) throw new Error(`${dir} holds no .wasm file`);
  const rows = files.map((name) => {
    const buf = fs.readFileSync(path.join(abs, name));
    return {
      name,
      counted: !NOT_COUNTED.has(name) && !isConfigurator(name) && !isStylesheetFile(name),
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        },
      }).length,
    };
  });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows.filter((r) => r.counted)) for (const k of Object.keys(total)) total[k] += r[k];
  return { dir, rows, total };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padStart(n);

function printTable(title, m) {
  console.log(`\n${title} (${m.dir})`);
  console.log(`  ${'file'.padEnd(40)} ${pad('raw', 10)} ${pad('gzip', 10)} ${pad('brotli', 10)}`);
  for (const r of m.rows) {
    const name = r.counted ? r.name : `${r.name} (not counted)`;
    console.log(`  ${name.padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
  }
  const t = m.total;
  console.log(`  ${'total'.padEnd(40)} ${pad(t.raw, 10)} ${pad(t.gzip, 10)} ${pad(t.brotli, 10)}`);
  console.log(`  ${''.padEnd(40)} ${pad(kb(t.raw), 10)} ${pad(kb(t.gzip), 10)} ${pad(kb(t.brotli), 10)}`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const widget = measureDir(opts.dist);
  printTable('smp-calculator release build', widget);
  const own = widget.rows.filter((r) => isConfigurator(r.name));
  if (own.length) {
    const sum = (k) => own.reduce((n, r) => n + r[k], 0);
    console.log(`\nconfigurator page's own files (configure*, not counted above): ${sum('raw')} B raw, ${sum('gzip')} B (${kb(sum('gzip'))}) gzip, ${sum('brotli')} B brotli`);
  }

  const languages = measureLanguages(opts.dist);
  // The language script (lang/lang.js) that reads them, fetched with any one of them.
  const script = measureFile(path.join(opts.dist, 'lang', 'lang.js'));
  if (languages.length) {
    console.log('\nlanguages other than English (lang/<tag>.json beside the script and the language script');
    console.log('lang/lang.js, fetched on demand by a visitor in that language, on top of the total above;');
    console.log('English is the code\'s own text):');
    if (script) console.log(`  ${'lang/lang.js'.padEnd(40)} ${pad(script.raw, 10)} ${pad(script.gzip, 10)} ${pad(script.brotli, 10)}`);
    const extra = (k) => (script ? script[k] : 0);
    for (const r of languages) {
      console.log(`  ${`lang/${r.tag}.json`.padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
      console.log(`  ${`  a ${r.tag} visitor's total`.padEnd(40)} ${pad(widget.total.raw + r.raw + extra('raw'), 10)} ${pad(widget.total.gzip + r.gzip + extra('gzip'), 10)} ${pad(widget.total.brotli + r.brotli + extra('brotli'), 10)}`);
    }
  }

  const report = { widget, languages, languageScript: script, floorTargetGzip: FLOOR_TARGET_GZIP, floorRatioTarget: FLOOR_RATIO_TARGET };
  const failures = [];
  const warnings = [];
  // A broken target fails, unless it is named in --pending; a met target named there is
  // reported so the name can be dropped.
  const target = (name, met, line) => {
    if (met) {
      console.log(`${line}: met${opts.pending.has(name) ? ` (drop "${name}" from --pending)` : ''}`);
    } else if (opts.pending.has(name)) {
      warnings.push(line);
    } else {
      failures.push(line);
    }
  };

  if (opts.hello) {
    const hello = measureDir(opts.hello);
    printTable('hello-yew, same profile', hello);
    const ratio = widget.total.gzip / hello.total.gzip;
    report.hello = hello;
    report.helloRatio = ratio;
    console.log(`\nratio to hello-yew (gzip): ${ratio.toFixed(2)}x (for information)`);
  }

  if (opts.floor) {
    const floor = measureDir(opts.floor);
    printTable('engine floor: hello-yew plus the whole engine, no UI, same profile', floor);
    report.floor = floor;
    const f = floor.total.gzip;
    const parts = [`engine floor ${f} B (${kb(f)}) gzip`];
    if (report.hello) parts.push(`${(f / report.hello.total.gzip).toFixed(2)}x hello-yew`);
    parts.push(`the widget's UI, styles and loader add ${widget.total.gzip - f} B`);
    console.log(`\n${parts.join('; ')}`);
    const ratio = widget.total.gzip / f;
    report.floorRatio = ratio;
    target('floor', f <= FLOOR_TARGET_GZIP, `engine floor ${f} B gzip against the target ${FLOOR_TARGET_GZIP} B`);
    target(
      'ratio',
      ratio <= FLOOR_RATIO_TARGET,
      `widget ${widget.total.gzip} B = ${ratio.toFixed(3)}x the engine floor against the target ${FLOOR_RATIO_TARGET}x (${Math.floor(f * FLOOR_RATIO_TARGET)} B)`,
    );
  } else {
    console.log('\nno --floor: the engine floor targets are not checked');
  }

  if (opts.english) {
    const english = measureDir(opts.english);
    printTable('the same widget without languages (English only), same profile', english);
    report.english = english;
    const cost = widget.total.gzip - english.total.gzip;
    report.languagesCostGzip = cost;
    const byFile = (m, k) => m.rows.filter((r) => r.counted && r.name.endsWith(k)).reduce((n, r) => n + r.gzip, 0);
    const parts = ['.wasm', '.js', '.css'].map((k) => `${k} ${byFile(widget, k) - byFile(english, k)} B`).join(', ');
    console.log(`\nlanguages' cost to an English visitor: ${cost} B gzip (${parts})`);
    target(
      'languages',
      cost <= LANGUAGES_LIMIT_GZIP,
      `languages' cost to an English visitor: ${cost} B gzip (limit ${LANGUAGES_LIMIT_GZIP.toLocaleString('en')} B)`,
    );
  }

  const used = widget.total.gzip;

  const baselinePath = path.resolve(ROOT, opts.baseline);
  if (opts.writeBaseline) {
    const baseline = {
      note: 'Written by node scripts/size-report.mjs --write-baseline; the gzip total may grow at most 5% over it.',
      gzip: widget.total.gzip,
      brotli: widget.total.brotli,
      raw: widget.total.raw,
      files: Object.fromEntries(widget.rows.filter((r) => r.counted).map((r) => [r.name.replace(/-[0-9a-f]{8,16}(?=[._])/, ''), r.gzip])),
    };
    fs.writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`baseline written to ${path.relative(ROOT, baselinePath)}`);
  } else if (fs.existsSync(baselinePath)) {
    const baseline = JSON.parse(fs.readFileSync(baselinePath, 'utf8'));
    if (!Number.isSafeInteger(baseline.gzip) || baseline.gzip <= 0) {
      failures.push(`${opts.baseline} has no positive integer "gzip" total`);
    } else {
      const limit = Math.floor(baseline.gzip * (1 + GROWTH_LIMIT));
      const change = ((used - baseline.gzip) / baseline.gzip) * 100;
      const line = `gzip total ${used} B is ${change >= 0 ? '+' : ''}${change.toFixed(1)}% against the baseline ${baseline.gzip} B (limit ${limit} B)`;
      if (used > limit) failures.push(line);
      else console.log(line);
      report.baselineGzip = baseline.gzip;
    }
  } else {
    failures.push(`no baseline at ${opts.baseline}: run with --write-baseline and commit it`);
  }

  for (const w of warnings) console.log(`target not met yet: ${w}`);
  for (const f of failures) console.log(`FAIL: ${f}`);
  report.failures = failures;
  report.warnings = warnings;
  const outDir = path.join(ROOT, 'target', 'size');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (failures.length) process.exit(1);
}

try {
  main();
} catch (err) {
  console.error(`size-report: ${err.message}`);
  process.exit(2);
}
