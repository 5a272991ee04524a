// text/stray-latin: an isolated Latin word inside Chinese text
// (`创业者 and 科技型`).
//
// Latin that belongs in this paper's Chinese text has a shape: acronyms and
// programme names are upper case (RCEP, QFLP, IP), brand and product names
// carry capitals or symbols (e·帮办, iPhone), zone and grade letters are
// single letters (A区, B、C区), units and model numbers touch digits (5km,
// X-200), URLs and e-mail addresses carry dots, slashes and @. The masthead's
// pinyin (XING FU SHI BEI), credits and bylines are not checked at all.
// What is left — an all-lowercase word of two or more letters standing free
// between Han characters (spaces allowed, or a Chinese clause mark on one
// side), touching no digit or symbol — is an English word left in the text
// by an editor, a translation or OCR. A short list keeps lowercase loanwords
// the press does print (app, wifi, logo…) and unit symbols.
import { s } from '../../text/excerpt';
import { defineRule, option, type Draft } from '../rule';
import { isCjkClauseMark, isHan, isInlineSpace, isLatinLetter, isLatinUpper } from '../../text/han';
import { NAME_KINDS } from '../../text/kinds';
import { pageScan } from '../../text/scan';

const ALLOWED = new Set([
  // loanwords printed lowercase in Chinese news
  'app', 'apps', 'wifi', 'logo', 'vlog', 'pk', 'ok', 'diy', 'pm', 'am',
  // unit symbols (normally after a digit, which excludes them anyway)
  'km', 'kg', 'mm', 'cm', 'ml', 'mg', 'kw', 'kwh', 'mw', 'gw', 'hz', 'ppm', 'db', 'mu',
]);

type Side = 'han' | 'mark' | 'other';

/** What stands beside a word: the nearest non-space character from i on,
 *  going in direction dir. */
function side(text: string, i: number, dir: 1 | -1): Side {
  let j = i;
  while (j >= 0 && j < text.length && isInlineSpace(text.charCodeAt(j))) j += dir;
  if (j < 0 || j >= text.length) return 'other';
  const c = text.charCodeAt(j);
  if (isHan(c)) return 'han';
  if (isCjkClauseMark(c)) return 'mark';
  return 'other';
}

/** Lowercase runs of two or more letters: the only candidates. Module-level,
 *  reset per call; the regex engine skips the Han text natively. */
const LOWER_RUN = /[a-z]{2,}/g;

/** Findings in one block's text (page offset `base`), pushed onto `out`. */
export function findStrayLatin(
  text: string,
  base: number,
  out: Draft[] = [],
  allowed: ReadonlySet<string> = ALLOWED,
): Draft[] {
  LOWER_RUN.lastIndex = 0;
  for (let m = LOWER_RUN.exec(text); m; m = LOWER_RUN.exec(text)) {
    // The whole Latin word around the lowercase run; any capital → skip.
    let s = m.index;
    let e = s + m[0].length;
    let upper = false;
    while (s > 0 && isLatinLetter(text.charCodeAt(s - 1))) if (isLatinUpper(text.charCodeAt(--s))) upper = true;
    while (e < text.length && isLatinLetter(text.charCodeAt(e))) if (isLatinUpper(text.charCodeAt(e++))) upper = true;
    LOWER_RUN.lastIndex = e;
    if (upper) continue;
    const before = side(text, s - 1, -1);
    const after = side(text, e, 1);
    // Both sides Chinese, at least one a Han character.
    if (before === 'other' || after === 'other' || (before === 'mark' && after === 'mark')) continue;
    const word = text.slice(s, e);
    if (allowed.has(word)) continue;
    out.push({ start: base + s, end: base + e, data: { word } });
  }
  return out;
}

export const rule = defineRule({
  id: 'text/stray-latin',
  severity: 'info',
  title: { zh: '夹杂外文词', en: 'Stray Latin word' },
  summary: { zh: '中文中孤立的外文词', en: 'an isolated Latin word in Chinese text' },
  message: {
    zh: (d) => `中文中夹有孤立的外文词「${s(d.word)}」`,
    en: (d) => `Isolated Latin word 「${s(d.word)}」 inside Chinese text`,
  },
  fix: 'none',
  options: {
    allow: option.words([], 'lowercase Latin words this paper prints, added to the built-in list (app, wifi, logo, units)'),
  },
  check(ctx) {
    const out: Draft[] = [];
    // Most Chinese pages hold no lowercase word at all: no block is read.
    if (!pageScan(ctx.text).lowerPair) return out;
    const allowed = ctx.options.allow.length ? new Set([...ALLOWED, ...ctx.options.allow]) : ALLOWED;
    for (const b of ctx.page.blocks) {
      if (NAME_KINDS.has(b.kind)) continue;
      findStrayLatin(b.text, b.textStart, out, allowed);
    }
    return out;
  },
});
