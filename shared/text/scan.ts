// One pass over a page's text for the characters several analyses and rules
// look for: paired marks (quote/unbalanced, the continuations), half-width
// marks (punct/halfwidth), sentence and line ends (text/duplicate), doubled
// characters (quote/doubled, text/repeated-char), lowercase Latin
// (text/stray-latin), 摄 (photo credits, the parser), @ (URLs) and line ends
// (the parser, source.ts). Each used to scan the page on its own: a regex scan
// pays a call per hit, and hits (marks, ends) are many on every page; one
// loop with a table lookup per character costs about one of those scans.
import { lowerBound } from './sorted';
import { forLastText } from './last-text';

/** All offsets ascending; every list is read, never changed, by its users. */
export interface PageScan {
  /** Paired marks “”‘’《》（）()【】 (see analysis/marks.ts). */
  readonly marks: readonly number[];
  /** Half-width marks , : ; ? ! . ( ) " ' (see punct/halfwidth). */
  readonly half: readonly number[];
  /** Sentence ends 。！？ and line ends \n (see text/sentences.ts). */
  readonly ends: readonly number[];
  /** Line ends \n (the parser's lines, source.ts's line starts). */
  readonly newlines: readonly number[];
  /** Offsets i where text[i] === text[i + 1], spaces and line ends (code ≤
   *  U+0020) left out. */
  readonly doubled: readonly number[];
  /** 摄 and 攝: a photographer's credit (`修相科 摄`) can only be near one. */
  readonly she: readonly number[];
  /** Two lowercase Latin letters in a row somewhere ([a-z]{2,}). */
  readonly lowerPair: boolean;
  /** An @ somewhere (an e-mail address may be on the page). */
  readonly atSign: boolean;
}

const MARK = 1;
const HALF = 2;
const END = 4;
const LOWER = 8;
const SHE = 16;
const AT = 32;
const NL = 64;

/** What each UTF-16 code unit is, as bits of the kinds above. */
const KIND = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const c of chars) KIND[c.charCodeAt(0)] |= bit;
};
mark('“”‘’《》（）()【】', MARK);
mark(',:;?!.()"\'', HALF);
mark('。！？\n', END);
mark('abcdefghijklmnopqrstuvwxyz', LOWER);
mark('摄攝', SHE);
mark('@', AT);
mark('\n', NL);

/** The scan of `text` (no caching: see pageScan). */
export function scanText(text: string): PageScan {
  const marks: number[] = [];
  const half: number[] = [];
  const ends: number[] = [];
  const newlines: number[] = [];
  const doubled: number[] = [];
  const she: number[] = [];
  let lowerPair = false;
  let atSign = false;
  let lastLower = -2;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === prev && c > 0x20) doubled.push(i - 1);
    prev = c;
    const k = KIND[c];
    if (k === 0) continue;
    if (k & MARK) marks.push(i);
    if (k & HALF) half.push(i);
    if (k & END) ends.push(i);
    if (k & NL) newlines.push(i);
    if (k & LOWER) {
      if (lastLower === i - 1) lowerPair = true;
      lastLower = i;
    }
    if (k & SHE) she.push(i);
    if (k & AT) atSign = true;
  }
  return { marks, half, ends, newlines, doubled, she, lowerPair, atSign };
}

/** Does text[start, end) hold any of the offsets in `at` (ascending)? */
export function anyIn(at: readonly number[], start: number, end: number): boolean {
  const k = lowerBound(at, start);
  return k < at.length && at[k] < end;
}

/** The scan of a page's text, made once per page: the analyses and rules of
 *  one check all ask about the same text (a different text is scanned
 *  afresh, so nothing carries over from one page to the next). */
export const pageScan: (text: string) => PageScan = forLastText(scanText);
