// The fix for a broken sentence: join the continuation onto the paragraph it
// continues. Joining loses no wording, so the fix is safe.
//
// - Only blank lines between: delete the line breaks.
// - Anything else between (a caption, a 小标题, other paragraphs, or the
//   continuation is elsewhere on the page): move the continuation's text to
//   the end of the paragraph and delete it, with the blank lines before it,
//   where it stood. If the continuation itself goes on into a further
//   paragraph, the whole rest of that chain moves with it, so each finding's
//   fix is right on its own and together with the others.
//
// The edit at the paragraph's end rewrites its last character (rather than
// inserting after it): a fix that moves this very paragraph then overlaps it,
// and fix.ts keeps only one of the two instead of applying both.
import type { Fix, Page, TextEdit } from '../types';
import type { Continuations, Link, Paragraph } from './continuations';
import { isSpace } from './signatures';

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What goes between two joined texts: nothing in Chinese, a space between
 *  two Latin words or numbers. */
function separator(text: string, tailEnd: number, headStart: number): string {
  return isAsciiWord(text.charCodeAt(tailEnd - 1)) && isAsciiWord(text.charCodeAt(headStart)) ? ' ' : '';
}

/** Start of the last code point before `end`. */
function lastCharStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xdc00 && c <= 0xdfff && end >= 2 ? end - 2 : end - 1;
}

/** The range a moved paragraph leaves behind: itself plus the blank lines
 *  before it (or after it, when nothing precedes it). */
function removal(page: Page, p: Paragraph): { start: number; end: number } {
  const text = page.text;
  const block = page.blocks[p.block];
  let a = block.start;
  while (a > 0 && isSpace(text.charCodeAt(a - 1))) a--;
  let b = block.end;
  if (a === 0) while (b < text.length && isSpace(text.charCodeAt(b))) b++;
  return { start: a, end: b };
}

export function joinFix(page: Page, cont: Continuations, link: Link): Fix {
  const text = page.text;
  const t = cont.paragraphs[link.from];
  const q = cont.paragraphs[link.to];
  const lc = lastCharStart(text, t.end);
  const last = text.slice(lc, t.end);
  if (link.blankOnly) {
    return { safe: true, edits: [{ start: lc, end: q.start, text: last + separator(text, t.end, q.start), old: text.slice(lc, q.start) }] };
  }
  // Move the continuation and everything that continues it.
  let moved = separator(text, t.end, q.start) + text.slice(q.start, q.end);
  const ranges = [removal(page, q)];
  for (let l = cont.next[q.index]; l; l = cont.next[l.to]) {
    const a = cont.paragraphs[l.from];
    const b = cont.paragraphs[l.to];
    moved += separator(text, a.end, b.start) + text.slice(b.start, b.end);
    ranges.push(removal(page, b));
  }
  ranges.sort((x, y) => x.start - y.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const m = merged[merged.length - 1];
    if (m && r.start <= m.end) m.end = Math.max(m.end, r.end);
    else merged.push({ ...r });
  }
  const edits: TextEdit[] = [{ start: lc, end: t.end, text: last + moved, old: text.slice(lc, t.end) }];
  for (const r of merged) edits.push({ start: r.start, end: r.end, text: '', old: text.slice(r.start, r.end) });
  return { safe: true, edits };
}
