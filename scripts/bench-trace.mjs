// Where the main thread's time goes at start-up, from Chrome traces of cold starts of the
// release build (dist/), in proportions that survive a busy machine. A measurement, not a
// test: prints medians over --runs fresh contexts and writes target/bench/trace.json.
//
//   node scripts/bench-trace.mjs [--runs 3] [--rate 1] [--width 412] [--tail 1500] [--tasks MS] [--cpu] [dist]
//
// Phases, by the tasks of the page's main thread: "before the wasm" (navigation to the task
// that renders: HTML, the module's evaluation with its Intl warm-up), "render" (the tasks
// from the one holding the loader's `smp-calculator:wasm-ready` mark to the first frame:
// instantiation, then in the next task wasm functions compiled on their first call and the
// first Yew render), "first frame" (the next task that paints: style, layout, paint of what
// the render added) and "after" (--tail ms of deferred
// work: re-renders, saving, the host page's change event, garbage collection). Within each,
// time by trace event (exclusive), and the long tasks (over 50 ms) with their blocking time,
// which is what Lighthouse's total blocking time adds up (there at 4× CPU). Tracing slows
// wasm compilation down; compare builds with each other, not with bench-browser's clock.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/serve-dist.mjs';
import { launchChromium, median, numberOption, round } from './lib/bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => numberOption(args, name, fallback);
const RUNS = opt('--runs', 3);
const RATE = opt('--rate', 1);
const WIDTH = opt('--width', 412);
const TAIL = opt('--tail', 1500);
// With --tasks MS: also prints, per run, every task after the first contentful paint longer
// than MS ms, with its three largest kinds of work (what splits the blocking time).
const TASKS = opt('--tasks', 0);
// With --cpu: each event's CPU time on the main thread (the trace's `tdur`) rather than its
// wall time: on a loaded machine the wall time of a task is mostly waiting for a core. Best
// with --rate 1 (throttling suspends the thread: its CPU time is the unthrottled one), read
// ×4 for what Lighthouse's simulated mobile run counts.
const CPU = args.includes('--cpu');
if (CPU) args.splice(args.indexOf('--cpu'), 1);
// The long tasks and their blocking time are reckoned at 4× CPU, as Lighthouse's mobile run
// does: measured CPU time scaled by 4 / rate (wall time is taken as it is).
const SCALE = CPU ? 4 / RATE : 1;
const dist = path.resolve(args[0] ?? path.join(ROOT, 'dist'));
const SELECTOR = '[data-testid="plan-summary"] [data-testid="sessions-count"]';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute', 'blink', 'loading', 'toplevel', 'blink.user_timing'];
// Trace events worth naming; time in any other event counts for its nearest named ancestor.
const NAMED = {
  ParseHTML: 'parse HTML (page, innerHTML)',
  'v8.evaluateModule': 'evaluate module scripts',
  EvaluateScript: 'evaluate scripts',
  'v8.compile': 'compile JS',
  'V8.CompileCode': 'compile JS',
  'wasm.CompileLazy': 'compile wasm functions on first call',
  FlushInstructionCache: 'compile wasm functions on first call',
  FunctionCall: 'run JS and wasm',
  TimerFire: 'run JS and wasm',
  RunMicrotasks: 'run JS and wasm',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_MARK_COMPACTOR': 'garbage collection',
  'V8.GCScavenger': 'garbage collection',
  'V8.GCIncrementalMarking': 'garbage collection',
};

async function trace(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: WIDTH, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await page.addInitScript((sel) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        observer.disconnect();
        requestAnimationFrame(() => performance.mark('bench:plan-painted'));
      }
    }).observe(document, { childList: true, subtree: true });
  }, SELECTOR);
  await page.goto(url);
  // Through the protocol rather than Playwright's helpers, whose injected script would run
  // on the page's main thread inside the traced time.
  await cdp.send('Runtime.evaluate', {
    expression: `new Promise((done) => { const check = () => performance.getEntriesByName('bench:plan-painted').length ? done() : setTimeout(check, 50); check(); })`,
    awaitPromise: true,
  });
  await page.waitForTimeout(TAIL * RATE);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return events;
}

/** Phases of one trace: { phase: { total, by: { label: ms } } } and the long tasks. */
function analyse(events) {
  const parser = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => e.pid === parser.pid && e.tid === parser.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Nesting is read from wall-clock spans; only the durations added up are CPU time.
  const ms = (e) => (CPU && e.tdur !== undefined ? e.tdur : e.dur) / 1000;
  const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  const tasks = [];
  for (const e of main) {
    const last = tasks[tasks.length - 1];
    if (isTask(e) && !(last && e.ts < last.ts + last.dur)) tasks.push(e);
  }
  const mark = (name) => events.find((e) => e.name === name && e.pid === parser.pid);
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parser.pid && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const ready = mark('smp-calculator:wasm-ready');
  const fcp = mark('firstContentfulPaint');
  const t0 = nav.ts;
  const renderIdx = tasks.findIndex((t) => t.ts <= ready.ts && ready.ts <= t.ts + t.dur);
  const inTask = (t) => main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
  // The loader starts the render in the task after the instantiation's: "render" is every
  // task from the mark to the first frame (the next task that paints).
  const frameIdx = tasks.findIndex((t, i) => i > renderIdx && inTask(t).some((e) => e.name === 'Paint'));
  const end = tasks[frameIdx].ts + tasks[frameIdx].dur + TAIL * RATE * 1000;
  const phaseOf = (i, t) => (i < renderIdx ? 'before the wasm' : i < frameIdx ? 'render' : i === frameIdx ? 'first frame' : i > frameIdx && t.ts < end ? 'after' : null);
  const phases = {};
  const long = [];
  const tasksOut = [];
  tasks.forEach((t, i) => {
    const phase = t.ts >= t0 && phaseOf(i, t);
    if (!phase) return;
    const p = (phases[phase] ??= { total: 0, by: {} });
    p.total += ms(t);
    // Exclusive time of each named event; the task's own time where none is named.
    const named = inTask(t).filter((e) => NAMED[e.name]);
    let covered = 0;
    for (const e of named) {
      const parent = named.find((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur);
      const children = named.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur && c.dur < e.dur);
      const direct = children.filter((c) => !children.some((o) => o !== c && o.ts <= c.ts && o.ts + o.dur >= c.ts + c.dur && o.dur > c.dur));
      const own = ms(e) - direct.reduce((s, c) => s + ms(c), 0);
      p.by[NAMED[e.name]] = (p.by[NAMED[e.name]] ?? 0) + own;
      if (!parent) covered += ms(e);
    }
    p.by['other (browser)'] = (p.by['other (browser)'] ?? 0) + ms(t) - covered;
    // From the wasm on, every task counts: on a local server the wasm can be ready before the
    // first paint, but Lighthouse's simulated slow network always puts its tasks after it.
    if (ms(t) * SCALE > 50) long.push({ phase, at: (t.ts - t0) / 1000, ms: ms(t) * SCALE, afterFcp: phase !== 'before the wasm' || (fcp && t.ts >= fcp.ts) });
    if (TASKS && ms(t) > TASKS && fcp && t.ts >= fcp.ts) {
      const own = {};
      for (const e of named) own[NAMED[e.name]] = (own[NAMED[e.name]] ?? 0) + ms(e);
      const top = Object.entries(own).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([l, ms]) => `${l} ${round(ms)}`);
      const timer = inTask(t).find((e) => e.name === 'TimerFire' || e.name === 'EventDispatch' || e.name === 'FireAnimationFrame');
      tasksOut.push(`  ${phase.padEnd(12)} at ${String(round((t.ts - t0) / 1000)).padStart(7)} ${String(round(ms(t))).padStart(6)} ms ${timer ? `[${timer.name}${timer.args?.data?.type ? ' ' + timer.args.data.type : ''}] ` : ''}${top.join(', ')}`);
    }
  });
  if (TASKS) console.log(`run: tasks over ${TASKS} ms after first contentful paint (inclusive ms)\n${tasksOut.join('\n')}`);
  return { phases, long, fcp: fcp ? (fcp.ts - t0) / 1000 : NaN, ready: (ready.ts - t0) / 1000 };
}

const server = await serveDist(dist);
const browser = await launchChromium();
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(analyse(await trace(browser, `${server.url}/`)));
await browser.close();
await server.close();

const summary = {};
for (const phase of ['before the wasm', 'render', 'first frame', 'after']) {
  const labels = new Set(runs.flatMap((r) => Object.keys(r.phases[phase]?.by ?? {})));
  summary[phase] = {
    total: round(median(runs.map((r) => r.phases[phase]?.total ?? 0))),
    by: Object.fromEntries([...labels].map((l) => [l, round(median(runs.map((r) => r.phases[phase]?.by[l] ?? 0)))]).sort((a, b) => b[1] - a[1])),
  };
}
const blocking = runs.map((r) => r.long.filter((t) => t.afterFcp).reduce((s, t) => s + t.ms - 50, 0));
console.log(`${dist}: ${RUNS} traced cold starts, ${WIDTH} px, CPU ${RATE}x; medians, ms (tracing slows wasm compilation)`);
console.log(`first contentful paint ${round(median(runs.map((r) => r.fcp)))}, wasm ready ${round(median(runs.map((r) => r.ready)))}`);
for (const [phase, p] of Object.entries(summary)) {
  console.log(`${phase.padEnd(16)} ${String(p.total).padStart(7)}  ` + Object.entries(p.by).filter(([, ms]) => ms >= 1).map(([l, ms]) => `${l} ${ms}`).join(' | '));
}
console.log(`long tasks from the wasm or after first contentful paint${CPU ? ` (CPU time ×${SCALE})` : ''}, blocking time (over 50 ms each) median ${round(median(blocking))}; per run: ` +
  runs.map((r) => r.long.filter((t) => t.afterFcp).map((t) => `${t.phase} ${round(t.ms)}`).join(', ')).join(' / '));
fs.mkdirSync(path.join(ROOT, 'target', 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'target', 'bench', 'trace.json'), JSON.stringify({ dist, runs: RUNS, rate: RATE, width: WIDTH, summary, blocking }, null, 2));
