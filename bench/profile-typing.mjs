// Where a keystroke's time goes in the editor (issue 13): the typing case of
// bench/typing.mjs once, on an unminified build with source maps
// (bench/tmp/web-prof), with a Chromium trace and a CPU profile of the main
// thread over the recorded keystrokes. Prints, per keystroke:
//   - the main thread's work by kind (trace events: input events, the
//     worker's reply, style, layout, paint, GC), and
//   - JavaScript by source file and function (the CPU profile mapped through
//     the source maps): self time, and the total time of the functions the
//     app's own code spends it in.
//
//   node bench/profile-typing.mjs [--page 20k|sample] [--main] [--keys 60] [--css RULES] [--no-profile]
//
// Writes bench/tmp/prof/typing-PAGE-WHERE.{trace.json,cpuprofile}.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import * as gen from './generate.mjs';
import { CHROMIUM, CHROMIUM_ARGS, serve, typeCase, typingInputs, typingUnavailable } from './typing.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, 'bench', 'tmp');
const OUT = path.join(TMP, 'prof');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const PAGE = opt('--page', '20k');
const WORKER = !args.includes('--main');
const KEYS = Number(opt('--keys', 60));
// An experiment: CSS added to the app, e.g. '.editor-backdrop{display:none}'
// to see what the highlight layer costs.
const CSS = opt('--css', undefined);

const why = typingUnavailable();
if (why) {
  console.log(`profile-typing: ${why}`);
  process.exit(0);
}
fs.mkdirSync(OUT, { recursive: true });
const sampleDir = path.join(ROOT, 'resources', 'samples');
const samples = fs.readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(sampleDir, f), 'utf8'));

// The renderer as scripts/web.mjs builds it, unminified, with source maps.
const dir = path.join(TMP, 'web-prof');
{
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: path.join(ROOT, 'renderer'),
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    resolve: { alias: [{ find: /^buffer$/, replacement: 'buffer/' }] },
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, minify: false, sourcemap: true, rollupOptions: { input: { index: path.join(ROOT, 'renderer', 'index.html') } } },
  });
}
const server = await serve(ROOT, dir, console.log, { build: false });
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const file20k = path.join(TMP, 'typing-20k.txt');
fs.writeFileSync(file20k, gen.longPage(samples, 20000));
const { chars, delays } = typingInputs(samples, KEYS);
const base = path.join(OUT, `typing-${PAGE}-${WORKER ? 'worker' : 'main'}`);
let profile;
let out;
try {
  out = await typeCase(browser, server.url, {
    file: PAGE === '20k' ? file20k : null,
    title: PAGE === '20k' ? 'typing-20k.txt' : '000_9801057ab119ebec.txt',
    worker: WORKER,
    chars,
    delays,
    css: CSS,
    trace: base + '.trace.json',
    record: args.includes('--no-profile') ? undefined : {
      start: async (cdp) => {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await cdp.send('Profiler.start');
      },
      stop: async (cdp) => {
        profile = (await cdp.send('Profiler.stop')).profile;
      },
    },
  });
} finally {
  await browser.close();
  server.stop();
}
if (profile) fs.writeFileSync(base + '.cpuprofile', JSON.stringify(profile));
const keys = out.T.keys.filter((k) => k.painted != null).map((k) => k.painted - k.t0).sort((a, b) => a - b);
console.log(`${PAGE} page, check in the ${WORKER ? 'worker' : 'main thread'}: ${keys.length} keystrokes, keystroke to after the next frame median ${keys[keys.length >> 1].toFixed(1)} ms, p90 ${keys[Math.floor(keys.length * 0.9)].toFixed(1)} ms`);
const n = keys.length;
const per = (ms) => (ms / n).toFixed(2);

// ------------------------------------------------------------------ trace
{
  const trace = JSON.parse(fs.readFileSync(base + '.trace.json', 'utf8'));
  const ev = trace.traceEvents ?? trace;
  const names = new Map();
  for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const mainEv = ev.filter((e) => e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each top-level task (RunTask) charged to what it is: the first
  // recognised event inside it; and the rendering steps wherever they run.
  const KINDS = [
    ['EventDispatch', (e) => e.name === 'EventDispatch' && /^key|input|beforeinput|textInput/.test(e.args?.data?.type ?? '')],
    ['worker reply (HandlePostMessage)', (e) => e.name === 'HandlePostMessage'],
    ['animation frame', (e) => e.name === 'FireAnimationFrame'],
    ['timer', (e) => e.name === 'TimerFire'],
  ];
  const tasks = mainEv.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const byKind = new Map();
  let j = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur;
    while (j < mainEv.length && mainEv[j].ts < t.ts) j++;
    let kind = 'other';
    for (let k = j; k < mainEv.length && mainEv[k].ts < end; k++) {
      const hit = KINDS.find(([, f]) => f(mainEv[k]));
      if (hit) {
        kind = hit[0];
        break;
      }
      if (mainEv[k].name === 'UpdateLayoutTree' || mainEv[k].name === 'Layout' || mainEv[k].name === 'Paint') {
        kind = 'rendering (frame)';
        break;
      }
    }
    const cur = byKind.get(kind) ?? { count: 0, ms: 0, max: 0 };
    cur.count++;
    cur.ms += t.dur / 1000;
    cur.max = Math.max(cur.max, t.dur / 1000);
    byKind.set(kind, cur);
  }
  console.log('\nmain-thread tasks by what starts them (per keystroke):');
  for (const [k, v] of [...byKind].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${k.padEnd(36)} ${per(v.ms).padStart(7)} ms   (${v.count} tasks, longest ${v.max.toFixed(1)} ms)`);
  const step = (name) => mainEv.filter((e) => e.name === name).reduce((s, e) => s + e.dur / 1000, 0);
  console.log('rendering steps and GC wherever they run (per keystroke):');
  for (const s of ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL']) console.log(`  ${s.padEnd(36)} ${per(step(s)).padStart(7)} ms`);
  const workerBusy = ev.filter((e) => e.ph === 'X' && /DedicatedWorker/.test(names.get(`${e.pid}:${e.tid}`) ?? '') && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')).reduce((s, e) => s + e.dur / 1000, 0);
  if (WORKER) console.log(`  worker thread busy                   ${per(workerBusy).padStart(7)} ms`);
}

// ------------------------------------------------------------ CPU profile
if (profile) {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      let m = null;
      try {
        const rel = new URL(url).pathname;
        m = new TraceMap(fs.readFileSync(path.join(dir, rel + '.map'), 'utf8'));
      } catch {
        m = null;
      }
      maps.set(url, m);
    }
    return maps.get(url);
  };
  const where = (cf) => {
    if (!cf.url) return { file: `(${cf.functionName || 'native'})`, fn: cf.functionName || '(native)' };
    const m = mapFor(cf.url);
    if (!m) return { file: cf.url.replace(/^.*\//, ''), fn: cf.functionName || '(anonymous)' };
    const o = originalPositionFor(m, { line: cf.lineNumber + 1, column: Math.max(0, cf.columnNumber) });
    const file = (o.source ?? '?').replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    return { file, fn: `${cf.functionName || '(anonymous)'}${o.line ? ':' + o.line : ''}` };
  };
  const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const selfBy = new Map();
  const selfFile = new Map();
  const total = new Map();
  for (const [id, ms] of self) {
    const w = where(nodes.get(id).callFrame);
    if (/^\((idle|program|garbage collector)\)$/.test(w.file)) {
      selfFile.set(w.file, (selfFile.get(w.file) ?? 0) + ms);
      continue;
    }
    const key = `${w.file} ${w.fn}`;
    selfBy.set(key, (selfBy.get(key) ?? 0) + ms);
    selfFile.set(w.file, (selfFile.get(w.file) ?? 0) + ms);
    // Total: charge every distinct app function on the stack once.
    const seen = new Set();
    for (let p = id; p != null; p = parent.get(p)) {
      const pw = where(nodes.get(p).callFrame);
      if (!/^(renderer|shared)\//.test(pw.file)) continue;
      const k = `${pw.file} ${pw.fn}`;
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  console.log('\nJavaScript on the main thread, self time by file (per keystroke):');
  for (const [k, v] of top(selfFile, 14)) console.log(`  ${per(v).padStart(7)} ms  ${k}`);
  console.log('self time by function:');
  for (const [k, v] of top(selfBy, 20)) console.log(`  ${per(v).padStart(7)} ms  ${k}`);
  console.log("total time of the app's own functions (renderer/, shared/):");
  for (const [k, v] of top(total, 25)) console.log(`  ${per(v).padStart(7)} ms  ${k}`);
}
console.log(`\nwrote ${path.relative(ROOT, base)}.trace.json and .cpuprofile`);
