// What a fix does and where a finding sits, as short text excerpts for the
// findings panel. A fix's edit often rewrites more than it changes (a join
// replaces `们⏎⏎` with `们`; a move rewrites `和` as `和密切联系…`): shown
// raw that reads like a doubled character. So each edit is trimmed to what
// actually changes and shown inside the text around it, and an edit pair that
// deletes a passage here and inserts it there is shown as one move.
import type { Fix, Range } from '../../../shared/types';

/** Characters of surrounding text shown on either side. */
export const CONTEXT_CHARS = 8;
/** Longest changed text shown before it is cut with an ellipsis. */
export const CHANGE_CHARS = 16;

/** Show whitespace (a join deletes line breaks; a space may be the finding). */
export function visible(s: string): string {
  return s.replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '·').replace(/\u3000/g, '□');
}

const cut = (s: string, n = CHANGE_CHARS) => (s.length > n ? s.slice(0, n) + '…' : s);

/** Up to n characters of text before `at` (an ellipsis when there is more). */
function before(text: string, at: number, n = CONTEXT_CHARS): string {
  const s = text.slice(Math.max(0, at - n), at);
  return (at - n > 0 ? '…' : '') + s;
}

function after(text: string, at: number, n = CONTEXT_CHARS): string {
  const s = text.slice(at, at + n);
  return s + (at + n < text.length ? '…' : '');
}

export interface Excerpt {
  before: string;
  /** The finding's own text (empty for a point). */
  hit: string;
  after: string;
}

/** The finding's text with a little of the text around it. */
export function excerpt(text: string, range: Range, n = CONTEXT_CHARS): Excerpt {
  return {
    before: visible(before(text, range.start, n)),
    hit: visible(cut(text.slice(range.start, range.end), CHANGE_CHARS)),
    after: visible(after(text, range.end, n)),
  };
}

export type EditPreview =
  | { kind: 'edit'; before: string; del: string; ins: string; after: string }
  /** `moved` is taken out where it stands and put in after `before`. */
  | { kind: 'move'; moved: string; before: string; after: string; line: number };

interface Trimmed {
  start: number;
  end: number;
  del: string;
  ins: string;
}

/** Drop what the replaced and the replacing text share at either end. */
function trim(text: string, e: { start: number; end: number; text: string }): Trimmed {
  const old = text.slice(e.start, e.end);
  let p = 0;
  while (p < old.length && p < e.text.length && old[p] === e.text[p]) p++;
  let s = 0;
  while (s < old.length - p && s < e.text.length - p && old[old.length - 1 - s] === e.text[e.text.length - 1 - s]) s++;
  return { start: e.start + p, end: e.end - s, del: old.slice(p, old.length - s), ins: e.text.slice(p, e.text.length - s) };
}

const core = (s: string) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
const lineAt = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** One insertion and one deletion of the same passage: a move. */
function asMove(text: string, edits: Trimmed[]): EditPreview | null {
  if (edits.length !== 2) return null;
  const ins = edits.find((e) => e.del === '' && e.ins !== '');
  const del = edits.find((e) => e.ins === '' && e.del !== '');
  if (!ins || !del || core(ins.ins) === '' || core(ins.ins) !== core(del.del)) return null;
  return {
    kind: 'move',
    moved: visible(cut(core(ins.ins))),
    before: visible(before(text, ins.start)),
    after: visible(after(text, ins.end)),
    line: lineAt(text, ins.start),
  };
}

/** Previews of a fix's edits against the text its offsets refer to. */
export function fixPreviews(text: string, fix: Fix | undefined, max = 3): EditPreview[] {
  if (!fix || fix.edits.length === 0) return [];
  const edits = fix.edits.map((e) => trim(text, e)).filter((e) => e.del !== '' || e.ins !== '');
  const move = asMove(text, edits);
  if (move) return [move];
  return edits.slice(0, max).map((e) => ({
    kind: 'edit',
    before: visible(before(text, e.start)),
    del: visible(cut(e.del)),
    ins: visible(cut(e.ins)),
    after: visible(after(text, e.end)),
  }));
}
