// Revision compare (docs/design.md §7, issue 4): align lines exactly by hash,
// detect moved paragraphs, pair the remaining lines by similarity (replace,
// join, split), then diff characters only inside paired lines. Most of a real
// revision is equal by hash, so only a few short strings reach `diffChars`.

import { matchEqual, pairStretch, sharedBigramPairs, type Step } from './align';
import { diffKeys, equalShare, region, toParts, type Region, type Seg } from './chars';
import { Budget, bigrams, dice } from './similarity';
import { readRevision, type Revision } from './units';
import type {
  AlignedRow,
  Change,
  ChangePart,
  ChangeType,
  CompareOptions,
  CompareStats,
  Comparison,
  DetailedComparison,
  LineRange,
  RowLine,
} from './types';

export * from './types';
export { renderCompareReport, type ReportOptions } from './report-html';
export { formatCompareText, type TextReportOptions } from './report-text';

/** A moved paragraph that was also edited must still be this alike. */
const MOVE_THRESHOLD = 0.8;
/** …and at least this long (shorter lines recur by chance). */
const MOVE_MIN_CHARS = 10;
/** Unpaired one-line replacements up to this length still get a char diff. */
const SHORT_LINE = 40;
/** Total bigram-merge steps one comparison may spend on similarity. */
const SIMILARITY_BUDGET = 12_000_000;

export function compareRevisions(oldText: string, newText: string, options: CompareOptions = {}): Comparison {
  return compareDetailed(oldText, newText, options).comparison;
}

export function compareDetailed(oldText: string, newText: string, options: CompareOptions = {}): DetailedComparison {
  const A = readRevision(oldText, options);
  const B = readRevision(newText, options);
  const nA = A.units.length;
  const nB = B.units.length;

  const matches = matchEqual(
    A.units.map((u) => u.key),
    B.units.map((u) => u.key),
  );
  const matchedA = new Int32Array(nA).fill(-1);
  const matchedB = new Int32Array(nB).fill(-1);
  for (const [i, j] of matches) {
    matchedA[i] = j;
    matchedB[j] = i;
  }

  // Moves, exact: a line deleted in one place and inserted verbatim in another.
  const movedA = new Int32Array(nA).fill(-1);
  const movedB = new Int32Array(nB).fill(-1);
  const unmatchedByKey = new Map<string, number[]>();
  for (let i = 0; i < nA; i++) {
    if (matchedA[i] >= 0) continue;
    const k = A.units[i].key;
    if (k.length < 2) continue;
    const list = unmatchedByKey.get(k);
    if (list) list.push(i);
    else unmatchedByKey.set(k, [i]);
  }
  for (let j = 0; j < nB; j++) {
    if (matchedB[j] >= 0) continue;
    const list = unmatchedByKey.get(B.units[j].key);
    if (list && list.length) {
      const i = list.shift()!;
      movedA[i] = j;
      movedB[j] = i;
    }
  }

  // Pair what is left, stretch by stretch between exact matches.
  const budget = new Budget(SIMILARITY_BUDGET);
  const gramsA: (Int32Array | undefined)[] = new Array(nA);
  const gramsB: (Int32Array | undefined)[] = new Array(nB);
  const ctx = {
    budget,
    oldGrams: (i: number) => (gramsA[i] ??= bigrams(A.units[i].key)),
    newGrams: (j: number) => (gramsB[j] ??= bigrams(B.units[j].key)),
  };
  interface Stretch {
    steps: Step[];
    oldFrom: number;
    oldTo: number; // exclusive
    newFrom: number;
    newTo: number;
  }
  const stretches: Stretch[] = [];
  const bounds: Array<[number, number]> = [...matches, [nA, nB]];
  let pi = -1;
  let pj = -1;
  for (const [ci, cj] of bounds) {
    if (ci > pi + 1 || cj > pj + 1) {
      const O = A.units.slice(pi + 1, ci).filter((u) => movedA[u.index] < 0);
      const N = B.units.slice(pj + 1, cj).filter((u) => movedB[u.index] < 0);
      stretches.push({ steps: pairStretch(O, N, ctx), oldFrom: pi + 1, oldTo: ci, newFrom: pj + 1, newTo: cj });
    } else stretches.push({ steps: [], oldFrom: ci, oldTo: ci, newFrom: cj, newTo: cj });
    pi = ci;
    pj = cj;
  }

  // Moves with edits: leftover deleted and inserted lines that are still alike.
  const dels: number[] = [];
  const inss: number[] = [];
  for (const s of stretches)
    for (const st of s.steps) {
      if (st.kind === 'del' && A.units[st.o].key.length >= MOVE_MIN_CHARS) dels.push(st.o);
      if (st.kind === 'ins' && B.units[st.n].key.length >= MOVE_MIN_CHARS) inss.push(st.n);
    }
  if (dels.length && inss.length && dels.length * inss.length <= 4_000_000) {
    // Only pairs sharing half their uncommon bigrams can reach the threshold.
    const cand = sharedBigramPairs(dels.map(ctx.oldGrams), inss.map(ctx.newGrams), 0.5);
    const q = inss.length;
    for (let jj = 0; jj < q; jj++) {
      const j = inss[jj];
      let bestI = -1;
      let bestS = MOVE_THRESHOLD;
      for (let ii = 0; ii < dels.length; ii++) {
        const i = dels[ii];
        if (!cand[ii * q + jj] || movedA[i] >= 0) continue;
        const s = dice(ctx.oldGrams(i), ctx.newGrams(j), budget);
        if (s >= bestS) {
          bestS = s;
          bestI = i;
        }
      }
      if (bestI >= 0) {
        movedA[bestI] = j;
        movedB[j] = bestI;
      }
    }
  }

  // Group moved lines into moved blocks: consecutive new lines whose old
  // partners are consecutive too.
  const groupA = new Int32Array(nA).fill(-1);
  const groupB = new Int32Array(nB).fill(-1);
  const groups: Array<{ o: [number, number]; n: [number, number] }> = [];
  for (let j = 0; j < nB; j++) {
    const i = movedB[j];
    if (i < 0) continue;
    const g = groups[groups.length - 1];
    if (g && g.n[1] === j - 1 && g.o[1] === i - 1 && A.sep[i - 1] === B.sep[j - 1]) {
      g.n[1] = j;
      g.o[1] = i;
    } else groups.push({ o: [i, i], n: [j, j] });
    groupA[i] = groupB[j] = groups.length - 1;
  }

  // Walk both revisions in reading order, building rows and changes.
  const changes: Change[] = [];
  const rows: AlignedRow[] = [];
  const groupChange = new Int32Array(groups.length).fill(-1);
  const linesOf = (rev: Revision, a: number, b: number): RowLine[] => {
    const out: RowLine[] = [];
    for (let u = a; u <= b; u++) out.push({ line: rev.units[u].line, text: rev.text.slice(rev.units[u].start, rev.units[u].end) });
    return out;
  };
  const range = (rev: Revision, a: number, b: number): LineRange => ({ line: rev.units[a].line, endLine: rev.units[b].line });
  const addChange = (type: ChangeType, o: [number, number] | null, n: [number, number] | null, parts: ChangePart[]) => {
    changes.push({ type, old: o ? range(A, o[0], o[1]) : null, new: n ? range(B, n[0], n[1]) : null, parts });
    rows.push({
      kind: 'change',
      change: changes.length - 1,
      old: o ? linesOf(A, o[0], o[1]) : [],
      new: n ? linesOf(B, n[0], n[1]) : [],
    });
  };
  const equalRow = (o: [number, number], n: [number, number]) =>
    rows.push({ kind: 'equal', change: null, old: linesOf(A, o[0], o[1]), new: linesOf(B, n[0], n[1]) });

  const regions = (o: [number, number], n: [number, number]): { ro: Region; rn: Region } => ({
    ro: region(A, o[0], o[1], options),
    rn: region(B, n[0], n[1], options),
  });
  const diffRegions = (o: [number, number], n: [number, number]): { ro: Region; rn: Region; segs: Seg[] } => {
    const { ro, rn } = regions(o, n);
    return { ro, rn, segs: ro.key === rn.key ? [{ op: 0, text: rn.key }] : diffKeys(ro.key, rn.key) };
  };

  const emitPair = (o: number[], n: number[]) => {
    const ro: [number, number] = [o[0], o[o.length - 1]];
    const rn: [number, number] = [n[0], n[n.length - 1]];
    const d = diffRegions(ro, rn);
    if (d.ro.key === d.rn.key) return equalRow(ro, rn);
    const type: ChangeType = o.length > 1 ? 'join' : n.length > 1 ? 'split' : 'replace';
    addChange(type, ro, rn, toParts(d.segs, d.ro, d.rn));
  };

  const emitRun = (o: number[], n: number[]) => {
    if (!o.length && !n.length) return;
    const ro: [number, number] | null = o.length ? [o[0], o[o.length - 1]] : null;
    const rn: [number, number] | null = n.length ? [n[0], n[n.length - 1]] : null;
    if (ro && rn) {
      const d = regions(ro, rn);
      if (d.ro.key === d.rn.key) return equalRow(ro, rn); // re-wrapped only
      let segs: Seg[] = [
        { op: -1, text: d.ro.key },
        { op: 1, text: d.rn.key },
      ];
      // Two short unrelated-looking lines (a label 短讯 → 简讯) still read
      // better as a char diff when it keeps a fair share equal.
      if (o.length === 1 && n.length === 1 && d.ro.key.length <= SHORT_LINE && d.rn.key.length <= SHORT_LINE) {
        const fine = diffKeys(d.ro.key, d.rn.key);
        if (equalShare(fine, d.ro.key, d.rn.key) >= 1 / 3) segs = fine;
      }
      return addChange('replace', ro, rn, toParts(segs, d.ro, d.rn));
    }
    if (ro) return addChange('delete', ro, null, [{ type: 'delete', text: A.text.slice(A.units[ro[0]].start, A.units[ro[1]].end) }]);
    addChange('insert', null, rn, [{ type: 'insert', text: B.text.slice(B.units[rn![0]].start, B.units[rn![1]].end) }]);
  };

  const emitMovedTo = (g: number) => {
    const { o, n } = groups[g];
    const d = diffRegions(o, n);
    addChange('move', o, n, toParts(d.segs, d.ro, d.rn));
    rows[rows.length - 1].kind = 'moved-to';
    groupChange[g] = changes.length - 1;
  };
  const emitMovedFrom = (g: number) => {
    const { o } = groups[g];
    rows.push({ kind: 'moved-from', change: g, old: linesOf(A, o[0], o[1]), new: [] });
  };

  // Equal lines whose paragraph structure changed around them (a block of
  // two lines became two paragraphs, or the reverse) are a split or a join.
  const structural = (i: number, j: number) =>
    !options.ignoreLineBreaks && i + 1 < nA && j + 1 < nB && matchedA[i + 1] === j + 1 && A.sep[i] !== B.sep[j];

  let mi = 0;
  for (let si = 0; si < stretches.length; si++) {
    const s = stretches[si];
    // The stretch: steps with moved lines slotted in where they stand.
    let runO: number[] = [];
    let runN: number[] = [];
    const flushRun = () => {
      emitRun(runO, runN);
      runO = [];
      runN = [];
    };
    let nextMovedO = s.oldFrom;
    let nextMovedN = s.newFrom;
    const flushMovedO = (upTo: number) => {
      for (; nextMovedO < upTo; nextMovedO++) {
        const g = groupA[nextMovedO];
        if (g < 0) continue;
        if (movedA[nextMovedO] >= 0 && groups[g].o[0] === nextMovedO) {
          flushRun();
          emitMovedFrom(g);
        }
      }
    };
    const flushMovedN = (upTo: number) => {
      for (; nextMovedN < upTo; nextMovedN++) {
        const g = groupB[nextMovedN];
        if (g < 0) continue;
        if (groups[g].n[0] === nextMovedN) {
          flushRun();
          emitMovedTo(g);
        }
      }
    };
    for (const st of s.steps) {
      if (st.kind === 'del') {
        flushMovedO(st.o);
        if (movedA[st.o] >= 0) {
          flushMovedO(st.o + 1);
          continue;
        }
        runO.push(st.o);
      } else if (st.kind === 'ins') {
        flushMovedN(st.n);
        if (movedB[st.n] >= 0) {
          flushMovedN(st.n + 1);
          continue;
        }
        runN.push(st.n);
      } else {
        flushMovedO(st.o[0]);
        flushMovedN(st.n[0]);
        flushRun();
        emitPair(st.o, st.n);
      }
    }
    flushMovedO(s.oldTo);
    flushMovedN(s.newTo);
    flushRun();

    // The exact match closing this stretch.
    if (mi < matches.length && s.oldTo === matches[mi][0] && s.newTo === matches[mi][1]) {
      const [i, j] = matches[mi];
      if (structural(i, j)) {
        let k = 0;
        while (structural(i + k, j + k)) k++;
        const o: [number, number] = [i, i + k];
        const n: [number, number] = [j, j + k];
        const d = diffRegions(o, n);
        // Mostly breaks added: a split; mostly removed: a join.
        let added = 0;
        for (let t = 0; t < k; t++) added += B.sep[j + t] - A.sep[i + t];
        addChange(added > 0 ? 'split' : 'join', o, n, toParts(d.segs, d.ro, d.rn));
        // The lines consumed: skip their matches and the empty stretches between.
        mi += k + 1;
        si += k;
      } else {
        equalRow([i, i], [j, j]);
        mi++;
      }
    }
  }
  // Moved-from rows were written before their change had an index.
  for (const r of rows) if (r.kind === 'moved-from' && r.change !== null) r.change = groupChange[r.change];

  return { comparison: summarise(A, B, changes), rows };
}

function countChars(s: string): number {
  let n = 0;
  for (const ch of s) if (ch !== '\n') n++;
  return n;
}

function summarise(A: Revision, B: Revision, changes: Change[]): Comparison {
  const stats: CompareStats = {
    insertions: 0,
    deletions: 0,
    replacements: 0,
    moves: 0,
    splits: 0,
    joins: 0,
    charsInserted: 0,
    charsDeleted: 0,
  };
  const key: Record<ChangeType, keyof CompareStats> = {
    insert: 'insertions',
    delete: 'deletions',
    replace: 'replacements',
    move: 'moves',
    split: 'splits',
    join: 'joins',
  };
  for (const c of changes) {
    stats[key[c.type]]++;
    for (const p of c.parts) {
      if (p.type === 'insert') stats.charsInserted += countChars(p.text);
      else if (p.type === 'delete') stats.charsDeleted += countChars(p.text);
    }
  }
  return { old: A.summary, new: B.summary, changes, stats, equal: changes.length === 0 };
}
