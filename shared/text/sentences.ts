// Sentence splitting for Chinese text: a sentence ends at 。！？ (a run of
// them, e.g. ？！) plus any closing quotes or brackets right after (。” ends
// the sentence after the quote). Text after the last end is a final,
// unterminated span (a paragraph cut by a column break).
import { isInlineSpace } from './han';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Ends with 。！？ (plus closers); false for an unterminated tail. */
  terminated: boolean;
}

const TERMINATORS = new Set([0x3002 /* 。 */, 0xff01 /* ！ */, 0xff1f /* ？ */]);
const CLOSERS = new Set([
  0x201d /* ” */, 0x2019 /* ’ */, 0x300d /* 」 */, 0x300f /* 』 */, 0xff09 /* ） */, 0x300b /* 》 */, 0x3011 /* 】 */,
]);

export function isSentenceEnd(c: number): boolean {
  return TERMINATORS.has(c);
}

export function isCloser(c: number): boolean {
  return CLOSERS.has(c);
}

/** Split text[start, end) into sentences; offsets are offsets into `text`.
 *  Leading spaces of a sentence are skipped; a span is never empty. */
export function splitSentences(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line end inside a block ends a sentence span too.
      if (i > s) out.push({ start: s, end: i, terminated: false });
      s = ++i;
      continue;
    }
    if (i === s && isInlineSpace(c)) {
      s = ++i;
      continue;
    }
    if (TERMINATORS.has(c)) {
      let j = i + 1;
      while (j < end && TERMINATORS.has(text.charCodeAt(j))) j++;
      while (j < end && CLOSERS.has(text.charCodeAt(j))) j++;
      out.push({ start: s, end: j, terminated: true });
      s = i = j;
      continue;
    }
    i++;
  }
  let e = end;
  while (e > s && isInlineSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, terminated: false });
  return out;
}
