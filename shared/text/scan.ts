// One pass over a page's text for the characters several analyses and rules
// look for: paired marks (quote/unbalanced, the continuations), half-width
// marks (punct/halfwidth), sentence and line ends (text/duplicate), doubled
// characters (quote/doubled, text/repeated-char), lowercase Latin
// (text/stray-latin). Each used to scan the page on its own: a regex scan
// pays a call per hit, and hits (marks, ends) are many on every page; one
// loop with a table lookup per character costs about one of those scans.

/** All offsets ascending; every list is read, never changed, by its users. */
export interface PageScan {
  /** Paired marks “”‘’《》（）()【】 (see analysis/marks.ts). */
  readonly marks: readonly number[];
  /** Half-width marks , : ; ? ! . ( ) " ' (see punct/halfwidth). */
  readonly half: readonly number[];
  /** Sentence ends 。！？ and line ends \n (see text/sentences.ts). */
  readonly ends: readonly number[];
  /** Offsets i where text[i] === text[i + 1], spaces and line ends (code ≤
   *  U+0020) left out. */
  readonly doubled: readonly number[];
  /** Two lowercase Latin letters in a row somewhere ([a-z]{2,}). */
  readonly lowerPair: boolean;
}

const MARK = 1;
const HALF = 2;
const END = 4;
const LOWER = 8;

/** What each UTF-16 code unit is, as MARK | HALF | END | LOWER bits. */
const KIND = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const c of chars) KIND[c.charCodeAt(0)] |= bit;
};
mark('“”‘’《》（）()【】', MARK);
mark(',:;?!.()"\'', HALF);
mark('。！？\n', END);
mark('abcdefghijklmnopqrstuvwxyz', LOWER);

/** The scan of `text` (no caching: see pageScan). */
export function scanText(text: string): PageScan {
  const marks: number[] = [];
  const half: number[] = [];
  const ends: number[] = [];
  const doubled: number[] = [];
  let lowerPair = false;
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
    if (k & LOWER) {
      if (lastLower === i - 1) lowerPair = true;
      lastLower = i;
    }
  }
  return { marks, half, ends, doubled, lowerPair };
}

/** The text pageScan last scanned, and its scan. */
let scanned: string | undefined;
let last: PageScan | undefined;

/** The scan of a page's text, made once per page: the analyses and rules of
 *  one check all ask about the same text (a different text is scanned
 *  afresh, so nothing carries over from one page to the next). */
export function pageScan(text: string): PageScan {
  if (text !== scanned || !last) {
    last = scanText(text);
    scanned = text;
  }
  return last;
}
