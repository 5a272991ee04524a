// Which paragraph continues which: the one analysis behind sentence/broken,
// sentence/truncated, sentence/fragment and quote/unbalanced, computed once
// per check (ctx.get(CONTINUATIONS)) and shared.
//
// A paragraph that ends mid-sentence (an open paragraph) is usually continued
// by the next paragraph in reading order, but a caption or a 小标题 can sit
// between, and a scrambled reading order can put the continuation anywhere on
// the page, even earlier. Every open paragraph gets candidate heads: the next
// paragraph, and far ones — paragraphs that start mid-sentence or sit at a
// seam of the reading order, or start with a character that forms a bigram
// the page uses with the tail's last one. Each pair is scored on its evidence
// (a word across the join, a head starting mid-sentence or closing the
// tail's quotation, the same story, a lead or a new-sentence opener against);
// a far head must clearly beat an acceptable next paragraph. Pairs are taken
// best first as an assignment: a paragraph continues at most one other and
// is continued by at most one, with no cycles.
//
// Cost: linear in the page for the per-paragraph facts; per open paragraph
// at most MAX_FAR far candidates (found through indexes, nearest first), each
// scored on windows of a few characters (STORY_WINDOW for the same-story
// measure); the word segmenter only on such windows, its answers cached, and
// asked twice a page (mid-word starts with next-paragraph joins, then far
// joins), each time about all windows at once.
import { defineAnalysis } from './context';
import { GENERAL_PROFILE, type Profile } from '../profiles';
import { DATELINE_RE } from '../text/datelines';
import { lastMark } from '../text/marks';
import { endsWithCredit, isCreditLine } from './signatures';
import { isAsciiDigit, isHan } from '../text/han';
import { matchesAt } from '../text/match';
import type { Block, BlockKind, Page } from '../types';
import {
  endsOnClause,
  endsSentence,
  endsWithClosedQuote,
  pairMarks,
  startShape,
  trimEnd,
  type Mark,
  type StartShape,
} from './marks';
import { askWords, PageBigrams, SharedWording, wordsAcrossJoins, type Join } from './words';

/** Why a paragraph was taken as another's continuation. */
export type Evidence =
  | 'next' // the next paragraph in reading order
  | 'word' // a word forms across the join (生+活)
  | 'figure' // a date or figure runs across the join (今年|9月, 1.2|萬)
  | 'starts-mid' // the head starts on punctuation, or closes a quotation the tail opened
  | 'quote-closes' // the tail is inside a quotation and the next paragraph closes one
  | 'mid-word' // the head starts on a lone bound character (务|贸易)
  | 'same-story' // far away, but shares the tail's wording
  | 'orphan' // the paragraph before the head ends mid-sentence and does not go on into it
  | 'attribution'; // `…。”` then a bare `某某说。`

export interface Paragraph {
  /** Position in Continuations.paragraphs (reading order). */
  index: number;
  /** Index into page.blocks. */
  block: number;
  /** Offsets of the trimmed text in the page text. */
  start: number;
  end: number;
  line: number;
  /** Ends mid-sentence (no 。！？；：… before trailing closing marks). */
  open: boolean;
  /** Ends on ，、: no doubt about it being mid-sentence. */
  clauseEnd: boolean;
  /** How the paragraph opens (openingOf), worked out when first asked. */
  opening: Opening;
  /** The text line of a ■ list item. */
  listText: boolean;
  /** A lead (本报讯 …) starts an article: never a continuation. */
  lead: boolean;
  shape: StartShape;
  /** Starts on a lone character that rarely begins a sentence (务|贸易). */
  midWord: boolean;
  /** A “ is still open at the end of the paragraph. */
  quoteOpen: boolean;
  /** Closes (with ”) a quotation it never opened: one that opened before. */
  closesUnopened: boolean;
  /** Its paired marks, read on its own. */
  marks: OwnMarks;
  /** Ends with a complete quotation `…。”`. */
  closedQuoteEnd: boolean;
  /** Sits where the reading order is likely broken: right after a non-paragraph
   *  block (byline, column label, heading) or after an open paragraph. */
  seam: boolean;
  /** Right after a byline or column label (an article's first paragraph). */
  afterHead: boolean;
  /** The paragraph before it ends mid-sentence but does not read on into it:
   *  the reading order is broken right here. */
  orphan: boolean;
  /** The paragraph whose sentences flow on into this one (the previous
   *  paragraph in reading order), or -1. */
  before: number;
  /** The next paragraph in reading order with only captions between (a
   *  quotation may run on into it), or -1. */
  following: number;
}

/** Marks left unpaired in a paragraph read on its own. */
export interface OwnMarks {
  /** Openers still open at the end, in order. */
  open: Mark[];
  /** Closers with no opener, and openers closed over (crossed pairs). */
  unmatched: Mark[];
}

export interface Link {
  /** Paragraph indices: `to` continues the sentence `from` leaves open. */
  from: number;
  to: number;
  score: number;
  evidence: Evidence[];
  /** `to` is the next paragraph in reading order (captions/headings aside). */
  adjacent: boolean;
  /** A heading or column label sits between them. */
  acrossTitle?: boolean;
  /** Only blank lines separate them: the join just removes the line breaks. */
  blankOnly: boolean;
  /** The word formed across the join, if any. */
  word?: string;
}

export interface Continuations {
  paragraphs: Paragraph[];
  /** page.blocks index → paragraph index, or -1 (a plain array: it is
   *  read for every block around every paragraph). */
  byBlock: number[];
  /** By paragraph index. */
  next: (Link | undefined)[];
  prev: (Link | undefined)[];
  links: Link[];
  /** Logical paragraphs: each chain lists paragraph indices in the order the
   *  joined text reads (a single paragraph is a chain of one). */
  chains: number[][];
  /** Open paragraphs with no continuation anywhere. */
  truncated: number[];
  /** Paragraphs starting mid-sentence that no open paragraph leads into. */
  fragments: number[];
  /** The page's bigrams (which pairs it uses, and where). */
  bigrams: PageBigrams;
}

/** Blocks that carry running text. */
const PARAGRAPH_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['body', 'lead']);
/** Blocks the layout may drop between a paragraph and its continuation. */
const INTERLEAVED: ReadonlySet<BlockKind> = new Set<BlockKind>(['caption', 'heading', 'column-label', 'folio']);
/** Of those, the ones that are no title: a photo caption, a page number or
 *  date the OCR read in between. */
const ASIDE: ReadonlySet<BlockKind> = new Set<BlockKind>(['caption', 'folio']);

/** A join is taken at this score or above. */
const TAKE = 3;
/** Far candidates examined per open paragraph (nearest first). */
const MAX_FAR = 8;
/** Paragraphs around an open one checked for a word across the join. */
const NEARBY = 40;
/** An adjacent join this well supported is not second-guessed by a search
 *  of the whole page. */
const SURE = TAKE + 4;
/** A far paragraph beats an acceptable next paragraph only by this margin:
 *  the reading order is right far more often than it is scrambled. */
const MARGIN = 3;
/** Characters compared for the same-story measure. */
const STORY_WINDOW = 160;

/** Words that open a new sentence (or paragraph) in news prose, and a time
 *  of day or day set off by a comma (清晨，): a paragraph starting with one
 *  is unlikely to finish another's sentence. None is longer than 7
 *  characters. */
const OPENER_RE =
  /(?:为了|据了解|据悉|记者了解到|目前|同时|另外|此外|近日|日前|今年以来|下一步|截至|与此同时|值得一提的是|如今|对此|因此|但是|然而|此前|随后|首先|其次|(?:清晨|早上|上午|中午|下午|傍晚|晚上|深夜|昨天|昨日|今天|今日|当天|当日|次日|去年|近年来|近期|眼下)，)/y;
/** Does a new-sentence opener stand at `at`? (Sticky: matched in place,
 *  with no slice of the head made.) */
function opensSentence(text: string, at: number): boolean {
  return matchesAt(OPENER_RE, text, at);
}

/** Does the paragraph start mid-sentence by its shape: on a mark or a
 *  particle no sentence starts with, or closing a quotation it never
 *  opened? */
const startsMid = (p: Paragraph) => p.shape.punct || p.shape.particle || p.shape.closerFirst;

/** A subject of 2–10 characters, then 是/也/还/都 (生态保护是…, 适老化改造
 *  也在…), all in the first clause; not those characters inside a word
 *  (特别是, 是否, 都市, 首都, 偿还, 还款). */
const SUBJECT_FIRST_RE =
  /[\u4e00-\u9fff]{2,10}?(?:(?<![别就但或于总而凡正也还只倒硬老实要若真像算])是(?![否非])|也(?!许)|(?<![偿归退])还(?![款原贷债清])|(?<![首成大国])都(?![市会城]))/y;

/** A speaker of 2–24 characters, then a verb of saying and a comma, all in
 *  the first clause (市南区文化和旅游局相关负责人表示，); not 对…来说，. */
const SPEAKER_FIRST_RE = /[\u4e00-\u9fff“”]{2,24}?(?:表示|介绍|指出|认为|(?<!来)说|坦言)，/y;

/** A place set off by a comma (在胶州市农业技术推广中心的育种试验田里，):
 *  a sentence's opening adverbial. */
const PLACE_FIRST_RE = /在[^，。；！？\n]{2,24}?[里中上内外前旁边]，/y;

/** How a paragraph opens, worked out when first asked and kept. */
export enum Opening {
  Unknown = -1,
  Plain = 0,
  /** A subject and 是/也/还/都. */
  Subject = 1,
  /** A speaker and a verb of saying. */
  Speaker = 2,
  /** A place set off by a comma. */
  Place = 3,
}

export function openingOf(text: string, p: Paragraph): Opening {
  if (p.opening === Opening.Unknown)
    p.opening = matchesAt(SUBJECT_FIRST_RE, text, p.start)
      ? Opening.Subject
      : matchesAt(SPEAKER_FIRST_RE, text, p.start)
        ? Opening.Speaker
        : matchesAt(PLACE_FIRST_RE, text, p.start)
          ? Opening.Place
          : Opening.Plain;
  return p.opening;
}

/** Tails that ask for a clause, whatever opens it: an attributive 的, a
 *  preposition or conjunction (…这项政策对 / 中小企业来说，), a verb of
 *  saying or finding (…认为 / 这项工作是…). */
const ASKS_FOR_CLAUSE_RE = /(?:[对把向被从和同跟及给为让将以因由于]|认为|表示|说|发现|指出|显示|称|强调|介绍|相信|觉得|知道|看到|了解到|坦言|提出|要求|希望)$/;
/** Adverbs that ask for 在 (还|在, 将|在). */
const ASKS_FOR_ZAI = '正还仍都也又就将已曾要会能可均皆才再并';

/** Does head q open a sentence of its own after tail t, which stops on a
 *  bare word: a subject, a speaker, a place — unless the tail asks for
 *  just that (…据 / X介绍，; …还 / 在车间里，; …对 / 中小企业…)? */
function opensAfterBareTail(text: string, t: Paragraph, q: Paragraph): boolean {
  const opening = openingOf(text, q);
  if (opening === Opening.Plain) return false;
  const tail = text.slice(Math.max(t.start, t.end - 3), t.end);
  const last = tail[tail.length - 1];
  if (opening === Opening.Speaker) return last !== '据';
  if (ASKS_FOR_CLAUSE_RE.test(tail) || endsOnAttributive(text, t.end)) return false;
  return opening === Opening.Subject || !ASKS_FOR_ZAI.includes(last);
}

/** A bare attribution sentence: `青岛依美时尚国际贸易有限公司副总经理冯志伟说。` */
const ATTRIBUTION_RE = /^[^“”‘’「」，,。！？：:\n]{2,40}?(?:说|介绍|表示|指出|称|说道|坦言|感慨|告诉记者)。/;

/** The shared analysis for this check. */
export const CONTINUATIONS = defineAnalysis('continuations', (ctx) => analyzeContinuations(ctx.page, ctx.profile));

/** The last item of a list set with dashes (…四大重点产业集群： /
 *  ——汽车及零部件产业集群，年产值… / ——纺织服装…): no 。 needed. Its
 *  block ends on a —— line after another (lines of one block), or it is
 *  one of such blocks after a colon. */
function isDashItem(page: Page, b: number): boolean {
  const blocks = page.blocks;
  const text = blocks[b].text;
  // The last line, and the one before it, without splitting the block.
  const last = text.lastIndexOf('\n') + 1;
  if (!text.startsWith('——', last)) return false;
  if (last > 0 && text.startsWith('——', text.lastIndexOf('\n', last - 2) + 1)) return true;
  let k = b - 1;
  while (k >= 0 && blocks[k].text.startsWith('——')) k--;
  return k >= 0 && /[：:]$/.test(blocks[k].text.trimEnd());
}

function isListText(page: Page, b: number): boolean {
  if (isDashItem(page, b)) return true;
  if (b === 0) return false;
  const prev = page.blocks[b - 1];
  if (prev.kind !== 'list-item') return false;
  // Same blank-line group: a single line end between them (the gap is a
  // few characters: counted in place, not sliced).
  let ends = 0;
  for (let i = prev.end; i < page.blocks[b].start; i++) if (page.text.charCodeAt(i) === 10) ends++;
  return ends <= 1;
}

/** A paragraph that opens with an item mark starts a story of its own. */
const ITEM_START_RE = /^[▲●◉△◘■□◆★☆▼◇○]/u;
/** Look-alikes of 。 in OCR output. */
const OCR_STOP = '-*~=';
/** Closing notes: the story ends here (（完）, （未完）, （待续）). */
const END_NOTE_RE = /[（(](?:完|未完|待续|待續|续完|續完)[）)]$/u;

/** Does the paragraph text[start, end) end where a sentence may end, in
 *  this house style? A paragraph closing on a credit (（柳）, （怡自京寄）,
 *  新华社记者 吴鲁摄) or an end note is complete, whatever mark precedes. */
function endsComplete(text: string, start: number, end: number, profile: Profile): boolean {
  if (endsSentence(text, start, end)) return true;
  const mark = lastMark(text, start, end);
  // OCR reads 。 as - * ~ =: after a Han character at a paragraph's end it
  // is the full stop.
  if (profile.ocr && end - start >= 2 && OCR_STOP.includes(text[end - 1]) && isHan(text.charCodeAt(end - 2))) return true;
  if (mark && profile.extraParagraphEnds.includes(mark)) return true;
  if (profile.bareEnds && mark && isHan(mark.charCodeAt(0))) return true;
  const tail = text.slice(Math.max(start, end - 48), end);
  // The end note's regex is led by a class, tried at every position: only
  // worth running where the paragraph ends on its closing bracket.
  const closes = text[end - 1] === '）' || text[end - 1] === ')';
  return (closes && END_NOTE_RE.test(tail)) || endsWithCredit(tail) || isCreditLine(text.slice(start, end));
}

function describe(page: Page, b: number, index: number, profile: Profile): Paragraph {
  const block: Block = page.blocks[b];
  const text = page.text;
  const start = block.textStart;
  const end = trimEnd(text, start, block.end);
  const open = !endsComplete(text, start, end, profile);
  // Pair the paragraph's marks on their own (quotes.ts reuses this for a
  // paragraph that joins no other).
  const marks: OwnMarks = { open: [], unmatched: [] };
  pairMarks(text, start, end, marks.open, marks.unmatched);
  // A lead, or a new item, starts a story: never another's continuation.
  const lead = block.kind === 'lead' || DATELINE_RE.test(block.text) || ITEM_START_RE.test(block.text);
  const shape = startShape(text, start, end);
  return {
    index,
    block: b,
    start,
    end,
    line: block.line,
    open,
    clauseEnd: open && endsOnClause(text, start, end),
    opening: Opening.Unknown,
    listText: isListText(page, b),
    lead,
    shape,
    midWord: false, // asked of the segmenter for all paragraphs at once
    quoteOpen: marks.open.some((m) => m.mark === '“'),
    closesUnopened: marks.unmatched.some((m) => m.mark === '”'),
    marks,
    closedQuoteEnd: !open && endsWithClosedQuote(text, start, end),
    seam: false,
    afterHead: false,
    orphan: false,
    before: -1,
    following: -1,
  };
}

interface Adjacent {
  to: number;
  blankOnly: boolean;
  /** A heading or column label sits between (weaker than captions only). */
  acrossTitle: boolean;
  /** Only captions (or nothing) between. */
  acrossCaptionsOnly: boolean;
}

export function analyzeContinuations(page: Page, profile: Profile = GENERAL_PROFILE): Continuations {
  const text = page.text;
  const paragraphs: Paragraph[] = [];
  const byBlock: number[] = new Array(page.blocks.length).fill(-1);
  const bigrams = new PageBigrams(text);
  for (let i = 0; i < page.blocks.length; i++) {
    if (!PARAGRAPH_KINDS.has(page.blocks[i].kind)) continue;
    byBlock[i] = paragraphs.length;
    paragraphs.push(describe(page, i, paragraphs.length, profile));
  }
  const n = paragraphs.length;

  // The next paragraph in reading order, across interleaved blocks only.
  const adjacent: (Adjacent | undefined)[] = new Array(n);
  for (const p of paragraphs) {
    let acrossTitle = false;
    for (let b = p.block + 1; b < page.blocks.length; b++) {
      const kind = page.blocks[b].kind;
      const q = byBlock[b];
      if (q >= 0) {
        adjacent[p.index] = { to: q, blankOnly: b === p.block + 1, acrossTitle, acrossCaptionsOnly: !acrossTitle };
        break;
      }
      if (!INTERLEAVED.has(kind)) break;
      if (!ASIDE.has(kind)) acrossTitle = true;
    }
  }
  // Seams: what comes before each paragraph (captions and folios aside).
  for (const p of paragraphs) {
    let b = p.block - 1;
    while (b >= 0 && ASIDE.has(page.blocks[b].kind)) b--;
    const q = b >= 0 ? byBlock[b] : -1;
    p.seam = q < 0 || paragraphs[q].open;
    const kind = b >= 0 ? page.blocks[b].kind : undefined;
    p.afterHead = kind === 'byline' || kind === 'column-label';
  }
  for (const p of paragraphs) {
    const adj = adjacent[p.index];
    if (adj) paragraphs[adj.to].before = p.index;
    if (adj && adj.acrossCaptionsOnly) p.following = adj.to;
  }

  // One segmenter call for whether paragraphs start mid-word (only worth
  // asking where nothing else already says "mid-sentence") and for the
  // words across each open paragraph's join with the next.
  const nearJoins = paragraphs.map((t): Join | null => {
    const adj = adjacent[t.index];
    return t.open && adj && !(t.listText && !t.clauseEnd) ? [t.end, paragraphs[adj.to].start, paragraphs[adj.to].end] : null;
  });
  const { midWords, words: nearWords } = askWords(
    text,
    paragraphs.map((p) => (!p.lead && !startsMid(p) ? [p.start, p.end] : null)),
    nearJoins,
    bigrams,
  );
  for (const p of paragraphs) p.midWord = midWords[p.index];

  // Candidate pairs: the next paragraph first, since whether it continues
  // the tail decides whether the reading order breaks there (an orphan).
  const wording = new SharedWording(text);
  const adjacentScore: (Link | undefined)[] = new Array(n);
  for (const t of paragraphs) {
    const adj = adjacent[t.index];
    if (adj && nearJoins[t.index]) {
      const l = score(text, t, paragraphs[adj.to], adj, nearWords[t.index], wording);
      adjacentScore[t.index] = l;
      if (l.score < TAKE) paragraphs[adj.to].orphan = true;
    }
  }
  // Indexes of possible far heads (in reading order).
  const eligible = paragraphs.filter((q) => !q.lead && !q.listText);
  const breakHeads = eligible.filter((q) => q.seam || startsMid(q) || q.midWord);

  // Far heads of each open tail the next paragraph does not surely
  // continue; the segmenter is asked about all their joins at once, and
  // only where the page uses the bigram formed and a word there could
  // matter: where, with one, the head could beat the next paragraph
  // (without one its score is lower and its evidence no stronger). Scored
  // first with the same-story measure at its most, which is cheaper.
  const farOf: (Paragraph[] | undefined)[] = new Array(n);
  const farJoins: (Join | null)[] = [];
  // Plain arrays: a small typed array costs more to allocate than it saves.
  const pooled: number[] = new Array(n).fill(0);
  for (const t of paragraphs) {
    if (!t.open || (t.listText && !t.clauseEnd)) continue;
    const near = adjacentScore[t.index];
    if (near && near.score >= SURE) continue;
    const far = farHeads(text, t, adjacent[t.index], eligible, breakHeads, bigrams, pooled);
    farOf[t.index] = far;
    const last = text.charCodeAt(t.end - 1);
    for (const q of far) {
      const ask =
        bigrams.has(last, text.charCodeAt(q.start)) &&
        beats(score(text, t, q, undefined, ANY_WORD, null), near) &&
        beats(score(text, t, q, undefined, ANY_WORD, wording), near);
      farJoins.push(ask ? [t.end, q.start, q.end] : null);
    }
  }
  const farWords = wordsAcrossJoins(text, farJoins);

  const candidates: Link[] = [];
  let k = 0;
  for (const t of paragraphs) {
    const adj = adjacent[t.index];
    if (!t.open) {
      // A complete quotation whose attribution went to the next paragraph.
      if (t.closedQuoteEnd && adj && adj.acrossCaptionsOnly) {
        const q = paragraphs[adj.to];
        if (!q.lead && ATTRIBUTION_RE.test(text.slice(q.start, Math.min(q.end, q.start + 48)))) {
          candidates.push({
            from: t.index,
            to: q.index,
            score: TAKE + 3,
            evidence: ['next', 'attribution'],
            adjacent: true,
            blankOnly: adj.blankOnly,
          });
        }
      }
      continue;
    }
    if (t.listText && !t.clauseEnd) continue;
    const near = adjacentScore[t.index];
    if (near) candidates.push(near);
    for (const q of farOf[t.index] ?? []) {
      const found = farWords[k++];
      // A head that cannot beat the next paragraph even with the same-story
      // measure at its most is not worth measuring.
      if (!beats(score(text, t, q, undefined, found, null), near)) continue;
      const c = score(text, t, q, undefined, found, wording);
      if (beats(c, near)) candidates.push(c);
    }
  }

  // Assignment, best evidence first; ties go to the nearer paragraph.
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.adjacent) - Number(a.adjacent) ||
      Math.abs(paragraphs[a.to].block - paragraphs[a.from].block) -
        Math.abs(paragraphs[b.to].block - paragraphs[b.from].block),
  );
  const next: (Link | undefined)[] = new Array(n);
  const prev: (Link | undefined)[] = new Array(n);
  // Chains are disjoint paths; a link inside one path would close a cycle.
  // Union-find keeps that check near-constant on pages of any length.
  const root: number[] = [];
  for (let i = 0; i < n; i++) root.push(i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  for (const c of candidates) {
    if (c.score < TAKE) break;
    if (next[c.from] || prev[c.to]) continue;
    const a = find(c.from);
    const b = find(c.to);
    if (a === b) continue;
    root[a] = b;
    next[c.from] = c;
    prev[c.to] = c;
  }
  // One pass for what the rules read (no flatMap/filter/map chains).
  const links: Link[] = [];
  const chains: number[][] = [];
  const truncated: number[] = [];
  const fragments: number[] = [];
  for (const p of paragraphs) {
    const l = next[p.index];
    if (l) links.push(l);
    else if (p.open && !(p.listText && !p.clauseEnd)) truncated.push(p.index);
    if (prev[p.index]) continue;
    const chain = [p.index];
    for (let c = next[p.index]; c; c = next[c.to]) chain.push(c.to);
    chains.push(chain);
    if (!p.lead && !p.listText && (startsMid(p) || p.midWord)) fragments.push(p.index);
  }

  return { paragraphs, byBlock, next, prev, links, chains, truncated, fragments, bigrams };
}

/** Far candidate heads of open paragraph `t`, nearest on the page first:
 *  heads that show a break (from their index, nearest first), plus nearby
 *  paragraphs whose first character makes with the tail's last one a bigram
 *  the page uses (a word may form across the join); never the next
 *  paragraph nor the one that flows into the tail. Bounded per tail.
 *  `pooled` is scratch: pooled[q] === t.index + 1 once q was considered. */
function farHeads(
  text: string,
  t: Paragraph,
  adj: Adjacent | undefined,
  eligible: readonly Paragraph[],
  breakHeads: readonly Paragraph[],
  bigrams: PageBigrams,
  pooled: number[],
): Paragraph[] {
  const stamp = t.index + 1;
  const far: Paragraph[] = [];
  const distance = (q: Paragraph) => Math.abs(q.block - t.block);
  const add = (q: Paragraph) => {
    if (pooled[q.index] === stamp) return;
    pooled[q.index] = stamp;
    if (q.index !== t.index && q.index !== adj?.to && q.index !== t.before) keepNearest(far, q, distance, MAX_FAR);
  };
  for (const q of nearest(breakHeads, t.index, MAX_FAR)) add(q);
  const last = text.charCodeAt(t.end - 1);
  if (isHan(last)) {
    for (const q of nearest(eligible, t.index, NEARBY)) {
      // No farther than the farthest kept (it would not be kept): the page
      // need not be asked about its bigram.
      if (far.length === MAX_FAR && distance(q) >= distance(far[MAX_FAR - 1])) continue;
      if (bigrams.has(last, text.charCodeAt(q.start))) add(q);
    }
  }
  return far;
}

/**
 * Add `x` to `kept`, the `max` items of least distance seen so far, in
 * order of distance; ties keep the order they came in (as a stable sort of
 * everything seen, cut to `max`, would).
 */
export function keepNearest<T>(kept: T[], x: T, distance: (x: T) => number, max: number): void {
  const d = distance(x);
  let i = kept.length;
  while (i > 0 && distance(kept[i - 1]) > d) i--;
  if (i >= max) return;
  kept.splice(i, 0, x);
  if (kept.length > max) kept.pop();
}

/** Up to k paragraphs of `list` (in reading order) nearest to paragraph
 *  index `at`, by binary search and two pointers. */
function nearest(list: readonly Paragraph[], at: number, k: number): Paragraph[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].index < at) lo = mid + 1;
    else hi = mid;
  }
  const out: Paragraph[] = [];
  let l = lo - 1;
  let r = lo;
  while (out.length < k && (l >= 0 || r < list.length)) {
    if (r >= list.length || (l >= 0 && at - list[l].index <= list[r].index - at)) out.push(list[l--]);
    else out.push(list[r++]);
  }
  return out;
}

/** May far candidate `c` compete with the next paragraph's join `near`? If
 *  the next paragraph is an acceptable continuation, only by a clear margin,
 *  or with strong evidence (a word across the join, a head that starts
 *  mid-sentence) where the next paragraph has nothing but its position. */
function beats(c: Link, near: Link | undefined): boolean {
  if (c.score < TAKE) return false;
  if (!near || near.score < TAKE) return true;
  if (c.score >= near.score + MARGIN) return true;
  const strong = c.evidence.includes('word') || c.evidence.includes('figure') || c.evidence.includes('starts-mid');
  return strong && near.evidence.length === 1 && c.score > near.score;
}

/** Does the paragraph end on an attributive 的, its noun to come? Not
 *  目的, 有的, 的的: words and a doubled slip. */
function endsOnAttributive(text: string, end: number): boolean {
  return text[end - 1] === '的' && !'目有的'.includes(text[end - 2]);
}

/** A month after a year (今年|9月, 2023年|6月), a day after a month
 *  (5月|20日), a unit after a figure (3|萬, 1.2|亿): one date or figure
 *  across the break. A figure after a figure is not taken (电话 12345 |
 *  2. 下一项: a list's numbering), nor a unit after a number that follows
 *  no Han (六合彩 : $14,371,801 | 元優惠計劃, an imprint line). */
const HEAD_MONTH_RE = /\d{1,2}月/y;
const HEAD_DAY_RE = /\d{1,2}[日号號]/y;
const FIGURE_UNITS = '万萬亿億%％个個元';
function figureAcross(text: string, tailEnd: number, headStart: number): boolean {
  const last = text[tailEnd - 1];
  const before = text.charCodeAt(tailEnd - 2);
  const isDigit = isAsciiDigit;
  if (isDigit(text.charCodeAt(tailEnd - 1))) {
    // A figure in running text (將2|元), not a number in a list or an
    // imprint ($14,371,801): Han right before its digits.
    let a = tailEnd - 1;
    while (a > 0 && (isDigit(text.charCodeAt(a - 1)) || text[a - 1] === '.')) a--;
    return isHan(text.charCodeAt(a - 1)) && FIGURE_UNITS.includes(text[headStart]);
  }
  const re = last === '年' && (isDigit(before) || '今明去前後后'.includes(text[tailEnd - 2])) ? HEAD_MONTH_RE : last === '月' && isDigit(before) ? HEAD_DAY_RE : null;
  return re !== null && matchesAt(re, text, headStart);
}

/** Stands for whatever word the segmenter might find across a join. */
const ANY_WORD = '?';

/** Score the join of open paragraph `t` with candidate head `q`. */
function score(
  text: string,
  t: Paragraph,
  q: Paragraph,
  adj: Adjacent | undefined,
  /** The word the segmenter found across the join, if it was asked. */
  found: string | null,
  /** Null: the best score the head could get, the same-story measure
   *  taken at its most rather than computed. */
  wording: SharedWording | null,
): Link {
  const evidence: Evidence[] = [];
  let s = 0;
  if (adj) {
    // The prior: text flows on to the next paragraph. Weaker across a
    // 小标题, which normally opens a new section — unless the tail left a
    // clause open on ，、: it goes on somewhere, and layout puts it after the
    // heading (…岗位1800余个， / 小标题 / 累计吸纳…), or on an attributive
    // 的 (…以粮食为主的 / 小标题 / 大宗散货集散体系).
    s += adj.acrossTitle ? (t.clauseEnd || endsOnAttributive(text, t.end) ? 3 : 2) : 4;
    evidence.push('next');
  }
  const word = found ?? undefined;
  if (word) {
    s += 4;
    evidence.push('word');
  } else if (figureAcross(text, t.end, q.start)) {
    s += 4;
    evidence.push('figure');
  }
  if (q.shape.particle) {
    // ，|的: no sentence reads so; the head's beginning is lost. After a
    // bare word a particle says "mid-sentence" but not whose: like a lone
    // bound character, next to the tail it counts, far away it is a hint.
    if (t.clauseEnd) s -= 8;
    else {
      s += adj ? 2 : 1;
      evidence.push('mid-word');
    }
  } else if (q.shape.punct) {
    s += 4;
    evidence.push('starts-mid');
  } else if (q.shape.closerFirst) {
    // The head closes a quotation: strong if the tail left one open, and a
    // mismatch (the head belongs elsewhere) if not.
    if (t.quoteOpen) {
      s += 5;
      evidence.push('starts-mid');
    } else s -= 2;
  }
  if (q.midWord) {
    // Next to the tail a lone bound character says "mid-word"; far away it
    // is only a hint unless a word forms across the join (counted above).
    s += adj ? 2 : 1;
    evidence.push('mid-word');
  }
  // The tail is inside a quotation and the head never closes one it did not
  // open: the quotation cannot go on there. Next to the tail, a head that
  // does close one is a little evidence that it goes on there.
  if (t.quoteOpen && !q.closesUnopened && text[q.start] !== '“') s -= 3;
  else if (adj && t.quoteOpen && q.closesUnopened && !q.shape.closerFirst) {
    s += 1;
    evidence.push('quote-closes');
  }
  if (q.lead) s -= 4;
  else if (opensSentence(text, q.start)) s -= 2;
  // After a bare word, a head that opens a sentence of its own — a subject
  // and 是/也/还/都 (…再新建 / 适老化改造也在全区铺开。), a speaker (…可在 /
  // …负责人表示，), a place set off by a comma (…合作社又与 / 在胶州市…
  // 试验田里，) — says the tail lost its end, unless the tail asks for it.
  // After ，、 such a head may go on (…增长23%， / 利润也…).
  else if (!t.clauseEnd && opensAfterBareTail(text, t, q)) s -= 2;
  if (!adj) {
    // Far away: where the head sits in the reading order, and whether it
    // tells the same story as the tail.
    if (q.orphan) {
      s += 2;
      evidence.push('orphan');
    } else if (q.afterHead) s += 1;
    // The story measure adds at most 2: only worth computing if that can
    // make the difference.
    if (s + 2 >= TAKE && s < TAKE + 2) {
      const story = wording ? storyMeasure(text, t, q, wording) : 2;
      if (story > 0) {
        s += story;
        evidence.push('same-story');
      }
    }
  }
  return {
    from: t.index,
    to: q.index,
    score: s,
    evidence,
    adjacent: adj !== undefined,
    acrossTitle: adj?.acrossTitle ?? false,
    blankOnly: adj?.blankOnly ?? false,
    word,
  };
}

/** How much the head shares the tail's wording: 0, 1 or 2. */
function storyMeasure(text: string, t: Paragraph, q: Paragraph, wording: SharedWording): number {
  wording.reference(t.index, Math.max(t.start, t.end - STORY_WINDOW), t.end);
  const shared = wording.shared(q.start, Math.min(q.end, q.start + STORY_WINDOW), 5);
  return shared >= 5 ? 2 : shared >= 3 ? 1 : 0;
}
