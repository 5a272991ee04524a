// Timing: warm up, then interleave the cases in rounds so every tool is
// measured over the same stretch of time (the machine is shared; load that
// comes and goes then hits all tools alike), and report medians.
import { performance } from 'node:perf_hooks';

const now = () => performance.now();
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/** Results kept alive so the JIT cannot drop a call as dead code. */
export let sink = 0;
export function keep(x) {
  if (x == null) return;
  if (typeof x === 'string') sink += x.length;
  else if (Array.isArray(x)) sink += x.length;
  else if (typeof x === 'object') sink += Object.keys(x).length;
  else sink += 1;
}

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/**
 * cases: [{ key, fn, budgetMs?, minSamples? }]. Each call is timed alone;
 * a slow case (one call longer than the slice) gets one call per round and
 * stops once it has minSamples and has used its budget.
 */
export function run(cases, { rounds = 25, sliceMs = 15, warmupMs = 300, onProgress } = {}) {
  gc(); // start each section from a clean heap; warm-up grows it back
  for (const c of cases) {
    const t0 = now();
    let n = 0;
    // Enough calls for the optimizing compiler to have run (it works on a
    // background thread, late when the machine is busy), at least warmupMs.
    // Slow cases (zhlint) stop after 1.5 s.
    const w = c.warmupMs ?? warmupMs;
    for (;;) {
      const el = now() - t0;
      if (n >= (w === 0 ? 1 : 3) && el >= w && (n >= 200 || el >= Math.max(w, 1500) || w === 0)) break;
      keep(c.fn());
      n++;
    }
  }
  const samples = new Map(cases.map((c) => [c.key, []]));
  const spent = new Map(cases.map((c) => [c.key, 0]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no case always runs right after another's garbage.
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(k + r) % cases.length];
      const xs = samples.get(c.key);
      if (xs.length >= (c.minSamples ?? 5) && spent.get(c.key) >= (c.budgetMs ?? Infinity)) continue;
      // No forced gc() here: a full collection shrinks the young generation,
      // and the calls after it pay for growing it back (it made Galley, which
      // allocates per call, look twice as slow next to a native peer). GC
      // pauses inside calls are real cost; the median keeps them from
      // dominating.
      const t0 = now();
      do {
        const s = now();
        keep(c.fn());
        xs.push(now() - s);
      } while (now() - t0 < sliceMs);
      spent.set(c.key, spent.get(c.key) + (now() - t0));
    }
    onProgress?.(r + 1, rounds);
  }
  const out = {};
  for (const c of cases) {
    const xs = samples.get(c.key);
    out[c.key] = { medianMs: median(xs), p10Ms: quantile(xs, 0.1), p90Ms: quantile(xs, 0.9), samples: xs.length };
  }
  return out;
}
