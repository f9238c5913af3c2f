// Where an edit's time goes, in main-thread CPU time, which survives a busy machine where
// bench-browser's wall clock does not. The same edits as bench-browser's interaction (the
// horizon field, 12 values in turn), traced: per edit, the CPU time of the task that
// dispatches the `input` event (Yew's render and its effects run in its microtasks, up to
// the MutationObserver callback bench-browser stops at) and of the frame that follows
// (style, layout, paint), each split by kind of work. With --profile, V8's sampled profile of
// the same edits, within each edit's measured span: self time by function (the top --top),
// by where the code lives, and the inclusive time of an edit's stages (wasm function names
// need a module that keeps its name section, which the shipped one does not: e.g.
// target/wasm-bindgen/release/ through `wasm-opt -Oz -g`, swapped into a copy of dist/ with
// the integrity hashes of the wasm and the script updated). The marks that delimit an edit cost time of their own
// while traced (about 1 ms an edit here): compare builds with each other, not with
// bench-browser.
//
//   node scripts/bench-edit.mjs [--runs 3] [--edits 60] [--width 1280] [--rate 1] [--gap 5] [--profile] [--top 30] [dist]
//
// With --pair OTHER_DIST: bench-browser's wall clock for both builds, one edit on each page in
// turn (the order alternating), so that both meet the machine's load at the same moments; the
// medians and the median of the paired differences (this build minus OTHER_DIST).
//
// Compare builds by alternating runs of each (`SMP_NO_MINIFY=1` keeps the JS names readable
// in profiles). A measurement, not a test.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';
import { launchChromium, median, numberOption, round } from './lib/bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => numberOption(args, name, fallback);
const RUNS = opt('--runs', 3);
const EDITS = opt('--edits', 60);
const WIDTH = opt('--width', 1280);
const RATE = opt('--rate', 1);
const TOP = opt('--top', 30);
// Between edits, as bench-browser waits (5 ms: the frame after an edit may not have run yet).
const GAP = opt('--gap', 5);
const pairAt = args.indexOf('--pair');
const PAIR = pairAt >= 0 ? path.resolve(args.splice(pairAt, 2)[1]) : null;
const PROFILE = args.includes('--profile');
if (PROFILE) args.splice(args.indexOf('--profile'), 1);
const dist = path.resolve(args[0] ?? path.join(ROOT, 'dist'));
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel', 'blink.user_timing'];
// Kinds of work; time in any other event counts for its nearest named ancestor.
const NAMED = {
  ParseHTML: 'parse HTML',
  FunctionCall: 'JS and wasm',
  TimerFire: 'JS and wasm',
  RunMicrotasks: 'JS and wasm',
  EventDispatch: 'JS and wasm',
  'v8.compile': 'compile',
  'V8.CompileCode': 'compile',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'V8.GCScavenger': 'garbage collection',
  'V8.GC_MARK_COMPACTOR': 'garbage collection',
};

// The edit loop, in the page; marks each edit's start and the observer's callback.
const LOOP = (edits) => `(async () => {
  const input = document.getElementById('smp-horizon-years');
  const results = () => document.querySelector('[data-testid="results"]');
  for (let i = 0; i < ${edits}; i++) {
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        performance.mark('smp-edit:end');
        resolve();
      });
      observer.observe(results(), { childList: true, subtree: true, characterData: true });
    });
    performance.mark('smp-edit:start');
    input.value = String(4 + (i % 12));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    await new Promise((r) => setTimeout(r, ${GAP}));
  }
})()`;

// One edit as bench-browser times it: the `input` event to the observer's callback.
const ONE = (value) => `new Promise((done) => {
  const input = document.getElementById('smp-horizon-years');
  const observer = new MutationObserver(() => {
    observer.disconnect();
    done(performance.now() - t0);
  });
  observer.observe(document.querySelector('[data-testid="results"]'), { childList: true, subtree: true, characterData: true });
  const t0 = performance.now();
  input.value = '${value}';
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

async function paired(browser, servers) {
  const pages = [];
  for (const server of servers) pages.push(await page(browser, server));
  const ms = servers.map(() => []);
  for (let i = 0; i < EDITS; i++) {
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const k of order) {
      const { result } = await pages[k].cdp.send('Runtime.evaluate', { expression: ONE(4 + (i % 12)), awaitPromise: true });
      ms[k].push(result.value);
      await new Promise((r) => setTimeout(r, GAP));
    }
  }
  for (const p of pages) await p.context.close();
  return ms;
}

async function page(browser, server) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: WIDTH, height: 900 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await p.goto(`${server.url}/`);
  await p.waitForSelector('[data-testid="copy-link"]');
  // A warm-up round: the first edits compile the code they run.
  await cdp.send('Runtime.evaluate', { expression: LOOP(12), awaitPromise: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  return { context, cdp };
}

async function traced(browser, server) {
  const { context, cdp } = await page(browser, server);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await cdp.send('Runtime.evaluate', { expression: LOOP(EDITS), awaitPromise: true });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return analyse(events);
}

/** Per edit: { task: { total, by }, frame: { total, by } } in CPU ms. */
function analyse(events) {
  const starts = events.filter((e) => e.name === 'smp-edit:start').sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === 'smp-edit:end').sort((a, b) => a.ts - b.ts);
  const { pid, tid } = starts[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const ms = (e) => (e.tdur ?? e.dur) / 1000;
  const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  const tasks = [];
  for (const e of main) {
    const last = tasks[tasks.length - 1];
    if (isTask(e) && !(last && e.ts < last.ts + last.dur)) tasks.push(e);
  }
  const inTask = (t) => main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
  const split = (ts) => {
    const out = { total: 0, by: {} };
    for (const t of ts) {
      out.total += ms(t);
      const named = inTask(t).filter((e) => NAMED[e.name]);
      let covered = 0;
      for (const e of named) {
        const children = named.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur && c.dur < e.dur);
        const direct = children.filter((c) => !children.some((o) => o !== c && o.ts <= c.ts && o.ts + o.dur >= c.ts + c.dur && o.dur > c.dur));
        out.by[NAMED[e.name]] = (out.by[NAMED[e.name]] ?? 0) + ms(e) - direct.reduce((s, c) => s + ms(c), 0);
        if (!named.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)) covered += ms(e);
      }
      out.by['other (browser)'] = (out.by['other (browser)'] ?? 0) + ms(t) - covered;
    }
    return out;
  };
  return starts.map((s, i) => {
    const next = starts[i + 1]?.ts ?? Infinity;
    const k = tasks.findIndex((t) => t.ts <= s.ts && s.ts <= t.ts + t.dur);
    const after = tasks.filter((t, j) => j > k && t.ts < next && inTask(t).some((e) => e.name === 'Paint' || e.name === 'Layout' || e.name === 'UpdateLayoutTree'));
    const wall = ((ends.find((e) => e.ts > s.ts)?.ts ?? NaN) - s.ts) / 1000;
    return { wall, task: split([tasks[k]]), frame: split(after) };
  });
}

/** Self time by function within the edits' measured spans (dispatch to the observer), from
 * the V8 sampling profiler's trace events, which share the trace's clock with the marks. */
async function profiled(browser, server) {
  const { context, cdp } = await page(browser, server);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'] } });
  await cdp.send('Runtime.evaluate', { expression: LOOP(EDITS), awaitPromise: true });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const marks = (name) => events.filter((e) => e.name === name).map((e) => e.ts).sort((a, b) => a - b);
  const starts = marks('smp-edit:start');
  const ends = marks('smp-edit:end');
  const spans = starts.map((s) => [s, ends.find((e) => e > s) ?? s]);
  // The part of (from, to] inside a span.
  const overlap = (from, to) => spans.reduce((s, [a, b]) => s + Math.max(0, Math.min(to, b) - Math.max(from, a)), 0);
  const { pid, tid } = events.find((e) => e.name === 'smp-edit:start');
  const nodes = new Map();
  const self = new Map();
  // Inclusive time of functions whose names match INCLUSIVE (each counted once per sample).
  const incl = new Map();
  let t = 0;
  let last = null;
  for (const e of events.filter((x) => x.pid === pid && (x.name === 'Profile' || x.name === 'ProfileChunk')).sort((a, b) => a.ts - b.ts)) {
    const d = e.args?.data ?? {};
    if (e.name === 'Profile') {
      if (e.tid !== tid) continue;
      t = d.startTime;
      continue;
    }
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${n.id}`, n);
    const samples = d.cpuProfile?.samples ?? [];
    (d.timeDeltas ?? []).forEach((delta, i) => {
      t += delta;
      const n = nodes.get(`${e.id}:${samples[i]}`);
      // Each sample stands for the time since the one before it, counted within the spans.
      const within = last === null ? 0 : overlap(last, t);
      if (n && within > 0) {
        const f = n.callFrame;
        const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
        self.set(name, (self.get(name) ?? 0) + within / 1000);
        const seen = new Set();
        for (let m = n; m; m = nodes.get(`${e.id}:${m.parent}`)) {
          const hit = INCLUSIVE.find((x) => m.callFrame.functionName.includes(x));
          if (hit && !seen.has(hit)) {
            seen.add(hit);
            incl.set(hit, (incl.get(hit) ?? 0) + within / 1000);
          }
        }
      }
      last = t;
    });
  }
  const wall = spans.reduce((s, [a, b]) => s + (b - a) / 1000, 0);
  return { self, incl, edits: spans.length, wall };
}

// Stages of an edit whose inclusive time --profile prints (wasm names need a module with its
// name section; the shipped one has none).
const INCLUSIVE = ['Stateful>::view', 'Stateful>::rendered', 'reconcile', 'ui::form::sync', 'ui::charts::cost_chart::sync', 'state::State::reduce', 'model::plan::compute', 'ui::charts::timeline::timeline', 'ui::charts::cost_chart::cost_chart', 'ui::results::results', 'ui::form::form', 'ui::results::answer', 'how_calculated', 'intl_format', 'set_innerHTML', 'removeChild', 'insertBefore', 'dispatchEvent'];

const server = await serveDist(dist);
const browser = await launchChromium();
if (PAIR) {
  const other = await serveDist(PAIR);
  const [a, b] = [[], []];
  for (let r = 0; r < RUNS; r++) {
    const [x, y] = await paired(browser, [server, other]);
    a.push(...x);
    b.push(...y);
  }
  await other.close();
  const diff = a.map((v, i) => v - b[i]);
  console.log(`${a.length} edits each, in turn, ${WIDTH} px, CPU ${RATE}x; wall ms, dispatch to the observer`);
  console.log(`${dist}: median ${round(median(a))}, mean ${(a.reduce((s, v) => s + v, 0) / a.length).toFixed(2)}`);
  console.log(`${PAIR}: median ${round(median(b))}, mean ${(b.reduce((s, v) => s + v, 0) / b.length).toFixed(2)}`);
  console.log(`paired difference (first minus second): median ${(median(diff)).toFixed(2)}; first faster in ${diff.filter((d) => d < 0).length} of ${diff.length}`);
} else if (PROFILE) {
  const total = new Map();
  const inclusive = new Map();
  let n = 0;
  let wall = 0;
  for (let r = 0; r < RUNS; r++) {
    const p = await profiled(browser, server);
    for (const [k, v] of p.self) total.set(k, (total.get(k) ?? 0) + v);
    for (const [k, v] of p.incl) inclusive.set(k, (inclusive.get(k) ?? 0) + v);
    n += p.edits;
    wall += p.wall;
  }
  const sampled = [...total].reduce((s, [, v]) => s + v, 0);
  console.log(`${dist}: sampled profile of ${n} edits (dispatch to the observer), ${WIDTH} px, CPU ${RATE}x; self ms per edit (sampled ${(sampled / n).toFixed(2)}, wall ${(wall / n).toFixed(2)})`);
  // By where the code lives: the wasm, the JS (glue, loader), or the browser (DOM calls).
  const where = {};
  for (const [k, v] of total) {
    const w = k.endsWith('.wasm') ? 'wasm' : k.endsWith('.js') ? 'JS' : 'browser (DOM calls, builtins)';
    where[w] = (where[w] ?? 0) + v;
  }
  console.log(Object.entries(where).map(([w, v]) => `${w} ${(v / n).toFixed(2)}`).join(' | '));
  console.log('inclusive: ' + INCLUSIVE.filter((k) => inclusive.has(k)).map((k) => `${k} ${(inclusive.get(k) / n).toFixed(2)}`).join(' | '));
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(v / n).toFixed(3).padStart(7)}  ${k}`);
} else {
  const edits = [];
  for (let r = 0; r < RUNS; r++) edits.push(...(await traced(browser, server)));
  const show = (key) => {
    const labels = new Set(edits.flatMap((e) => Object.keys(e[key].by)));
    const mean = (f) => edits.reduce((s, e) => s + f(e), 0) / edits.length;
    const by = [...labels].map((l) => [l, mean((e) => e[key].by[l] ?? 0)]).sort((a, b) => b[1] - a[1]);
    return `median ${round(median(edits.map((e) => e[key].total)))}, mean ${mean((e) => e[key].total).toFixed(2)} (` + by.filter(([, v]) => v >= 0.05).map(([l, v]) => `${l} ${(Math.round(v * 100) / 100).toFixed(2)}`).join(' | ') + ')';
  };
  console.log(`${dist}: ${edits.length} traced edits (${RUNS} pages), ${WIDTH} px, CPU ${RATE}x; CPU ms per edit`);
  console.log(`wall clock, dispatch to the observer (as bench-browser), median ${round(median(edits.map((e) => e.wall)))}`);
  console.log(`edit task   ${show('task')}`);
  console.log(`frame after ${show('frame')}`);
}
await browser.close();
await server.close();
