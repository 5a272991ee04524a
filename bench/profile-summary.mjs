// Summarise a .cpuprofile (node --cpu-prof): self time per function and per
// file, largest first. Usage: node bench/profile-summary.mjs FILE [N]
//
// Functions in an esbuild bundle (bench/tmp/*.cjs, bin/galley.cjs's bundle)
// are named by the source module they came from: esbuild marks each module's
// start with a `// path/to/module.ts` line, read here from the bundle itself.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** Bundle url → sorted [line, module] starts, or null for a plain file. */
const modulesOf = new Map();
function moduleAt(url, line) {
  if (!modulesOf.has(url)) {
    let starts = null;
    try {
      const src = fs.readFileSync(url.startsWith('file:') ? fileURLToPath(url) : url, 'utf8').split('\n');
      starts = [];
      src.forEach((l, i) => {
        const m = /^\/\/ ((?:\.\.?\/|[\w@.-]+\/)[\w@./-]+\.[cm]?[jt]sx?)$/.exec(l);
        if (m) starts.push([i, m[1]]);
      });
      if (starts.length < 2) starts = null;
    } catch {
      starts = null;
    }
    modulesOf.set(url, starts);
  }
  const starts = modulesOf.get(url);
  if (!starts) return null;
  let mod = null;
  for (const [i, m] of starts) {
    if (i > line) break;
    mod = m;
  }
  return mod;
}

const parent = new Map();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const placeOf = (cf) => {
  const mod = cf.url ? moduleAt(cf.url, cf.lineNumber) : null;
  return { mod, place: mod ?? (cf.url || '(native)').replace(/^.*\//, '') };
};
const fn = new Map();
const where = new Map();
// Native time (regular expressions, Intl, builtins) charged to the nearest
// JavaScript caller's file; the garbage collector and idle time stay apart.
const charged = new Map();
for (const [id, us] of dt) {
  const cf = byId.get(id).callFrame;
  const { mod, place } = placeOf(cf);
  const k = `${cf.functionName || '(anonymous)'}  ${place}${mod ? '' : ':' + (cf.lineNumber + 1)}`;
  fn.set(k, (fn.get(k) ?? 0) + us);
  where.set(place, (where.get(place) ?? 0) + us);
  let at = id;
  let p = placeOf(byId.get(at).callFrame).place;
  const special = /^\((garbage collector|idle|program|root)\)$/.test(cf.functionName);
  while (!special && p === '(native)' && parent.has(at)) {
    at = parent.get(at);
    p = placeOf(byId.get(at).callFrame).place;
  }
  const key = special ? cf.functionName : p;
  charged.set(key, (charged.get(key) ?? 0) + us);
}
const show = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, us]) => console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log(`total ${(total / 1000).toFixed(0)} ms`);
show(fn);
console.log('-- by file');
show(where);
console.log('-- by file, native time (regular expressions, Intl, builtins) charged to the calling file');
show(charged);
