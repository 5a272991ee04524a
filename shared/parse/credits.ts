// The page credits line (版面署名):
//   责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳
// Four roles, each followed by one or more names. Spelled-out and common
// variants, and other papers' roles, map onto the four:
//   责任编辑, 编辑 → 责编   美术编辑, 视觉, 版式设计, 版式 → 美编 (the page's
//   look)   校对 → 审读 (both are the proofreading sign-off on a page)
//   组版, 照排, 制作 → 排版   审校 → 审读   设计 → 美编
// Other papers' forms: `本版责编：周 宁　版式设计：吴 昊`, `□编辑/刘 芳
// □视觉/陈 晨 □校对/王 磊 李 娜` (a □ before each role, a / after it).
// Anything else on the line (sentence punctuation, long runs of text) means it
// is not a credits line: a body sentence that mentions 责编 stays body.
import type { CreditEntry, CreditRole, NameSpan } from '../types';
import { NAME_SOURCE } from './names';

/** Role words common in ordinary text too. */
const GENERIC_ROLES: ReadonlySet<string> = new Set(['编辑', '设计', '制作', '视觉', '版式', '照排', '审校']);

/** The words of the four-role credits line (the layout export's form). */
export const FOUR_ROLE_WORDS: ReadonlySet<string> = new Set(['责编', '责任编辑', '美编', '美术编辑', '审读', '排版', '组版']);

export const ROLE_OF: Readonly<Record<string, CreditRole>> = {
  责编: '责编',
  责任编辑: '责编',
  美编: '美编',
  美术编辑: '美编',
  审读: '审读',
  校对: '审读',
  编辑: '责编',
  本版编辑: '责编',
  视觉: '美编',
  设计: '美编',
  审校: '审读',
  制作: '排版',
  照排: '排版',
  版式设计: '美编',
  版式: '美编',
  排版: '排版',
  组版: '排版',
};

// Longest spellings first so 责任编辑 is not read as something shorter.
const ROLE_RE = /(责任编辑|美术编辑|版式设计|本版编辑|责编|美编|审读|校对|审校|排版|组版|照排|制作|编辑|视觉|版式|设计)[ \t\u3000]*[:：/／]?/gu;
/** A name token in a credits line. Slightly wider than a byline name (1–6 Han)
 *  so an OCR-glued or damaged name still leaves the line recognisable; the
 *  roster rule judges the name itself. */
const CREDIT_NAME_RE = new RegExp(`^(?:\\p{Script=Han}{1,6}|${NAME_SOURCE})$`, 'u');
/** A character of some role word (a class, not an alternation: one test
 *  per character). */
const ROLE_CHAR_RE = /[责美审校排组编视版设制照]/;
/** Marks no part of a credits line holds (role words, names, separators,
 *  the folio lead-in): a sentence or a title, cheaply ruled out. */
const NOT_IN_CREDITS_RE = /[。！？“”‘’（）()《》]/;
/** Optional lead-in before the first role: Markdown marks, and the folio
 *  some papers set on the same line — page label, date, weekday, 本版
 *  (`A3 2022年11月24日 星期四 本版责编：…`). */
// Day first (02/12/2023) on Hong Kong mastheads; the lunar date beside the
// solar one (農曆癸卯年十月二十日).
// The year is required: 农历二月二 or 农历腊月初八 alone is a headline.
const LUNAR = '(?:農曆|农历)[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:閏|闰)?[正一二三四五六七八九十冬臘腊]{1,2}月(?:初|廿|卅)?[一二三四五六七八九十]{1,3}日?';
const FOLIO_PART = `(?:[A-Z]?\\d{1,2}版?|第\\d{1,3}版|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|星期[一二三四五六日天]|周[一二三四五六日]|${LUNAR})`;
/** A line that is only a folio: `A3`, `2022年11月24日 星期四`, `第3版 周四`. */
export const FOLIO_RE = new RegExp(`^${FOLIO_PART}(?:[\\s\\u3000]+${FOLIO_PART})*$`, 'u');

/** Is the line only a folio? A folio opens with a page label, a digit, 第,
 *  星期 or 周: the first character rules out most lines without the regex. */
export function isFolio(line: string): boolean {
  const c = line.charCodeAt(0);
  const may =
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x7b2c /* 第 */ || c === 0x661f /* 星 */ || c === 0x5468 /* 周 */ || c === 0x8fb2 /* 農 */ || c === 0x519c; /* 农 */
  return may && FOLIO_RE.test(line);
}
const PREFIX_RE = new RegExp(`^[#\\s\\u3000]*(?:${FOLIO_PART}[\\s\\u3000]+)*(?:本版)?[\\s\\u3000□■|｜]*$`, 'u');
/** A credits line is short; this bounds the work on long body lines too. */
const MAX_LINE = 120;

/** Parse a credits line. `offset` is where `line` starts in the page text; all
 *  ranges returned are page offsets. Returns null when the line is not a
 *  credits line (fewer than two distinct roles, or anything but names
 *  between them). */
export function parseCredits(line: string, offset: number): CreditEntry[] | null {
  if (line.length > MAX_LINE) return null;
  // Cheap pre-checks: most lines carry no role word at all, or a mark no
  // credits line holds.
  if (!ROLE_CHAR_RE.test(line) || NOT_IN_CREDITS_RE.test(line)) return null;
  ROLE_RE.lastIndex = 0;
  const hits: { role: CreditRole; word: string; start: number; end: number; wordEnd: number }[] = [];
  for (let m = ROLE_RE.exec(line); m; m = ROLE_RE.exec(line)) {
    hits.push({
      role: ROLE_OF[m[1]],
      word: m[1],
      start: m.index,
      wordEnd: m.index + m[1].length,
      end: m.index + m[0].length,
    });
  }
  // The generic words (编辑, 设计, 制作, 视觉, 版式) are roles only when marked
  // as one (编辑：X, 编辑/X): `设计赋能 制作升级` is a headline.
  if (hits.some((h) => GENERIC_ROLES.has(h.word) && h.end === h.wordEnd)) return null;
  if (hits.length < 2) return null;
  if (new Set(hits.map((h) => h.role)).size < 2) return null;
  if (!PREFIX_RE.test(line.slice(0, hits[0].start))) return null;

  const entries: CreditEntry[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const segEnd = i + 1 < hits.length ? hits[i + 1].start : line.length;
    const names = splitNames(line, h.end, segEnd, offset);
    if (!names) return null;
    const last = names.length ? names[names.length - 1].end - offset : h.wordEnd;
    entries.push({ role: h.role, word: h.word, start: offset + h.start, end: offset + last, names });
  }
  return entries;
}

/** A name token: what lies between separators (spaces of either width, 、 , ; | /). */
const TOKEN_RE = /[^\s\u3000\u00a0、，,；;|｜/／□]+/gu;
const ONE_HAN_RE = /^\p{Script=Han}$/u;
const SPACES_RE = /^[ \t\u3000]+$/u;

/** Names in line[from, to), as page-offset spans; null if anything in there
 *  is not a name. A two-character name set apart to the width of three
 *  (`张　三`, the typesetters' convention) is one name; its span keeps the
 *  space, its name does not. */
function splitNames(line: string, from: number, to: number, offset: number): NameSpan[] | null {
  const tokens: { text: string; at: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  const seg = line.slice(from, to);
  for (let m = TOKEN_RE.exec(seg); m; m = TOKEN_RE.exec(seg)) tokens.push({ text: m[0], at: from + m.index });
  const names: NameSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (next && ONE_HAN_RE.test(t.text) && ONE_HAN_RE.test(next.text) && SPACES_RE.test(line.slice(t.at + 1, next.at).replace(/\u00a0/g, ' '))) {
      names.push({ name: t.text + next.text, start: offset + t.at, end: offset + next.at + 1 });
      k++;
      continue;
    }
    if (!CREDIT_NAME_RE.test(t.text)) return null;
    names.push({ name: t.text, start: offset + t.at, end: offset + t.at + t.text.length });
  }
  return names;
}
