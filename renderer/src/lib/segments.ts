// Cut the page into display pieces: the blocks the parser found (plus any
// text between them it did not claim), and inside each block the runs of text
// covered by the same findings. Pure data; the view turns it into React
// elements with text content only (page text is untrusted: never HTML).
import type { Block, BlockKind, Finding } from '../../../shared/types';

export interface Mark {
  key: string;
  start: number;
  end: number;
  severity: Finding['severity'];
  /** A related place of the finding (e.g. where a broken sentence continues). */
  related?: boolean;
  /** The finding is uncertain (drawn muted, dashed). */
  uncertain?: boolean;
}

/** A finding's own mark. */
const markOf = (f: Finding): Mark => ({ key: f.key, start: f.start, end: f.end, severity: f.severity, ...(f.uncertain ? { uncertain: true } : {}) });

export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Findings covering the run, most specific first (shortest range). */
  marks: Mark[];
  /** Zero-length findings sitting right before this run (or at the block end). */
  points: Mark[];
}

export interface DisplayBlock {
  /** Index into page.blocks, or -1 for text the parser left unclaimed. */
  index: number;
  kind: BlockKind | 'unknown';
  start: number;
  end: number;
  runs: TextRun[];
  /** Zero-length findings at the very end of the block. */
  tailPoints: Mark[];
}

const isBlank = (s: string) => s.trim() === '';

/** Blocks in text order, with unclaimed non-blank text as 'unknown' blocks. */
export function displayBlocks(text: string, blocks: readonly Block[]): { index: number; kind: DisplayBlock['kind']; start: number; end: number }[] {
  const out: { index: number; kind: DisplayBlock['kind']; start: number; end: number }[] = [];
  const order = blocks.map((b, index) => ({ b, index })).sort((x, y) => x.b.start - y.b.start);
  let pos = 0;
  const gap = (from: number, to: number) => {
    if (to <= from) return;
    // Split unclaimed text at blank lines so it reads like paragraphs.
    const re = /\n[ \t\u3000]*\n/g;
    let s = from;
    const chunk = text.slice(from, to);
    let m: RegExpExecArray | null;
    const push = (a: number, z: number) => {
      const piece = text.slice(a, z);
      if (isBlank(piece)) return;
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      out.push({ index: -1, kind: 'unknown', start: a + lead, end: z - trail });
    };
    while ((m = re.exec(chunk))) {
      push(s, from + m.index);
      s = from + m.index + m[0].length;
    }
    push(s, to);
  };
  for (const { b, index } of order) {
    if (b.start < pos) continue; // overlapping blocks: keep the first
    gap(pos, b.start);
    out.push({ index, kind: b.kind, start: b.start, end: b.end });
    pos = b.end;
  }
  gap(pos, text.length);
  return out;
}

/**
 * Assign findings to display blocks and cut each block into runs.
 * A finding spanning several blocks is shown in each; a finding that covers
 * no block text (an empty range, or only the blank lines between blocks) is
 * shown as a point at its start, in the block that contains or precedes it.
 */
export function buildDisplay(
  text: string,
  blocks: readonly Block[],
  findings: readonly Finding[],
  extra: readonly Mark[] = [],
): DisplayBlock[] {
  const shells = displayBlocks(text, blocks);
  const ranges: Mark[][] = shells.map(() => []);
  const points: Mark[][] = shells.map(() => []);
  const marks: Mark[] = [
    ...findings.map(markOf),
    ...extra,
  ];

  // Shells are in text order and do not overlap: binary search keeps this
  // O(findings · log blocks) on a damaged page with thousands of findings.
  const lastStartingAtOrBefore = (pos: number) => {
    let lo = 0;
    let hi = shells.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (shells[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  for (const f of marks) {
    const mark: Mark = f;
    let hit = false;
    const at = lastStartingAtOrBefore(f.start);
    if (f.end > f.start) {
      for (let i = Math.max(0, at); i < shells.length && shells[i].start < f.end; i++) {
        if (f.start < shells[i].end && f.end > shells[i].start) {
          ranges[i].push(mark);
          hit = true;
        }
      }
    }
    if (hit || shells.length === 0) continue;
    // Point: the last block starting at or before it (or the first block).
    const target = Math.max(0, at);
    points[target].push({ ...mark, start: Math.min(Math.max(f.start, shells[target].start), shells[target].end), end: -1 });
  }

  return shells.map((s, i) => {
    const { runs, tailPoints } = cutRuns(text, s.start, s.end, ranges[i], points[i]);
    return { index: s.index, kind: s.kind, start: s.start, end: s.end, runs, tailPoints };
  });
}

/** Cut text[start, end) at every mark boundary. `points` are zero-length
 *  marks (their `start` is the position). One pass over the sorted
 *  boundaries: each mark goes to the runs it spans (found by binary search),
 *  each point to the run it starts, instead of filtering every mark and
 *  point for every run. */
export function cutRuns(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
  points: readonly Mark[] = [],
): { runs: TextRun[]; tailPoints: Mark[] } {
  const cuts = new Set<number>([start, end]);
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  for (const p of points) if (p.start > start && p.start < end) cuts.add(p.start);
  const sorted = [...cuts].sort((a, b) => a - b);
  const n = sorted.length - 1; // runs: [sorted[k], sorted[k + 1])
  const runs: TextRun[] = [];
  const at = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    runs.push({ start: sorted[k], end: sorted[k + 1], text: text.slice(sorted[k], sorted[k + 1]), marks: [], points: [] });
    at.set(sorted[k], k);
  }
  // First run whose end is past `pos`.
  const firstEndingAfter = (pos: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid + 1] > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // In the marks' own order, so each run's list keeps it before sorting.
  for (const m of marks) {
    for (let k = firstEndingAfter(m.start); k < n && sorted[k] < m.end; k++) runs[k].marks.push(m);
  }
  for (const r of runs) if (r.marks.length > 1) r.marks.sort((x, y) => x.end - x.start - (y.end - y.start));
  const tailPoints: Mark[] = [];
  for (const p of points) {
    if (p.start === end) tailPoints.push(p);
    else {
      const k = at.get(p.start);
      if (k !== undefined) runs[k].points.push(p);
    }
  }
  return { runs, tailPoints };
}

/** Related places of the selected finding, as marks to show beside it. */
export function relatedMarks(finding: Finding | undefined): Mark[] {
  if (!finding) return [];
  return finding.related.map((r) => ({ key: finding.key, start: r.start, end: r.end, severity: finding.severity, related: true }));
}

/** Findings as marks for the flat editor backdrop (empty ranges as points). */
export function editorRuns(text: string, findings: readonly Finding[], extra: readonly Mark[] = []) {
  const marks: Mark[] = [];
  const points: Mark[] = [];
  for (const m of [...findings.map(markOf), ...extra]) {
    (m.end > m.start ? marks : points).push(m);
  }
  return cutRuns(text, 0, text.length, marks, points);
}

/**
 * While a re-check is pending (typing, the check in a worker), the findings
 * of the previous text placed on the current one: those before the changed
 * stretch stay, those after it move with it, those touching it are left out
 * until the new findings come. Marks then never flicker off as you type.
 */
export function carryFindings<T extends { start: number; end: number }>(oldText: string, newText: string, findings: readonly T[]): T[] {
  if (oldText === newText) return [...findings];
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  const oldEnd = oldText.length - s;
  const delta = newText.length - oldText.length;
  const out: T[] = [];
  for (const f of findings) {
    if (f.end <= p && f.start < p) out.push(f);
    else if (f.start >= oldEnd && (f.end > f.start || f.start > p)) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}

/** One line of the editor backdrop: its text (with its line break) and the
 *  marks inside it, in offsets local to the line. */
export interface EditorParagraph {
  /** Offset of the line in the page text. */
  start: number;
  /** The line's exact characters, its trailing '\n' included. */
  text: string;
  /** Marks clipped to the line, local offsets. */
  marks: Mark[];
  /** Zero-length marks in the line (a point at the page end goes to the last line). */
  points: Mark[];
}

/**
 * The editor backdrop cut into lines (each line keeps its '\n', so the lines
 * joined are the text), with the findings' marks cut per line. The view
 * draws one element per line, so an edit re-lays only the line it touches.
 * There is always at least one line (the last one may be empty).
 */
export function editorParagraphs(text: string, findings: readonly Finding[], extra: readonly Mark[] = []): EditorParagraph[] {
  const paras: EditorParagraph[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl + 1;
    paras.push({ start: s, text: text.slice(s, e), marks: [], points: [] });
    if (nl < 0) break;
    s = e;
  }
  // Last line starting at or before pos.
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const m of [...findings.map(markOf), ...extra]) {
    if (m.end > m.start) {
      for (let i = lineOf(m.start); i < paras.length && paras[i].start < m.end; i++) {
        const p = paras[i];
        const end = p.start + p.text.length;
        if (m.start >= end || m.end <= p.start) continue;
        p.marks.push({ ...m, start: Math.max(m.start, p.start) - p.start, end: Math.min(m.end, end) - p.start });
      }
    } else {
      if (m.start < 0 || m.start > text.length) continue; // as cutRuns: off the text, not shown
      const p = paras[lineOf(m.start)];
      p.points.push({ ...m, start: m.start - p.start, end: m.start - p.start });
    }
  }
  return paras;
}
