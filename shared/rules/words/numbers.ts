// Figures in running text: a number (Arabic, with decimals and thousands
// separators, or Chinese numerals) and the unit right after it, as a value.
// number/mismatch compares them across an article.
import { isAsciiDigit } from '../../text/han';

const CN: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Units counted: money, people, households, things, distances, areas.
 *  Not 年 月 日 时 分 号 (dates and times), nor 岁 次 (too often different
 *  facts in one article). Longest first. */
export const UNITS = ['平方米', '平方公里', '公里', '元', '美元', '个', '人', '户', '家', '项', '栋', '套', '件', '名', '所', '米', '亩', '吨', '辆', '座', '条', '台', '张', '处', '间', '%', '％'];

export interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** Written as an approximation (近 约 超 逾 余 多 以上): never a contradiction. */
  approx: boolean;
  text: string;
}

const APPROX_BEFORE = '近约超逾达';
const APPROX_AFTER = '余多';
const NUMERAL_CHARS = '〇零一二两三四五六七八九十百千';

/** Value of a Chinese numeral below 10,000 (十二 = 12, 三千零五 = 3005). */
export function cnValue(s: string): number | null {
  let total = 0;
  let digit = -1;
  for (const c of s) {
    if (c in CN) digit = CN[c];
    else if (c in CN_UNIT) {
      total += (digit < 0 ? 1 : digit) * CN_UNIT[c];
      digit = -1;
    } else return null;
  }
  if (digit > 0) total += digit;
  // A run of bare digits (一二) is no number, unless it is one digit.
  if (!/[十百千]/.test(s) && s.length > 1) return null;
  return total;
}

/** Per code unit: 1 where some unit starts with it, 2 where a figure's
 *  unit may follow it (a digit, a Chinese numeral, 万 or 亿), 4 for a
 *  Chinese numeral, 8 for 近 约 超 逾 达, 16 for 余 多, 32 for what no
 *  figure follows (a digit, . : - / or a Latin letter: 1.5, v2). */
const CHAR = new Uint8Array(0x10000);
for (const u of UNITS) CHAR[u.charCodeAt(0)] |= 1;
for (const c of '0123456789万亿' + NUMERAL_CHARS) CHAR[c.charCodeAt(0)] |= 2;
for (const c of NUMERAL_CHARS) CHAR[c.charCodeAt(0)] |= 4;
for (const c of APPROX_BEFORE) CHAR[c.charCodeAt(0)] |= 8;
for (const c of APPROX_AFTER) CHAR[c.charCodeAt(0)] |= 16;
for (const c of '0123456789.:-/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') CHAR[c.charCodeAt(0)] |= 32;
const NUMERAL = 4;
const APPROX_AT = 8;
const APPROX_PAST = 16;
const NOT_AFTER = 32;

const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const DOT = 46;
const COMMA = 44;
const isDigitLike = (c: number) => (c >= 48 && c <= 57) || c === DOT || c === COMMA;

/** The figure whose unit starts at u, read backwards: [number][万亿]*unit.
 *  By code unit: a figure's characters make no string until it is one. */
function figureAt(text: string, lo: number, u: number, unit: string): Figure | null {
  let i = u;
  while (i > lo && (text.charCodeAt(i - 1) === WAN || text.charCodeAt(i - 1) === YI)) i--;
  const bigStart = i;
  const arabic = i > lo && isAsciiDigit(text.charCodeAt(i - 1));
  while (i > lo && (arabic ? isDigitLike(text.charCodeAt(i - 1)) : (CHAR[text.charCodeAt(i - 1)] & NUMERAL) !== 0)) i--;
  if (i === bigStart) return null;
  // The character before the number (none at the page's start: NaN, in no class).
  const prev = text.charCodeAt(i - 1);
  if (CHAR[prev] & NOT_AFTER || text.charCodeAt(i) === DOT || text.charCodeAt(i) === COMMA) return null;
  const num = text.slice(i, bigStart);
  const base = arabic ? Number(num.includes(',') ? num.replaceAll(',', '') : num) : cnValue(num);
  if (base === null || !Number.isFinite(base)) return null;
  let value = base;
  for (let k = bigStart; k < u; k++) value *= text.charCodeAt(k) === WAN ? 1e4 : 1e8;
  const end = u + unit.length;
  // At either end of the page the figure counts as approximate (as it did
  // when read by strings: '' is in every string).
  const approx = i === 0 || end === text.length || (CHAR[prev] & APPROX_AT) !== 0 || (CHAR[text.charCodeAt(end)] & APPROX_PAST) !== 0 || (CHAR[text.charCodeAt(bigStart)] & APPROX_PAST) !== 0;
  return { start: i, end, value, unit, approx, text: text.slice(i, end) };
}

/** The unit starting at text[u], ending by hi, or null. No unit is a
 *  prefix of another, so at most one starts at a place. */
function unitAt(text: string, u: number, hi: number): string | null {
  for (const unit of UNITS) if (u + unit.length <= hi && text.startsWith(unit, u)) return unit;
  return null;
}

/** Figures in text[lo, hi) with one of the units (all units by default),
 *  left to right. For every unit, one pass over the block, a table look-up
 *  per character (an indexOf per unit costs 27 calls a block; a regular
 *  expression over Chinese character classes is slower still); for a unit
 *  or two, an indexOf each (a native search). A figure is read backwards
 *  from its unit, where the unit follows a numeral. */
export function findFigures(text: string, lo: number, hi: number, units: readonly string[] = UNITS): Figure[] {
  return units === UNITS ? figuresOfEveryUnit(text, lo, hi) : figuresOf(text, lo, hi, units);
}

function figuresOfEveryUnit(text: string, lo: number, hi: number): Figure[] {
  const out: Figure[] = [];
  for (let u = lo + 1; u < hi; u++) {
    if ((CHAR[text.charCodeAt(u)] & 1) === 0 || (CHAR[text.charCodeAt(u - 1)] & 2) === 0) continue;
    const unit = unitAt(text, u, hi);
    if (unit === null) continue;
    const f = figureAt(text, lo, u, unit);
    if (f) out.push(f);
  }
  return out;
}

function figuresOf(text: string, lo: number, hi: number, units: readonly string[]): Figure[] {
  const out: Figure[] = [];
  // Searched in the block's own text: indexOf on the page would run to its end.
  const block = text.slice(lo, hi);
  for (const unit of units) {
    for (let k = block.indexOf(unit, 1); k >= 0; k = block.indexOf(unit, k + 1)) {
      const u = lo + k;
      // No numeral before the unit (这个, 个人): no figure, as figureAt would find.
      if ((CHAR[text.charCodeAt(u - 1)] & 2) === 0) continue;
      // A longer unit holding this one (平方米 holds 米) is read as the longer.
      if (unit === '米' && text.startsWith('平方', u - 2)) continue;
      const f = figureAt(text, lo, u, unit);
      if (f) out.push(f);
    }
  }
  return units.length > 1 ? out.sort((x, y) => x.start - y.start) : out;
}

/** Do two values look like one figure mistyped: a power of ten apart
 *  (3000 / 300), or the same number of digits with one digit changed or
 *  two neighbouring digits swapped? */
export function looksMistyped(a: number, b: number): boolean {
  if (a === b || a <= 0 || b <= 0) return false;
  const r = a > b ? a / b : b / a;
  if (r === 10 || r === 100 || r === 1000) return true;
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  if (diff.length === 1) return x.length >= 2;
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}
