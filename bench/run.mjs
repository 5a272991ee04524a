// `npm run bench`: Galley against the tools a newsroom would otherwise pick,
// in one process and one run (issue 5). Prints a table and one line per goal,
// and writes bench/results.json. Inputs are generated from resources/samples
// with fixed seeds (bench/generate.mjs), so runs differ only in timing.
//
//   node --expose-gc bench/run.mjs [--quick] [--only check,interactive,typing,compare,batch] [--no-browser]
//   --no-browser skips the typing section (Chromium driven by Playwright);
//   it is skipped by itself, saying so, when /usr/bin/chromium (or
//   GALLEY_CHROMIUM) does not exist.
//   BENCH_DIFFCHARS_CAP_S=0 lifts the cap on plain diffChars of unrelated pages
//   (it takes minutes there; by default it is stopped after 20 s).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as gen from './generate.mjs';
import { COLD_PATCHES, noCrossCheckCache, sharedOfCommit } from './cores.mjs';
import { keep, median, run } from './measure.mjs';
import { measureTyping, typingUnavailable } from './typing.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, 'bench', 'tmp');
const RESULTS = path.join(ROOT, 'bench', 'results.json');

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const ONLY = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')) : null;
const want = (s) => !ONLY || ONLY.has(s);
const NO_BROWSER = args.includes('--no-browser');
const ROUNDS = QUICK ? 6 : 25;
const DIFFCHARS_CAP_S = Number(process.env.BENCH_DIFFCHARS_CAP_S ?? 20);

const log = (s = '') => process.stdout.write(s + '\n');
const fmt = (x, d = 3) => (x == null || Number.isNaN(x) ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(d));
const mchars = (cps) => (cps / 1e6).toFixed(2) + ' M/s';
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  log(head.map((h, i) => (i ? lpad(h, w[i]) : pad(h, w[i]))).join('  '));
  log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) log(r.map((c, i) => (i ? lpad(c, w[i]) : pad(c, w[i]))).join('  '));
  log();
}

// ----------------------------------------------------------------- setup
fs.mkdirSync(TMP, { recursive: true });
const sampleDir = path.join(ROOT, 'resources', 'samples');
const sampleFiles = fs.readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort();
const samples = sampleFiles.map((f) => fs.readFileSync(path.join(sampleDir, f), 'utf8'));

const pkgVersion = (name) => require(path.join(ROOT, 'node_modules', name, 'package.json')).version;
const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = git('status', '--porcelain', '--', 'shared', 'electron/cli') !== '';
const versions = {
  galley: require(path.join(ROOT, 'package.json')).version,
  galleyCommit: git('rev-parse', '--short', 'HEAD') + (dirty ? '+uncommitted' : ''),
  zhlint: pkgVersion('zhlint'),
  'autocorrect-node': pkgVersion('autocorrect-node'),
  diff: pkgVersion('diff'),
  'diff-match-patch': pkgVersion('diff-match-patch'),
};
const cpus = os.cpus();
const machine = {
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpu: cpus[0]?.model ?? 'unknown',
  cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
  memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  loadAvgAtStart: os.loadavg().map((x) => +x.toFixed(2)),
};
const node = { version: process.version, v8: process.versions.v8 };

// Galley's core, bundled by esbuild so the timed loop runs plain JS (no
// TypeScript loader in the way). CommonJS: shared/ pulls in CommonJS
// packages (iconv-lite) that an ES module bundle cannot require.
const { build } = await import('esbuild');
async function bundle(name, contents, plugins = [], resolveDir = ROOT) {
  const outfile = path.join(TMP, name);
  await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'bench-entry.ts' },
    nodePaths: [path.join(ROOT, 'node_modules')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    plugins,
  });
  delete require.cache[outfile];
  return require(outfile);
}
// What the timed sections call: the engine's own entry points (runRules is
// how the engine runs a list of rules on a parsed page, one analysis context
// shared by them), so the bench never re-builds a rule context by hand.
const CORE_EXPORTS =
  `export { checkText, runRules, toFindings } from './shared/check';\n` +
  `export { parsePage } from './shared/parse';\n` +
  `export { PACKS, RULES } from './shared/rules';\n` +
  `export { chooseProfile } from './shared/profiles/detect';\n` +
  `export { createSource } from './shared/source';\n`;
const core = await bundle(
  'galley-core.cjs',
  CORE_EXPORTS + `export * as compare from './shared/compare/index';\n`,
);
const { checkText } = core;

// The same core with no memory between checks (bench/cores.mjs): repeating
// the same three pages would measure the segmenter caches; a newsroom's
// batch is pages never seen before. Null (the cold column left out) if
// words.ts no longer has CACHE_MAX; a warning if lexicon.ts's cache moved.
const coldApplied = new Set();
const coldCore = await bundle('galley-core-cold.cjs', CORE_EXPORTS, [noCrossCheckCache(coldApplied)]);
const checkTextCold = coldApplied.has(COLD_PATCHES[0].name) ? coldCore.checkText : null;
const coldMissing = COLD_PATCHES.filter((pt) => !coldApplied.has(pt.name)).map((pt) => pt.name);

// Galley itself as it stood when issues 9–14 were filed (commit BEFORE_REV,
// before the rule/config foundation, house styles and the words pack), timed
// as one more tool in the same run: "ratios no worse than before" is this
// core's time over today's, on the same pages, at the same load. Needs the
// git history (skipped, saying so, in a tarball).
const BEFORE_REV = 'b7345ba';
async function beforeCore() {
  let dir;
  try {
    dir = sharedOfCommit(ROOT, path.join(TMP, 'before'), BEFORE_REV);
  } catch {
    return null;
  }
  const entry = `export { checkText } from './shared/check';\n`;
  const warm = await bundle(`before-${BEFORE_REV}.cjs`, entry, [], dir);
  const cold = await bundle(`before-${BEFORE_REV}-cold.cjs`, entry, [noCrossCheckCache()], dir);
  return { warm: warm.checkText, cold: cold.checkText };
}
const before = want('check') ? await beforeCore() : null;

const autocorrect = require('autocorrect-node');
const zhlint = await import('zhlint');
const { diffChars } = await import('diff');
const DiffMatchPatch = require('diff-match-patch');

const results = {
  generatedBy: 'npm run bench (bench/run.mjs)',
  date: new Date().toISOString(),
  machine,
  node,
  versions,
  method:
    'Medians of single calls after warm-up; the cases of a section run interleaved in rounds in one process. ' +
    'Ratios are peer time / Galley time (above 1: Galley is faster). Characters are code points.',
};

log(`Galley ${versions.galley} (${versions.galleyCommit}) · Node ${process.version} · ${machine.cpu} × ${machine.cores} · ${machine.memoryGiB} GiB`);
if (machine.loadAvgAtStart[0] > machine.cores) {
  log(`warning: load average ${machine.loadAvgAtStart[0]} on ${machine.cores} cores: other work is running, figures will be slow and noisy`);
}
if (coldMissing.length) log(`warning: the cold core could not hold these caches to one answer (pattern not found): ${coldMissing.join(', ')}`);
log(`peers: zhlint ${versions.zhlint}, autocorrect-node ${versions['autocorrect-node']}, diff ${versions.diff}, diff-match-patch ${versions['diff-match-patch']}`);
log();

// What a page costs in a process that has checked nothing yet: loading the
// core (its tables are compiled in: the words pack's phrase lists, pairs and
// readings are built when the module loads) and the first check, with no
// compiled code to reuse. Each run is a fresh Node process.
function coldStart(pageFile, runs = 7) {
  const script =
    `const t0 = performance.now(); const core = require(${JSON.stringify(path.join(TMP, 'galley-core.cjs'))}); const t1 = performance.now();` +
    `core.checkText(require('node:fs').readFileSync(${JSON.stringify(pageFile)}, 'utf8')); const t2 = performance.now();` +
    `process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
  const load = [];
  const first = [];
  for (let i = 0; i < runs; i++) {
    const [a, b] = JSON.parse(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
    load.push(a);
    first.push(b);
  }
  return { runs, loadMs: median(load), firstCheckMs: median(first) };
}

// ----------------------------------------------------------------- check
if (want('check')) {
  log('Check: parse + every rule on each sample page (median per call)');
  const pages = sampleFiles.map((f, i) => ({ name: f, text: samples[i], chars: gen.charCount(samples[i]) }));
  const tools = {
    galley: (t) => checkText(t),
    ...(checkTextCold ? { galleyCold: (t) => checkTextCold(t) } : {}),
    ...(before ? { galleyBefore: (t) => before.warm(t), galleyBeforeCold: (t) => before.cold(t) } : {}),
    zhlint: (t) => zhlint.run(t),
    autocorrectLint: (t) => autocorrect.lintFor(t, 'text'),
    autocorrectFormat: (t) => autocorrect.format(t),
  };
  const cases = [];
  for (const [tool, fn] of Object.entries(tools)) {
    for (const p of pages) cases.push({ key: `${tool}|${p.name}`, fn: () => fn(p.text), budgetMs: tool === 'zhlint' ? 1500 : Infinity, minSamples: 8 });
  }
  const m = run(cases, { rounds: ROUNDS });
  const perPage = pages.map((p) => {
    const row = { page: p.name, chars: p.chars };
    for (const tool of Object.keys(tools)) {
      const r = m[`${tool}|${p.name}`];
      row[tool] = { ...r, charsPerSec: p.chars / (r.medianMs / 1000) };
    }
    row.ratios = Object.fromEntries(Object.keys(tools).filter((t) => !t.startsWith('galley')).map((t) => [t, row[t].medianMs / row.galley.medianMs]));
    if (row.galleyCold) row.ratiosCold = Object.fromEntries(Object.keys(tools).filter((t) => !t.startsWith('galley')).map((t) => [t, row[t].medianMs / row.galleyCold.medianMs]));
    return row;
  });
  const totalChars = pages.reduce((s, p) => s + p.chars, 0);
  const total = { chars: totalChars, pages: pages.length };
  for (const tool of Object.keys(tools)) {
    const ms = perPage.reduce((s, r) => s + r[tool].medianMs, 0);
    total[tool] = { msPerPage: ms / pages.length, charsPerSec: totalChars / (ms / 1000) };
  }
  total.ratios = Object.fromEntries(Object.keys(tools).filter((t) => !t.startsWith('galley')).map((t) => [t, total[t].msPerPage / total.galley.msPerPage]));
  if (total.galleyCold) total.ratiosCold = Object.fromEntries(Object.keys(tools).filter((t) => !t.startsWith('galley')).map((t) => [t, total[t].msPerPage / total.galleyCold.msPerPage]));
  if (total.galleyBefore) {
    // Above 1: today's check is faster than before; every peer ratio then
    // stands as high as before (peer / galley).
    total.beforeRatio = total.galleyBefore.msPerPage / total.galley.msPerPage;
    if (total.galleyCold) total.beforeRatioCold = total.galleyBeforeCold.msPerPage / total.galleyCold.msPerPage;
  }
  const galleyFindings = pages.map((p) => checkText(p.text).findings.length);
  results.check = {
    note:
      'galley = checkText (decode-free: parse, every rule, findings with line/column and messages); ' +
      'galleyCold = the same with the word-segmenter answer caches (joins and words pack) held to one entry each, so no answer carries over from an earlier check of the page (a batch of pages never seen before); ' +
      `galleyBefore(Cold) = Galley's checkText as of commit ${BEFORE_REV}, before issues 9–14 (beforeRatio = its time / today's; above 1: faster than before); ` +
      'zhlint = run(text); autocorrectLint = lintFor(text, "text"); autocorrectFormat = format(text). ratios: peer / galley; ratiosCold: peer / galleyCold.',
    coldCachesHeld: [...coldApplied],
    findingsPerPage: galleyFindings,
    pages: perPage,
    total,
  };
  const cold = (r) => (r.galleyCold ? fmt(r.galleyCold.medianMs ?? r.galleyCold.msPerPage) : '—');
  table(
    ['page', 'chars', 'galley ms', 'cold ms', 'zhlint ms', 'ac lint ms', 'ac format ms', 'zhlint/g', 'ac lint/g', 'ac fmt/g'],
    [
      ...perPage.map((r) => [r.page.slice(0, 3), r.chars, fmt(r.galley.medianMs), cold(r), fmt(r.zhlint.medianMs), fmt(r.autocorrectLint.medianMs), fmt(r.autocorrectFormat.medianMs), fmt(r.ratios.zhlint, 1) + '×', fmt(r.ratios.autocorrectLint, 2) + '×', fmt(r.ratios.autocorrectFormat, 2) + '×']),
      ['all', totalChars, fmt(total.galley.msPerPage), cold(total), fmt(total.zhlint.msPerPage), fmt(total.autocorrectLint.msPerPage), fmt(total.autocorrectFormat.msPerPage), fmt(total.ratios.zhlint, 1) + '×', fmt(total.ratios.autocorrectLint, 2) + '×', fmt(total.ratios.autocorrectFormat, 2) + '×'],
    ],
  );
  results.check.coldStart = coldStart(path.join(sampleDir, sampleFiles[0]));
  log(
    `cold start, a fresh process (median of ${results.check.coldStart.runs}): load the core with the words pack's tables ${fmt(results.check.coldStart.loadMs)} ms, ` +
      `then the first check of ${sampleFiles[0].slice(0, 3)} ${fmt(results.check.coldStart.firstCheckMs)} ms`,
  );
  if (total.beforeRatio) {
    log(
      `before issues 9–14 (${BEFORE_REV}): ${fmt(total.galleyBefore.msPerPage)} ms per page (cold ${fmt(total.galleyBeforeCold.msPerPage)}); ` +
        `today's check takes ${fmt(1 / total.beforeRatio, 2)}× its time (cold ${fmt(1 / total.beforeRatioCold, 2)}×)`,
    );
  } else log(`before issues 9–14: not timed (no git history for ${BEFORE_REV})`);
  // Where Galley's time goes, through the engine's own entry points (no
  // context built here): createSource, parsePage, chooseProfile (house style),
  // runRules with every rule (one analysis context, as checkText does), and
  // toFindings, page after page. Then each pack and each rule through
  // runRules on its own (a separate loop over pages parsed once): a
  // run gets a fresh analysis context, so "alone" includes every shared
  // analysis the pack or rule asks for; "marginal" = all rules − all rules
  // but this pack, what the pack adds to a check. Taken on the cold core (no
  // segmenter answers carried over, as the check goals) and on the warm one.
  if (core.runRules && core.PACKS && core.chooseProfile) {
    const N = QUICK ? 50 : 200;
    const breakdownOf = (c) => {
      const parts = new Map();
      const put = (name, k, ms) => {
        let perPage = parts.get(name);
        if (!perPage) parts.set(name, (perPage = pages.map(() => [])));
        perPage[k].push(ms);
      };
      const sets = [
        ['all rules', c.RULES],
        ...c.PACKS.map((pk) => [`pack ${pk.id}`, pk.rules]),
        ...c.PACKS.map((pk) => [`without ${pk.id}`, c.RULES.filter((r) => !pk.rules.includes(r))]),
        ...c.RULES.map((r) => [`rule ${r.id}`, [r]]),
      ];
      // The stages of a whole check, page after page, as checkText runs them
      // (each stage pays for the garbage of the ones before it) ...
      for (let rep = -20; rep < N; rep++) {
        const rec = rep >= 0 ? put : () => {};
        pages.forEach((p, k) => {
          let t0 = performance.now();
          const source = c.createSource(p.text);
          let t1 = performance.now();
          rec('source', k, t1 - t0);
          const page = c.parsePage(source.text);
          t0 = performance.now();
          rec('parse', k, t0 - t1);
          const profile = c.chooseProfile(page).profile;
          t1 = performance.now();
          rec('profile', k, t1 - t0);
          const raw = c.runRules(page, {}, c.RULES, profile);
          t0 = performance.now();
          rec('rules', k, t0 - t1);
          keep(c.toFindings(raw, source, {}));
          rec('toFindings', k, performance.now() - t0);
        });
      }
      // ... then, on each page parsed once, every rule set in turn, the order
      // rotating so no set always runs right after the same one.
      const parsed = pages.map((p) => {
        const page = c.parsePage(c.createSource(p.text).text);
        return { page, profile: c.chooseProfile(page).profile };
      });
      for (let rep = -20; rep < N; rep++) {
        const rec = rep >= 0 ? put : () => {};
        parsed.forEach(({ page, profile }, k) => {
          for (let j = 0; j < sets.length; j++) {
            const [name, rules] = sets[(j + rep + 20) % sets.length];
            const t0 = performance.now();
            keep(c.runRules(page, {}, rules, profile));
            rec(name, k, performance.now() - t0);
          }
        });
      }
      // Per part: the median of each page's timings, averaged over the pages.
      const avg = (name) => parts.get(name).reduce((s, xs) => s + median(xs), 0) / pages.length;
      const whole = ['source', 'parse', 'profile', 'rules', 'toFindings'];
      const out = { stages: Object.fromEntries(whole.map((n) => [n, avg(n)])), packs: {}, rules: {} };
      out.stages.check = whole.reduce((s, n) => s + out.stages[n], 0);
      // Pack figures come from the rotation alone, "all rules" included, so
      // the subtraction compares like with like.
      const all = (out.allRulesMs = avg('all rules'));
      for (const pk of c.PACKS) {
        const alone = avg(`pack ${pk.id}`);
        const marginal = all - avg(`without ${pk.id}`);
        out.packs[pk.id] = { rules: pk.rules.length, aloneMs: alone, marginalMs: marginal, shareOfRules: marginal / all, shareOfCheck: marginal / (out.stages.check - out.stages.rules + all) };
      }
      // What no single pack accounts for: analyses two or more packs share.
      out.sharedMs = all - Object.values(out.packs).reduce((sum, pk) => sum + pk.marginalMs, 0);
      for (const r of c.RULES) out.rules[r.id] = avg(`rule ${r.id}`);
      return out;
    };
    const cores = { cold: checkTextCold ? coldCore : null, warm: core };
    const breakdown = {
      note:
        'Median ms per page, averaged over the sample pages. stages: createSource, parsePage, chooseProfile, runRules(all rules), toFindings; check = their sum. ' +
        'Then, on the same parsed page and in rotating order: runRules with all rules (allRulesMs), with each pack, with all rules but each pack, with each rule. ' +
        'packs.aloneMs / rules: that pack or rule alone, with a fresh analysis context, so it includes the shared analyses it asks for; ' +
        'marginalMs = allRulesMs − all rules but that pack: what the pack adds to a check; sharedMs = allRulesMs − the sum of the marginals (analyses two or more packs use). ' +
        'shareOfRules = marginalMs / allRulesMs; shareOfCheck = marginalMs / (check with allRulesMs in place of rules). ' +
        'cold: segmenter answers not carried over between checks (as the check goals); warm: carried over (the same pages again).',
    };
    for (const [name, c] of Object.entries(cores)) if (c) breakdown[name] = breakdownOf(c);
    results.check.breakdown = breakdown;
    for (const [name, b] of Object.entries(breakdown)) {
      if (name === 'note') continue;
      const s = b.stages;
      log(`where galley's time goes, ${name} (median ms per page, averaged over the pages): check ${s.check.toFixed(3)} = source ${s.source.toFixed(3)} + parse ${s.parse.toFixed(3)} + profile ${s.profile.toFixed(3)} + rules ${s.rules.toFixed(3)} + toFindings ${s.toFindings.toFixed(3)}`);
      table(
        ['pack', 'rules', 'alone ms', 'marginal ms', 'of rules', 'of check'],
        [
          ...Object.entries(b.packs).map(([id, pk]) => [id, pk.rules, pk.aloneMs.toFixed(3), pk.marginalMs.toFixed(3), (100 * pk.shareOfRules).toFixed(0) + '%', (100 * pk.shareOfCheck).toFixed(0) + '%']),
          ['(shared by packs)', '', '', b.sharedMs.toFixed(3), (100 * b.sharedMs / b.allRulesMs).toFixed(0) + '%', ''],
          ['all rules', b.packs ? Object.values(b.packs).reduce((n, pk) => n + pk.rules, 0) : '', '', b.allRulesMs.toFixed(3), '100%', ''],
        ],
      );
      const top = Object.entries(b.rules).sort((x, y) => y[1] - x[1]).slice(0, 8);
      log(`  slowest rules alone (with their analyses), ${name}: ${top.map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
      log();
    }
  }
  log(`throughput: galley ${mchars(total.galley.charsPerSec)}${total.galleyCold ? ` (cold ${mchars(total.galleyCold.charsPerSec)})` : ''}, zhlint ${mchars(total.zhlint.charsPerSec)}, autocorrect lint ${mchars(total.autocorrectLint.charsPerSec)}, autocorrect format ${mchars(total.autocorrectFormat.charsPerSec)}; galley findings per page: ${galleyFindings.join(', ')}`);
  log();
}

// ----------------------------------------------------------- interactive
const page20k = gen.longPage(samples, 20000);
if (want('interactive')) {
  log('Interactive: re-check a 20,000-character page after a one-character edit');
  const variants = gen.oneCharEdits(page20k, 200);
  let k = 0;
  const m = run(
    [
      { key: 'recheck', fn: () => checkText(variants[k++ % variants.length]) },
      { key: 'checkUnedited', fn: () => checkText(page20k) },
    ],
    { rounds: ROUNDS, sliceMs: 20 },
  );
  const chars = gen.charCount(page20k);
  results.interactive = {
    note: 'checkText on the whole edited page (what the app does on each edit); 200 seeded one-character edits in turn.',
    chars,
    edits: variants.length,
    recheck: { ...m.recheck, charsPerSec: chars / (m.recheck.medianMs / 1000) },
    checkUnedited: m.checkUnedited,
  };
  table(['case', 'chars', 'median ms', 'p90 ms', 'samples'], [
    ['re-check after 1-char edit', chars, fmt(m.recheck.medianMs), fmt(m.recheck.p90Ms), m.recheck.samples],
  ]);
}

// ---------------------------------------------------------------- typing
// Keystroke to the next painted frame in the app's editor, in Chromium
// (bench/typing.mjs): the 4.8k sample page and a 20,000-character page, the
// check in its Web Worker and on the main thread.
if (want('typing')) {
  const why = NO_BROWSER ? '--no-browser' : typingUnavailable();
  if (why) {
    log(`Typing: skipped (${why})`);
    log();
    results.typing = { skipped: why };
  } else {
    log('Typing: keystroke to the next painted frame in the editor, in Chromium (ms)');
    const t = await measureTyping({ ROOT, TMP, samples, rounds: QUICK ? 1 : 2, keys: QUICK ? 30 : 60, log });
    results.typing = t;
    const c = t.cases;
    const et = (x) => `${typeof x.eventTiming.medianMs === 'number' ? fmt(x.eventTiming.medianMs) : x.eventTiming.medianMs} / ${typeof x.eventTiming.p90Ms === 'number' ? fmt(x.eventTiming.p90Ms) : x.eventTiming.p90Ms}`;
    table(['page', 'check in', 'chars', 'median ms', 'p90 ms', 'max ms', '> 1 frame', 'event timing med/p90', 'long tasks', 'keys'], Object.values(c).map((x) => [
      x.page.startsWith('resources') ? 'sample 000' : '20k',
      x.checkIn,
      x.chars,
      fmt(x.medianMs),
      fmt(x.p90Ms),
      fmt(x.maxMs),
      (100 * x.overOneFrame).toFixed(0) + '%',
      et(x),
      `${x.longTasks.count} (${fmt(x.longTasks.totalMs)} ms)`,
      x.samples,
    ]));
    log(`  ${t.chromium}; renderer ${t.build}; ${t.rounds} × ${t.keysPerRound} keystrokes per case, 80–200 ms apart`);
    if (t.problems) log(`  problems: ${t.problems.join('; ')}`);
    log();
  }
}

// --------------------------------------------------------------- compare
if (want('compare')) {
  const revBase = samples.reduce((a, b) => (gen.charCount(b) > gen.charCount(a) ? b : a));
  const rev = gen.realisticRevision(revBase, 5, 50);
  const unrelated = gen.unrelatedPage(page20k, 7);
  fs.writeFileSync(path.join(TMP, 'unrelated-old.txt'), page20k);
  fs.writeFileSync(path.join(TMP, 'unrelated-new.txt'), unrelated);
  const inputs = {
    realistic: { old: revBase, new: rev.text, describe: `${gen.charCount(revBase)} chars, ${rev.edits} small edits + 1 moved paragraph (${rev.moved?.chars} chars)` },
    unrelated: { old: page20k, new: unrelated, describe: `${gen.charCount(page20k)} vs ${gen.charCount(unrelated)} chars, same character mix, no shared text` },
  };
  results.compare = { inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.describe])) };
  log('Compare: two revisions (median per call)');
  const dmp = new DiffMatchPatch();
  const tools = {
    galley: (a, b) => core.compare.compareRevisions(a, b),
    diffChars: (a, b) => diffChars(a, b),
    dmp: (a, b) => {
      const d = dmp.diff_main(a, b);
      dmp.diff_cleanupSemantic(d);
      return d;
    },
  };
  const cases = [];
  for (const [tool, fn] of Object.entries(tools)) {
    for (const [name, inp] of Object.entries(inputs)) {
      if (tool === 'diffChars' && name === 'unrelated') continue; // minutes: measured once, capped, below
      const slow = name === 'unrelated';
      cases.push({ key: `${tool}|${name}`, fn: () => fn(inp.old, inp.new), budgetMs: slow ? 2500 : 1500, minSamples: slow ? 3 : 10, warmupMs: slow ? 0 : 300 });
    }
  }
  const m = run(cases, { rounds: ROUNDS });
  const g = core.compare.compareRevisions(inputs.realistic.old, inputs.realistic.new);
  const gu = core.compare.compareRevisions(inputs.unrelated.old, inputs.unrelated.new);
  const summary = (c) => {
    const cmp = c.comparison ?? c;
    return cmp.stats ? { ...cmp.stats, changes: cmp.changes?.length } : undefined;
  };
  results.compare.realistic = {
    galley: { ...m['galley|realistic'], result: summary(g) },
    diffChars: m['diffChars|realistic'],
    dmp: m['dmp|realistic'],
  };
  results.compare.realistic.ratios = {
    diffChars: m['diffChars|realistic'].medianMs / m['galley|realistic'].medianMs,
    dmp: m['dmp|realistic'].medianMs / m['galley|realistic'].medianMs,
  };
  results.compare.unrelated = {
    galley: { ...m['galley|unrelated'], result: summary(gu) },
    dmp: { ...m['dmp|unrelated'], note: 'diff_main stops at its default Diff_Timeout (1 s) and returns a coarse answer' },
  };
  // Plain diffChars on unrelated pages: run once in a child process with a cap.
  const cap = DIFFCHARS_CAP_S > 0 ? DIFFCHARS_CAP_S * 1000 : undefined;
  log(`  plain diffChars on the unrelated pages, once${cap ? `, stopped after ${DIFFCHARS_CAP_S} s` : ''}…`);
  const child = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'diffchars-once.mjs'), path.join(TMP, 'unrelated-old.txt'), path.join(TMP, 'unrelated-new.txt')], { cwd: ROOT, encoding: 'utf8', timeout: cap, killSignal: 'SIGKILL' });
  let dc;
  if (child.status === 0) dc = { ...JSON.parse(child.stdout), samples: 1 };
  else if (child.error?.code === 'ETIMEDOUT' || child.signal) dc = { medianMs: null, timedOut: true, lowerBoundMs: cap, samples: 1 };
  else dc = { medianMs: null, error: (child.stderr || String(child.error)).split('\n')[0] };
  results.compare.unrelated.diffChars = dc;
  const gum = m['galley|unrelated'].medianMs;
  results.compare.unrelated.ratios = {
    dmp: m['dmp|unrelated'].medianMs / gum,
    diffChars: dc.medianMs != null ? dc.medianMs / gum : null,
    diffCharsAtLeast: dc.timedOut ? dc.lowerBoundMs / gum : undefined,
  };
  const dcCell = dc.medianMs != null ? fmt(dc.medianMs) : dc.timedOut ? `> ${dc.lowerBoundMs}` : 'error';
  const dcRatio = dc.medianMs != null ? fmt(dc.medianMs / gum, 1) + '×' : dc.timedOut ? `> ${fmt(dc.lowerBoundMs / gum, 0)}×` : '—';
  table(['case', 'galley ms', 'diffChars ms', 'dmp ms', 'diffChars/g', 'dmp/g'], [
    ['realistic', fmt(m['galley|realistic'].medianMs), fmt(m['diffChars|realistic'].medianMs), fmt(m['dmp|realistic'].medianMs), fmt(results.compare.realistic.ratios.diffChars, 2) + '×', fmt(results.compare.realistic.ratios.dmp, 2) + '×'],
    ['unrelated 20k', fmt(gum), dcCell, fmt(m['dmp|unrelated'].medianMs), dcRatio, fmt(results.compare.unrelated.ratios.dmp, 2) + '×'],
  ]);
  log(`  realistic: ${inputs.realistic.describe}; galley found ${JSON.stringify(summary(g))}`);
  log(`  unrelated: ${inputs.unrelated.describe}; galley found ${JSON.stringify(summary(gu))}`);
  log();
}

// ----------------------------------------------------------------- batch
/** Process tree RSS, summed, from /proc (Linux); null elsewhere. */
function treeRssKiB(root) {
  let total = 0;
  const seen = new Set();
  const visit = (pid) => {
    if (seen.has(pid)) return;
    seen.add(pid);
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+)/.exec(status);
      if (m) total += Number(m[1]);
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const kids = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (kids) for (const k of kids.split(/\s+/)) visit(Number(k));
      }
    } catch {
      /* gone meanwhile */
    }
  };
  visit(root);
  return total;
}

async function runBatch(dir, extra = []) {
  const outFile = path.join(TMP, 'batch-out.json');
  const timeFile = path.join(TMP, 'batch-time.txt');
  const out = fs.openSync(outFile, 'w');
  const haveTime = fs.existsSync('/usr/bin/time');
  const cmd = [process.execPath, path.join(ROOT, 'bin', 'galley.cjs'), 'check', '--format', 'json', ...extra, dir];
  const argv = haveTime ? ['/usr/bin/time', '-f', '%e %M %U %S', '-o', timeFile, ...cmd] : cmd;
  const t0 = performance.now();
  const p = spawn(argv[0], argv.slice(1), { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  p.stderr.on('data', (d) => (stderr += d));
  let peakPolled = 0;
  const poll = setInterval(() => {
    peakPolled = Math.max(peakPolled, treeRssKiB(p.pid));
  }, 10);
  const code = await new Promise((r) => p.on('exit', (c) => r(c)));
  const wallMs = performance.now() - t0;
  clearInterval(poll);
  fs.closeSync(out);
  let peakKiB = peakPolled;
  let cpuSec = null;
  if (haveTime) {
    const [, maxrss, user, sys] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
    cpuSec = Number(user) + Number(sys);
    // GNU time's %M is the kernel's high-water mark of the largest process
    // (threads included); polling adds up any child processes.
    peakKiB = Math.max(peakKiB, Number(maxrss));
  }
  let files = null;
  let failed = null;
  let findings = null;
  try {
    const j = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    files = j.files.length;
    failed = j.files.filter((f) => f.error).length;
    findings = j.files.reduce((s, f) => s + (f.findings?.length ?? 0), 0);
  } catch (e) {
    stderr += `\n(bench: output is not JSON: ${e.message})`;
  }
  return { exitCode: code, wallMs, cpuSec, peakRssMB: peakKiB / 1024, peakSource: haveTime ? '/usr/bin/time %M and /proc polling' : '/proc polling (10 ms)', files, failed, findings, stderr: stderr.trim().split('\n').slice(0, 3).join(' | ') };
}

if (want('batch')) {
  log('Batch: `galley check --format json` on 1,000 generated pages, from the command line');
  const dir = path.join(TMP, 'batch');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const iconv = require('iconv-lite');
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < 1000; i++) {
    const { text, encoding } = gen.batchPage(samples, i);
    chars += gen.charCount(text.replace(/\r/g, ''));
    const buf = encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from((encoding === 'utf8-bom' ? '\ufeff' : '') + text, 'utf8');
    bytes += buf.length;
    fs.writeFileSync(path.join(dir, `page-${String(i).padStart(4, '0')}.txt`), buf);
  }
  // Five runs of the default (on 2 cores: one thread, see threadsFor in
  // electron/cli/check.ts) and three with --jobs 2 (a worker per core), the
  // two alternating so load that comes and goes hits both alike. The goal
  // is judged on the median; the best run is shown beside it.
  const runs = [];
  const pooled = [];
  const n = QUICK ? 1 : 5;
  for (let i = 0; i < n; i++) {
    runs.push(await runBatch(dir));
    if (!QUICK && i % 2 === 0) pooled.push(await runBatch(dir, ['--jobs', '2']));
  }
  const stats = (rs) => {
    const walls = rs.map((r) => r.wallMs).sort((a, b) => a - b);
    const cpus = rs.map((r) => r.cpuSec).filter((x) => x != null).sort((a, b) => a - b);
    return {
      bestWallMs: walls[0],
      medianWallMs: walls[walls.length >> 1],
      medianCpuSec: cpus.length ? cpus[cpus.length >> 1] : null,
      peakRssMB: Math.max(...rs.map((r) => r.peakRssMB)),
    };
  };
  const pool = stats(runs);
  const one = pooled.length ? stats(pooled) : null;
  const best = runs[0];
  results.batch = {
    command: 'node bin/galley.cjs check --format json bench/tmp/batch',
    pages: 1000,
    bytes,
    chars,
    mix: 'samples with 8–15 seeded edits each, some moved/repeated paragraphs; every 5th CRLF, every 10th GB18030, some UTF-8 with BOM',
    note: 'medianWallMs over the runs, wallMs the best of them. cpuSec = user + sys of the whole process (GNU time). The default is one thread below four cores (electron/cli/check.ts, threadsFor); workerPool is the same batch with --jobs 2.',
    runs: runs.map((r) => ({ wallMs: r.wallMs, cpuSec: r.cpuSec, peakRssMB: r.peakRssMB, exitCode: r.exitCode })),
    wallMs: pool.bestWallMs,
    medianWallMs: pool.medianWallMs,
    medianCpuSec: pool.medianCpuSec,
    peakRssMB: pool.peakRssMB,
    peakSource: best.peakSource,
    charsPerSec: chars / (pool.medianWallMs / 1000),
    filesInOutput: best.files,
    filesFailed: best.failed,
    findings: best.findings,
    exitCode: best.exitCode,
    stderr: best.stderr || undefined,
    workerPool: one
      ? {
          command: 'same with --jobs 2',
          runs: pooled.map((r) => ({ wallMs: r.wallMs, cpuSec: r.cpuSec, peakRssMB: r.peakRssMB, exitCode: r.exitCode })),
          wallMs: one.bestWallMs,
          medianWallMs: one.medianWallMs,
          medianCpuSec: one.medianCpuSec,
          peakRssMB: one.peakRssMB,
        }
      : undefined,
  };
  const sec = (ms) => (ms / 1000).toFixed(2);
  table(['case', 'pages', 'MB', 'best wall s', 'median wall s', 'cpu s', 'peak MB', 'files out', 'failed', 'exit'], [
    [`default (${n} runs)`, 1000, (bytes / 1e6).toFixed(1), sec(pool.bestWallMs), sec(pool.medianWallMs), fmt(pool.medianCpuSec, 2), pool.peakRssMB.toFixed(0), best.files ?? '—', best.failed ?? '—', best.exitCode],
    ...(one ? [[`--jobs 2: worker per core (${pooled.length} runs)`, 1000, (bytes / 1e6).toFixed(1), sec(one.bestWallMs), sec(one.medianWallMs), fmt(one.medianCpuSec, 2), one.peakRssMB.toFixed(0), pooled[0].files ?? '—', pooled[0].failed ?? '—', pooled[0].exitCode]] : []),
  ]);
  if (best.stderr) log(`  stderr: ${best.stderr}`);
}

// ----------------------------------------------------------------- goals
const goals = [];
const goal = (name, met, detail) => goals.push({ goal: name, met, detail });
if (results.check) {
  const t = results.check.total;
  // Judged on the cold figure when there is one: pages never seen before.
  const g = t.galleyCold ?? t.galley;
  const coldNote = t.galleyCold ? ` (cold; ${mchars(t.galley.charsPerSec)} re-checking)` : '';
  goal('check ≥ autocorrect format throughput', g.charsPerSec >= t.autocorrectFormat.charsPerSec, `galley ${mchars(g.charsPerSec)}${coldNote} vs autocorrect format ${mchars(t.autocorrectFormat.charsPerSec)} (issue's reference ≈ 8 M/s)`);
  const zr = (t.ratiosCold ?? t.ratios).zhlint;
  goal('check ≥ 15× zhlint', zr >= 15, `${fmt(zr, 1)}×${t.ratiosCold ? ' (cold)' : ''}`);
  const msPage = (g.msPerPage * 5000) / (t.chars / t.pages);
  goal('check ≤ 1 ms per 5,000-character page (median, cold)', msPage <= 1, `${fmt(msPage)} ms per 5,000 characters`);
  const cs = results.check.coldStart;
  if (cs) goal('words pack tables load ≤ 200 ms cold (fresh process: load the core, first check)', cs.loadMs + cs.firstCheckMs <= 200, `${fmt(cs.loadMs)} ms load + ${fmt(cs.firstCheckMs)} ms first check`);
  if (t.beforeRatio) {
    const r = t.beforeRatioCold ?? t.beforeRatio;
    goal(`check no slower than before issues 9–14 (${BEFORE_REV}, same run): ratios no worse`, r >= 1, `today ${fmt(1 / r, 2)}× the time of ${BEFORE_REV}${t.beforeRatioCold ? ' (cold)' : ''}, ${fmt(1 / t.beforeRatio, 2)}× re-checking`);
  }
}
if (results.batch) {
  const b = results.batch;
  const ok = b.exitCode !== 2 && b.filesInOutput === 1000 && b.filesFailed === 0;
  goal('batch 1,000 pages < 3 s wall (median)', ok && b.medianWallMs < 3000, `${(b.medianWallMs / 1000).toFixed(2)} s median, ${(b.wallMs / 1000).toFixed(2)} s best${b.workerPool ? `; --jobs 2: ${(b.workerPool.medianWallMs / 1000).toFixed(2)} s median` : ''}${ok ? '' : ' (run incomplete: exit ' + b.exitCode + ', ' + b.filesInOutput + ' files out)'}`);
  goal('batch peak memory < 300 MB', b.peakRssMB < 300, `${b.peakRssMB.toFixed(0)} MB`);
}
if (results.interactive) {
  goal('re-check 20k page < 16 ms', results.interactive.recheck.medianMs < 16, `${fmt(results.interactive.recheck.medianMs)} ms median`);
}
if (results.typing) {
  const w = results.typing.cases?.['20k|worker'];
  const m = results.typing.cases?.['20k|main'];
  goal(
    'typing on a 20k page paints within one frame (median ≤ 16 ms, p90 ≤ 25 ms)',
    w ? w.medianMs <= 16 && w.p90Ms <= 25 && !results.typing.problems : null,
    w ? `${fmt(w.medianMs)} ms median, ${fmt(w.p90Ms)} ms p90 with the worker; main-thread check ${fmt(m.medianMs)} / ${fmt(m.p90Ms)} ms${results.typing.problems ? ' (run had problems: ' + results.typing.problems.join('; ') + ')' : ''}` : `skipped: ${results.typing.skipped}`,
  );
}
if (results.compare?.realistic) {
  const r = results.compare.realistic.ratios;
  goal('compare (realistic) faster than diffChars and diff-match-patch', r.diffChars > 1 && r.dmp > 1, `${fmt(r.diffChars, 2)}× diffChars, ${fmt(r.dmp, 2)}× dmp`);
}
results.goals = goals;
// The headline figures in one place (README, closing notes).
const r3 = (x) => (x == null || Number.isNaN(x) ? null : +x.toPrecision(3));
results.summary = {
  checkMsPerPage: r3(results.check?.total.galley.msPerPage),
  checkColdMsPerPage: r3(results.check?.total.galleyCold?.msPerPage),
  checkMCharsPerSec: r3(results.check && results.check.total.galley.charsPerSec / 1e6),
  checkColdMCharsPerSec: r3(results.check?.total.galleyCold && results.check.total.galleyCold.charsPerSec / 1e6),
  autocorrectFormatMCharsPerSec: r3(results.check && results.check.total.autocorrectFormat.charsPerSec / 1e6),
  ratioZhlint: r3(results.check?.total.ratios.zhlint),
  ratioAutocorrectLint: r3(results.check?.total.ratios.autocorrectLint),
  ratioAutocorrectFormat: r3(results.check?.total.ratios.autocorrectFormat),
  recheck20kMs: r3(results.interactive?.recheck.medianMs),
  typingSampleWorkerMs: r3(results.typing?.cases?.['sample|worker']?.medianMs),
  typingSampleMainMs: r3(results.typing?.cases?.['sample|main']?.medianMs),
  typing20kWorkerMs: r3(results.typing?.cases?.['20k|worker']?.medianMs),
  typing20kWorkerP90Ms: r3(results.typing?.cases?.['20k|worker']?.p90Ms),
  typing20kMainMs: r3(results.typing?.cases?.['20k|main']?.medianMs),
  typing20kMainP90Ms: r3(results.typing?.cases?.['20k|main']?.p90Ms),
  compareRealisticMs: r3(results.compare?.realistic?.galley.medianMs),
  compareRatioDiffChars: r3(results.compare?.realistic?.ratios.diffChars),
  compareRatioDmp: r3(results.compare?.realistic?.ratios.dmp),
  compareUnrelatedMs: r3(results.compare?.unrelated?.galley.medianMs),
  batchWallS: r3(results.batch && results.batch.wallMs / 1000),
  batchMedianWallS: r3(results.batch && results.batch.medianWallMs / 1000),
  batchJobs2MedianWallS: r3(results.batch?.workerPool && results.batch.workerPool.medianWallMs / 1000),
  batchPeakMB: r3(results.batch?.peakRssMB),
  goalsMet: `${goals.filter((g) => g.met).length}/${goals.filter((g) => g.met !== null).length}`,
};
results.machine.loadAvgAtEnd = os.loadavg().map((x) => +x.toFixed(2));

log('Goals');
for (const g of goals) log(`  ${g.met === null ? 'n/a    ' : g.met ? 'met    ' : 'NOT MET'}  ${g.goal}: ${g.detail}`);

if (!ONLY && !QUICK) {
  fs.writeFileSync(RESULTS + '.tmp', JSON.stringify(results, null, 2) + '\n');
  fs.renameSync(RESULTS + '.tmp', RESULTS);
  log(`\nwrote ${path.relative(ROOT, RESULTS)}`);
} else {
  const partial = path.join(TMP, 'results-partial.json');
  fs.writeFileSync(partial, JSON.stringify(results, null, 2) + '\n');
  log(`\n(partial run: wrote ${path.relative(ROOT, partial)}, bench/results.json left as it was)`);
}
