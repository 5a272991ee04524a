// Drive a CPU profile of the page check: checkText on the sample pages, over
// and over, from the bundle `npm run bench` built (bench/tmp; cold by
// default: no segmenter answers carried over, as the check goals).
//
//   node --cpu-prof --cpu-prof-dir=bench/tmp/prof bench/profile-check.mjs [--warm] [seconds]
//   node bench/profile-summary.mjs bench/tmp/prof/<file>.cpuprofile 30
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const warm = args.includes('--warm');
const seconds = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 8);
const bundle = path.join(ROOT, 'bench', 'tmp', warm ? 'galley-core.cjs' : 'galley-core-cold.cjs');
if (!fs.existsSync(bundle)) {
  console.error(`${path.relative(ROOT, bundle)} is missing: run node bench/run.mjs --quick --only check first`);
  process.exit(1);
}
const { checkText } = require(bundle);
const dir = path.join(ROOT, 'resources', 'samples');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
let n = 0;
let sink = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const p of pages) sink += checkText(p).findings.length;
  n++;
}
const ms = performance.now() - t0;
console.log(`${n * pages.length} checks in ${(ms / 1000).toFixed(1)} s: ${(ms / (n * pages.length)).toFixed(3)} ms per page (${warm ? 'warm' : 'cold'}; with the profiler on) [${sink}]`);
