// Where else an article may be signed than in a byline under its headline
// (docs/design.md §2.3): papers sign at the end, in the dateline, with a pen
// name, or credit a wire service. An article signed any of these ways is not
// "without a byline", whatever its paper.
//   end credits      （本报记者 陆娅楠）  （柳）  （亓 创 高 超）  （怡自京寄）
//                    采写：…  制图：X（新华社发）  ——编者  李涵秋著
//   in the lead      本报讯（首席记者 X）…  …。——本报记者 陈 曦/文
//   datelines        新华社北京1月18日电（记者 X）  （高安廿六日下午四时电）
//                    （重慶廿六日路透電）  本报讯 / 【本報訊】 (the paper itself)
//   pen names        （丹翁） under the headline, a bare 卓呆 at the head or end
import type { Profile } from '../profiles';
import { DATELINE_RE } from '../text/datelines';
import { isHan } from '../text/han';
import type { Article, Block, Page } from '../types';
import { defineAnalysis } from './context';

/** Inside brackets at a paragraph's end: a role, a wire, a place sent from. */
const CREDIT_WORD_RE = /记者|記者|通讯员|通訊員|特约|特約|撰稿|编译|編譯|整理|供稿|报道|報道|新华社|新華社|中新社|路透|美联社|美聯社|法新社|[电電寄摄攝著]$/u;
/** A bracket holding only names or a pen name: （柳） （亓 创 高 超）. */
const NAMES_ONLY_RE = /^[\p{Script=Han}·]{1,4}(?:[\s\u00a0\u3000、，]+[\p{Script=Han}·]{1,4}){0,7}$/u;
/** A bracketed note closing a paragraph. */
const END_BRACKET_RE = /[（(]\s*([^（()）]{1,60}?)\s*[）)][\s\u00a0\u3000]*$/u;
/** A pen name set apart after the last mark: …謹謝、　丹翁 (an ideographic
 *  space or several spaces; one space is just a next sentence). Sticky:
 *  tried only where endsWithPenName finds the mark. */
const TRAILING_PEN_NAME_RE = /[、，。！？](?:\u3000|[\s\u00a0]{2,})[\s\u00a0\u3000]*\p{Script=Han}{2,4}$/uy;
/** Notes in brackets that sign nothing: （完） （资料图） （上接第一版）. */
const NOTE_RE = /^(?:完|未完|待续|待續|续完|資料圖|资料图|见图|見圖|有删节|有刪節|图片来源[^）)]*|[上下][接转轉]第?[\p{Script=Han}\d]{1,4}版)$/u;
/** A photo credit closing the text: …新华社记者 吴 鲁摄. */
const TRAILING_PHOTO_CREDIT_RE = /(?:记者|記者|[\s\u00a0\u3000。）)])[\s\u00a0\u3000]*[\p{Script=Han}·\s\u00a0\u3000]{2,12}[摄攝](?:[（(][^（()）]{1,12}[）)])?$/u;
/** A whole block that is a credit line: a role and a colon (采写：…), of
 *  any length, or one of the short forms. */
const ROLE_CREDIT_RE =
  /^(?:参与)?(?:采写|撰文|撰稿|执笔|整理|策划|统筹|编辑|编译|摄影|摄|制图|图表|图|文|版式设计|设计|记者|本报记者|特约记者|通讯员)[\s\u3000]*[：:/／]/u;
const BRACKET_CREDIT_RE = /^[（(][^（()）]{1,40}[）)]$/u;
const DASH_LINE_CREDIT_RE = /^(?:——|—|－－|--)[^。！？，；、\d]{1,20}$/u;
const AUTHOR_LINE_RE = /^[\p{Script=Han}·\s\u00a0\u3000]{2,12}(?:著|撰|譯|译|寄)$/u;
/** The longest a short form can be, in code units (a code point may take
 *  two): （ + 40 + ）. A longer block (most paragraphs) needs one test. */
const SHORT_CREDIT_MAX = 2 + 2 * 40;
/** A lead that names its reporter: 本报讯（记者 张三 通讯员 李四）… */
const LEAD_SIGNED_RE = /^[^。，,]{0,16}[（(][^（()）]{0,24}(?:记者|記者|通讯员|通訊員)[^（()）]{0,24}[）)]/u;
/** A wire or bureau dateline in brackets opening a paragraph: （桂林廿六日电）. */
const BRACKET_DATELINE_RE = /^[（(【[][^（()）】\]]{2,24}[电電訊讯][）)】\]]/u;
/** `——本报记者 陈 曦/文` closing a paragraph. */
const DASH_CREDIT_RE = /——[^——。！？]{0,10}(?:记者|記者|通讯员|通訊員|编者|編者)[^。！？]{0,24}$/u;
/** The paper's own news marker, its credit where bylines are not printed. */
const OWN_NEWS_RE = /^[【[]?本[报報]讯|^[【[]?本[报報]訊/u;
/** A bare pen name on its own line (two to four Han, nothing else). */
const PEN_NAME_RE = /^[\p{Script=Han}]{2,4}$/u;

/** What /\s/ matches, by code unit (no regex call, no one-character string
 *  per character). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  // Han (most of a page) lies above U+3000, where only U+FEFF is a space.
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Credits at a paragraph's end are short: only its tail is searched. */
const TAIL = 72;

export function endsWithCredit(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  // What the last character allows, before any regular expression runs
  // (this is asked of every paragraph of a page).
  const last = text[end - 1];
  const closes = last === '）' || last === ')';
  const photo = last === '摄' || last === '攝' || closes;
  const han = isHan(last.charCodeAt(0));
  if (!closes && !photo && !han) return false;
  if (text.length > TAIL) text = text.slice(text.length - TAIL);
  if (closes) {
    const m = END_BRACKET_RE.exec(text);
    if (m && !NOTE_RE.test(m[1]) && (CREDIT_WORD_RE.test(m[1]) || NAMES_ONLY_RE.test(m[1]))) return true;
  }
  // …随后他又拍摄 is a sentence, not a credit.
  if (photo && !/拍[摄攝]$/u.test(text) && TRAILING_PHOTO_CREDIT_RE.test(text)) return true;
  if (han && endsWithPenName(text)) return true;
  return text.includes('——') && DASH_CREDIT_RE.test(text);
}

/**
 * Does `text` end on a pen name set apart after a mark? The name (no space
 * in it) runs to the end and spaces only stand before it, so the mark can
 * only be just before the last run of spaces: the regex is tried there, not
 * at every 、，。！？ of the text.
 */
export function endsWithPenName(text: string): boolean {
  let i = text.length;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) {
    // Longer than 4 Han (8 code units at most): no name, whatever precedes.
    if (text.length - i === 8) return false;
    i--;
  }
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return false;
  TRAILING_PEN_NAME_RE.lastIndex = i - 1;
  return TRAILING_PEN_NAME_RE.test(text);
}

export function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (ROLE_CREDIT_RE.test(t)) return true;
  if (t.length === 0 || t.length > SHORT_CREDIT_MAX) return false;
  // Each short form only where its first or last character allows (a
  // bracket or a dash opens no other form; no role credit opens with one).
  const first = t[0];
  if (first === '（' || first === '(') {
    if (/^[（(][^（()）]*[）)]$/u.test(t) && NOTE_RE.test(t.slice(1, -1).trim())) return false;
    return BRACKET_CREDIT_RE.test(t);
  }
  if (first === '—' || first === '－' || first === '-') return DASH_LINE_CREDIT_RE.test(t);
  return AUTHOR_ENDS.includes(t[t.length - 1]) && AUTHOR_LINE_RE.test(t);
}

/** What an author line (李涵秋著) ends on. */
const AUTHOR_ENDS = '著撰譯译寄';

/** Does the lead (first paragraph) credit the story? */
function leadCredits(text: string, profile: Profile): boolean {
  const t = text.trim();
  if (LEAD_SIGNED_RE.test(t) || BRACKET_DATELINE_RE.test(t)) return true;
  const dateline = DATELINE_RE.exec(t);
  if (dateline && /[电電]/u.test(dateline[0])) return true;
  // 本报讯 alone credits the paper itself; where the house style prints
  // bylines at the head, it still needs one.
  return !profile.headBylines && OWN_NEWS_RE.test(t);
}

/** Is the article signed somewhere other than a byline under the headline? */
export function signedElsewhere(page: Page, a: Article, profile: Profile): boolean {
  const blocks: Block[] = a.paragraphs.map((i) => page.blocks[i]);
  if (blocks.length === 0) return false;
  if (leadCredits(blocks[0].text, profile)) return true;
  for (const b of blocks) if (isCreditLine(b.text) || endsWithCredit(b.text) || BRACKET_DATELINE_RE.test(b.text)) return true;
  // A bare pen name right under the head or as the last line.
  const first = blocks[0].text.trim();
  const last = blocks[blocks.length - 1].text.trim();
  if (PEN_NAME_RE.test(first) || PEN_NAME_RE.test(last)) return true;
  // The head itself may carry the credit: （丹翁） read as a subhead.
  for (const h of [a.kicker, a.headline, ...a.subheads]) {
    if (h !== undefined && (isCreditLine(page.blocks[h].text) || endsWithCredit(page.blocks[h].text))) return true;
  }
  return false;
}

/** Articles signed somewhere other than a head byline. */
export const SIGNED_ELSEWHERE = defineAnalysis('signed-elsewhere', (ctx) => {
  const out = new Set<number>();
  for (const a of ctx.page.articles) if (signedElsewhere(ctx.page, a, ctx.profile)) out.add(a.index);
  return out;
});
