// Character-level diff of a changed region (one or more consecutive lines on
// each side), with the `diff` package, on comparison keys; the result is mapped
// back to the real text of both revisions.

import { diffArrays, diffChars } from 'diff';
import { appendKey } from './units';
import type { Revision } from './units';
import type { ChangePart, CompareOptions } from './types';

/** A span of whole lines of one revision, as the comparison sees it. */
export interface Region {
  text: string;
  start: number;
  end: number;
  /** Comparison key of the span (line breaks as '\n' / '\n\n' unless ignored). */
  key: string;
  /** Offset in `text` of every key character. */
  pos: number[];
}

/** Region of units a..b (inclusive, consecutive) of a revision. */
export function region(rev: Revision, a: number, b: number, options: CompareOptions): Region {
  const key: string[] = [];
  const pos: number[] = [];
  const { text, units, sep } = rev;
  for (let u = a; u <= b; u++) {
    appendKey(text, units[u].start, units[u].end, options, key, pos);
    if (u < b && !options.ignoreLineBreaks) {
      // Separators compare by kind only: one line break, or a paragraph break
      // however many blank lines it has.
      const nl = units[u].end;
      key.push('\n');
      pos.push(nl);
      if (sep[u] === 2) {
        key.push('\n');
        pos.push(text.indexOf('\n', nl + 1));
      }
    }
  }
  return { text, start: units[a].start, end: units[b].end, key: key.join(''), pos };
}

/** -1 delete, 0 equal, 1 insert; text is key text. */
export interface Seg {
  op: -1 | 0 | 1;
  text: string;
}

const SENTENCE = /[^。！？；!?;\n]*[。！？；!?;\n]+|[^。！？；!?;\n]+$/g;

function sentences(key: string): string[] {
  return key.match(SENTENCE) ?? [];
}

function fromChanges(changes: { value: string; added: boolean; removed: boolean }[]): Seg[] {
  return changes.map((c) => ({ op: c.added ? 1 : c.removed ? -1 : 0, text: c.value }));
}

/** Myers over characters, bounded: returns undefined when the edit script
 *  would cost more than the budget allows. */
function boundedChars(a: string, b: string): Seg[] | undefined {
  const n = a.length + b.length;
  // Myers costs about n·D; keep n·D under ~4M steps.
  const maxEditLength = Math.max(32, Math.min(n, Math.floor(4_000_000 / Math.max(1, n))));
  const r = diffChars(a, b, { maxEditLength });
  return r ? fromChanges(r) : undefined;
}

/** Sentence-level diff first, then characters inside changed sentence runs
 *  that are small enough. */
function bySentence(a: string, b: string): Seg[] {
  const sa = sentences(a);
  const sb = sentences(b);
  const r = diffArrays(sa, sb, { maxEditLength: 2000 });
  if (!r) return [
    { op: -1, text: a },
    { op: 1, text: b },
  ];
  const out: Seg[] = [];
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    const text = c.value.join('');
    const next = r[i + 1];
    if (c.removed && next && next.added) {
      const added = next.value.join('');
      const inner = text.length + added.length <= 2000 ? boundedChars(text, added) : undefined;
      if (inner) out.push(...inner);
      else out.push({ op: -1, text }, { op: 1, text: added });
      i++;
      continue;
    }
    out.push({ op: c.added ? 1 : c.removed ? -1 : 0, text });
  }
  return out;
}

/**
 * Removes coincidental one- or two-character equalities between larger edits
 * (diff-match-patch's semantic cleanup rule: an equality no longer than the
 * edits on both sides of it), then groups each run of edits as one delete
 * followed by one insert. Keeps a rewritten clause readable instead of a
 * char soup.
 */
export function cleanup(segs: Seg[]): Seg[] {
  let cur = segs.filter((s) => s.text.length > 0);
  for (let round = 0; round < 8; round++) {
    let changed = false;
    // Edit totals before each equality (since the previous one).
    let delB = 0;
    let insB = 0;
    const out: Seg[] = [];
    for (let i = 0; i < cur.length; i++) {
      const s = cur[i];
      if (s.op !== 0) {
        out.push(s);
        if (s.op < 0) delB += s.text.length;
        else insB += s.text.length;
        continue;
      }
      let delA = 0;
      let insA = 0;
      for (let j = i + 1; j < cur.length && cur[j].op !== 0; j++) {
        if (cur[j].op < 0) delA += cur[j].text.length;
        else insA += cur[j].text.length;
      }
      const len = s.text.length;
      if (len <= Math.max(delB, insB) && len <= Math.max(delA, insA)) {
        out.push({ op: -1, text: s.text }, { op: 1, text: s.text });
        delB += len;
        insB += len;
        changed = true;
      } else {
        out.push(s);
        delB = 0;
        insB = 0;
      }
    }
    cur = group(out);
    if (!changed) break;
  }
  return cur;
}

function group(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  let del = '';
  let ins = '';
  let eq = '';
  const flushEdits = () => {
    if (del) out.push({ op: -1, text: del });
    if (ins) out.push({ op: 1, text: ins });
    del = '';
    ins = '';
  };
  for (const s of segs) {
    if (s.op === 0) {
      if (del || ins) flushEdits();
      eq += s.text;
    } else {
      if (eq) out.push({ op: 0, text: eq });
      eq = '';
      if (s.op < 0) del += s.text;
      else ins += s.text;
    }
  }
  if (eq) out.push({ op: 0, text: eq });
  flushEdits();
  return out;
}

/** Character diff of two keys, bounded (sentence level first when large). */
export function diffKeys(a: string, b: string): Seg[] {
  if (a === b) return a ? [{ op: 0, text: a }] : [];
  if (!a) return [{ op: 1, text: b }];
  if (!b) return [{ op: -1, text: a }];
  const direct = boundedChars(a, b);
  return cleanup(direct ?? bySentence(a, b));
}

/** Share of the longer key that a diff keeps equal. */
export function equalShare(segs: Seg[], a: string, b: string): number {
  let eq = 0;
  for (const s of segs) if (s.op === 0) eq += s.text.length;
  return eq / Math.max(1, a.length, b.length);
}

/**
 * Key-level segments → parts over the real text. Characters the key skipped
 * (ignored whitespace, extra blank lines) go with the segment before them, so
 * equal + insert parts always spell the new region exactly.
 */
export function toParts(segs: Seg[], oldR: Region, newR: Region): ChangePart[] {
  const parts: ChangePart[] = [];
  const push = (type: ChangePart['type'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.text += text;
    else parts.push({ type, text });
  };
  const rawAt = (r: Region, k: number) => (k < r.key.length ? r.pos[k] : r.end);
  let ok = 0;
  let nk = 0;
  let oRaw = oldR.start;
  let nRaw = newR.start;
  for (const s of segs) {
    const len = s.text.length;
    if (s.op >= 0) {
      const end = rawAt(newR, nk + len);
      push(s.op === 0 ? 'equal' : 'insert', newR.text.slice(nRaw, end));
      nRaw = end;
      nk += len;
    }
    if (s.op <= 0) {
      const end = rawAt(oldR, ok + len);
      if (s.op < 0) push('delete', oldR.text.slice(oRaw, end));
      oRaw = end;
      ok += len;
    }
  }
  return parts;
}
