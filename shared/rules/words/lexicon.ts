// What the word rules share: a phrase table that finds listed phrases in a
// block at page speed, the segmenter's word-boundary test that keeps a
// listed form from matching across two correct words, and the places on a
// page the word rules must not read (names, bylines, credits).
import { defineAnalysis, type AnalysisContext } from '../../analysis/context';
import { isTraditional } from '../../text/script';
import { isWord, zhWords } from '../../text/segmenter';
import { lowerBound } from '../../text/sorted';
import { isHan as isHanExport } from '../../text/han';
import { HEADING_KINDS, NAME_KINDS } from '../../text/kinds';
import type { Block, Page, Roster } from '../../types';
import { charClasses, standsAsWord } from './chars';
import { PAIRS } from './data/pairs.gen';
import { mixPair } from './pair-hash';

const isHan = isHanExport;

export interface PhraseHit<V> {
  start: number;
  end: number;
  phrase: string;
  value: V;
}

/**
 * Phrases of two or more characters, indexed by their first two code units.
 * Most places of a page start no phrase, so the scan asks a small bit set
 * of hashed first pairs first: one hash and one load per character, a
 * branch that is nearly always 'no' (two per-character marks, each passing
 * half the text, cost the branch predictor more than the whole test). Where
 * it says 'maybe' for a pair only longer phrases start with, a second bit
 * set asks about the third character; then a Map lookup and a string
 * compare. Longest phrase first at each place.
 */
const PAIR_BITS = 17;
/** The bit set all pairs pass first, listed and packed: ~22,000 packed pairs
 *  fill a 20-bit one by 2%, so most places stop at one load. */
const UNION_BITS = 20;
const pairHash = mixPair;
const pairSlot = (a: number, b: number) => pairHash(a, b) >>> (32 - PAIR_BITS);
const has = (bits: Uint32Array, slot: number) => (bits[slot >>> 5] & (1 << (slot & 31))) !== 0;
const set = (bits: Uint32Array, slot: number) => (bits[slot >>> 5] |= 1 << (slot & 31));

/**
 * Two-character phrases packed four code units a record (the phrase, then
 * its value's two characters: 干躁干燥), with a function that makes the
 * value. Tens of thousands of generated look-alikes cost one string and an
 * open-addressed table of record offsets, not a Map entry and two arrays
 * each: building that took ~70 ms of a cold start.
 */
export interface PackedPairs<V> {
  records: string;
  value: (other: string) => V;
}

export class PhraseTable<V> {
  private readonly byHead = new Map<number, [string, V][]>();
  /** Open addressing on the pair's code units: record offset + 1, 0 empty. */
  private readonly packedSlots: Int32Array;
  private readonly packed?: PackedPairs<V>;
  /** One bit per UNION_BITS slot of the pair hash: set where some
   *  phrase's first pair hashes, listed or packed. */
  private readonly pairs = new Uint32Array(1 << (UNION_BITS - 5));
  /** One bit per slot of pairSlot: the listed phrases' first pairs. */
  private readonly listedPairs = new Uint32Array(1 << (PAIR_BITS - 5));
  /** The same for the first pairs of two-character listed phrases only,
   *  and for the first three characters of the longer ones (hashed as a
   *  pair of the first pair's slot and the third): most places a first
   *  pair passes start a common word (一大, 不断), not a listed phrase. */
  private readonly shortPairs = new Uint32Array(1 << (PAIR_BITS - 5));
  private readonly triples = new Uint32Array(1 << (PAIR_BITS - 5));

  constructor(entries: Iterable<readonly [string, V]>, packed?: PackedPairs<V>) {
    this.packed = packed;
    const n = packed ? packed.records.length >> 2 : 0;
    this.packedSlots = new Int32Array(n ? 1 << Math.ceil(Math.log2(n * 2 + 1)) : 1);
    for (let o = 0; o < 4 * n; o += 4) this.addPacked(o);
    for (const [p, v] of entries) {
      if (p.length < 2) continue;
      const h = pairHash(p.charCodeAt(0), p.charCodeAt(1));
      const slot = h >>> (32 - PAIR_BITS);
      set(this.pairs, h >>> (32 - UNION_BITS));
      set(this.listedPairs, slot);
      if (p.length === 2) set(this.shortPairs, slot);
      else set(this.triples, pairSlot(slot, p.charCodeAt(2)));
      const k = (p.charCodeAt(0) << 16) | p.charCodeAt(1);
      const list = this.byHead.get(k);
      if (list) list.push([p, v]);
      else this.byHead.set(k, [[p, v]]);
    }
    for (const list of this.byHead.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** The longest listed phrase at i, pushed: found or not. */
  private findListed(text: string, i: number, to: number, slot: number, c0: number, c1: number, out: PhraseHit<V>[]): boolean {
    if (!has(this.shortPairs, slot)) {
      // Only longer phrases start with this pair: ask for the third character too.
      if (i + 2 >= to || !has(this.triples, pairSlot(slot, text.charCodeAt(i + 2)))) return false;
    }
    const list = this.byHead.get((c0 << 16) | c1);
    if (!list) return false;
    for (const [p, v] of list) {
      if (i + p.length <= to && text.startsWith(p, i)) {
        // Go on at the next place, not after the phrase: a listed slip may
        // start inside a look-alike that its guards will drop (人群蜂涌:
        // 群蜂 for 群峰, then 蜂涌 for 蜂拥). The rules settle overlaps.
        out.push({ start: i, end: i + p.length, phrase: p, value: v });
        return true;
      }
    }
    return false;
  }

  get size(): number {
    return this.byHead.size + (this.packed ? this.packed.records.length >> 2 : 0);
  }

  private addPacked(o: number): void {
    const r = this.packed!.records;
    const a = r.charCodeAt(o);
    const b = r.charCodeAt(o + 1);
    set(this.pairs, pairHash(a, b) >>> (32 - UNION_BITS));
    const mask = this.packedSlots.length - 1;
    let h = pairHash(a, b) & mask;
    while (this.packedSlots[h] !== 0) {
      const q = this.packedSlots[h] - 1;
      if (r.charCodeAt(q) === a && r.charCodeAt(q + 1) === b) return; // the first record wins
      h = (h + 1) & mask;
    }
    this.packedSlots[h] = o + 1;
  }

  /** The packed record for the pair (a, b): its offset, or -1. */
  private packedAt(a: number, b: number): number {
    if (!this.packed) return -1;
    const r = this.packed.records;
    const mask = this.packedSlots.length - 1;
    for (let h = pairHash(a, b) & mask; this.packedSlots[h] !== 0; h = (h + 1) & mask) {
      const q = this.packedSlots[h] - 1;
      if (r.charCodeAt(q) === a && r.charCodeAt(q + 1) === b) return q;
    }
    return -1;
  }

  /** Matches in text[from, to), left to right: the longest at each place;
   *  matches at different places may overlap. */
  find(text: string, from = 0, to = text.length): PhraseHit<V>[] {
    const out: PhraseHit<V>[] = [];
    if (to - from < 2) return out;
    const { pairs, listedPairs } = this;
    // Each character is read once: the second of one pair is the first of the next.
    let c1 = text.charCodeAt(from);
    for (let i = from; i + 1 < to; i++) {
      const c0 = c1;
      c1 = text.charCodeAt(i + 1);
      const h = pairHash(c0, c1);
      if (!has(pairs, h >>> (32 - UNION_BITS))) continue;
      const slot = h >>> (32 - PAIR_BITS);
      if (has(listedPairs, slot) && this.findListed(text, i, to, slot, c0, c1, out)) continue;
      // Listed entries come before packed ones, as the longer before the shorter.
      const q = this.packedAt(c0, c1);
      if (q >= 0) out.push({ start: i, end: i + 2, phrase: text.slice(i, i + 2), value: this.packed!.value(this.packed!.records.slice(q + 2, q + 4)) });
    }
    return out;
  }
}

// ------------------------------------------------------------ word bounds

const WINDOW = 6;

/**
 * Does no word cross the edges of text[start, end)? A listed form may sit
 * across two correct words (以|经济 holds 以经, 发布|署名 holds 布署): ask
 * the segmenter whether a word starts before the form and ends inside it,
 * or starts inside it and ends past it. A word that holds the whole form
 * (the segmenter's dictionary knows some misspelt idioms, 一片狼籍) does
 * not count against it: the lists are checked against jieba's dictionary so
 * that no common correct word holds a listed form. Without a segmenter
 * (small-icu builds) the answer is no: the rules then stay silent.
 */
export function standsAlone(text: string, start: number, end: number, lo = 0, hi = text.length): boolean {
  const r = edgeReading(text, start, end, lo, hi);
  return r !== null && !r.crossLeft && !r.crossRight;
}

/** How the segmenter reads the edges of text[start, end): whether a word
 *  starts before it and ends inside (crossLeft), or starts inside and ends
 *  past it (crossRight), and the words holding its first and last
 *  characters (offsets from `a`). Null without a segmenter. */
interface EdgeReading {
  a: number;
  /** The window's words, from offset `a`. */
  segments: Intl.Segments;
  first: Intl.SegmentData;
  last: Intl.SegmentData;
  crossLeft: boolean;
  crossRight: boolean;
}
function edgeReading(text: string, start: number, end: number, lo: number, hi: number): EdgeReading | null {
  const seg = zhWords();
  if (!seg) return null;
  const a = Math.max(lo, start - WINDOW);
  const s = seg.segment(text.slice(a, Math.min(hi, end + WINDOW)));
  const first = s.containing(start - a);
  const last = s.containing(end - 1 - a);
  if (!first || !last) return null;
  const crossLeft = first.index < start - a && first.index + first.segment.length < end - a;
  const crossRight = last.index + last.segment.length > end - a && last.index > start - a;
  return { a, segments: s, first, last, crossLeft, crossRight };
}

/**
 * Does the segmenter cross one edge of a two-character form only by
 * leaving the form's other character alone, where that character is no
 * word on its own (老街|涣|发出, 天气|正威|协|着, 观众|欣|尝了)? Then its
 * reading is no reading: a bound character alone is what a slip leaves.
 */
export function strandsBound(text: string, start: number, end: number, lo = 0, hi = text.length): boolean {
  const r = end - start === 2 ? edgeReading(text, start, end, lo, hi) : null;
  return r !== null && strands(text, start, end, r);
}
function strands(text: string, start: number, end: number, { a, first, last }: EdgeReading): boolean {
  if (end - start !== 2 || first.index === last.index) return false;
  const alone = (w: Intl.SegmentData, at: number) => w.index === at && w.segment.length === 1 && !standsAsWord(text.charCodeAt(a + at));
  // The word holding the first character ends with it and starts before;
  // or the word holding the second starts with it and runs past.
  const crossLeft = first.index < start - a && first.index + first.segment.length === start + 1 - a;
  const crossRight = last.index === end - 1 - a && last.segment.length > 1;
  return (crossRight && alone(first, start - a)) || (crossLeft && alone(last, end - 1 - a));
}

/**
 * Does the form sit between words: the segmenter's word before it and the
 * one after it are two characters or more, or no Han at all (a stop, a
 * number, the block's edge), or after it a particle (了, 着, 的)? A look-alike made of two free characters
 * (手碗 beside 手腕) is read only there: between single characters it is
 * as likely two words side by side (他手|碗都端不稳).
 */
const PARTICLES_AFTER = new Set([...'了着过的地得']);

export function betweenWords(text: string, start: number, end: number, lo: number, hi: number): boolean {
  const r = edgeReading(text, start, end, lo, hi);
  if (!r) return false;
  // Neither word beside it may reach into the form.
  if (r.first.index < start - r.a || r.last.index + r.last.segment.length > end - r.a) return false;
  const ok = (w: Intl.SegmentData | undefined) => !w || w.segment.length >= 2 || !isHan(w.segment.charCodeAt(0));
  const before = start > lo ? r.segments.containing(start - 1 - r.a) : undefined;
  const after = end < hi ? r.segments.containing(end - r.a) : undefined;
  // After it, a particle a word takes is as good as a word (实地|观查|了).
  return ok(before) && (ok(after) || PARTICLES_AFTER.has(after!.segment));
}

/** The segmenter's words of text[start, end) when none reaches in or out
 *  (stricter than standsAlone: a word holding the form counts), else null. */
export function wordsOf(text: string, start: number, end: number, lo = 0, hi = text.length): string[] | null {
  const seg = zhWords();
  if (!seg) return null;
  const a = Math.max(lo, start - WINDOW);
  const b = Math.min(hi, end + WINDOW);
  const s = seg.segment(text.slice(a, b));
  const first = s.containing(start - a);
  if (!first || first.index < start - a) return null;
  const words: string[] = [];
  for (let w: Intl.SegmentData | undefined = first; w; w = s.containing(w.index + w.segment.length)) {
    words.push(w.segment);
    const wEnd = w.index + w.segment.length;
    if (wEnd === end - a) return words;
    if (wEnd > end - a) return null;
  }
  return null;
}

// ------------------------------------------------------ crossing readings

let pairSet: Set<number> | undefined;
/** Is a+b a common two-character word (data/pairs.gen.ts)? */
function isPair(text: string, i: number): boolean {
  if (!pairSet) {
    pairSet = new Set();
    for (let k = 0; k + 1 < PAIRS.length; k += 2) pairSet.add((PAIRS.charCodeAt(k) << 16) | PAIRS.charCodeAt(k + 1));
  }
  return pairSet.has((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1));
}

/**
 * Can text[start, end) be read another way, as words that cross its edges?
 * 给定单个 holds 定单 (a listed variant of 订单) but reads 给定|单个: the
 * character before it makes a common word with its first, and its last with
 * the one after makes another. For a longer form, one crossing word and
 * the rest of the form a word (by the segmenter) is enough.
 */
export function readsAcross(text: string, start: number, end: number, lo: number, hi: number): boolean {
  const left = start > lo && isPair(text, start - 1);
  const right = end < hi && isPair(text, end - 1);
  if (end - start === 2) return left && right;
  return (left && isWord(text.slice(start + 1, end))) || (right && isWord(text.slice(start, end - 1)));
}

// ------------------------------------------------------------ where to read

/** Blocks whose wording the word rules read: not masthead, folio, credits
 *  or byline lines, which are names and labels. */
export function wordBlocks(ctx: AnalysisContext): readonly Block[] {
  return ctx.get(WordBlocks);
}

/** Once per check: five of the six word rules ask for them. */
const WordBlocks = defineAnalysis('words/blocks', (ctx): readonly Block[] => ctx.page.blocks.filter((b) => !NAME_KINDS.has(b.kind)));

/**
 * A word rule's candidates or findings, or none on a page set in
 * traditional characters. Asked once a rule has something (most pages
 * give the word rules nothing): the answer is a count over the whole page,
 * which house-style detection has not always made already (it stops
 * before it on a page with a credits line or a pinyin masthead).
 */
export function noneIfTraditional<T>(ctx: AnalysisContext, found: T[]): T[] {
  return found.length > 0 && ctx.get(TraditionalScript) ? [] : found;
}

/** Display lines: the 2020 quality rules count an error there twice. */
export function isHeading(b: Block): boolean {
  return HEADING_KINDS.has(b.kind) || b.kind === 'column-label';
}

/** Page ranges a word rule must not touch: every occurrence of a roster
 *  name, of a byline or credits name, and foreign names written with the
 *  interpunct (穆罕默德·阿里). Sorted by start. */
export function protectedSpans(page: Page, roster?: Roster): readonly [number, number][] {
  return protectedEntry(page, roster).spans;
}

/** The same, asked by one binary search (SpanSet). */
export function protectedSet(page: Page, roster?: Roster): SpanSet {
  const entry = protectedEntry(page, roster);
  return (entry.set ??= new SpanSet(entry.spans));
}

function protectedEntry(page: Page, roster?: Roster): ProtectedEntry {
  // Three rules ask for the same page and roster in one check: found once.
  const known = spanCache.get(page);
  if (known && known.roster === roster) return known;
  const entry: ProtectedEntry = { roster, spans: findProtectedSpans(page, roster) };
  spanCache.set(page, entry);
  return entry;
}

interface ProtectedEntry {
  roster?: Roster;
  spans: [number, number][];
  set?: SpanSet;
}

const spanCache = new WeakMap<Page, ProtectedEntry>();

function findProtectedSpans(page: Page, roster?: Roster): [number, number][] {
  const names = new Set<string>();
  if (roster) for (const list of Object.values(roster)) for (const n of list) if (n.length >= 2) names.add(n);
  for (const a of page.articles) for (const b of a.bylines) for (const n of [...b.reporters, ...b.correspondents]) names.add(n.name);
  for (const e of page.credits?.entries ?? []) for (const n of e.names) if (n.name.length >= 2) names.add(n.name);
  for (const c of page.captions) if (c.photographer) names.add(c.photographer.name);
  const text = page.text;
  const out: [number, number][] = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push([i, i + n.length]);
  for (let i = text.indexOf('·'); i >= 0; i = text.indexOf('·', i + 1)) {
    let a = i;
    let b = i + 1;
    while (a > 0 && (isHan(text.charCodeAt(a - 1)) || text[a - 1] === '·')) a--;
    while (b < text.length && (isHan(text.charCodeAt(b)) || text[b] === '·')) b++;
    out.push([a, b]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** The findings of one rule with no two overlapping: where listed phrases
 *  overlap (PhraseTable.find keeps both), the one that starts first, and of
 *  two at one place the longer, is kept. */
export function withoutOverlaps<T extends { start: number; end: number }>(found: T[]): T[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const f of sorted) if (out.length === 0 || f.start >= out[out.length - 1].end) out.push(f);
  return out;
}

/**
 * Spans asked "does any overlap [start, end)?" many times a page: starts
 * sorted, with the largest end so far beside each, so one binary search
 * answers (a span overlaps iff it starts before `end` and, of those, the
 * furthest end passes `start`).
 */
export class SpanSet {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(spans: Iterable<readonly [number, number]>) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    this.starts = sorted.map((x) => x[0]);
    let m = -1;
    this.maxEnds = sorted.map((x) => (m = Math.max(m, x[1])));
  }

  overlaps(start: number, end: number): boolean {
    const k = lowerBound(this.starts, end);
    return k > 0 && this.maxEnds[k - 1] > start;
  }
}

/** Does a listed wrong form stand where it was found: for a short one, no
 *  word reaching in or out (by the segmenter), and for any, no reading as
 *  words across its edges? word/misspelling's guard; the other rules ask
 *  it before they let a listed form speak for the characters it covers. */
export function listedFormStands(text: string, start: number, end: number, lo: number, hi: number): boolean {
  // A listed form of four or more characters (an idiom) is no part of a
  // right word; the segmenter often splits a wrong idiom oddly (出奇|不|意地).
  // The table lookup first: it costs no segmenter call.
  if (readsAcross(text, start, end, lo, hi)) return false;
  if (end - start >= 4) return true;
  const r = edgeReading(text, start, end, lo, hi);
  return r !== null && ((!r.crossLeft && !r.crossRight) || strands(text, start, end, r));
}


// ------------------------------------------------------------ names

/** What names a place after its name (大鲍岛, 台西镇, 胶北街道), and
 *  starts few words: not 路, 街, 村 (路灯, 街巷, 村民). */
const PLACE_SUFFIXES = new Set(['岛', '屿', '湾', '镇', '乡', '峪', '庄', '街道']);
const SUFFIX_FIRST = '岛屿湾镇乡峪庄街';

/** Does a two-character look-alike name a place: its suffix next, as the
 *  segmenter reads it (大|鲍|岛: 大鲍岛 is no slip of 大炮), or after one
 *  more character of the name (在|胶|莱|街道, 在|胶|北街道: none of 在校)?
 *  A writer slips inside a word, not in front of 岛 or 街道. */
export function readsAsPlace(text: string, start: number, end: number, hi: number): boolean {
  if (end - start !== 2 || end >= hi) return false;
  // No suffix's first character next or one on: no segmenter call (this is
  // asked of every look-alike the tables let through).
  if (!SUFFIX_FIRST.includes(text[end]) && !(end + 1 < hi && SUFFIX_FIRST.includes(text[end + 1]))) return false;
  const seg = zhWords();
  if (!seg) return false;
  const s = seg.segment(text.slice(end, Math.min(hi, end + 4)));
  const next = s.containing(0);
  if (!next) return false;
  if (PLACE_SUFFIXES.has(next.segment)) return true;
  // One more character of the name, then the suffix: 莱|街道, or read as one (北街道).
  if (next.segment.length === 3 && PLACE_SUFFIXES.has(next.segment.slice(1))) return true;
  if (next.segment.length !== 1 || (charClasses()[next.segment.charCodeAt(0)] & 3) !== 1) return false; // a Han character, no function word (的)
  const after = s.containing(1);
  return after !== undefined && PLACE_SUFFIXES.has(after.segment);
}

/** The commonest single-character surnames (about nine in ten people). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);
/** Surnames that as often start an ordinary word after a role (于, 向, 马上,
 *  严格, 江边, 石头, 万元, 方面): no name by themselves. */
const WORDLIKE_SURNAMES = new Set([...'于向张高曾段万严马江石白金方常许余任钱']);
/** What follows a name in news copy: a verb of saying or a title (strong
 *  evidence), or a stop or a conjunction (weak: lists end so too). */
const AFTER_NAME = /^(?:说|称|讲|表示|介绍|报道|宣布|出席|参加|主持|发言|指出|认为|强调|教授|总|主任|书记|局长|院长|经理|老师|先生|女士|同志)/;
const AFTER_NAME_WEAK = /^(?:[，。、；：！？（）“”]|和|与|及|等)/;
/** What precedes one: a role (strong), or a stop (weak). */
const BEFORE_NAME =
  /(?:记者|通讯员|主任|主持人|村民|市民|居民|老师|教授|工程师|局长|院长|书记|经理|代表|委员|负责人|检察官|法官|警官|民警|律师|医生|护士|专家|研究员|校长|队长|站长|所长|馆长|科长|处长|厂长|董事长|教练|选手|队员|志愿者|师傅)$/;
const BEFORE_NAME_WEAK = /(?:^|[，。、；：！？（）“”\s])$/;

/**
 * Does text[start, end) read as a person's name or part of one (记者王文锋
 * 报道, 付教授介绍, 张兰洲参加)? A two- or three-character look-alike that
 * starts with a surname, or follows one, with a role before it or a verb of
 * saying or a title after it, and a stop at the other side at least: names
 * are written as their owners write them, and the segmenter leaves them in
 * pieces. A stop on both sides is a list (游泳、田胫、篮球), not a name,
 * unless a surname comes right before the form (李锦洲、赵雷洲). After a
 * role, a surname starting the form or right before it is enough.
 */
export function readsAsName(text: string, start: number, end: number, lo: number, hi: number): boolean {
  if (end - start > 3) return false;
  // A role, then a surname that starts the form or comes right before it:
  // the form is (in) the name whatever follows (检察官沈申|向过往 beside 伸向)
  // — unless the surname is an everyday word too (记者于|斤日, 代表向|友关).
  for (const at of [start, start - 1])
    if (at > lo && SURNAMES.has(text[at]) && !WORDLIKE_SURNAMES.has(text[at]) && BEFORE_NAME.test(text.slice(Math.max(lo, at - 3), at))) return true;
  const after = text.slice(end, Math.min(hi, end + 2));
  const strongAfter = AFTER_NAME.test(after);
  if (!strongAfter && !AFTER_NAME_WEAK.test(after)) return false;
  const named = (at: number, listed: boolean) => {
    const before = text.slice(Math.max(lo, at - 3), at);
    const strongBefore = BEFORE_NAME.test(before);
    return (strongBefore || BEFORE_NAME_WEAK.test(before)) && (strongBefore || strongAfter || listed);
  };
  if (SURNAMES.has(text[start]) && named(start, false)) return true;
  // A given name after its surname stands in lists of names too (李锦洲、赵雷洲).
  return start > lo && SURNAMES.has(text[start - 1]) && end - start === 2 && named(start - 1, true);
}

// ------------------------------------------------------------ script

// The word tables are of 规范汉字 (the simplified standard): a page set in
// traditional characters (a 1930s 晶報 page, a Hong Kong paper) follows
// other norms, and the word rules leave it alone (shared/text/script.ts).
export { isTraditional };

/** Once per check, shared by the word rules. */
export const TraditionalScript = defineAnalysis('words/traditional-script', (ctx) => isTraditional(ctx.text));
