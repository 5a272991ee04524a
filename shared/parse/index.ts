// The page parser: LF text → blocks of docs/design.md §2 → articles.
//
// Three passes: (1) every non-blank line gets a line kind from what it looks
// like on its own; (2) lines become blocks (blank lines separate groups; a
// group can hold several blocks, e.g. byline line + lead line; pages without
// blank lines, hard-wrapped or indented, are regrouped first); (3) runs of
// title-like blocks are read by what follows them (a byline or lead makes a
// headline; a lone short line between body paragraphs is a 小标题), and
// articles are grouped in reading order.
import type { Article, Block, BlockKind, Byline, Caption, CreditEntry, Page } from '../types';
import { parseByline } from './byline';
import { isPhotoCreditLine, parseCaptionCredit } from './caption';
import { isFolio, parseCredits } from './credits';
import { DATELINE_RE } from '../text/datelines';
import { CLAUSE_MARKS, endsSentence, lastMark } from '../text/marks';
import { isHan, isLatinLetter, isWhiteSpace } from '../text/han';
import { anyIn, pageScan, type PageScan } from '../text/scan';
import { lowerBound } from '../text/sorted';
import { wordAcrossJoin } from '../analysis/words';

type LineKind =
  | 'folio'
  | 'credits'
  | 'pinyin'
  | 'footer'
  | 'byline'
  | 'marker' // ■ line
  | 'photo-credit' // 李小云摄（人民视觉）, 本报记者 杨明方摄: a caption's credit line
  | 'lead'
  | 'title' // short, no terminal punctuation
  | 'mdtitle' // Markdown heading
  | 'body';

interface Line {
  start: number; // offset of the line in the page text
  end: number; // offset of the line end (excl. '\n')
  textStart: number; // offset of trimmed content
  text: string; // trimmed, Markdown marks removed
  no: number; // 1-based line number
  group: number; // index of the blank-line-separated group
  kind: LineKind;
  mdLevel?: number;
  /** The raw line opens with a space or an ideographic space (　　). */
  indented: boolean;
  /** Display width of the raw line: a Han or full-width character 1, a
   *  half-width one ½ (what fills a hard-wrapped column). Lines too short
   *  or too long to count for the wrap width have their length instead
   *  (lineWidth). */
  width: number;
  /** Filled to the page's wrap width: the paragraph goes on below. */
  full?: boolean;
  /** One of a page's raw OCR column lines. */
  ocr?: boolean;
  /** What the parsers found on a byline or credits line (not parsed twice). */
  byline?: ParsedByline;
  credits?: CreditEntry[];
}

type ParsedByline = Omit<Byline, 'block'>;

/** Marks that end a clause but never a paragraph or a title. */
const CLAUSE = new Set(CLAUSE_MARKS);
const PINYIN_RE = /^[A-Za-z]+(?: [A-Za-z]+)+$/;
const MD_HEADING_RE = /^(#{1,6})[ \t]+/;
/** ■ (◼) marks a photo caption or a list item, ◆ a footer. ▲ and ● mark
 *  short items on most papers; only a photo word makes them a caption
 *  (▲图为…). */
const PHOTO_WORD_RE = /图为|图片|照片|[摄攝]/u;
const PUNCT_ANY_RE = /[，,。！？!?；;：:、“”‘’"'（）()《》—…·\s\d]/;

/** `图①：` `图1：` `图一` `上图：` `图为` opening a caption set without ■. */
const CAPTION_START_RE = /^(?:[上下左右中]?图\s*[①-⑳\d一二三四五六七八九十]*\s*[：:]|图为)/u;
/** A caption without ■ is a short paragraph. */
const CAPTION_MAX = 200;

/** Longest line that still reads as a headline, kicker or heading. */
export const TITLE_MAX = 40;


/** Openers that begin a body sentence, never a headline or 小标题. */
const BODY_OPENER_RE = /^(?:据(?:了解|介绍|悉|统计|测算|透露)|记者(?:了解到|获悉|从[^，,]{1,12}(?:获悉|了解到))|目前|此外|同时|另外|与此同时|截至[^，,]{1,10}[，,])[，,]?/;

function isTitleLike(text: string, fullStop: boolean): boolean {
  if (text.length > TITLE_MAX || endsSentence(text) || CLAUSE.has(lastMark(text))) return false;
  // A title has no full stop inside it.
  if (fullStop) return false;
  // A paragraph that lost its end (text missing, or broken at a column) can
  // be short and unpunctuated too. Titles carry at most one comma in the
  // samples (`动员部署，加快推进“微更新”步伐`); several clauses over 20
  // characters, or a sentence opener like `据了解，`, read as body text.
  let clauses = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c /* ， */ || c === 0x2c || c === 0xff1b /* ； */ || c === 0x3b) clauses++;
  }
  if (clauses >= 2 && text.length >= 20) return false;
  return !(clauses >= 1 && BODY_OPENER_RE.test(text));
}

/** Stops inside a line that are all ？ or ！, with no 。 and no ，、；: a
 *  headline's question, not sentences. */
function titleQuestion(text: string): boolean {
  return text.length <= TITLE_MAX && /[？！](?=[^”’」』）)\s])/u.test(text) && !/[。，、；,;“”：:]/u.test(text);
}

/** Longest line the credits and byline parsers read (parseCredits' bound). */
const CREDITS_MAX = 120;

/** Paired marks no credits line or byline holds (all but 【】). */
const isSentenceMark = (c: number) => c !== 0x3010 /* 【 */ && c !== 0x3011; /* 】 */

/** The line's kind from what it looks like on its own. What the byline and
 *  credits parsers find is kept on the line for the block built from it.
 *  `scan`: the page's, which answers "any 。！？ or quote/bracket in the
 *  line" without a regex per parser. */
function classifyLine(line: Line, scan: PageScan): LineKind {
  const { text, textStart: offset } = line;
  const end = offset + text.length;
  // A 。！？ or a “”‘’《》（）() rules out a credits line and a byline (both
  // parsers reject it), so neither is asked. Lines over CREDITS_MAX are
  // neither, nor titles: not looked at.
  const short = text.length <= CREDITS_MAX;
  // A headline may ask and answer inside (养老金怎么调？退休年龄怎么定？——
  // 热点问答): ？ and ！ with no 。 and no clause mark are no full stop there.
  const fullStop = short && anyIn(scan.ends, offset, end) && !titleQuestion(text);
  const punctuated = short && (fullStop || anyMark(text, offset, scan.marks));
  // First-character tests (by code) stand in for the ^-anchored marks.
  const first = text.charCodeAt(0);
  if (first === 0x25c6 /* ◆ */) return 'footer';
  if (first === 0x25a0 /* ■ */ || first === 0x25fc /* ◼ */) return 'marker';
  if ((first === 0x25b2 /* ▲ */ || first === 0x25cf /* ● */) && PHOTO_WORD_RE.test(text)) return 'marker';
  line.credits = punctuated ? undefined : parseCredits(text, offset) ?? undefined;
  if (line.credits) return 'credits';
  if (isPhotoCreditLine(text)) return 'photo-credit';
  line.byline = punctuated ? undefined : parseByline(text, offset) ?? undefined;
  if (line.byline) return 'byline';
  if (DATELINE_RE.test(text)) return 'lead';
  if (isLatinLetter(text.charCodeAt(0)) && PINYIN_RE.test(text) && text === text.toUpperCase()) return 'pinyin';
  if (isFolio(text)) return 'folio';
  if (isTitleLike(text, fullStop)) return 'title';
  return 'body';
}

/** The page's lines, read with the page's scan: its line ends (no search
 *  per line) and marks. */
/** Does text (at page offset `offset`) hold a paired mark other than 【】?
 *  `marks`: the page's paired marks (the scan's). */
function anyMark(text: string, offset: number, marks: readonly number[]): boolean {
  for (let k = lowerBound(marks, offset); k < marks.length && marks[k] < offset + text.length; k++) {
    if (isSentenceMark(text.charCodeAt(marks[k] - offset))) return true;
  }
  return false;
}

function splitLines(text: string, scan: PageScan): Line[] {
  const newlines = scan.newlines;
  const lines: Line[] = [];
  let group = 0;
  let prevBlank = true;
  let start = 0;
  let no = 1;
  const n = text.length;
  while (start <= n) {
    const end = no <= newlines.length ? newlines[no - 1] : n;
    // Trim by offsets (what String#trim removes): no string per raw line.
    let a = start;
    let b = end;
    while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      prevBlank = true;
    } else {
      if (prevBlank && lines.length > 0) group++;
      prevBlank = false;
      let content = text.slice(a, b);
      let textStart = a;
      let mdLevel: number | undefined;
      const md = text.charCodeAt(a) === 0x23 /* # */ ? MD_HEADING_RE.exec(content) : null;
      if (md) {
        // The marks and any whitespace after them (U+3000 too) are not the
        // heading's text; `textStart` moves over exactly what is cut, so the
        // block's text stays the page text at its offsets.
        mdLevel = md[1].length;
        const rest = content.slice(md[0].length);
        content = rest.trim();
        textStart += md[0].length + (rest.length - rest.trimStart().length);
      }
      // Every field set here, so all lines share one object shape.
      const line: Line = {
        start, end, textStart, text: content, no, group, kind: 'body', mdLevel,
        indented: isIndented(text, start, end), width: lineWidth(text, start, end),
        full: false, ocr: false, byline: undefined, credits: undefined,
      };
      // A Markdown heading is a title unless it is a byline or credits.
      const kind = classifyLine(line, scan);
      line.kind = !md || kind === 'byline' || kind === 'credits' ? kind : 'mdtitle';
      lines.push(line);
    }
    if (end === n) break;
    start = end + 1;
    no++;
  }
  markWrappedLines(lines);
  markFigureRunOns(lines);
  markOcrColumns(lines);
  regroupWithoutBlankLines(lines);
  return lines;
}

/** The raw line text[start, end) opens with an ideographic space or two
 *  spaces or tabs. */
function isIndented(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 0x3000) return end > start;
  const isBlank = (k: number) => k === 0x20 || k === 0x09;
  return end - start >= 2 && isBlank(c) && isBlank(text.charCodeAt(start + 1));
}

/** No column is wider than this: a longer line is a paragraph of its own,
 *  and its exact width does not matter (nor is it worth counting). */
const WRAP_MAX = 120;
/** No column is narrower: a line of fewer characters (whatever its width)
 *  is never counted for the wrap width. */
const WRAP_MIN = 15;

/** A raw line's width as markWrappedLines needs it: lines over WRAP_MAX
 *  or under WRAP_MIN are not counted, their length stands in. */
function lineWidth(text: string, start: number, end: number): number {
  const n = end - start;
  return n > WRAP_MAX || n < WRAP_MIN ? n : displayWidth(text, start, end);
}

/** Width of text[start, end) in print: a Han or full-width character 1, a
 *  Latin letter or digit ½. OCR turns a column's full-width ，。： into
 *  `, . :` and adds spaces around them: the mark filled a whole em in
 *  print and the space none. */
function displayWidth(text: string, start: number, end: number): number {
  // Count in halves (integer adds), halve once.
  let halves = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80) halves += 2;
    else if (c === 0x20 || c === 0x09) continue;
    // `, ; : ! ?` read by OCR for the full-width marks; `.` stays ½ (9.54).
    else halves += c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f ? 2 : 1;
  }
  return halves / 2;
}

/**
 * OCR and some exports hard-wrap paragraphs at the column width: many lines
 * of (nearly) one width, the last line of each paragraph shorter. Where a
 * page does that, a line filled to that width is marked `full`: the same
 * paragraph continues on the next line, whatever that line looks like alone
 * (a 30-character slice of a sentence can look like a headline). Pages with
 * a paragraph per line have no common width and nothing is marked.
 */
function markWrappedLines(lines: Line[]): void {
  let long = 0;
  for (const l of lines) if (l.width >= WRAP_MIN) long++;
  if (long < 5) return;
  // A view on a buffer kept between pages: a typed array of this size
  // made per page is allocated off the heap, which costs more than sorting it.
  if (widthScratch.length < long) widthScratch = new Int32Array(long * 2);
  const widths = widthScratch.subarray(0, long);
  let k = 0;
  for (const l of lines) if (l.width >= WRAP_MIN) widths[k++] = Math.round(l.width);
  const { width, count: best } = commonWidth(widths);
  if (best < 5 || best * 4 < long) return;
  // Not a wrap width if lines run much longer than it.
  let longer = 0;
  for (const l of lines) if (l.width > width + 2) longer++;
  if (longer * 10 > long) return;
  // Some tools wrap at a count of characters rather than a width: a line
  // with half-width digits is then full by its length.
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (Math.max(l.width, l.end - l.start) >= width - 1.5) l.full = true;
    else if (l.kind === 'title' && k + 1 < lines.length && l.width >= NEARLY_FULL * width && runsOn(l.text, lines[k + 1].text)) l.kind = 'body';
  }
}

/** A column line this near the wrap width is a slice of running text, not a
 *  title, when it has a comma inside, ends in a character, and that
 *  character makes a word with the next line's first (有傳媒引述消息人士指,
 *  德勤中國高層日 / 前召開: 日前, across a blank line OCR put there). A
 *  headline can be as long (全面推进乡村振兴，加快建设农业强国) but makes no
 *  word with the lead below it; a label with a colon (新春走基层：…) is a title. */
const NEARLY_FULL = 0.85;
const COMMA_INSIDE_RE = /[，,、；;]./;

function runsOn(line: string, next: string): boolean {
  if (!COMMA_INSIDE_RE.test(line) || /[：:]/.test(line) || !isHan(line.charCodeAt(line.length - 1)) || !isHan(next.charCodeAt(0))) return false;
  return wordAcrossJoin(line + next, line.length, line.length, line.length + Math.min(next.length, 4)) !== null;
}

/** A title-like line with a clause mark inside that ends on a figure,
 *  Han before its digits, is running text when the next line opens on the
 *  figure's unit (…吞吐能力已超过2600 / 万标准箱，…): a headline's number
 *  is whole, and a unit opens no line of its own. */
const FIGURE_TAIL_RE = /[\u4e00-\u9fff][\d.]*\d$/;
const UNIT_FIRST = '万萬亿億%％个個元';
function markFigureRunOns(lines: Line[]): void {
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k];
    // As long as a sentence, not a headline's few words (辞旧岁，迎2025 /
    // 元旦假期…), and no year.
    if (l.kind !== 'title' || l.text.length < RUN_ON_MIN || !COMMA_INSIDE_RE.test(l.text) || !FIGURE_TAIL_RE.test(l.text) || YEAR_TAIL_RE.test(l.text)) continue;
    let j = k + 1;
    while (j < lines.length && lines[j].text === '') j++;
    if (j < lines.length && UNIT_FIRST.includes(lines[j].text[0]) && !/^元[旦宵]/.test(lines[j].text)) l.kind = 'body';
  }
}
const RUN_ON_MIN = 16;
const YEAR_TAIL_RE = /(?:^|\D)(?:19|20)\d\d$/;

/** markWrappedLines' widths (only read while it runs). */
let widthScratch = new Int32Array(256);

/** The width w that most of `widths` come to, w or w − 1, the wider one on
 *  a tie; sorts `widths` (a typed array sorts by value, natively). */
export function commonWidth(widths: Int32Array): { width: number; count: number } {
  widths.sort();
  let width = 0;
  let best = 0;
  let prevW = NaN; // the previous distinct width and its count
  let prevN = 0;
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === w) j++;
    const c = j - i + (prevW === w - 1 ? prevN : 0);
    // Ascending: an equal count later is a wider width.
    if (c >= best) [best, width] = [c, w];
    prevW = w;
    prevN = j - i;
    i = j;
  }
  return { width, count: best };
}

/** Narrow OCR column lines: 6–22 characters each, one per line of print. */
export const OCR_LINE_MIN = 6;
export const OCR_LINE_MAX = 22;

/**
 * Raw OCR of a page keeps the print's column lines (8–20 characters), with
 * blank lines only between paragraphs, and their widths vary too much for
 * markWrappedLines. When most lines are that narrow and blank lines do
 * separate groups, every line but a group's last runs on into the next: a
 * group is one paragraph, not a stack of headlines (issue 10).
 */
function markOcrColumns(lines: Line[]): void {
  if (lines.length < 6 || lines.some((l) => l.full)) return;
  // Groups are numbered from 0 in line order.
  const groups = lines[lines.length - 1].group + 1;
  if (groups < 2 || groups * 2 > lines.length) return;
  let narrow = 0;
  for (const l of lines) if (l.text.length >= OCR_LINE_MIN && l.text.length <= OCR_LINE_MAX) narrow++;
  if (narrow < 0.75 * lines.length) return;
  // Column lines stop anywhere; a stack of titles stops on whole words, and
  // the lines of a wrapped paragraph mostly do not end a sentence either, so
  // ask for clause marks inside the lines: running text has them.
  const clauses = lines.filter((l) => /[，,、；;：:]/.test(l.text)).length;
  if (clauses < 0.3 * lines.length) return;
  // Per group too: a stack of titles (引题, 主题, 副题) has no clause mark
  // and stays a stack; running text has them.
  const running = new Set(lines.filter((l) => /[，,、；;：:]/.test(l.text)).map((l) => l.group));
  for (let i = 0; i + 1 < lines.length; i++) {
    lines[i].ocr = true;
    const next = lines[i + 1];
    if (next.group === lines[i].group && running.has(next.group) && !STRUCTURAL.has(lines[i].kind)) lines[i].full = true;
  }
}

/**
 * Pages from some layout systems and OCR tools separate paragraphs by line
 * ends alone, not by blank lines. Read as groups, such a page would be one
 * paragraph. When blank lines hardly ever separate lines (under one in 25),
 * a line is a paragraph of its own — or, where the page indents its
 * paragraphs (`　　…`), an unindented body line continues the one above
 * (hard-wrapped text). A ■ line without a sentence end keeps its text on the
 * next line (a list item), and consecutive byline lines stay one byline.
 */
/** Line kinds that start a block of their own even after a full line. */
const STRUCTURAL = new Set<LineKind>(['credits', 'byline', 'footer', 'mdtitle', 'marker', 'photo-credit', 'pinyin', 'folio']);

function regroupWithoutBlankLines(lines: Line[]): void {
  const n = lines.length;
  if (n < 8 || lines[n - 1].group * 25 >= n) return;
  const indentMarksParagraphs = lines.filter((l) => l.indented).length >= 3;
  const wrapped = lines.some((l) => l.full);
  // New groups kept apart, not on the lines (a deleted property would
  // leave every line a slow dictionary object).
  const regroup = new Int32Array(n);
  let group = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    const prev = lines[i - 1];
    if (prev !== undefined) {
      const blankBefore = line.group !== prev.group;
      const sameBlock =
        !blankBefore &&
        ((wrapped && prev.full === true && !line.indented && !STRUCTURAL.has(line.kind)) ||
          (!wrapped && indentMarksParagraphs && !line.indented && line.kind === 'body' && (prev.kind === 'body' || prev.kind === 'lead')) ||
          (prev.kind === 'marker' && line.kind !== 'marker' && !endsSentence(prev.text) && !/摄[）)]?$/.test(prev.text)) ||
          (prev.kind === 'byline' && line.kind === 'byline'));
      if (!sameBlock) group++;
    }
    // Later lines still compare against their original groups.
    regroup[i] = group;
  }
  for (let i = 0; i < n; i++) lines[i].group = regroup[i];
}

interface Draft {
  kind: BlockKind | 'title';
  lines: Line[];
}

/** Pass 2: lines → draft blocks. */
function draftBlocks(lines: Line[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = drafts[drafts.length - 1];
    const sameGroup = prev !== undefined && prev.lines[prev.lines.length - 1].group === line.group;
    const next = lines[i + 1];
    // A hard-wrapped paragraph goes on after a full line, whatever this
    // line looks like on its own; its first slice was no title after all.
    const prevLine = prev?.lines[prev.lines.length - 1];
    if (sameGroup && prevLine?.full && !STRUCTURAL.has(line.kind) && (prev.kind === 'body' || prev.kind === 'lead' || prev.kind === 'title' || prev.kind === 'caption')) {
      if (prev.kind === 'title') prev.kind = 'body';
      prev.lines.push(line);
      continue;
    }
    switch (line.kind) {
      case 'marker': {
        // A ■ caption whose photographer is credited on the next line
        // (`本报记者 王五 摄`): one caption of two lines, not a list item.
        if (next !== undefined && next.group === line.group && isPhotoCreditLine(next.text)) {
          drafts.push({ kind: 'caption', lines: [line, next] });
          i++;
          break;
        }
        // ■ with its text on the very next line is a list item, a ■ paragraph
        // standing alone is a photo caption.
        const listItem = next !== undefined && next.group === line.group && next.kind !== 'marker';
        const alsoListItem = sameGroup && prev.kind === 'list-item';
        drafts.push({ kind: listItem || alsoListItem ? 'list-item' : 'caption', lines: [line] });
        break;
      }
      case 'photo-credit':
        // The credit of the caption above (图①：… / 李小云摄（人民视觉）);
        // alone, a credited caption of its own.
        if (prev?.kind === 'caption') prev.lines.push(line);
        else drafts.push({ kind: 'caption', lines: [line] });
        break;
      case 'byline':
        if (sameGroup && prev.kind === 'byline') prev.lines.push(line);
        else drafts.push({ kind: 'byline', lines: [line] });
        break;
      case 'credits':
        drafts.push({ kind: 'credits', lines: [line] });
        break;
      case 'pinyin':
        drafts.push({ kind: 'masthead-pinyin', lines: [line] });
        break;
      case 'folio':
        drafts.push({ kind: 'folio', lines: [line] });
        break;
      case 'footer':
        drafts.push({ kind: 'footer', lines: [line] });
        break;
      case 'lead':
        drafts.push({ kind: 'lead', lines: [line] });
        break;
      case 'mdtitle':
      case 'title':
        // Each title line is its own block (kicker / headline / subhead).
        // A short line inside a body paragraph's group is wrapped body text.
        if (line.kind === 'title' && sameGroup && (prev.kind === 'body' || prev.kind === 'lead')) prev.lines.push(line);
        else drafts.push({ kind: 'title', lines: [line] });
        break;
      default:
        // Body lines of one group are one paragraph (layout wrapping).
        if (sameGroup && (prev.kind === 'body' || prev.kind === 'lead')) prev.lines.push(line);
        else drafts.push({ kind: 'body', lines: [line] });
    }
  }
  return drafts;
}

/** Characters in U+3400–U+9FFF. */
function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

function isColumnLabelText(text: string): boolean {
  const han = hanCount(text);
  return han >= 2 && han <= 8 && han === text.length && !PUNCT_ANY_RE.test(text);
}

function isSubheadLike(text: string): boolean {
  return /^[—─-]{1,2}/.test(text) || (/[，,]/.test(text) && /\d/.test(text));
}

function pinyinSyllables(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** Does the line hold 摄 (or 攝) at all? Read off the page's scan. */
function hasShe(line: Line, she: readonly number[]): boolean {
  return anyIn(she, line.textStart, line.textStart + line.text.length);
}

export function parsePage(text: string): Page {
  // The page's one scan (text/scan.ts), made here for the analyses and
  // rules that read it later too.
  const scan = pageScan(text);
  const lines = splitLines(text, scan);
  const drafts = draftBlocks(lines);
  const kinds: (BlockKind | 'title')[] = drafts.map((d) => d.kind);
  const n = drafts.length;
  const textOf = (i: number) => {
    const ls = drafts[i].lines;
    return ls.length === 1 ? ls[0].text : ls.map((l) => l.text).join('\n');
  };

  // Masthead: a short Han line followed by its pinyin spelling.
  let masthead: Page['masthead'];
  for (let i = 0; i + 1 < n; i++) {
    if (kinds[i + 1] !== 'masthead-pinyin') continue;
    const name = textOf(i);
    if ((kinds[i] === 'title' || kinds[i] === 'column-label') && hanCount(name) === name.length && pinyinSyllables(textOf(i + 1)) === name.length) {
      kinds[i] = 'masthead';
      masthead = { name, pinyin: textOf(i + 1), blocks: [i, i + 1] };
      break;
    }
  }
  // Without a pinyin line (other papers, OCR): a short all-Han title that
  // opens the page right above the credits line, or above the folio (date,
  // page), is the masthead too.
  if (!masthead && n >= 2 && kinds[0] === 'title' && (kinds[1] === 'credits' || kinds[1] === 'folio')) {
    const name = textOf(0);
    const han = hanCount(name);
    if (han >= 2 && han <= 8 && han === name.length) {
      kinds[0] = 'masthead';
      masthead = { name, blocks: [0] };
    }
  }
  // A pinyin line that spells nothing on the page is still not body text.

  // Captions set without ■ (other papers): `图①：…`, `图为…`, or a short
  // paragraph that ends in a photographer credit (`…新华社记者 王五摄`).
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 'body') continue;
    const ls = drafts[i].lines;
    // Cheap tests first: most paragraphs are longer than a caption, and
    // neither open on 图 nor end in 摄.
    let length = ls.length - 1; // the line ends textOf joins with
    for (const l of ls) length += l.text.length;
    if (length > CAPTION_MAX) continue;
    if (!CAPTION_START_RE.test(ls[0].text) && !hasShe(ls[ls.length - 1], scan.she)) continue;
    const t = textOf(i);
    if (CAPTION_START_RE.test(t) || parseCaptionCredit(t, 0) !== null) kinds[i] = 'caption';
  }

  // Pass 3: title runs.
  interface Head {
    at: number;
    blocks: number[];
  }
  const heads: Head[] = [];
  let articleOpen = false;
  let sawBody = false;
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    if (k !== 'title') {
      if (k === 'body' || k === 'lead' || k === 'list-item') sawBody = true;
      if (k === 'byline' && !articleOpen) articleOpen = true;
      continue;
    }
    let j = i;
    while (j < n && kinds[j] === 'title') j++;
    const run: number[] = [];
    for (let x = i; x < j; x++) run.push(x);
    // What follows the run, captions aside.
    let f = j;
    while (f < n && kinds[f] === 'caption') f++;
    const after = f < n ? kinds[f] : undefined;
    // Short bare labels right above the credits line (`要闻`) head no article.
    if ((after === 'credits' || after === 'folio') && run.every((b) => isColumnLabelText(textOf(b)))) {
      for (const b of run) kinds[b] = 'column-label';
      i = j - 1;
      continue;
    }
    const mdHead = drafts[i].lines[0].mdLevel !== undefined && drafts[i].lines[0].mdLevel! <= 2;
    const startsArticle =
      after === 'byline' ||
      after === 'lead' ||
      run.length >= 2 ||
      mdHead ||
      !articleOpen;
    if (startsArticle) {
      heads.push({ at: i, blocks: run });
      articleOpen = true;
      sawBody = false;
      let r = 0;
      // Leading column labels (栏目): short, bare, and more title follows.
      while (r < run.length - 1 && isColumnLabelText(textOf(run[r]))) kinds[run[r++]] = 'column-label';
      const rest = run.slice(r);
      if (rest.length === 1) kinds[rest[0]] = 'headline';
      else if (rest.length === 2) {
        if (isSubheadLike(textOf(rest[1])) && !isSubheadLike(textOf(rest[0]))) {
          kinds[rest[0]] = 'headline';
          kinds[rest[1]] = 'subhead';
        } else {
          kinds[rest[0]] = 'kicker';
          kinds[rest[1]] = 'headline';
        }
      } else if (rest.length > 2) {
        kinds[rest[0]] = 'kicker';
        kinds[rest[1]] = 'headline';
        for (const b of rest.slice(2)) kinds[b] = 'subhead';
      }
    } else {
      for (const b of run) {
        const t = textOf(b);
        // Right after the byline and before any body: a column label out of
        // reading order; otherwise a section heading (小标题).
        kinds[b] = !sawBody && isColumnLabelText(t) ? 'column-label' : 'heading';
      }
    }
    i = j - 1;
  }

  // Build blocks.
  const blocks: Block[] = drafts.map((d, i) => {
    const first = d.lines[0];
    const last = d.lines[d.lines.length - 1];
    const kind = kinds[i] === 'title' ? 'heading' : (kinds[i] as BlockKind);
    const block: Block = {
      kind,
      start: first.start,
      end: last.end,
      // One line: its own (trimmed, Markdown marks removed) text.
      text: d.lines.length === 1 ? first.text : text.slice(first.textStart, last.end).trimEnd(),
      textStart: first.textStart,
      line: first.no,
      article: -1,
    };
    if (first.mdLevel !== undefined) block.mdLevel = first.mdLevel;
    return block;
  });

  // Credits: the first credits line on the page.
  let credits: Page['credits'];
  const captions: Caption[] = [];
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    if (b.kind === 'credits' && !credits) {
      // A credits block is its credits line, parsed when it was classified.
      const entries = drafts[i].lines[0].credits ?? parseCredits(b.text, b.textStart);
      if (entries) credits = { start: b.textStart, end: b.end, block: i, entries };
    }
    if (b.kind === 'caption') {
      const photographer = parseCaptionCredit(b.text, b.textStart) ?? undefined;
      captions.push({ start: b.textStart, end: b.end, block: i, photographer });
    }
  }

  // Articles in reading order.
  const articles: Article[] = [];
  const headAt: (Head | undefined)[] = new Array(n);
  for (const h of heads) headAt[h.at] = h;
  let cur: Article | undefined;
  const open = (start: number): Article => {
    const a: Article = {
      index: articles.length,
      start,
      end: start,
      subheads: [],
      bylines: [],
      paragraphs: [],
      captions: [],
    };
    articles.push(a);
    return a;
  };
  let bodySeen = false;
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    const head = headAt[i];
    if (head) {
      cur = open(b.start);
      bodySeen = false;
      for (const h of head.blocks) {
        const k = blocks[h].kind;
        if (k === 'column-label') cur.columnLabel = h;
        else if (k === 'kicker') cur.kicker = h;
        else if (k === 'headline') cur.headline = h;
        else if (k === 'subhead') cur.subheads.push(h);
        blocks[h].article = cur.index;
      }
      cur.end = blocks[head.blocks[head.blocks.length - 1]].end;
      i = head.blocks[head.blocks.length - 1];
      continue;
    }
    switch (b.kind) {
      case 'masthead':
      case 'masthead-pinyin':
      case 'folio':
      case 'credits':
      case 'footer':
        continue;
      case 'byline': {
        const byline = toByline(b, i, drafts[i].lines);
        // A byline after the body has begun and with the article already
        // signed opens an article whose head is missing or elsewhere.
        if (!cur || (bodySeen && cur.bylines.length > 0)) {
          cur = open(b.start);
          bodySeen = false;
        }
        cur.bylines.push(byline);
        break;
      }
      case 'caption':
        // A photo above every article (the page's lead photo) belongs to none.
        if (!cur) continue;
        cur.captions.push(i);
        break;
      default:
        // body, lead, heading, list-item, column-label out of order
        // A label above everything (`要闻` by the credits) labels the page.
        if (!cur && b.kind === 'column-label') continue;
        if (!cur) cur = open(b.start);
        if (b.kind === 'column-label' && cur.columnLabel === undefined) cur.columnLabel = i;
        else cur.paragraphs.push(i);
        if (b.kind !== 'column-label') bodySeen = true;
    }
    b.article = cur.index;
    cur.end = b.end;
  }

  const page: Page = { text, blocks, masthead, credits, articles, captions };
  if (lines.some((l) => l.ocr)) page.ocrColumns = true;
  return page;
}

function toByline(b: Block, index: number, lines: readonly Line[]): Byline {
  const out: Byline = {
    block: index,
    start: b.textStart,
    end: b.end,
    reporters: [],
    correspondents: [],
    photos: false,
  };
  // A byline of one line was parsed when it was classified.
  if (lines.length === 1 && lines[0].byline) return addByline(out, lines[0].byline);
  let offset = b.textStart;
  let k = 0;
  for (const lineText of b.text.split('\n')) {
    // The line as classified: its byline is parsed already.
    const l = lines[k++];
    const same = l !== undefined && l.kind === 'byline' && l.textStart === offset && l.text === lineText;
    const p = same ? l.byline! : parseByline(lineText, offset);
    if (p) addByline(out, p);
    offset += lineText.length + 1;
  }
  return out;
}

/** Add one line's byline to the block's. */
function addByline(out: Byline, p: ParsedByline): Byline {
  if (p.outlet && !out.outlet) out.outlet = p.outlet;
  out.reporters.push(...p.reporters);
  out.correspondents.push(...p.correspondents);
  out.photos ||= p.photos;
  return out;
}
