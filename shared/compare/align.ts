// Paragraph alignment: exact matches first (LCS over line hashes), then, in
// each stretch between exact matches, a bounded dynamic programme that pairs
// similar lines 1:1 (replace), 2–3:1 (join) and 1:2–3 (split).

import { diffArrays } from 'diff';
import { Budget, bigrams, shared } from './similarity';
import type { Unit } from './units';

/** Monotone list of [oldIndex, newIndex] pairs of equal keys. */
export function matchEqual(oldKeys: string[], newKeys: string[]): Array<[number, number]> {
  const ids = new Map<string, number>();
  const id = (k: string) => {
    let v = ids.get(k);
    if (v === undefined) {
      v = ids.size;
      ids.set(k, v);
    }
    return v;
  };
  const a = oldKeys.map(id);
  const b = newKeys.map(id);
  const out: Array<[number, number]> = [];
  // Common prefix and suffix cost nothing.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) {
    out.push([pre, pre]);
    pre++;
  }
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  // Lines with no counterpart on the other side can never match: leave them
  // out of the LCS (GNU diff does the same), so two unrelated pages cost
  // nothing here. posA/posB map the kept lines back to their indices.
  const inB = new Set(b.slice(pre, b.length - suf));
  const inA = new Set(a.slice(pre, a.length - suf));
  const posA: number[] = [];
  const posB: number[] = [];
  for (let i = pre; i < a.length - suf; i++) if (inB.has(a[i])) posA.push(i);
  for (let j = pre; j < b.length - suf; j++) if (inA.has(b[j])) posB.push(j);
  const midA = posA.map((i) => a[i]);
  const midB = posB.map((j) => b[j]);
  if (midA.length && midB.length) {
    const n = midA.length + midB.length;
    // Myers costs about n·D: cap D so that stays under ~4M steps.
    const maxEditLength = Math.max(64, Math.floor(4_000_000 / n));
    const r = diffArrays(midA, midB, { maxEditLength });
    if (r) {
      let i = 0;
      let j = 0;
      for (const c of r) {
        const len = c.count ?? c.value.length;
        if (c.added) j += len;
        else if (c.removed) i += len;
        else {
          for (let k = 0; k < len; k++) out.push([posA[i + k], posB[j + k]]);
          i += len;
          j += len;
        }
      }
    } else {
      for (const [x, y] of patience(midA, midB)) out.push([posA[x], posB[y]]);
    }
  }
  for (let k = suf; k > 0; k--) out.push([a.length - k, b.length - k]);
  return out;
}

/** Fallback when Myers would be too costly: lines unique on both sides,
 *  longest increasing run of them, each anchor grown to its equal neighbours. */
function patience(a: number[], b: number[]): Array<[number, number]> {
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const posB = new Map<number, number>();
  for (const x of a) countA.set(x, (countA.get(x) ?? 0) + 1);
  b.forEach((x, j) => {
    countB.set(x, (countB.get(x) ?? 0) + 1);
    posB.set(x, j);
  });
  const cand: Array<[number, number]> = [];
  a.forEach((x, i) => {
    if (countA.get(x) === 1 && countB.get(x) === 1) cand.push([i, posB.get(x)!]);
  });
  // Longest increasing subsequence on the new positions (patience sorting).
  const tails: number[] = [];
  const prev: number[] = new Array(cand.length).fill(-1);
  for (let k = 0; k < cand.length; k++) {
    const y = cand[k][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cand[tails[mid]][1] < y) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const anchors: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) anchors.push(cand[k]);
  anchors.reverse();
  const out: Array<[number, number]> = [];
  let lastA = -1;
  let lastB = -1;
  for (const [x, y] of anchors) {
    // grow backwards into the gap before the anchor
    const back: Array<[number, number]> = [];
    let i = x - 1;
    let j = y - 1;
    while (i > lastA && j > lastB && a[i] === b[j]) back.push([i--, j--]);
    out.push(...back.reverse(), [x, y]);
    lastA = x;
    lastB = y;
    while (lastA + 1 < a.length && lastB + 1 < b.length && a[lastA + 1] === b[lastB + 1]) {
      out.push([++lastA, ++lastB]);
    }
  }
  return out;
}

/** Length of the common prefix plus the common suffix (not overlapping). */
export function affix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let pre = 0;
  while (pre < n && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < n - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  return pre + suf;
}

export type Step =
  | { kind: 'del'; o: number }
  | { kind: 'ins'; n: number }
  /** old units o[] paired with new units n[] (1:1, k:1 or 1:k). */
  | { kind: 'pair'; o: number[]; n: number[] };

export interface PairContext {
  budget: Budget;
  oldGrams: (i: number) => Int32Array;
  newGrams: (i: number) => Int32Array;
}

/** Lowest similarity at which two lines are taken as one edited line. */
export const PAIR_THRESHOLD = 0.5;
/** Cost of each extra line in a join or split, in shared bigrams. */
const MULTI_PENALTY = 2;
/** A join/split is tried only where one of its pieces already looks alike. */
const MULTI_GATE = 0.3;
/** Common head + tail covering this share of the longer line pairs it at once. */
const FAST_AFFIX = 0.8;
/** Above this many cells the stretch is reported as one replacement. */
const MAX_CELLS = 2_000_000;
/** Up to this many cells every pair is scored; above, only candidate pairs. */
const FULL_CELLS = 2_500;

/**
 * Pairs (i, j) worth scoring in a large stretch: those sharing enough
 * bigrams that are not common to many lines (an inverted index; bigrams such
 * as 市北 that occur everywhere are skipped, so the work stays near linear).
 */
function candidates(O: Unit[], N: Unit[], ctx: PairContext): Uint8Array {
  return sharedBigramPairs(
    O.map((u) => ctx.oldGrams(u.index)),
    N.map((u) => ctx.newGrams(u.index)),
    0.1,
  );
}

/** cand[i * q + j] = 1 when line i of `olds` and line j of `news` share at
 *  least `share` of the smaller one's bigrams among the uncommon ones. */
export function sharedBigramPairs(olds: Int32Array[], news: Int32Array[], share: number): Uint8Array {
  const p = olds.length;
  const q = news.length;
  // Inverted index bigram → old lines, as an open-addressing hash table over
  // typed arrays (no per-bigram allocation: this runs on every large stretch).
  let total = 0;
  for (const g of olds) total += g.length;
  let size = 16;
  while (size < total * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const used = new Uint8Array(size);
  const head = new Int32Array(size).fill(-1);
  const count = new Int32Array(size);
  const next = new Int32Array(Math.max(1, total));
  const lineOf = new Int32Array(Math.max(1, total));
  const slotOf = (key: number, insert: boolean): number => {
    let h = Math.imul(key, 0x9e3779b1) & mask;
    while (used[h]) {
      if (keys[h] === key) return h;
      h = (h + 1) & mask;
    }
    if (!insert) return -1;
    used[h] = 1;
    keys[h] = key;
    return h;
  };
  let e = 0;
  for (let i = 0; i < p; i++) {
    const g = olds[i];
    for (let k = 0; k < g.length; k++) {
      if (k > 0 && g[k] === g[k - 1]) continue; // sorted: count each bigram once per line
      const h = slotOf(g[k], true);
      lineOf[e] = i;
      next[e] = head[h];
      head[h] = e++;
      count[h]++;
    }
  }
  // Bigrams found in many lines (市北, 北区…) say nothing about a pair.
  const limit = Math.max(16, Math.ceil(4 * Math.sqrt(p)));
  const cand = new Uint8Array(p * q);
  const hits = new Int32Array(p);
  const touched: number[] = [];
  for (let j = 0; j < q; j++) {
    const g = news[j];
    for (let k = 0; k < g.length; k++) {
      if (k > 0 && g[k] === g[k - 1]) continue;
      const h = slotOf(g[k], false);
      if (h < 0 || count[h] > limit) continue;
      for (let x = head[h]; x >= 0; x = next[x]) if (hits[lineOf[x]]++ === 0) touched.push(lineOf[x]);
    }
    for (const i of touched) {
      const need = Math.max(2, share * Math.min(g.length, olds[i].length));
      if (hits[i] >= need) cand[i * q + j] = 1;
      hits[i] = 0;
    }
    touched.length = 0;
  }
  return cand;
}

// Transitions: [old lines, new lines]; index + 2 is the choice code.
const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [2, 1],
  [3, 1],
  [1, 2],
  [1, 3],
];

/**
 * Pairs the unmatched lines of one stretch. O and N are in reading order;
 * a multi-line pairing only joins lines that are adjacent in their file.
 */
export function pairStretch(O: Unit[], N: Unit[], ctx: PairContext): Step[] {
  const p = O.length;
  const q = N.length;
  const steps: Step[] = [];
  if ((p + 1) * (q + 1) > MAX_CELLS || p === 0 || q === 0) {
    for (const u of O) steps.push({ kind: 'del', o: u.index });
    for (const u of N) steps.push({ kind: 'ins', n: u.index });
    return steps;
  }
  const cand = p * q > FULL_CELLS ? candidates(O, N, ctx) : null;
  if (cand && !cand.includes(1)) {
    // Nothing alike at all (two unrelated pages): one replacement, no DP.
    for (const u of O) steps.push({ kind: 'del', o: u.index });
    for (const u of N) steps.push({ kind: 'ins', n: u.index });
    return steps;
  }
  // Dense table for small stretches; a map when only candidates are scored.
  const dense = cand ? null : new Float32Array(p * q).fill(-1);
  const sparse = cand ? new Map<number, number>() : null;
  const simAt = (i: number, j: number): number => {
    const k = i * q + j;
    if (cand && !cand[k]) return 0;
    let s = dense ? dense[k] : (sparse!.get(k) ?? -1);
    if (s < 0) {
      const ka = O[i].key;
      const kb = N[j].key;
      const lenBound = (2 * Math.min(ka.length, kb.length)) / (ka.length + kb.length);
      const fix = lenBound < MULTI_GATE ? 0 : affix(ka, kb);
      if (lenBound < MULTI_GATE) s = 0;
      else if (fix >= FAST_AFFIX * Math.max(ka.length, kb.length)) {
        // One local edit: the shared head and tail already prove the pair,
        // no bigrams needed (the common case in a real revision).
        s = (2 * Math.max(0, fix - 2)) / Math.max(1, ka.length + kb.length - 2);
      } else {
        const ga = ctx.oldGrams(O[i].index);
        const gb = ctx.newGrams(N[j].index);
        s = ga.length + gb.length ? (2 * shared(ga, gb, ctx.budget)) / (ga.length + gb.length) : 0;
      }
      if (dense) dense[k] = s;
      else sparse!.set(k, s);
    }
    return s;
  };
  const concatCache = new Map<string, { key: string; grams: Int32Array } | null>();
  const concat = (side: 'o' | 'n', i: number, k: number) => {
    const tag = `${side}${i}:${k}`;
    let v = concatCache.get(tag);
    if (v === undefined) {
      const list = side === 'o' ? O : N;
      v = null;
      if (i + k <= list.length) {
        let ok = true;
        for (let t = 1; t < k; t++) if (list[i + t].index !== list[i].index + t) ok = false;
        if (ok) {
          const key = list.slice(i, i + k).map((u) => u.key).join('');
          v = { key, grams: k === 1 ? (side === 'o' ? ctx.oldGrams(list[i].index) : ctx.newGrams(list[i].index)) : bigrams(key) };
        }
      }
      concatCache.set(tag, v);
    }
    return v;
  };

  /** Score of pairing O[i..i+a) with N[j..j+b), or -1 when not a pairing. */
  const score = (i: number, j: number, a: number, b: number): number => {
    if (a === 1 && b === 1) {
      const s = simAt(i, j);
      if (s < PAIR_THRESHOLD) return -1;
      // ≈ shared bigrams, the currency of every score here
      return (s * Math.max(0, O[i].key.length + N[j].key.length - 2)) / 2;
    }
    let la = 0;
    let lb = 0;
    for (let t = 0; t < a; t++) la += O[i + t].key.length;
    for (let u = 0; u < b; u++) lb += N[j + u].key.length;
    let gate = 0;
    if (la !== lb) {
      for (let t = 0; t < a; t++) for (let u = 0; u < b; u++) gate = Math.max(gate, simAt(i + t, j + u));
      // Not alike enough, or the lengths alone rule out beating the best piece.
      if (gate < MULTI_GATE || (2 * Math.min(la, lb)) / (la + lb) <= gate + 0.02) return -1;
    }
    const A = concat('o', i, a);
    const B = concat('n', j, b);
    if (!A || !B) return -1;
    const exact = A.key.length === B.key.length && A.key === B.key;
    if (!exact && la === lb) {
      for (let t = 0; t < a; t++) for (let u = 0; u < b; u++) gate = Math.max(gate, simAt(i + t, j + u));
      if (gate < MULTI_GATE) return -1;
    }
    const total = A.grams.length + B.grams.length;
    const inter = exact ? A.grams.length : shared(A.grams, B.grams, ctx.budget);
    const s = exact ? 1 : total ? (2 * inter) / total : 0;
    // Every piece must earn its place: with a stranger line added the whole
    // is less alike than its best piece alone (bigrams 更新, 市北 are shared
    // by chance), with a true continuation it is more alike.
    if (s < PAIR_THRESHOLD || (!exact && s <= gate + 0.02)) return -1;
    // An exact join of tiny pieces still beats leaving them apart.
    return inter + (exact ? 1 + a + b : 0) - MULTI_PENALTY * (a + b - 2);
  };

  if (cand) return sparseChain(p, q, cand, score, O, N);
  const W = q + 1;
  const best = new Float64Array((p + 1) * W);
  const choice = new Uint8Array((p + 1) * W);
  for (let i = p; i >= 0; i--) {
    for (let j = q; j >= 0; j--) {
      if (i === p && j === q) continue;
      let v = -Infinity;
      let c = 0;
      if (i < p && j < q) {
        for (let t = 0; t < SHAPES.length; t++) {
          const [a, b] = SHAPES[t];
          if (i + a > p || j + b > q) continue;
          const s = score(i, j, a, b);
          if (s < 0) continue;
          const total = s + best[(i + a) * W + j + b];
          if (total > v) {
            v = total;
            c = t + 2;
          }
        }
      }
      if (i < p && best[(i + 1) * W + j] > v) {
        v = best[(i + 1) * W + j];
        c = 0;
      }
      if (j < q && best[i * W + j + 1] > v) {
        v = best[i * W + j + 1];
        c = 1;
      }
      best[i * W + j] = v;
      choice[i * W + j] = c;
    }
  }
  let i = 0;
  let j = 0;
  while (i < p || j < q) {
    const c = choice[i * W + j];
    if (c === 0) steps.push({ kind: 'del', o: O[i++].index });
    else if (c === 1) steps.push({ kind: 'ins', n: N[j++].index });
    else {
      const [a, b] = SHAPES[c - 2];
      steps.push({
        kind: 'pair',
        o: O.slice(i, i + a).map((u) => u.index),
        n: N.slice(j, j + b).map((u) => u.index),
      });
      i += a;
      j += b;
    }
  }
  return steps;
}

/**
 * The same optimum as the full table, found among candidate cells only:
 * the heaviest chain of pairings increasing in both revisions (a weighted
 * LIS with a Fenwick tree of prefix maxima), O(k log k) for k candidate
 * pairings instead of O(p·q) cells.
 */
function sparseChain(
  p: number,
  q: number,
  cand: Uint8Array,
  score: (i: number, j: number, a: number, b: number) => number,
  O: Unit[],
  N: Unit[],
): Step[] {
  // Anchors: candidate cells and the cells up to two before them, where a
  // multi-line shape could start.
  const anchors = new Set<number>();
  for (let k = cand.indexOf(1); k >= 0; k = cand.indexOf(1, k + 1)) {
    const ci = Math.floor(k / q);
    const cj = k % q;
    for (let i = Math.max(0, ci - 2); i <= ci; i++) for (let j = Math.max(0, cj - 2); j <= cj; j++) anchors.add(i * q + j);
  }
  interface Item {
    i: number;
    j: number;
    a: number;
    b: number;
    total: number;
    prev: number;
  }
  const items: Item[] = [];
  for (const k of anchors) {
    const i = Math.floor(k / q);
    const j = k % q;
    for (const [a, b] of SHAPES) {
      if (i + a > p || j + b > q) continue;
      const s = score(i, j, a, b);
      if (s >= 0) items.push({ i, j, a, b, total: s, prev: -1 });
    }
  }
  items.sort((x, y) => x.i - y.i || x.j - y.j);
  // Fenwick tree over new-line index: best chain total ending at or before j.
  const tv = new Float64Array(q + 1);
  const ti = new Int32Array(q + 1).fill(-1);
  const update = (j: number, v: number, idx: number) => {
    for (let x = j + 1; x <= q; x += x & -x) if (v > tv[x]) {
      tv[x] = v;
      ti[x] = idx;
    }
  };
  const query = (j: number): [number, number] => {
    let v = 0;
    let idx = -1;
    for (let x = j; x > 0; x -= x & -x) if (tv[x] > v) {
      v = tv[x];
      idx = ti[x];
    }
    return [v, idx];
  };
  // Items become available to later rows once the rows they cover are past.
  const byEnd = new Map<number, number[]>();
  let bestIdx = -1;
  let bestTotal = 0;
  let released = 0;
  for (let n = 0; n < items.length; n++) {
    const it = items[n];
    for (; released <= it.i; released++) {
      for (const m of byEnd.get(released) ?? []) update(items[m].j + items[m].b - 1, items[m].total, m);
    }
    const [v, idx] = query(it.j); // chains ending before column j
    it.total += v;
    it.prev = idx;
    const end = it.i + it.a;
    const list = byEnd.get(end);
    if (list) list.push(n);
    else byEnd.set(end, [n]);
    if (it.total > bestTotal) {
      bestTotal = it.total;
      bestIdx = n;
    }
  }
  const chain: Item[] = [];
  for (let n = bestIdx; n >= 0; n = items[n].prev) chain.push(items[n]);
  chain.reverse();
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const it of [...chain, { i: p, j: q, a: 0, b: 0, total: 0, prev: -1 }]) {
    while (i < it.i) steps.push({ kind: 'del', o: O[i++].index });
    while (j < it.j) steps.push({ kind: 'ins', n: N[j++].index });
    if (it.a === 0) break;
    steps.push({ kind: 'pair', o: O.slice(i, i + it.a).map((u) => u.index), n: N.slice(j, j + it.b).map((u) => u.index) });
    i += it.a;
    j += it.b;
  }
  return steps;
}
