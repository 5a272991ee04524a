// The typing section of `npm run bench` (issue 13): from keystroke to the
// next painted frame in the app's editor, in Chromium, on the 4.8k sample
// page and a 20,000-character page, with the check in its Web Worker and on
// the main thread (the fallback when no worker can be had: window.Worker
// deleted before the app loads), so the worker's gain shows.
//
// The renderer is built as `npm run web` builds it (scripts/web.mjs, into
// bench/tmp/web, rebuilt when renderer/, shared/ or resources/ changed) and
// served by that script on 127.0.0.1 on a free port. Debian's Chromium is
// driven by Playwright. Keys go in through CDP Input.dispatchKeyEvent (a
// key-down carrying the character, then key-up), so every keystroke is a
// real keydown → beforeinput → input → React → paint, with its own event
// time stamp; Playwright's keyboard.type would send CJK characters as
// insertText, which has no keydown and no time stamp of arrival.
//
// Two measures per keystroke, taken in the page:
//   - frame: keydown's timeStamp (when the key arrived, so time waiting
//     behind a busy main thread counts) to after the next frame: a
//     requestAnimationFrame registered in the keydown handler posts a
//     user-blocking scheduler.postTask task, which runs once that frame's
//     style, layout and paint are done, ahead of normal-priority tasks
//     already queued (a MessageChannel message would wait behind the
//     worker's reply and its render, and charge them to the keystroke).
//     The headline figure.
//   - Event Timing (PerformanceObserver 'event'): the browser's own
//     input-to-next-paint `duration` per interaction, the longest of its
//     events. Chromium reports only events of 16 ms or more and rounds to
//     8 ms, so it gives the share of keystrokes over a frame and the upper
//     percentiles, not a median below 16.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import * as gen from './generate.mjs';

export const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Why the section cannot run here, or null. */
export function typingUnavailable() {
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set GALLEY_CHROMIUM to another binary)`;
  return null;
}

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newestMtime(path.join(p, e)));
  return t;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** scripts/web.mjs serving `dir` (built there first if stale). */
export async function serve(ROOT, dir, log, { build = null } = {}) {
  const sources = ['renderer', 'shared', 'resources', 'scripts/web.mjs', 'package.json'].map((p) => path.join(ROOT, p));
  const index = path.join(dir, 'index.html');
  const stale = build ?? (!fs.existsSync(index) || Math.max(...sources.map(newestMtime)) > fs.statSync(index).mtimeMs);
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.mjs'), ...(stale ? ['--build'] : [])], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), GALLEY_WEB_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      if (/browser build\) on http/.test(out)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`scripts/web.mjs exited ${code}: ${out.trim().split('\n').slice(-3).join(' | ')}`)));
  });
  if (stale) log(`  renderer built into ${path.relative(ROOT, dir)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM'), built: stale };
}

// In the page before the app: one record per keydown (arrival time stamp,
// after-next-frame time), and the Event Timing entries.
const INSTRUMENT = () => {
  const T = (window.__typing = { on: false, keys: [], events: [], longTasks: [] });
  window.addEventListener(
    'keydown',
    (e) => {
      if (!T.on) return;
      const rec = { t0: e.timeStamp, key: e.key };
      T.keys.push(rec);
      requestAnimationFrame(() => {
        rec.raf = performance.now();
        const done = () => {
          rec.painted = performance.now();
        };
        // The first task after this frame's rendering: a user-blocking task
        // runs ahead of tasks already queued at normal priority (the worker's
        // reply), which a plain MessageChannel message would wait behind.
        if (globalThis.scheduler?.postTask) globalThis.scheduler.postTask(done, { priority: 'user-blocking' });
        else {
          const ch = new MessageChannel();
          ch.port1.onmessage = done;
          ch.port2.postMessage(0);
        }
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    if (!T.on) return;
    for (const e of list.getEntries()) {
      T.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  try {
    new PerformanceObserver((list) => {
      if (!T.on) return;
      for (const e of list.getEntries()) T.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  } catch {
    /* no long tasks: fine */
  }
};

const NO_WORKER = () => {
  // As a browser or a policy that refuses workers: check-client.ts then checks
  // on the main thread.
  delete window.Worker;
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One case: a fresh context, the page opened and put in edit mode, the caret
 * in the middle of the text, `warm` keystrokes unrecorded, then `keys`
 * keystrokes recorded, `delays[i]` ms apart.
 */
export async function typeCase(browser, url, { file, title, worker, chars, delays, warm = 8, trace, record, css }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(INSTRUMENT);
  if (!worker) await page.addInitScript(NO_WORKER);
  await page.goto(url);
  // Experiments (profile-typing.mjs --css): hide or change a part of the view.
  // (A constructed style sheet: the app's CSP refuses inline styles.)
  if (css)
    await page.evaluate((rules) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
  await page.getByTestId('page-title').filter({ hasText: '000_9801057ab119ebec.txt' }).waitFor();
  if (file) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-files').click()]);
    await chooser.setFiles(file);
    await page.getByTestId('page-title').filter({ hasText: title }).waitFor();
  }
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('e');
  const editor = page.getByTestId('editor-input');
  await editor.waitFor();
  // The caret after a CJK character near the middle, scrolled into view.
  const info = await editor.evaluate((ta) => {
    const v = ta.value;
    let at = v.length >> 1;
    while (at < v.length && !/[\u4e00-\u9fff]/.test(v[at - 1] ?? '')) at++;
    ta.focus();
    ta.setSelectionRange(at, at);
    ta.blur();
    ta.focus();
    return { length: v.length, at };
  });
  const cdp = await context.newCDPSession(page);
  const press = async (ch) => {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  };
  for (let i = 0; i < warm; i++) {
    await press(chars[i % chars.length]);
    await sleep(delays[i % delays.length]);
  }
  await sleep(1000);
  if (trace) await browser.startTracing(page, { path: trace, screenshots: false, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'latencyInfo'] });
  await record?.start(cdp, page);
  await page.evaluate(() => (window.__typing.on = true));
  const n = chars.length;
  for (let i = 0; i < n; i++) {
    await press(chars[i]);
    await sleep(delays[i % delays.length]);
  }
  await sleep(500);
  await page.evaluate(() => (window.__typing.on = false));
  if (trace) await browser.stopTracing();
  await record?.stop(cdp, page);
  const T = await page.evaluate(() => window.__typing);
  const after = await editor.evaluate((ta) => ta.value.length);
  const workers = page.workers().map((w) => w.url());
  await context.close();
  return { T, typed: after - info.length, expected: n + warm, length: info.length, caret: info.at, workers, errors };
}

/** Per keystroke: frame ms, and the Event Timing duration of its interaction (null: under 16 ms). */
function perKey(T) {
  const frame = T.keys.filter((k) => k.painted != null).map((k) => k.painted - k.t0);
  // Event Timing: an interaction's duration is its longest event's (keydown,
  // keypress, beforeinput, input); match a
  // keydown entry to our record by its start (the same timeStamp).
  const byInteraction = new Map();
  for (const e of T.events) {
    // keyup paints nothing; Chromium then sometimes reports it up to the
    // next unrelated frame (100+ ms on a page at rest).
    if (!e.interactionId || e.name === 'keyup') continue;
    const cur = byInteraction.get(e.interactionId) ?? { start: Infinity, duration: 0 };
    cur.duration = Math.max(cur.duration, e.duration);
    if (e.name === 'keydown') cur.start = e.start;
    byInteraction.set(e.interactionId, cur);
  }
  const over = [...byInteraction.values()].filter((x) => x.duration >= 16);
  return { frame, eventOver16: over.map((x) => x.duration), longTasks: T.longTasks };
}

function summarise(runs) {
  const frame = runs.flatMap((r) => r.frame);
  const et = runs.flatMap((r) => r.eventOver16);
  const keys = frame.length;
  // Percentiles of Event Timing with the unreported keystrokes as "< 16".
  const etQ = (q) => {
    const under = keys - et.length;
    const rank = Math.floor(q * keys);
    if (rank < under) return '<16';
    return quantile(et, (rank - under) / Math.max(1, et.length));
  };
  const longTasks = runs.flatMap((r) => r.longTasks);
  return {
    samples: keys,
    medianMs: median(frame),
    p90Ms: quantile(frame, 0.9),
    p10Ms: quantile(frame, 0.1),
    maxMs: Math.max(...frame),
    overOneFrame: frame.filter((x) => x > 16.7).length / Math.max(1, keys),
    eventTiming: {
      keystrokesOver16ms: et.length,
      shareOver16ms: et.length / Math.max(1, keys),
      medianMs: etQ(0.5),
      p90Ms: etQ(0.9),
      maxMs: et.length ? Math.max(...et) : '<16',
    },
    longTasks: { count: longTasks.length, totalMs: longTasks.reduce((s, t) => s + t.duration, 0), maxMs: longTasks.length ? Math.max(...longTasks.map((t) => t.duration)) : 0 },
  };
}

/** What is typed and how fast: the characters of the longest paragraph of
 *  the second sample page (text and full-width marks, as a copy editor
 *  types), `keys` of them; 80–200 ms between keys (about 7 a second), seeded. */
export function typingInputs(samples, keys) {
  const para = gen.paragraphs(samples[1] ?? samples[0]).sort((a, b) => b.length - a.length)[0];
  const chars = [...para.replace(/\s/g, '')].slice(0, keys);
  while (chars.length < keys) chars.push(...chars.slice(0, keys - chars.length));
  const rnd = gen.prng(13);
  const delays = Array.from({ length: keys }, () => 80 + rnd.int(121));
  return { chars, delays };
}

/**
 * The section: cases × rounds, interleaved (rotating order) so load that
 * comes and goes hits all alike. Returns results.typing.
 */
export async function measureTyping({ ROOT, TMP, samples, rounds = 2, keys = 60, log = console.log, traceDir }) {
  const { chromium } = await import('playwright-core');
  const dir = path.join(TMP, 'web');
  const page20k = gen.longPage(samples, 20000);
  const file20k = path.join(TMP, 'typing-20k.txt');
  fs.writeFileSync(file20k, page20k);
  const sample = samples[0];
  const { chars, delays } = typingInputs(samples, keys);
  const server = await serve(ROOT, dir, log);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const cases = [
    { key: 'sample|worker', page: 'sample', worker: true, file: null, title: '000_9801057ab119ebec.txt', chars: gen.charCount(sample) },
    { key: 'sample|main', page: 'sample', worker: false, file: null, title: '000_9801057ab119ebec.txt', chars: gen.charCount(sample) },
    { key: '20k|worker', page: '20k', worker: true, file: file20k, title: 'typing-20k.txt', chars: gen.charCount(page20k) },
    { key: '20k|main', page: '20k', worker: false, file: file20k, title: 'typing-20k.txt', chars: gen.charCount(page20k) },
  ];
  const version = browser.version();
  const got = new Map(cases.map((c) => [c.key, []]));
  const problems = [];
  try {
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < cases.length; k++) {
        const c = cases[(k + r) % cases.length];
        const trace = traceDir && r === 0 ? path.join(traceDir, `typing-${c.key.replace('|', '-')}.json`) : undefined;
        const out = await typeCase(browser, server.url, { file: c.file, title: c.title, worker: c.worker, chars, delays, trace });
        const usedWorker = out.workers.some((u) => /check\.worker/.test(u));
        if (usedWorker !== c.worker) problems.push(`${c.key}: worker ${usedWorker ? 'running' : 'absent'}`);
        if (out.typed !== out.expected) problems.push(`${c.key}: ${out.typed} characters arrived of ${out.expected}`);
        if (out.errors.length) problems.push(`${c.key}: page errors: ${out.errors.slice(0, 2).join(' | ')}`);
        got.get(c.key).push(perKey(out.T));
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const results = {
    note:
      'Keystroke to after the next painted frame in the app editor (edit mode), in Chromium (Playwright, headless, ' +
      CHROMIUM_ARGS.join(' ') +
      '): keydown timeStamp to a user-blocking scheduler.postTask task posted from the requestAnimationFrame after it (the first task after that frame). ' +
      'Keys sent through CDP Input.dispatchKeyEvent with the character, 80–200 ms apart (seeded), caret in the middle of the page. ' +
      'worker: the check in its Web Worker (renderer/src/check.worker.ts); main: window.Worker deleted before the app loads, so check-client.ts checks on the main thread, after the keystroke’s frame (the newest text once per frame). ' +
      'eventTiming: the Event Timing API duration per interaction (Chromium reports ≥ 16 ms only, rounded to 8 ms; "<16" = under that). longTasks: main-thread tasks ≥ 50 ms while typing.',
    chromium: `${CHROMIUM} ${version}`,
    build: path.relative(ROOT, dir) + (server.built ? ' (built for this run)' : ' (reused, newer than its sources)'),
    rounds,
    keysPerRound: keys,
    typed: chars.join(''),
    problems: problems.length ? problems : undefined,
    cases: {},
  };
  for (const c of cases) results.cases[c.key] = { page: c.page === 'sample' ? `resources/samples/000_9801057ab119ebec.txt` : 'bench/tmp/typing-20k.txt (gen.longPage)', chars: c.chars, checkIn: c.worker ? 'worker' : 'main thread', ...summarise(got.get(c.key)) };
  return results;
}
