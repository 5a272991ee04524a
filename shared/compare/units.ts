// A revision cut into comparable units: every non-blank line is a unit, and
// blank lines group units into paragraphs (blocks). Lines are the units
// because the samples put several lines in one block (byline + 通讯员, a ■
// list item and its text), while a change of block structure between the same
// lines is still visible as a split or join (see `sep`).

import { createSource } from '../source';
import type { CompareOptions, RevisionSummary } from './types';

export interface Unit {
  /** Position in the revision's unit list. */
  index: number;
  /** [start, end) in the revision's LF-normalised text. */
  start: number;
  end: number;
  /** 1-based line in the original file. */
  line: number;
  /** Comparison key: the line as the options see it. */
  key: string;
  /** Block (paragraph) index. */
  block: number;
}

export interface Revision {
  /** LF-normalised text (BOM removed). */
  text: string;
  units: Unit[];
  /** sep[i]: what separates unit i from unit i+1 — 1 a line break inside a
   *  paragraph, 2 a blank line (paragraph break). */
  sep: Uint8Array;
  summary: RevisionSummary;
}

const WS = /[\s\u3000\u200b\ufeff]/;

/** Half-width canonical form of a width-variant punctuation mark, or ''. */
function punctCanon(code: number): string {
  // Full-width ASCII punctuation (not letters or digits): ！…／ ：…＠ ［…｀ ｛…～
  if (
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff5e)
  ) {
    return String.fromCharCode(code - 0xfee0);
  }
  switch (code) {
    case 0x201c: // “
    case 0x201d: // ”
      return '"';
    case 0x2018: // ‘
    case 0x2019: // ’
      return "'";
    case 0x3002: // 。 (pages set in half-width punctuation end sentences with '.')
      return '.';
    default:
      return '';
  }
}

export function needsMapping(options: CompareOptions): boolean {
  return !!(options.ignoreWhitespace || options.ignorePunctuationWidth);
}

/**
 * Appends the comparison key of text[start, end) to `key`, and for every key
 * character its offset in `text` to `pos`. Pass `pos` null when only the key
 * is wanted.
 */
export function appendKey(
  text: string,
  start: number,
  end: number,
  options: CompareOptions,
  key: string[],
  pos: number[] | null,
): void {
  if (!needsMapping(options)) {
    key.push(text.slice(start, end));
    if (pos) for (let i = start; i < end; i++) pos.push(i);
    return;
  }
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (options.ignoreWhitespace && WS.test(ch)) continue;
    let out = ch;
    if (options.ignorePunctuationWidth) {
      const c = punctCanon(ch.charCodeAt(0));
      if (c) out = c;
    }
    key.push(out);
    if (pos) pos.push(i);
  }
}

/** Characters as the compare counts them: code points, line breaks not
 *  counted (the status bar counts the same way). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) continue;
    // the low half of a surrogate pair is the same code point
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

export function readRevision(raw: string, options: CompareOptions): Revision {
  const original = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const source = createSource(original);
  const text = source.text;
  const units: Unit[] = [];
  const seps: number[] = [];
  let block = -1;
  let blankSince = true; // a blank line (or the start) since the last unit
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineStart === text.length && lineEnd === text.length && lineStart > 0) break;
    let blank = true;
    for (let i = lineStart; i < lineEnd; i++) {
      if (!WS.test(text[i])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      blankSince = true;
    } else {
      if (units.length > 0) seps.push(blankSince ? 2 : 1);
      if (blankSince) block++;
      blankSince = false;
      const k: string[] = [];
      appendKey(text, lineStart, lineEnd, options, k, null);
      units.push({
        index: units.length,
        start: lineStart,
        end: lineEnd,
        line: source.position(source.toOriginal(lineStart)).line,
        key: k.join(''),
        block,
      });
    }
    lineStart = lineEnd + 1;
  }
  const lines =
    text.length === 0 ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return {
    text,
    units,
    sep: Uint8Array.from(seps),
    summary: { lines, paragraphs: block + 1, chars: countChars(text) },
  };
}
