// Sentence splitting for Chinese text: a sentence ends at 。！？ (a run of
// them, e.g. ？！) plus any closing quotes or brackets right after (。” ends
// the sentence after the quote). Text after the last end is a final,
// unterminated span (a paragraph cut by a column break).
import { isInlineSpace } from './han';
import { SENTENCE_END_MARKS } from './marks';
import { lowerBound } from './sorted';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Ends with 。！？ (plus closers); false for an unterminated tail. */
  terminated: boolean;
}

const TERMINATORS = new Set([...SENTENCE_END_MARKS].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([
  0x201d /* ” */, 0x2019 /* ’ */, 0x300d /* 」 */, 0x300f /* 』 */, 0xff09 /* ） */, 0x300b /* 》 */, 0x3011 /* 】 */,
]);

export function isSentenceEnd(c: number): boolean {
  return TERMINATORS.has(c);
}

export function isCloser(c: number): boolean {
  return CLOSERS.has(c);
}

/** A sentence-end mark or a line end; module-level, reset per call. The
 *  regex engine finds them natively (a small class, no captures; test(),
 *  not exec(): no match array, the one-character match ends at lastIndex);
 *  the run of marks and closers after one is read with charCodeAt. */
const BOUNDARY = new RegExp(`[${SENTENCE_END_MARKS}\\n]`, 'g');

/** Split text[start, end) into sentences; offsets are offsets into `text`.
 *  Leading spaces of a sentence are skipped; a span is never empty. A line
 *  end inside the range ends a sentence span too (unterminated). `ends`:
 *  the offsets of every 。！？ and line end in `text`, ascending, when the
 *  caller has them (text/scan.ts: no regex run per paragraph). */
export function splitSentences(text: string, start = 0, end = text.length, ends?: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  if (ends) {
    for (let k = lowerBound(ends, start); k < ends.length && ends[k] < end; k++) {
      if (ends[k] >= s) s = cut(out, text, s, ends[k], end);
    }
  } else {
    BOUNDARY.lastIndex = start;
    while (BOUNDARY.test(text) && BOUNDARY.lastIndex <= end) {
      s = cut(out, text, s, BOUNDARY.lastIndex - 1, end);
      BOUNDARY.lastIndex = s;
    }
  }
  pushSpan(out, text, s, end, false);
  return out;
}

/** The sentence from s to the boundary at i goes to `out`; returns where
 *  the next one starts. */
function cut(out: Sentence[], text: string, s: number, i: number, end: number): number {
  if (text.charCodeAt(i) === 10) {
    pushSpan(out, text, s, i, false);
    return i + 1;
  }
  let j = i + 1;
  while (j < end && TERMINATORS.has(text.charCodeAt(j))) j++;
  while (j < end && CLOSERS.has(text.charCodeAt(j))) j++;
  pushSpan(out, text, s, j, true);
  return j;
}

function pushSpan(out: Sentence[], text: string, s: number, e: number, terminated: boolean): void {
  while (s < e && isInlineSpace(text.charCodeAt(s))) s++;
  if (!terminated) while (e > s && isInlineSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, terminated });
}
