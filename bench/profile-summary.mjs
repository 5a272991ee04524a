// Summarise a .cpuprofile (node --cpu-prof): self time per function and per
// file, largest first. Usage: node bench/profile-summary.mjs FILE [N]
import fs from 'node:fs';

const [file, nArg] = process.argv.slice(2);
const n = Number(nArg ?? 25);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const url = new Map();
for (const [id, us] of dt) {
  const cf = byId.get(id).callFrame;
  const where = (cf.url || '(native)').replace(/^.*\//, '');
  const k = `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + us);
  url.set(where, (url.get(where) ?? 0) + us);
}
const show = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, us]) => console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log(`total ${(total / 1000).toFixed(0)} ms`);
show(fn);
console.log('-- by file');
show(url);
