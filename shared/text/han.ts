// Character classes for Chinese text, by UTF-16 code unit (no regex, no
// allocation: rules call these once per character on every check).

/** A Han ideograph: CJK Unified Ideographs, Extension A, Compatibility
 *  Ideographs, and high surrogates of planes 2–3 (Extensions B–H), so a
 *  supplementary ideograph counts on its first code unit. */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd8bf)
  );
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isLatinUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** What String#trim removes and \s matches (ECMAScript WhiteSpace and
 *  LineTerminator), by code: no string per character. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Space or tab (not a line end). */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/** Full-width punctuation used in Chinese text: CJK Symbols and Punctuation
 *  (、。《》「」【】…), full-width forms (，：；！？（）), curly quotes “”‘’,
 *  the ellipsis … and the dash —, the interpunct ·. */
export function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x00b7
  );
}

/** A character that only occurs in Chinese writing: a Han ideograph or
 *  full-width punctuation. A half-width mark next to one is in Chinese text. */
export function isChinese(c: number): boolean {
  return isHan(c) || isCjkPunct(c);
}

/** Clause and sentence marks of Chinese text: ，。、；：！？ */
export function isCjkClauseMark(c: number): boolean {
  return (
    c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f
  );
}

/** Number of Han ideographs in text[start, end). */
export function countHan(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

/** Length of the run of Han ideographs starting at `i` going forward (dir 1)
 *  or ending just before `i` going backward (dir -1). */
export function hanRun(text: string, i: number, dir: 1 | -1): number {
  let n = 0;
  if (dir === 1) while (i + n < text.length && isHan(text.charCodeAt(i + n))) n++;
  else while (i - n - 1 >= 0 && isHan(text.charCodeAt(i - n - 1))) n++;
  return n;
}
