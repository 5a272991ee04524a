// Slips in four-character idioms (成语) and set phrases: 水泻不通 for
// 水泄不通, 一视同人 for 一视同仁, 沧海一栗 for 沧海一粟. The commonest
// 错别字 of all, and too many to list by hand: the curated lists hold the
// ones seen, this finds the rest from jieba's idioms (data/idioms.gen.ts).
//
// A candidate is four characters on the page that are no idiom but one
// character away from exactly one, where that character reads like the
// idiom's (any toneless reading in common, zh/z, ch/c, sh/s and -ng/-n
// taken alike: 乘热打铁, 不甚枚举), is a listed look-alike of it (栗/粟),
// or is built on the same last part (昧/味: 津津有昧), and is a common simplified character (GB 2312: a traditional
// form or a rare one is a choice of script or an OCR misread). Whether it
// reads as two correct words instead is for the rule to ask the segmenter.
// No evidence, by the tables: a different character at an end of an idiom
// whose other three characters are a word (在|进一步), a first character
// common as a word on its own (要|在其中 beside 乐在其中), or a slip whose
// half is a common word itself (大师|已去 beside 大势已去), or two words
// (传家|至宝 beside 传家之宝: both halves words of jieba's dictionary).
import { charClasses, listedLookAlike } from './chars';
import { COMMON_HALVES, IDIOM_BITS, IDIOMS, NEAR_WORDS, SHAPE_FAMILIES, WORD_HALVES } from './data/idioms.gen';
import { mixPair } from './pair-hash';
import { nearlyAlike } from './readings';

export interface IdiomSlip {
  start: number;
  /** The four characters on the page. */
  wrong: string;
  /** The idiom they slip from. */
  right: string;
}

const BITS = 16;
/** The pair bit sets are larger than the chains' table: at 19 bits they are
 *  1.5% full, so few places of a page go on to the second test. */
const PAIR_BITS = 19;
const pairHash = (a: number, b: number) => mixPair(a, b) >>> (32 - PAIR_BITS);
/** A pair's slot in the chains' table (16 bits of the pair hash). */
const slotOf = (w: number) => w >>> (PAIR_BITS - BITS);
/** A pair's slot with one more character at a place of the window, in a
 *  larger table: four entries per idiom fill a 16-bit one by a third, a 20-bit one by 3%. */
const PLUS_BITS = 20;
const plus = (s: number, at: number, c: number) => (Math.imul(s + (at << BITS), 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - PLUS_BITS);

/**
 * Idioms as code units (four per idiom) and two chained hash tables over
 * them, by first pair and by last pair: -1 ends a chain. A place of the
 * page that starts no idiom's first pair and ends no idiom's last pair (four
 * in five) costs one hash and two loads from bit sets small enough to stay
 * in the cache; no Map, no string (a page asks ~1,000 times).
 */
interface Index {
  codes: Uint16Array;
  heads: Uint32Array;
  tails: Uint32Array;
  /** A window near an idiom shares one more character with it than the
   *  pair: bits for (first pair, third), (first pair, fourth), (last pair,
   *  second) and (last pair, first). Most places whose pair starts or ends
   *  some idiom (一个, 发展) go no further than these. */
  headPlus: Uint32Array;
  tailPlus: Uint32Array;
  headFirst: Int32Array;
  headNext: Int32Array;
  tailFirst: Int32Array;
  tailNext: Int32Array;
  /** Real words one character away from an idiom (攻城略地, 自作主张). */
  nearWords: Set<string>;
  /** Per idiom (IDIOM_BITS): bit p for places 0 and 3 where a different
   *  character is no evidence; 16 / 32: its first / last half is a word;
   *  64: a set phrase, not an idiom; 128: the rarer of two variants. */
  bits: Uint8Array;
  /** Two-character words near an idiom's half, as code pairs: 1 a word,
   *  2 a common one. */
  halves: Map<number, number>;
  /** Per code unit: 1 a GB 2312 character, 2 also a free-standing word (chars.ts). */
  common: Uint8Array;
  /** Per code unit: its shape family (SHAPE_FAMILIES), 0 none. */
  family: Uint16Array;
}

let index: Index | undefined;

function build(): Index {
  const n = IDIOMS.length >> 2;
  const codes = new Uint16Array(n * 4);
  for (let i = 0; i < n * 4; i++) codes[i] = IDIOMS.charCodeAt(i);
  const heads = new Uint32Array(1 << (PAIR_BITS - 5));
  const tails = new Uint32Array(1 << (PAIR_BITS - 5));
  const headPlus = new Uint32Array(1 << (PLUS_BITS - 5));
  const tailPlus = new Uint32Array(1 << (PLUS_BITS - 5));
  const set = (bits: Uint32Array, x: number) => (bits[x >>> 5] |= 1 << (x & 31));
  const headFirst = new Int32Array(1 << BITS).fill(-1);
  const tailFirst = new Int32Array(1 << BITS).fill(-1);
  const headNext = new Int32Array(n);
  const tailNext = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const hw = pairHash(codes[4 * k], codes[4 * k + 1]);
    const tw = pairHash(codes[4 * k + 2], codes[4 * k + 3]);
    set(heads, hw);
    set(tails, tw);
    const h = slotOf(hw);
    const t = slotOf(tw);
    set(headPlus, plus(h, 2, codes[4 * k + 2]));
    set(headPlus, plus(h, 3, codes[4 * k + 3]));
    set(tailPlus, plus(t, 1, codes[4 * k + 1]));
    set(tailPlus, plus(t, 0, codes[4 * k]));
    headNext[k] = headFirst[h];
    headFirst[h] = k;
    tailNext[k] = tailFirst[t];
    tailFirst[t] = k;
  }
  const bits = new Uint8Array(n);
  for (let k = 0; k < n; k++) bits[k] = IDIOM_BITS.charCodeAt(k) - 0x30;
  const halves = new Map<number, number>();
  const pairsOf = (s: string, v: number) => {
    for (let i = 0; i + 1 < s.length; i += 2) halves.set(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1), v);
  };
  pairsOf(WORD_HALVES, 1);
  pairsOf(COMMON_HALVES, 2);
  const nearWords = new Set<string>();
  for (let i = 0; i + 4 <= NEAR_WORDS.length; i += 4) nearWords.add(NEAR_WORDS.slice(i, i + 4));
  const common = charClasses();
  const family = new Uint16Array(0x10000);
  let f = 1;
  for (let i = 0; i < SHAPE_FAMILIES.length; i++) {
    const c = SHAPE_FAMILIES.charCodeAt(i);
    if (c === 0x20) f++;
    else family[c] = f;
  }
  return (index = { codes, heads, tails, headPlus, tailPlus, headFirst, headNext, tailFirst, tailNext, nearWords, bits, halves, common, family });
}

/** Slips in text[from, to), left to right. */
export function findIdiomSlips(text: string, from: number, to: number): IdiomSlip[] {
  const out: IdiomSlip[] = [];
  if (to - from < 4) return out;
  const ix = index ?? build();
  const { heads, tails, headPlus, tailPlus } = ix;
  const has = (bits: Uint32Array, x: number) => (bits[x >>> 5] & (1 << (x & 31))) !== 0;
  // The pair at i is the first pair of the window at i and the last pair
  // of the window at i - 2: one hash serves both.
  let c1 = text.charCodeAt(from);
  for (let i = from; i + 1 < to; i++) {
    const c0 = c1;
    c1 = text.charCodeAt(i + 1);
    const w = pairHash(c0, c1);
    const bit = 1 << (w & 31);
    const s = slotOf(w);
    if (i + 4 <= to && (heads[w >>> 5] & bit) !== 0) {
      const c2 = text.charCodeAt(i + 2);
      const c3 = text.charCodeAt(i + 3);
      if (c2 === c3 || has(headPlus, plus(s, 2, c2)) || has(headPlus, plus(s, 3, c3))) near(ix, text, i, s, 0, c0, c1, out);
    }
    if (i - 2 >= from && (tails[w >>> 5] & bit) !== 0) {
      const b0 = text.charCodeAt(i - 2);
      const b1 = text.charCodeAt(i - 1);
      if (b0 === b1 || has(tailPlus, plus(s, 1, b1)) || has(tailPlus, plus(s, 0, b0))) near(ix, text, i - 2, s, 2, c0, c1, out);
    }
  }
  return out.length < 2 ? out : withoutAmbiguous(out.sort((a, b) => a.start - b.start));
}

/** The window at `at` against the idioms whose pair at `fixed` is (c0, c1):
 *  one of the other two characters may differ, read alike or a listed
 *  look-alike, or both where the idiom doubles one (汹汹, 济济) and the
 *  page doubles its slip. A window near two idioms is evidence for neither. */
function near(ix: Index, text: string, at: number, s: number, fixed: number, c0: number, c1: number, out: IdiomSlip[]): void {
  const { codes } = ix;
  const first = fixed === 0 ? ix.headFirst : ix.tailFirst;
  const next = fixed === 0 ? ix.headNext : ix.tailNext;
  const free = 2 - fixed;
  const a = text.charCodeAt(at + free);
  const b = text.charCodeAt(at + free + 1);
  let right = -1;
  let rarer = -1;
  for (let k = first[s]; k >= 0; k = next[k]) {
    const o = 4 * k;
    if (codes[o + fixed] !== c0 || codes[o + fixed + 1] !== c1) continue;
    const x = codes[o + free];
    const y = codes[o + free + 1];
    if (a === x && b === y) return; // an idiom itself (the other pass returns too)
    // A doubled character slips as a pair (来势凶凶 for 来势汹汹): one slip.
    const doubled = x === y && a === b;
    const p = doubled ? free : b === y ? free : a === x ? free + 1 : -1;
    if (p < 0 || (!doubled && (ix.bits[k] & (1 << p) & 9) !== 0)) continue;
    const got = p === free ? a : b;
    const want = p === free ? x : y;
    if (!ix.common[got] || (p === 0 && !doubled && ix.common[got] & 2)) continue;
    // Only of the same shape (昧/味): for an idiom, not a set phrase of words (这样的活).
    const shape = ix.family[got] !== 0 && ix.family[got] === ix.family[want] && (ix.bits[k] & 64) === 0;
    if (!(nearlyAlike(got, want) || listedLookAlike(got, want) || shape)) continue;
    if (readsAsWords(ix, text, at, p, ix.bits[k])) continue;
    // The rarer of two variants (无动于中) only where the commoner is not
    // near too: a slip near both is the commoner's.
    if (ix.bits[k] & 128) {
      if (rarer >= 0 && rarer !== k) return;
      rarer = k;
      continue;
    }
    if (right >= 0 && right !== k) return;
    right = k;
  }
  if (right < 0) right = rarer;
  if (right < 0) return;
  const wrong = text.slice(at, at + 4);
  if (!ix.nearWords.has(wrong)) out.push({ start: at, wrong, right: IDIOMS.slice(4 * right, 4 * right + 4) });
}

/** Does the half of the window holding place p read as a word: a common
 *  one beside a function word (大师|已去), or one beside the idiom's other
 *  half that is a word too (传家|至宝)? A common word beside what is no
 *  phrase with it is still a slip (感同|深受, 语重|心肠). */
function readsAsWords(ix: Index, text: string, at: number, p: number, bits: number): boolean {
  const h = at + (p & 2);
  const half = ix.halves.get(text.charCodeAt(h) * 0x10000 + text.charCodeAt(h + 1)) ?? 0;
  if (half === 0) return false;
  if ((bits & (p < 2 ? 32 : 16)) !== 0) return true;
  return half === 2 && (ix.common[text.charCodeAt(at + (p < 2 ? 2 : 0))] & 2) !== 0;
}

/** A window found from its head pair near one idiom and from its tail pair
 *  near another is evidence for neither. A window near one idiom is found
 *  by one pass only (the one whose pair it shares exactly), so two finds at
 *  one place always name two idioms. Sorted by start. The compound scan
 *  (compounds.ts) reads its finds the same way. */
export function withoutAmbiguous<T extends { start: number }>(found: readonly T[]): T[] {
  return found.filter((f, i) => found[i - 1]?.start !== f.start && found[i + 1]?.start !== f.start);
}

/** Is text[at, at + 4) an idiom? By the head chains the slip scan walks. */
function isIdiomAt(ix: Index, text: string, at: number): boolean {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  for (let k = ix.headFirst[slotOf(pairHash(c0, c1))]; k >= 0; k = ix.headNext[k]) {
    const o = 4 * k;
    const { codes } = ix;
    if (codes[o] === c0 && codes[o + 1] === c1 && codes[o + 2] === text.charCodeAt(at + 2) && codes[o + 3] === text.charCodeAt(at + 3)) return true;
  }
  return false;
}

/** Does text[start, end) lie inside an idiom written right (畅所 in
 *  畅所欲言, 一帜 in 独树一帜)? A look-alike of a word there is part of the
 *  idiom, whatever the segmenter makes of it (ICU splits 畅所欲言 into four). */
export function insideIdiom(text: string, start: number, end: number, lo: number, hi: number): boolean {
  if (end - start > 4) return false;
  const ix = index ?? build();
  for (let a = Math.max(lo, end - 4); a <= start && a + 4 <= hi; a++) if (isIdiomAt(ix, text, a)) return true;
  return false;
}
