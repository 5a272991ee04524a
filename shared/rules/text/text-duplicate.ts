// text/duplicate: a sentence or a whole paragraph repeated verbatim (OCR
// reading a region twice). The first copy is the related place; the fix
// deletes the later copy (safe: an exact verbatim copy).
//
// What is compared, and why:
//   - prose blocks (body, lead, caption, list item) against each other, and
//     display lines (kicker, headline, subhead, heading) only against each
//     other — so a headline that echoes a sentence of the body never counts;
//   - names and labels (masthead, credits, bylines, column labels, footers)
//     never — a page repeats its reporter's byline and its column labels;
//   - a unit must be long enough to be more than a slogan: ≥ 12 Han
//     characters for prose (a quoted slogan like “哪里任务险重，就把党组织
//     建到哪里” repeated in two paragraphs is not a duplicate), ≥ 8 for a
//     display line; and a prose unit must read as prose — end with 。！？ or
//     hold a clause mark — which also keeps byline-like lines out whatever
//     kind the parser gives them.
// One pass, one hash map per group (keyed without copying the text):
// O(total text).
import { excerpt, s } from '../../text/excerpt';
import type { Block } from '../../types';
import { defineRule, type Draft } from '../rule';
import { countHan, isCjkClauseMark, isHan } from '../../text/han';
import { HEADING_KINDS, PROSE_KINDS } from '../../text/kinds';
import { splitSentences, type Sentence, type Span } from '../../text/sentences';
import { pageScan } from '../../text/scan';
import { DATELINE_RE } from '../../text/datelines';

const MIN_PROSE_HAN = 12;
const MIN_HEADING_HAN = 8;

/** Does text[start, end) hold at least n Han characters? Stops at n. */
function atLeastHan(text: string, start: number, end: number, n: number): boolean {
  if (end - start < n) return false;
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i)) && --n === 0) return true;
  return false;
}

function hasClauseMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCjkClauseMark(text.charCodeAt(i))) return true;
  return false;
}

/** Where a lead's first sentence starts once its dateline (本报讯,
 *  本报北京11月23日电, 【…】) and the spaces after it are left out. */
function afterDateline(text: string, start: number, end: number): number {
  const m = DATELINE_RE.exec(text.slice(start, Math.min(end, start + 32)));
  if (!m) return start;
  let i = start + m[0].length;
  while (i < end && (isWs(text.charCodeAt(i)) || text[i] === '　')) i++;
  return i < end ? i : start;
}

/** A sentence long enough to count, that reads as prose: it ends with
 *  。！？ or holds a clause mark. */
function isProse(text: string, x: Sentence): boolean {
  return atLeastHan(text, x.start, x.end, MIN_PROSE_HAN) && (x.terminated || hasClauseMark(text, x.start, x.end));
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 0x3000;
}

/** The range that removes block b and the blank line(s) that separate it
 *  from the text before it, so no gap is left behind. */
export function paragraphDeletion(text: string, b: Block): Span {
  let start = b.textStart;
  while (start > 0 && isWs(text.charCodeAt(start - 1))) start--;
  // Keep the previous line's own trailing spaces: cut from its line end.
  if (start > 0) {
    const nl = text.indexOf('\n', start);
    start = nl >= 0 && nl < b.textStart ? nl : start;
  } else {
    // First text of the page: remove it with the blank lines after it.
    let end = b.textStart + b.text.length;
    while (end < text.length && isWs(text.charCodeAt(end))) end++;
    return { start: b.textStart, end };
  }
  let end = b.textStart + b.text.length;
  while (end < text.length && text.charCodeAt(end) !== 10 && isWs(text.charCodeAt(end))) end++;
  return { start, end };
}

export interface Seen {
  start: number;
  end: number;
  /** Index of its block, and that block's article. */
  block: number;
  article: number;
  /** The next range filed under the same key (FirstCopies). */
  next?: Seen;
}

/**
 * First copies of ranges of the page text, found without making a string
 * per range: a range is filed under its length and a few of its characters,
 * and compared in full only with the ranges filed under the same key.
 */
export class FirstCopies {
  /** Key → the first range filed under it; others chain on from it. */
  private readonly byKey = new Map<number, Seen>();
  constructor(private readonly text: string) {}

  /** The first copy of text[start, end) seen before, if any. */
  get(start: number, end: number): Seen | undefined {
    for (let s = this.byKey.get(this.key(start, end)); s; s = s.next) {
      if (s.end - s.start === end - start && sameText(this.text, s.start, start, end - start)) return s;
    }
    return undefined;
  }

  /** File `seen` (a range not seen before) as the first copy of its text. */
  add(seen: Seen): void {
    const k = this.key(seen.start, seen.end);
    const head = this.byKey.get(k);
    if (head) {
      seen.next = head.next;
      head.next = seen;
    } else this.byKey.set(k, seen);
  }

  private key(start: number, end: number): number {
    return rangeKey(this.text, start, end);
  }
}

/** Key of text[start, end): its length and three of its characters. */
function rangeKey(t: string, start: number, end: number): number {
  let h = end - start;
  h = Math.imul(h, 31) + t.charCodeAt(start);
  h = Math.imul(h, 31) + t.charCodeAt((start + end) >> 1);
  h = Math.imul(h, 31) + t.charCodeAt(end - 1);
  return h & 0x3fffffff; // a small integer: a fast Map key
}

/** Buckets of the pre-count of keys (a power of two, far more than a page
 *  has units), kept between pages: cleared, not made, per page. */
const BUCKETS = 4096;
const tally = new Uint8Array(BUCKETS);

/** A page's units counted by their key's bucket (up to 2). A unit alone in
 *  its bucket has no copy anywhere on the page, since a copy has the same
 *  key: it need not be looked up or filed. On most pages that is every
 *  unit, and the FirstCopies maps stay (nearly) empty. */
class KeyTally {
  constructor(private readonly text: string) {
    tally.fill(0);
  }

  count(start: number, end: number): void {
    const b = rangeKey(this.text, start, end) & (BUCKETS - 1);
    if (tally[b] < 2) tally[b]++;
  }

  /** Could text[start, end) have a copy among the counted units? */
  shared(start: number, end: number): boolean {
    return tally[rangeKey(this.text, start, end) & (BUCKETS - 1)] > 1;
  }
}

/** Is text[a, a+n) the same as text[b, b+n)? */
function sameText(text: string, a: number, b: number, n: number): boolean {
  if (a === b) return true;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** OCR reads a passage twice in place: the copy follows within a few
 *  blocks of the same article. Further apart (two items that end with the
 *  same hotline sentence), deleting one is a person's call. */
const NEAR_BLOCKS = 3;

function readTwiceInPlace(first: Seen, block: number, article: number): boolean {
  return article >= 0 && first.article === article && block - first.block <= NEAR_BLOCKS;
}

/** Each block's text is the page text at its textStart (as parsePage makes
 *  it): blocks and sentences are compared as ranges of `text`. */
export function findDuplicates(text: string, blocks: readonly Block[]): Draft[] {
  const out: Draft[] = [];
  const paragraphs = new FirstCopies(text);
  const headings = new FirstCopies(text);
  const sentences = new FirstCopies(text);
  const ends = pageScan(text).ends;

  // 1-based line of an offset, for the message ("repeats line N"); line
  // starts are collected once, on the first hit, then binary-searched.
  let lineStarts: number[] | undefined;
  const lineOf = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let bi = -1; // the block being read
  const report = (unit: 'paragraph' | 'sentence', first: Seen, at: Span, del: Span, copy: string) => {
    const safe = readTwiceInPlace(first, bi, blocks[bi].article);
    out.push({
      start: at.start,
      end: at.end,
      data: { unit, text: excerpt(copy), line: lineOf(first.start) },
      related: [{ start: first.start, end: first.end, role: 'first-copy' }],
      fix: { safe, removesCopy: true, edits: [{ start: del.start, end: del.end, text: '', old: text.slice(del.start, del.end) }] },
    });
  };

  // Pass 1: the units that could be compared (display lines, paragraphs
  // and their sentences), counted by key; the sentences kept for pass 2.
  const keys = new KeyTally(text);
  const sentsOf: (Sentence[] | undefined)[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const start = b.textStart;
    const end = start + b.text.length;
    if (HEADING_KINDS.has(b.kind)) {
      if (countHan(b.text) >= MIN_HEADING_HAN) keys.count(start, end);
      continue;
    }
    // Too short for any sentence of it to count: not split at all.
    if (!PROSE_KINDS.has(b.kind) || !atLeastHan(text, start, end, MIN_PROSE_HAN)) continue;
    const sents = splitSentences(text, start, end, ends);
    // A lead's dateline is not part of its first sentence's wording
    // (本报讯 夜幕降临…。夜幕降临…。 repeats that sentence).
    if (b.kind === 'lead' && sents.length > 0) sents[0] = { ...sents[0], start: afterDateline(text, sents[0].start, sents[0].end) };
    sentsOf[i] = sents;
    keys.count(start, end);
    for (const x of sents) if (x.end - x.start >= MIN_PROSE_HAN) keys.count(x.start, x.end);
  }

  // Pass 2: units that share a bucket with another, in page order.
  for (const b of blocks) {
    bi++;
    const seen = (s: number, e: number): Seen => ({ start: s, end: e, block: bi, article: b.article, next: undefined });
    const t = b.text;
    const start = b.textStart;
    const end = start + t.length;
    if (HEADING_KINDS.has(b.kind)) {
      if (!keys.shared(start, end) || countHan(t) < MIN_HEADING_HAN) continue;
      const first = headings.get(start, end);
      if (first) report('paragraph', first, { start, end }, paragraphDeletion(text, b), t);
      else headings.add(seen(start, end));
      continue;
    }
    const sents = sentsOf[bi];
    if (!sents) continue;
    // Whether a unit reads as prose depends on its text alone, and a first
    // copy has the same text: so every unit is filed, and the question is
    // asked only of a repeat (rare), not of every sentence on the page.
    // Whole paragraph repeated: one finding for it, its sentences are not
    // compared again (the first copy's sentences are already in the map).
    if (keys.shared(start, end)) {
      const firstParagraph = paragraphs.get(start, end);
      if (!firstParagraph) paragraphs.add(seen(start, end));
      else if (sents.some((x) => isProse(text, x))) {
        report('paragraph', firstParagraph, { start, end }, paragraphDeletion(text, b), t);
        continue;
      }
    }
    for (const x of sents) {
      // Shorter than MIN_PROSE_HAN characters: never prose, never filed.
      if (x.end - x.start < MIN_PROSE_HAN || !keys.shared(x.start, x.end)) continue;
      const first = sentences.get(x.start, x.end);
      if (!first) {
        sentences.add(seen(x.start, x.end));
        continue;
      }
      if (!isProse(text, x)) continue;
      // A one-sentence paragraph goes with its blank line, like a paragraph.
      const whole = x.start === start && x.end === end;
      report('sentence', first, x, whole ? paragraphDeletion(text, b) : x, text.slice(x.start, x.end));
    }
  }
  return out;
}

export const rule = defineRule({
  id: 'text/duplicate',
  severity: 'warning',
  title: { zh: '重复内容', en: 'Duplicate' },
  summary: { zh: '逐字重复的句子或段落', en: 'a sentence or paragraph repeated verbatim' },
  message: {
    zh: (d) =>
      d.unit === 'paragraph'
        ? `段落与第 ${s(d.line)} 行重复：「${s(d.text)}」`
        : `句子与第 ${s(d.line)} 行重复：「${s(d.text)}」`,
    en: (d) =>
      d.unit === 'paragraph'
        ? `Paragraph repeats line ${s(d.line)}: 「${s(d.text)}」`
        : `Sentence repeats line ${s(d.line)}: 「${s(d.text)}」`,
  },
  fix: 'safe',
  check(ctx) {
    return findDuplicates(ctx.text, ctx.page.blocks);
  },
});
