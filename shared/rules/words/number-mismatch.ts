// number/mismatch: a figure in a headline, lead or caption that the body of
// the same article contradicts — headline 投资3000万元, body 投资300万元.
//
// Precision first, so all of this must hold:
//  - same quantity: the same unit (元 户 % …), and for a measure word (个 家
//    项 …) the same noun after it (12个社区 is not 12个项目);
//  - same context: the two characters before the figure match (投资, 增长);
//  - the body nowhere gives the display figure's value with that unit (12个
//    and 十二个 agree; 3000万元 and 3,000万元 agree);
//  - the two values look like one figure mistyped (a power of ten apart, one
//    digit changed, two digits swapped), both at least 10, neither written
//    as an approximation (近 约 超 余 多), and the display figure is not the
//    body's with its decimals dropped or rounded (12万 for 12.3万).
import { s } from '../../text/excerpt';
import { isHan } from '../../text/han';
import type { Block } from '../../types';
import { defineRule, type Draft } from '../rule';
import { noneIfTraditional, wordBlocks } from './lexicon';
import { findFigures, looksMistyped, type Figure } from './numbers';

const MEASURE_WORDS = '个家项栋套件名所座条台张处间';

interface Keyed extends Figure {
  key: string;
  context: string;
}

/** A figure with what it is compared by: its unit and the noun after a
 *  measure word, and the two characters before it. */
function keyed(text: string, lo: number, f: Figure): Keyed {
  const noun = MEASURE_WORDS.includes(f.unit) ? text.slice(f.end, f.end + 2) : '';
  // The two characters before the figure, past an approximation mark (投资近).
  const at = f.approx && '近约超逾达'.includes(text[f.start - 1]) ? f.start - 1 : f.start;
  const from = Math.max(lo, at - 2);
  // Written out, not spread ({ ...f }): this runs for many figures of a page.
  return {
    start: f.start,
    end: f.end,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    text: f.text,
    key: f.unit + noun,
    context: allHan(text, from, at) ? text.slice(from, at) : '',
  };
}

/** Is every character of text[from, to) Han? By code point: a surrogate
 *  pair is judged by its first half (isHan knows the high surrogates of
 *  the CJK extensions). */
export function allHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) return false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return true;
}

/** Is the display figure the body's with its decimals dropped or rounded
 *  (a headline's 12万人次 for the body's 12.3万人次)? By the written digits. */
function roundedTo(body: string, display: string): boolean {
  const m = /^(\d+)\.\d+/.exec(body);
  if (!m) return false;
  const rest = body.slice(m[0].length);
  const whole = BigInt(m[1]);
  return display === `${whole}${rest}` || display === `${whole + 1n}${rest}`;
}

/** The index of the span (block) holding offset `at`, or -1. Few blocks an article. */
function blockAt(spans: readonly [number, number][], at: number): number {
  for (let i = 0; i < spans.length; i++) if (at >= spans[i][0] && at < spans[i][1]) return i;
  return -1;
}

const DISPLAY = new Set(['headline', 'kicker', 'subhead', 'lead', 'caption']);
const BODY = new Set(['body', 'heading', 'list-item', 'lead']);

function articleFindings(text: string, own: readonly Block[], out: Draft[]): void {
  // Display figures first: most headlines hold none worth comparing, and
  // then the body is never scanned. Only exact figures of 10 or more with
  // two Han characters before them are compared: the others are dropped
  // before they are keyed. (Plain loops: filter/flatMap chains build an
  // array per step, per article.)
  const display: Keyed[] = [];
  for (const b of own) {
    if (!DISPLAY.has(b.kind)) continue;
    for (const f of findFigures(text, b.textStart, b.textStart + b.text.length)) {
      if (f.approx || f.value < 10) continue;
      const d = keyed(text, b.textStart, f);
      if (d.context.length === 2) display.push(d);
    }
  }
  if (display.length === 0) return;
  const ownSpans = own.map((b): [number, number] => [b.textStart, b.textStart + b.text.length]);
  // The lead also confirms a headline figure: it is searched as body too.
  // A body figure below 10 neither confirms nor contradicts one of 10 or more.
  const units = [...new Set(display.map((d) => d.unit))];
  const body: Keyed[] = [];
  for (const b of own) {
    if (!BODY.has(b.kind)) continue;
    for (const f of findFigures(text, b.textStart, b.textStart + b.text.length, units)) if (f.value >= 10) body.push(keyed(text, b.textStart, f));
  }
  for (const d of display) {
    // Not the display block itself: a lead that gives two figures with one
    // verb (可再上浮20%……还可另行上浮10%) states both on purpose.
    const own = blockAt(ownSpans, d.start);
    const same = body.filter((f) => f.key === d.key && blockAt(ownSpans, f.start) !== own);
    if (same.some((f) => f.value === d.value || roundedTo(f.text, d.text))) continue;
    const other = same.find((f) => !f.approx && f.value >= 10 && f.context === d.context && looksMistyped(d.value, f.value));
    if (!other) continue;
    out.push({
      start: d.start,
      end: d.end,
      data: { display: d.text, body: other.text },
      related: [{ start: other.start, end: other.end, role: 'body-figure' }],
    });
  }
}

export const rule = defineRule({
  id: 'number/mismatch',
  severity: 'warning',
  title: { zh: '数字前后不一', en: 'Figures disagree' },
  summary: {
    zh: '标题、导语或图片说明中的数字与正文不一致（同一量、同一单位）',
    en: 'a figure in a headline, lead or caption that the body contradicts (same quantity and unit)',
  },
  message: {
    zh: (d) => `「${s(d.display)}」与正文中的「${s(d.body)}」不一致`,
    en: (d) => `“${s(d.display)}” disagrees with “${s(d.body)}” in the body`,
  },
  fix: 'none',
  check(ctx) {
    const out: Draft[] = [];
    const blocks = wordBlocks(ctx);
    if (blocks.length === 0) return out;
    // Each article's blocks, in page order, gathered in one pass.
    const byArticle = new Map<number, Block[]>();
    for (const b of blocks) {
      const list = byArticle.get(b.article);
      if (list) list.push(b);
      else byArticle.set(b.article, [b]);
    }
    for (const a of ctx.page.articles) articleFindings(ctx.text, byArticle.get(a.index) ?? [], out);
    return noneIfTraditional(ctx, out);
  },
});
