// What one side of a side-by-side row shows: the change's parts reduced to
// that side (equal + its own edits), line breaks kept, and a visible mark
// where a line break itself was removed or added — or a join or split would
// show nothing at all. Pure data: the view renders it as React text, never
// as HTML (page text is untrusted).
import type { AlignedRow, ChangePart, RowLine } from '../../../shared/compare';

/** brk-*: a line break removed (old side) or added (new side), shown as ¶;
 *  joint: where the other side's line break was, on a line that is now one
 *  (or still two: the split's old side) — a thin mark, no text. */
export type SegKind = 'equal' | 'ins' | 'del' | 'brk-ins' | 'brk-del' | 'joint';

export interface Seg {
  kind: SegKind;
  text: string;
}

export function sideSegments(parts: readonly ChangePart[], side: 'old' | 'new'): Seg[] {
  const own = side === 'old' ? 'delete' : 'insert';
  const mark: SegKind = side === 'old' ? 'del' : 'ins';
  const brk: SegKind = side === 'old' ? 'brk-del' : 'brk-ins';
  const out: Seg[] = [];
  let atLineStart = true;
  const push = (kind: SegKind, text: string, raw = false) => {
    if (!text && kind !== 'joint') return;
    // Paragraphs are shown one line apart: blank lines collapse, and no
    // line break opens or closes the cell.
    if (kind === 'equal' && !raw) {
      text = text.replace(/\n+/g, '\n');
      if (atLineStart) text = text.replace(/^\n/, '');
      if (!text) return;
    }
    const last = out[out.length - 1];
    if (last && last.kind === kind && kind !== brk) last.text += text;
    else out.push({ kind, text });
    atLineStart = text.endsWith('\n');
  };
  for (const p of parts) {
    if (p.type === 'equal') push('equal', p.text);
    else if (p.type === own) {
      for (const piece of p.text.split(/(\n+)/)) {
        if (!piece) continue;
        if (piece.startsWith('\n')) {
          push(brk, '¶');
          push('equal', '\n', true);
        } else push(mark, piece);
      }
    } else if (/^\n+$/.test(p.text) && !atLineStart) {
      // The other side's break alone (a join seen from the new side, a split
      // from the old): mark the seam so the change is visible here too.
      push('joint', '');
    }
  }
  // No trailing break (a deleted final line break keeps its mark).
  const last = out[out.length - 1];
  if (last?.kind === 'equal') {
    last.text = last.text.replace(/\n+$/, '');
    if (!last.text) out.pop();
  }
  return out;
}

/** The plain text of an equal row's side. */
export function plainSide(lines: readonly RowLine[]): string {
  return lines.map((l) => l.text).join('\n');
}

/** "43" or "43–45". */
export function lineLabel(lines: readonly RowLine[]): string {
  if (!lines.length) return '';
  const a = lines[0].line;
  const b = lines[lines.length - 1].line;
  return a === b ? String(a) : `${a}–${b}`;
}

/** Index of the row to scroll to for each change: its change row, or for a
 *  move the place it moved to. */
export function rowOfChange(rows: readonly AlignedRow[]): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (r.change === null) return;
    if (r.kind === 'change' || r.kind === 'moved-to') out[r.change] = i;
  });
  return out;
}

/** Index of each moved-from row by change (the other end of a move link). */
export function movedFromRow(rows: readonly AlignedRow[]): Map<number, number> {
  const out = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.kind === 'moved-from' && r.change !== null) out.set(r.change, i);
  });
  return out;
}
