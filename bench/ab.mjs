// Which commit made the page check slower? checkText of several commits,
// bundled side by side and timed in one process, interleaved in rounds on the
// sample pages (of the working tree, the same text for every commit), so load
// on the shared machine hits every commit alike. Prints each commit's median
// ms per page, cold (no word-segmenter answers carried over between checks,
// as the check goals of `npm run bench`) and warm, the parse alone
// (createSource + parsePage), and each one's time over the first commit's.
//
//   node --expose-gc bench/ab.mjs [--quick] REV [REV ...]     (e.g. d223cda HEAD)
//   "." stands for the working tree's shared/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { noCrossCheckCache, sharedOfCommit } from './cores.mjs';
import { run } from './measure.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, 'bench', 'tmp', 'ab');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const revs = args.filter((a) => !a.startsWith('--'));
if (revs.length < 1) {
  console.error('usage: node --expose-gc bench/ab.mjs [--quick] REV [REV ...]');
  process.exit(2);
}
const git = (...a) => {
  const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
};

const { build } = await import('esbuild');
const cores = [];
for (const rev of revs) {
  let dir = ROOT;
  let label = '.';
  if (rev !== '.') {
    const sha = git('rev-parse', '--short', `${rev}^{commit}`).trim();
    label = sha;
    dir = sharedOfCommit(ROOT, TMP, sha);
  }
  const subject = rev === '.' ? 'working tree' : git('log', '-1', '--format=%s', label).trim();
  const load = async (name, plugins) => {
    const outfile = path.join(TMP, `${label.replace('.', 'wt')}-${name}.cjs`);
    await build({
      stdin: { contents: `export { checkText } from './shared/check';\nexport { parsePage } from './shared/parse';\nexport { createSource } from './shared/source';\n`, resolveDir: dir, loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
      nodePaths: [path.join(ROOT, 'node_modules')],
      plugins,
    });
    delete require.cache[outfile];
    return require(outfile);
  };
  const cold = await load('cold', [noCrossCheckCache()]);
  const warm = await load('warm', []);
  const parse = (t) => warm.parsePage(warm.createSource(t).text);
  cores.push({ label, subject, cold: cold.checkText, warm: warm.checkText, parse });
}

const sampleDir = path.join(ROOT, 'resources', 'samples');
const pages = fs.readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(sampleDir, f), 'utf8'));
const cases = [];
for (const c of cores) for (const mode of ['cold', 'warm', 'parse']) pages.forEach((p, k) => cases.push({ key: `${c.label}|${mode}|${k}`, fn: () => c[mode](p) }));
const m = run(cases, { rounds: QUICK ? 6 : 25 });
const perPage = (label, mode) => pages.reduce((s, _, k) => s + m[`${label}|${mode}|${k}`].medianMs, 0) / pages.length;
const base = cores[0];
console.log(`checkText, median ms per sample page (averaged over ${pages.length} pages); × = over ${base.label}`);
for (const c of cores) {
  const cold = perPage(c.label, 'cold');
  const warm = perPage(c.label, 'warm');
  const parse = perPage(c.label, 'parse');
  const findings = pages.map((p) => c.warm(p).findings.length).join('/');
  console.log(
    `${c.label.padEnd(8)} cold ${cold.toFixed(3)} (${(cold / perPage(base.label, 'cold')).toFixed(2)}×)  warm ${warm.toFixed(3)} (${(warm / perPage(base.label, 'warm')).toFixed(2)}×)  of which parse ${parse.toFixed(3)} (${(parse / perPage(base.label, 'parse')).toFixed(2)}×)  findings ${findings.padEnd(10)} ${c.subject.slice(0, 70)}`,
  );
}
