// Line ends and positions, computed in one place. The core works on text with
// LF line ends; a Source maps its offsets back to the original decoded text
// (which may use CRLF or lone CR) and to 1-based line/column there.
import { pageScan } from './text/scan';
import { lowerBound } from './text/sorted';

export interface Source {
  /** Original decoded text, as read (BOM already removed). */
  original: string;
  /** Same text with every CRLF / lone CR turned into LF. */
  text: string;
  /** Normalised offset → original offset. */
  toOriginal(offset: number): number;
  /** Original offset → normalised offset (inside a CRLF maps to its LF). */
  fromOriginal(offset: number): number;
  /** 1-based line and column (in UTF-16 code units) of an original offset. */
  position(originalOffset: number): { line: number; column: number };
}

export function createSource(original: string): Source {
  // Positions (in the original) of every '\r' that is followed by '\n':
  // those are the characters dropped by normalisation.
  const dropped: number[] = [];
  let text = original;
  const hasCR = original.includes('\r');
  if (hasCR) {
    let out = '';
    let last = 0;
    for (let i = 0; i < original.length; i++) {
      if (original.charCodeAt(i) !== 13) continue;
      if (original.charCodeAt(i + 1) === 10) {
        dropped.push(i);
        out += original.slice(last, i);
        last = i + 1;
      } else {
        out += original.slice(last, i) + '\n';
        last = i + 1;
      }
    }
    text = out + original.slice(last);
  }
  // Line starts in the original text: without a CR it is the checked text,
  // whose line ends the page scan lists (made here once for the parser and
  // the rules too); per character only where the text has a CR.
  const lineStarts: number[] = [0];
  if (!hasCR) {
    for (const i of pageScan(original).newlines) lineStarts.push(i + 1);
  } else {
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      if (c === 10) lineStarts.push(i + 1);
      else if (c === 13 && original.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
  }

  const toOriginal = (offset: number): number => {
    if (dropped.length === 0) return offset;
    // number of dropped chars d with (d - index) < offset + ... : find count k
    // of dropped positions whose normalised position (d - k) is < offset.
    let lo = 0;
    let hi = dropped.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dropped[mid] - mid < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
  const fromOriginal = (offset: number): number => offset - lowerBound(dropped, offset);
  const position = (originalOffset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= originalOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: originalOffset - lineStarts[lo] + 1 };
  };
  return { original, text, toOriginal, fromOriginal, position };
}
