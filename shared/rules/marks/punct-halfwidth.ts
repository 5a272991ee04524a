// punct/halfwidth: half-width punctuation in Chinese text (docs/design.md §3.1).
//
// A mark is "in Chinese text" when it touches Chinese: the character before
// it, or the next non-space character after it, is a Han ideograph or
// full-width punctuation. Brackets and quotes are judged as a pair: a pair is
// Chinese when it encloses Han text or touches Chinese on its outside, and
// then both marks are converted. What that leaves alone, by construction:
// digits on both sides (10,000  10:30  3:1), English phrases (Hello, world),
// URLs and e-mail addresses (skipped outright), apostrophes (it's),
// list numbering and brackets in Latin context ((a) item).
// The full stop is the exception, being also the decimal point, the
// abbreviation dot and an OCR misreading of the name dot ·: it is converted
// only after a Han character at the very end of a block (or before a closing
// quote), or between Han characters when a run of ≥ 6 Han follows (a new
// sentence, not the second half of a transliterated name). In a paragraph
// set in half-width punctuation (half-width commas, no full-width one) a dot
// after Han before Han or a digit is its full stop too (`提速.截至10月底`),
// unless short Han runs on both sides make it a name (`马克.吐温`).
// Each mark is its own finding with one edit; spaces after a converted
// comma-like mark go with it (full-width marks carry their own spacing). A
// run of one comma-like mark (,,) is one finding that leaves one full-width
// mark, and a mark beside its own full-width form (，,) is simply deleted, so
// the fix never produces a doubled mark.
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';
import { hanRun, isAsciiDigit, isChinese, isHan, isInlineSpace, isLatinLetter } from '../../text/han';
import { findUrls, inSpans, pageMayHoldUrl } from '../../text/urls';
import type { Span } from '../../text/sentences';
import { lowerBound } from '../../text/sorted';
import { pageScan, scanText } from '../../text/scan';

const C_COMMA = 44;
const C_COLON = 58;
const C_SEMI = 59;
const C_QM = 63;
const C_EXCL = 33;
const C_DOT = 46;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_DQUOTE = 34;
const C_SQUOTE = 39;

/** The full-width form of a half-width mark (by code: no string lookups
 *  per mark). */
function fullOf(c: number): string {
  switch (c) {
    case C_COMMA:
      return '，';
    case C_COLON:
      return '：';
    case C_SEMI:
      return '；';
    case C_QM:
      return '？';
    case C_EXCL:
      return '！';
    case C_DOT:
      return '。';
    case C_LPAREN:
      return '（';
    case C_RPAREN:
      return '）';
    default:
      return '';
  }
}

/** Offsets (plus `base`) of the candidate marks , : ; ? ! . ( ) " ' in
 *  text, ascending: the page's come from its one scan (text/scan.ts), each
 *  block reads its own (most blocks of a full-width page have none). */
export function halfMarksAt(text: string, base = 0): number[] {
  return scanText(text).half.map((i) => base + i);
}

/** Is any character of text[start, end) a Han ideograph? */
function hasHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** First non-space character code at or after i (0 at the end). */
function nextNonSpace(text: string, i: number): number {
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i < text.length ? text.charCodeAt(i) : 0;
}

/** Number of inline spaces from i on. */
function spacesFrom(text: string, i: number): number {
  let n = 0;
  while (i + n < text.length && isInlineSpace(text.charCodeAt(i + n))) n++;
  return n;
}

function touchesChinese(text: string, i: number): boolean {
  return (i > 0 && isChinese(text.charCodeAt(i - 1))) || isChinese(nextNonSpace(text, i + 1));
}

/** A pair of marks at open < close (either may be -1 when unpaired). */
function pairIsChinese(text: string, open: number, close: number): boolean {
  if (open >= 0 && close >= 0) {
    return (
      hasHan(text, open + 1, close) ||
      (open > 0 && isChinese(text.charCodeAt(open - 1))) ||
      isChinese(nextNonSpace(text, close + 1))
    );
  }
  return touchesChinese(text, open >= 0 ? open : close);
}

/** A paragraph set in half-width punctuation: its commas between Han are
 *  half-width, none full-width. */
function isHalfwidthSet(text: string): boolean {
  if (text.includes('，')) return false;
  for (let i = text.indexOf(','); i > 0; i = text.indexOf(',', i + 1)) {
    if (isHan(text.charCodeAt(i - 1)) && isHan(nextNonSpace(text, i + 1))) return true;
  }
  return false;
}

/** Characters that spell foreign and minority names (音译用字): a dot
 *  between two of them joins the parts of a name (`阿卜杜拉.买买提`), the
 *  name dot · misread. */
const NAME_CHARS = new Set(
  '阿埃艾爱安奥巴拜班邦保贝本比彼宾波伯博布查达戴丹道德迪蒂杜多厄恩法菲费芬佛夫福弗盖甘格古哈海汉豪赫亨华霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾里莉丽利列林琳卢鲁路伦罗洛吕马玛迈麦曼梅蒙米密敏摩莫墨穆姆纳娜南内尼宁纽诺欧帕佩皮珀普奇乔切琼萨塞桑瑟森莎沙尚舍什施史舒斯松苏索塔泰坦汤唐特提托瓦威维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约詹珍朱卓兹佐买吐卜热依江木汗尔'.split(''),
);

/** `马克.吐温`, `阿卜杜拉.买买提`: short Han runs on both sides of the dot, or
 *  name characters on both sides. */
function nameDot(text: string, i: number): boolean {
  if (hanRun(text, i, -1) <= 3 && hanRun(text, i + 1, 1) <= 3) return true;
  const nameAt = (k: number) => NAME_CHARS.has(text[k] ?? '');
  const edge = (k: number) => nameAt(k) || !isHan(text.charCodeAt(k));
  return nameAt(i - 1) && nameAt(i + 1) && edge(i - 2) && edge(i + 2);
}

/** URLs and e-mail addresses in text, at page offsets (plus `base`). */
const NO_URLS: readonly Span[] = [];

function urlsAt(text: string, base: number): Span[] {
  return findUrls(text).map((u) => ({ start: base + u.start, end: base + u.end }));
}

/** Findings in one block's text (page offset `base`), pushed onto `out`.
 *  `marks` and `urls`: the page's candidate marks (halfMarksAt) and URLs
 *  (findUrls, page offsets), found in the text itself when not given. A
 *  URL never runs across a block's edge (spaces and line ends), so the
 *  page's are the block's. */
export function findHalfwidth(
  text: string,
  base: number,
  out: Draft[] = [],
  marks: readonly number[] = halfMarksAt(text, base),
  urls: readonly Span[] = urlsAt(text, base),
): Draft[] {
  const end = base + text.length;
  const first = lowerBound(marks, base);
  if (first === marks.length || marks[first] >= end) return out;
  // Quote marks are paired by alternation within the block; brackets by a stack.
  let dq: number[] | undefined;
  let sq: number[] | undefined;
  let parenStack: number[] | undefined;
  let parenPairs: [number, number][] | undefined;
  let halfwidthSet: boolean | undefined;

  // One finding per mark (or per run of one mark); `replacement` is what the
  // edit writes, `full` what the message names.
  const emit = (i: number, replacement: string, extra = 0, n = 1, full = replacement) => {
    out.push({
      start: base + i,
      end: base + i + n,
      data: { mark: text[i], full },
      fix: { safe: true, edits: [{ start: base + i, end: base + i + 1 + extra, text: replacement, old: text.slice(i, i + 1 + extra) }] },
    });
  };

  for (let k = first; k < marks.length && marks[k] < end; k++) {
    const i = marks[k] - base;
    const c = text.charCodeAt(i);
    if (urls.length && inSpans(urls, base + i)) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    switch (c) {
      case C_COMMA:
      case C_COLON:
      case C_SEMI: {
        // A run (,,) or a half-width mark beside its own full-width form (，,)
        // would come out doubled: the fix leaves exactly one full-width mark,
        // so cleaning is done in one pass (quote/doubled has nothing left).
        const full = fullOf(c);
        const fc = full.charCodeAt(0);
        if (prev === c || (isAsciiDigit(prev) && isAsciiDigit(next))) break; // 10,000  10:30  3:1
        let n = 1;
        while (text.charCodeAt(i + n) === c) n++;
        if (!touchesChinese(text, i + n - 1) && !touchesChinese(text, i)) break;
        // By code: text[i] of a Han character would make a string.
        const fullBeside = prev === fc || text.charCodeAt(i + n) === fc;
        const sp = spacesFrom(text, i + n);
        const extra = n - 1 + (sp > 0 && isChinese(nextNonSpace(text, i + n)) ? sp : 0);
        emit(i, fullBeside ? '' : full, extra, n, full);
        break;
      }
      case C_QM:
      case C_EXCL: {
        // ?! and !! stay separate marks (？！ and ！！ are written in Chinese);
        // a run converts as a whole when either end touches Chinese.
        if (prev === C_QM || prev === C_EXCL) break;
        let n = 1;
        for (let d = text.charCodeAt(i + n); d === C_QM || d === C_EXCL; d = text.charCodeAt(i + n)) n++;
        if (!touchesChinese(text, i) && !touchesChinese(text, i + n - 1)) break;
        for (let k = 0; k < n - 1; k++) emit(i + k, fullOf(text.charCodeAt(i + k)));
        const sp = spacesFrom(text, i + n);
        emit(i + n - 1, fullOf(text.charCodeAt(i + n - 1)), sp > 0 && isChinese(nextNonSpace(text, i + n)) ? sp : 0);
        break;
      }
      case C_DOT: {
        if (!isHan(prev)) break;
        const atEnd = i + 1 >= text.length || (next === 0x201d || next === 0x2019);
        if (atEnd || (isHan(next) && hanRun(text, i + 1, 1) >= 6)) emit(i, fullOf(C_DOT));
        else if ((halfwidthSet ??= isHalfwidthSet(text)) && (isAsciiDigit(next) || (isHan(next) && !nameDot(text, i)))) emit(i, fullOf(C_DOT));
        break;
      }
      case C_LPAREN:
        (parenStack ??= []).push(i);
        break;
      case C_RPAREN: {
        const open = parenStack?.pop() ?? -1;
        (parenPairs ??= []).push([open, i]);
        break;
      }
      case C_DQUOTE:
        // After a digit or a degree sign it is a unit: seconds, inches
        // (116°23'17", 27"显示器), not a quotation mark.
        if (isPrimeAfter(prev)) break;
        (dq ??= []).push(i);
        break;
      case C_SQUOTE:
        // An apostrophe between letters (it's, Xi'an) is not a quote; after
        // a digit or a degree sign it is a unit (minutes, feet).
        if ((isLatinLetter(prev) && isLatinLetter(next)) || isPrimeAfter(prev)) break;
        (sq ??= []).push(i);
        break;
    }
  }

  if (parenPairs || parenStack) {
    const pairs = parenPairs ?? [];
    for (const o of parenStack ?? []) pairs.push([o, -1]);
    for (const [o, cl] of pairs) {
      if (!pairIsChinese(text, o, cl)) continue;
      if (o >= 0) emit(o, '（');
      if (cl >= 0) emit(cl, '）');
    }
  }
  if (dq) pairQuotes(text, dq, '“', '”', emit);
  if (sq) pairQuotes(text, sq, '‘', '’', emit);
  return out;
}

/** A ' or " after a digit, ° or ′ marks minutes, seconds, feet or inches. */
function isPrimeAfter(prev: number): boolean {
  return isAsciiDigit(prev) || prev === 0xb0 /* ° */ || prev === 0x2032 /* ′ */;
}

/** Quote marks pair by alternation within the block: 1st opens, 2nd closes… */
function pairQuotes(
  text: string,
  marks: readonly number[],
  open: string,
  close: string,
  emit: (i: number, full: string) => void,
): void {
  for (let k = 0; k < marks.length; k += 2) {
    const o = marks[k];
    if (k + 1 < marks.length) {
      const cl = marks[k + 1];
      if (!pairIsChinese(text, o, cl)) continue;
      emit(o, open);
      emit(cl, close);
    } else {
      // A lone mark closes when it follows text and no Han text follows it.
      if (!pairIsChinese(text, o, -1)) continue;
      const after = nextNonSpace(text, o + 1);
      const closes = o > 0 && !isInlineSpace(text.charCodeAt(o - 1)) && (after === 0 || !isHan(after));
      emit(o, closes ? close : open);
    }
  }
}

export const rule = defineRule({
  id: 'punct/halfwidth',
  severity: 'warning',
  title: { zh: '半角标点', en: 'Half-width punctuation' },
  summary: { zh: '中文中的半角标点（小数、时间、网址、英文除外）', en: 'half-width punctuation in Chinese text (not decimals, times, URLs, English)' },
  message: {
    zh: (d) => `中文中使用了半角标点“${s(d.mark)}”，应为“${s(d.full)}”`,
    en: (d) => `Half-width “${s(d.mark)}” in Chinese text; use “${s(d.full)}”`,
  },
  fix: 'safe',
  check(ctx) {
    const out: Draft[] = [];
    const marks = pageScan(ctx.text).half;
    // URLs are found block by block, as a reader sees them (a block's own
    // www., :// or @ says whether to look); the page is asked once first,
    // so a page without any looks nowhere.
    const anyUrl = pageMayHoldUrl(ctx.text);
    for (const b of ctx.page.blocks) {
      if (b.kind !== 'masthead-pinyin') findHalfwidth(b.text, b.textStart, out, marks, anyUrl ? urlsAt(b.text, b.textStart) : NO_URLS);
    }
    return out;
  },
});
