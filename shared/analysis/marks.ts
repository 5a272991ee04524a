// Paired marks (quotation marks and brackets) and the sentence-edge tests the
// sentence/* and quote/* rules share. Everything works on UTF-16 code units
// of the page text, without allocation in the per-character loops.
import { endsSentence, isParagraphEnd, lastMark } from '../text/marks';
import { isAsciiDigit, isLatinLetter, isWhiteSpace } from '../text/han';
import { matchesAt } from '../text/match';
import { lowerBound } from '../text/sorted';
import { pageScan } from '../text/scan';

/** Opening mark → its closing mark. Half-width () count in Chinese text. */
export const PAIR_OF: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '（': '）',
  '(': ')',
  '【': '】',
};
/** Closing mark → its opening mark. */
export const OPENER_OF: Readonly<Record<string, string>> = {
  '”': '“',
  '’': '‘',
  '》': '《',
  '）': '（',
  ')': '(',
  '】': '【',
};

/** Bracket family of a character code (0 when not a paired mark), so a
 *  half-width ( may close with a full-width ） (the width is
 *  punct/halfwidth's business, not a pairing error). Opening marks are
 *  positive, closing marks negative. Called on every character: a switch on
 *  the code, no lookups. */
function family(c: number): number {
  switch (c) {
    case 0x201c: // “
      return 1;
    case 0x201d: // ”
      return -1;
    case 0x2018: // ‘
      return 2;
    case 0x2019: // ’
      return -2;
    case 0x300a: // 《
      return 3;
    case 0x300b: // 》
      return -3;
    case 0xff08: // （
    case 0x28: // (
      return 4;
    case 0xff09: // ）
    case 0x29: // )
      return -4;
    case 0x3010: // 【
      return 5;
    case 0x3011: // 】
      return -5;
    default:
      return 0;
  }
}

/** Marks that never begin a sentence: a paragraph starting with one lost
 *  its beginning. */
const NEVER_FIRST = new Set([...'，、。；：！？）》”’,;:!?)…'].map((c) => c.charCodeAt(0)));

/** Index just past the last non-space character of text[start, end). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export { endsSentence, lastMark };

/** Ends on a clause mark (，、): certainly mid-sentence. */
export function endsOnClause(text: string, start: number, end: number): boolean {
  const m = lastMark(text, start, end);
  return m === '，' || m === '、' || m === ',';
}

/** Does the paragraph ending at `end` finish with a complete quotation, e.g.
 *  `…的总量。”` (terminal mark right before the closing quote)? */
export function endsWithClosedQuote(text: string, start: number, end: number): boolean {
  return end - start >= 2 && text[end - 1] === '”' && isParagraphEnd(text[end - 2]);
}

export interface StartShape {
  /** Starts on a mark no sentence starts with (，、。”…). */
  punct: boolean;
  /** Starts on a particle no sentence starts with (的, 们, 吗): mid-sentence
   *  as surely, but it can follow no ，、 (…1800余个，|的求职者). */
  particle: boolean;
  /** A closing mark comes in the first sentence, before any opening mark and
   *  not right after a sentence end: the quotation opened before this
   *  paragraph began (`口”的活动`, `参与改造”的方式`, `小，五脏俱全”的`).
   *  A closer right after 。！？ (`…心事！”十五大街`) is a lost opening mark
   *  instead (quote/unbalanced), not a lost beginning. */
  closerFirst: boolean;
  /** Offset of that closer, or -1. */
  closerAt: number;
}

/** A particle no sentence begins with (的求职者提供…, the paragraph's
 *  beginning lost); not 的确, 的的确确, 的士, 的哥, 的姐, 吗啡, 呢喃, 呢绒,
 *  呢子, 吧台, 吧嗒. */
const PARTICLE_FIRST_RE = /(?:的(?![确士哥姐的])|们|吗(?!啡)|呢(?![喃绒子])|吧(?![台嗒]))/y;
function particleFirst(text: string, start: number): boolean {
  return matchesAt(PARTICLE_FIRST_RE, text, start);
}

/** How a paragraph text[start, end) begins. Looks at the first sentence only. */
export function startShape(text: string, start: number, end: number): StartShape {
  const particle = particleFirst(text, start);
  const out: StartShape = { punct: NEVER_FIRST.has(text.charCodeAt(start)), particle, closerFirst: false, closerAt: -1 };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // First sentence only: stop at 。！？； or a line end.
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 10) break;
    if (c < 0x2018) continue;
    const fam = family(c);
    if (fam > 0) break;
    // Closing “” ‘’ 《》 【】 (not brackets: `1）` numbers a list).
    if (fam < 0 && fam !== -4 && i > start) {
      if (!isParagraphEnd(text[i - 1])) {
        out.closerFirst = true;
        out.closerAt = i;
      }
      break;
    }
  }
  return out;
}

export interface Mark {
  /** Offset in the page text. */
  at: number;
  mark: string;
}

/** An open mark waiting for its pair; a stack of these is the pairing state
 *  carried from one paragraph of a logical paragraph to the next. */
export type OpenStack = Mark[];

const NUMERALS = '一二三四五六七八九十';

/** Is the closer at i an enumerator like `1）`, `a)`, `二）` rather than a
 *  bracket? (1–3 alphanumerics / numerals since a clause start.) */
function isEnumerator(text: string, i: number, start: number): boolean {
  let j = i - 1;
  let n = 0;
  while (j >= start && n <= 3) {
    const c = text.charCodeAt(j);
    if (isAsciiDigit(c) || isLatinLetter(c) || NUMERALS.includes(text[j])) {
      j--;
      n++;
    } else break;
  }
  if (n === 0 || n > 3) return false;
  return j < start || /[\s，。；：、,;:]/.test(text[j]);
}

/** Is ’ at i an apostrophe inside a Latin word (China’s)? */
function isApostrophe(text: string, i: number): boolean {
  return isLatinLetter(text.charCodeAt(i - 1)) && isLatinLetter(text.charCodeAt(i + 1));
}

/** Offsets of every paired mark in `text`, ascending. pairMarks is asked
 *  paragraph by paragraph (and again for joined and display lines) about
 *  one page: the page is scanned once (text/scan.ts). */
export function markPositions(text: string): readonly number[] {
  return pageScan(text).marks;
}

/** Each paired mark as one string: text[i] would make a new one-character
 *  string for every mark (not cached for characters over U+00FF). */
const MARK_STRING = new Map<number, string>([...'“”‘’《》（）()【】'].map((m) => [m.charCodeAt(0), m]));

/**
 * Pair the marks of text[start, end), continuing from `stack` (which it
 * updates): closers without an opener go to `unmatched`. On a closer whose
 * opener is deeper in the stack, the openers above it are unmatched (they
 * were never closed). Linear in the number of marks in the span.
 */
export function pairMarks(text: string, start: number, end: number, stack: OpenStack, unmatched: Mark[]): void {
  const at = markPositions(text);
  for (let a = lowerBound(at, start); a < at.length && at[a] < end; a++) {
    const i = at[a];
    const c = text.charCodeAt(i);
    const fam = family(c);
    if (fam > 0) {
      stack.push({ at: i, mark: MARK_STRING.get(c)! });
      continue;
    }
    if (fam === -4 && isEnumerator(text, i, start) && !stack.some((x) => family(x.mark.charCodeAt(0)) === 4)) continue;
    if (fam === -2 && isApostrophe(text, i)) continue;
    let k = stack.length - 1;
    while (k >= 0 && family(stack[k].mark.charCodeAt(0)) !== -fam) k--;
    if (k < 0) {
      unmatched.push({ at: i, mark: MARK_STRING.get(c)! });
      continue;
    }
    for (let x = k + 1; x < stack.length; x++) unmatched.push(stack[x]);
    stack.length = k;
  }
}

/** The mark that would pair with `mark` (for messages). */
export function pairOf(mark: string): string {
  return PAIR_OF[mark] ?? OPENER_OF[mark] ?? '';
}
