// number/style: the mechanical rules of GB/T 15835-2011 (出版物上数字用法):
//  - a year is written in full: 08年 → 2008年 (only forms that cannot be a
//    duration: a leading 0, or a month right after, 98年3月);
//  - a year in Chinese digits writes 〇, a quantity writes 零: 二零二二年 →
//    二〇二二年, 三百〇五 → 三百零五;
//  - Arabic digits take 万 and 亿 as units but not 千 百 十: 3千 → 3000
//    (千米 千克 千瓦 … are units of measure, not numbers);
//  - a range repeats 万, 亿 and %: 9～16亿 → 9亿～16亿, 15～30% → 15%～30%;
//  - a decimal keeps its leading 0: .5 → 0.5.
// Every pattern needs a digit context no date, time, phone number, id,
// version or URL has (a URL is skipped anyway). Low severity: house styles
// differ, and the fix (a person's) is shown.
import { s } from '../../text/excerpt';
import { isAsciiDigit } from '../../text/han';
import { findUrls, inSpans, mayHoldUrl } from '../../text/urls';
import { defineRule, type Draft } from '../rule';
import { noneIfTraditional, wordBlocks } from './lexicon';

type Kind = 'year' | 'ling' | 'mixed' | 'range' | 'decimal';

interface Pattern {
  kind: Kind;
  /** The characters every match holds at some place, one of them enough. */
  at: string;
  /** Can a match with a fix hold block[k] (one of `at`)? A few reads
   *  around it, true for every match the pattern fixes. */
  near(block: string, k: number): boolean;
  re: RegExp;
  /** The replacement for the match, or null to let it be. */
  fix(m: RegExpExecArray, text: string): string | null;
}

// Character sets of the patterns, by code (text[i] would make a string per look).
const codes = (chars: string): ReadonlySet<number> => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const CN_DIGITS = codes('〇零一二三四五六七八九');
const YEAR_NOT_AFTER = codes('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-/:');
const BIG_UNITS = codes('十百千万亿');
const NONZERO_CN = codes('一二三四五六七八九');
const MEASURES = codes('米克瓦帕焦卡伏赫兆字');
const DECIMAL_AFTER = codes('为约达是仅只至到和或、（');
const LING = '零'.charCodeAt(0);
const MONTH = '月'.charCodeAt(0);
// (charCodeAt is NaN out of the block: no digit, in no set.)
const digitAt = (block: string, i: number) => isAsciiDigit(block.charCodeAt(i));
const oneOf = (set: ReadonlySet<number>, block: string, i: number) => set.has(block.charCodeAt(i));

/** Exported for tests. */
export const PATTERNS: readonly Pattern[] = [
  {
    kind: 'year',
    // 08年, or 98年3月; not 2008年, not 1.08年, not v08年. The character
    // before the two digits is looked back at after them: led by a digit,
    // the search skips the page's Chinese text at native speed.
    at: '年',
    near: (t, k) => digitAt(t, k - 1) && digitAt(t, k - 2) && !oneOf(YEAR_NOT_AFTER, t, k - 3) && (t.charCodeAt(k - 2) === 48 || monthAt(t, k + 1)),
    re: /(\d{2})(?<![\dA-Za-z.\-/:]\d\d)年(?=(\d{1,2}月)?)/g,
    fix: (m) => (m[1][0] === '0' || m[2] ? `${m[1][0] === '0' || Number(m[1]) < 30 ? '20' : '19'}${m[1]}年` : null),
  },
  {
    kind: 'ling',
    // A year of four Chinese digits holding 零.
    at: '年',
    near: (t, k) => k >= 4 && lingYearBefore(t, k),
    re: /(?<![〇零一二三四五六七八九十百千万亿])[〇零一二三四五六七八九]{4}年/g,
    fix: (m) => (m[0].includes('零') ? m[0].replaceAll('零', '〇') : null),
  },
  {
    kind: 'ling',
    // 〇 inside a quantity: after 十 百 千 万 亿 and before a digit.
    at: '〇',
    near: (t, k) => oneOf(BIG_UNITS, t, k - 1) && oneOf(NONZERO_CN, t, k + 1),
    re: /[十百千万亿]〇(?=[一二三四五六七八九])/g,
    fix: (m) => m[0][0] + '零',
  },
  {
    kind: 'mixed',
    at: '千百',
    near: (t, k) => digitAt(t, k - 1) && !oneOf(MEASURES, t, k + 1),
    re: /(?<![\dA-Za-z.])(\d+)([千百])(?![米克瓦帕焦卡伏赫兆字])/g,
    fix: mixedFix,
  },
  {
    kind: 'range',
    at: '～~〜',
    near: (t, k) => digitAt(t, k - 1) && digitAt(t, k + 1),
    re: /(?<![\d.])(\d+(?:\.\d+)?)([～~〜])(\d+(?:\.\d+)?)(万|亿|%|％)/g,
    fix: (m) => `${m[1]}${m[4]}${m[2]}${m[3]}${m[4]}`,
  },
  {
    kind: 'decimal',
    // Only after a word that takes a number and before a unit: a half-width
    // full stop before a figure (用.0表示, 中.1993 年) or a file suffix (.1)
    // is not a decimal. Led by the full stop (the word before it is looked
    // back at from there): the search then skips to each '.' at once.
    at: '.',
    near: (t, k) => oneOf(DECIMAL_AFTER, t, k - 1) && digitAt(t, k + 1),
    re: /\.(?<=[为约达是仅只至到和或、（]\.)(\d+)(?=[%％倍万亿元米秒克吨度升个])/g,
    fix: (m) => `0.${m[1]}`,
  },
];

/** Is a month (3月, 12月) at block[i]? */
function monthAt(block: string, i: number): boolean {
  if (!digitAt(block, i)) return false;
  return block.charCodeAt(i + 1) === MONTH || (digitAt(block, i + 1) && block.charCodeAt(i + 2) === MONTH);
}

/** Are the four characters before block[k] Chinese digits, one of them 零? */
function lingYearBefore(block: string, k: number): boolean {
  let ling = false;
  for (let i = k - 4; i < k; i++) {
    const c = block.charCodeAt(i);
    if (!CN_DIGITS.has(c)) return false;
    if (c === LING) ling = true;
  }
  return ling;
}

function mixedFix(m: RegExpExecArray): string | null {
  const n = Number(m[1]) * (m[2] === '千' ? 1000 : 100);
  return Number.isSafeInteger(n) ? String(n) : null;
}

/** Per code unit: bit p set where PATTERNS[p] may hold it (its `at`). */
const AT = new Uint8Array(0x10000);
PATTERNS.forEach((p, i) => {
  for (const c of p.at) AT[c.charCodeAt(0)] |= 1 << i;
});

/** Any character of any pattern's `at` (none is special in a class). */
const AT_ANY = new RegExp(`[${[...new Set(PATTERNS.flatMap((p) => [...p.at]))].join('')}]`, 'g');

/**
 * Which patterns can fix something in the block: bit p for PATTERNS[p].
 * A native search for the patterns' characters (a loop over the block's
 * characters costs more than the search, a regular expression of every
 * pattern's needs about as much as this and passes every date, 2022年),
 * then a few reads around each: it spares most blocks the patterns'
 * regular expressions.
 */
export function patternsIn(block: string): number {
  let found = 0;
  AT_ANY.lastIndex = 0;
  // test, not exec: no match array; the match is the one character before lastIndex.
  while (AT_ANY.test(block)) {
    const k = AT_ANY.lastIndex - 1;
    const bits = AT[block.charCodeAt(k)] & ~found;
    for (let p = 0; p < PATTERNS.length; p++) if (bits & (1 << p) && PATTERNS[p].near(block, k)) found |= 1 << p;
  }
  return found;
}

function findStyle(text: string, lo: number, hi: number, out: Draft[]): void {
  const block = text.slice(lo, hi);
  const found = patternsIn(block);
  if (found === 0) return;
  // The block's URLs, found at the first match only: most blocks have none.
  let urls: ReturnType<typeof findUrls> | undefined;
  PATTERNS.forEach((p, i) => {
    if ((found & (1 << i)) === 0) return;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(block); m; m = p.re.exec(block)) {
      urls ??= mayHoldUrl(block) ? findUrls(block) : [];
      if (urls.length && inSpans(urls, m.index)) continue;
      const to = p.fix(m, block);
      if (to === null) continue;
      const start = lo + m.index;
      const end = start + m[0].length;
      out.push({
        start,
        end,
        data: { kind: p.kind, found: m[0], suggestion: to },
        fix: { safe: false, edits: [{ start, end, text: to, old: m[0] }] },
      });
    }
  });
}

const WHY_ZH: Record<Kind, string> = {
  year: '年份不能简写',
  ling: '年份中的“0”写作“〇”，数量中写作“零”',
  mixed: '阿拉伯数字只与“万”“亿”连用',
  range: '表示数值范围时，“万”“亿”“%”前后都要写',
  decimal: '小数点前的“0”不能省',
};
const WHY_EN: Record<Kind, string> = {
  year: 'years are not abbreviated',
  ling: '〇 in years, 零 in quantities',
  mixed: 'Arabic digits combine with 万 and 亿 only',
  range: 'a range repeats 万, 亿 and % on both ends',
  decimal: 'a decimal keeps its leading 0',
};

export const rule = defineRule({
  id: 'number/style',
  severity: 'info',
  title: { zh: '数字用法', en: 'Number style' },
  summary: {
    zh: 'GB/T 15835 的数字用法：年份简写、〇与零、3千、范围单位、小数前的0',
    en: 'GB/T 15835 number style: abbreviated years, 〇/零, 3千, units in ranges, leading 0',
  },
  message: {
    zh: (d) => `「${s(d.found)}」宜写「${s(d.suggestion)}」：${WHY_ZH[d.kind as Kind] ?? ''}（GB/T 15835）`,
    en: (d) => `“${s(d.found)}” should be 「${s(d.suggestion)}」: ${WHY_EN[d.kind as Kind] ?? ''} (GB/T 15835)`,
  },
  fix: 'person',
  check(ctx) {
    const out: Draft[] = [];
    for (const b of wordBlocks(ctx)) {
      findStyle(ctx.text, b.textStart, b.textStart + b.text.length, out);
    }
    return noneIfTraditional(ctx, out);
  },
});
