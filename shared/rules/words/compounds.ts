// Slips in three-character words (compounds): 汽象台 for 气象台, 公绩金 for
// 公积金, 探侧器 for 探测器. Like the idiom slips (idioms.ts), found without
// a list from jieba's three-character words (data/compounds.gen.ts).
//
// A candidate is three characters on the page that are one character off
// exactly one compound, where that character reads like the compound's (any
// toneless reading in common) or is a listed look-alike, is a GB 2312
// character, and neither it nor the compound's is a function word (的/第,
// 后/候: 的一名, 小时后 are words side by side). No evidence, by the tables:
// a jieba word (NEAR_COMPOUNDS); the new character a word with a neighbour,
// inside the three or outside (检查|或, 工笔花|鸟, 中高技|能: WORD_PAIRS, all
// of jieba's two-character words); or a new first or last character beside
// two that are a common word (高峰|挤 beside 高峰期). The rule asks the rest
// (the segmenter's words across the edges, a name).
import { charClasses, listedLookAlike, listedLookAlikes } from './chars';
import { COMPOUND_BITS, COMPOUNDS, NEAR_COMPOUNDS, WORD_PAIRS } from './data/compounds.gen';
import { withoutAmbiguous } from './idioms';
import { mixPair, wordPairHash, wordPairHash2 } from './pair-hash';
import { MORE_READINGS, soundAlike, syllableIds } from './readings';

export interface CompoundSlip {
  start: number;
  /** The three characters on the page. */
  wrong: string;
  /** The compound they slip from. */
  right: string;
}

/** Bit sets of hashed fixed pairs, 18 bits: 13,700 compounds fill each by 5%. */
const BITS = 18;
const hash = (a: number, b: number) => mixPair(a, b) >>> (32 - BITS);
/** Two code units as one int32 (no heap number: a key above 2^30 would be one). */
const key = (a: number, b: number) => (a << 16) | b;
/** The plus set: 13,700 compounds × 3 places × their readings fill 2^20 bits by 5%. */
const PLUS_BITS = 20;
const plusHash = (frame: number, p: number, x: number) =>
  (Math.imul(frame, 0x9e3779b1) ^ Math.imul(x + (p << 16), 0x85ebca6b) ^ Math.imul(frame >>> 16, 0xc2b2ae35)) >>> (32 - PLUS_BITS);

/**
 * The compounds by the two characters a slip leaves in place: for a slip at
 * the last place its first pair (heads), at the first its last pair
 * (tails), in the middle its ends (ends). A character of the page costs one
 * hash and one load (is it a word with the next?); the few that make no
 * word with either neighbour go on to the three bit sets, the plus set, and
 * then a chain.
 */
interface Index {
  /** (fixed pair, place, a reading of the compound's character there):
   *  most windows that share a pair with some compound (发展|中 …) have no
   *  character read like one, and stop here before any Map. Listed
   *  look-alikes go in as 0x200 + the character. */
  plus: Uint32Array;
  syllables: Uint32Array;
  heads: Uint32Array;
  tails: Uint32Array;
  ends: Uint32Array;
  /** Chains of compounds by the slot of their fixed pair, per place of
   *  the slip (0, 1, 2): first[p][slot], then next[p][k]; -1 ends one. */
  first: Int32Array[];
  next: Int32Array[];
  bits: Uint8Array;
  near: Set<string>;
  /** Per code unit: 1 a GB 2312 character, 2 also a function word (chars.ts). */
  common: Uint8Array;
  /** WORD_PAIRS decoded: bit wordPairHash(a, b) set when ab is a word. */
  wordPairs: Uint8Array;
}

let index: Index | undefined;

function build(): Index {
  const size = 1 << (BITS - 5);
  const ix: Index = {
    plus: new Uint32Array(1 << (PLUS_BITS - 5)),
    syllables: syllableIds(),
    heads: new Uint32Array(size),
    tails: new Uint32Array(size),
    ends: new Uint32Array(size),
    first: [0, 1, 2].map(() => new Int32Array(1 << BITS).fill(-1)),
    next: [0, 1, 2].map(() => new Int32Array(COMPOUNDS.length / 3)),
    bits: new Uint8Array(COMPOUND_BITS.length),
    near: new Set(),
    common: charClasses(),
    wordPairs: decode(WORD_PAIRS),
  };
  /** Compound k, fixed pair (a, b), for a slip at place p. */
  const add = (bits: Uint32Array, p: number, a: number, b: number, k: number) => {
    const h = hash(a, b);
    bits[h >>> 5] |= 1 << (h & 31);
    ix.next[p][k] = ix.first[p][h];
    ix.first[p][h] = k;
  };
  const alts = listedLookAlikes();
  const setPlus = (frame: number, p: number, x: number) => {
    const h = plusHash(frame, p, x);
    ix.plus[h >>> 5] |= 1 << (h & 31);
  };
  for (let k = 0; 3 * k < COMPOUNDS.length; k++) {
    const [a, b, c] = [COMPOUNDS.charCodeAt(3 * k), COMPOUNDS.charCodeAt(3 * k + 1), COMPOUNDS.charCodeAt(3 * k + 2)];
    add(ix.heads, 2, a, b, k);
    add(ix.tails, 0, b, c, k);
    add(ix.ends, 1, a, c, k);
    ix.bits[k] = COMPOUND_BITS.charCodeAt(k) - 0x30;
    const frames: [number, number, number][] = [[key(b, c), 0, a], [key(a, c), 1, b], [key(a, b), 2, c]];
    for (const [frame, p, want] of frames) {
      // A character of more readings than the numbers hold (参: can shen cen …):
      // its frame passes whatever the page's character reads (0x1ff is no syllable).
      if (ix.syllables[want] & MORE_READINGS) setPlus(frame, p, 0x1ff);
      for (let v = ix.syllables[want] & ~MORE_READINGS; v !== 0; v >>>= 9) setPlus(frame, p, v & 0x1ff);
      for (const x of alts.get(want) ?? []) setPlus(frame, p, 0x200 + x);
    }
  }
  for (let i = 0; i + 3 <= NEAR_COMPOUNDS.length; i += 3) ix.near.add(NEAR_COMPOUNDS.slice(i, i + 3));
  return (index = ix);
}

/** Base64 to bytes, here rather than atob: shared/ assumes no DOM or Node globals. */
function decode(b64: string): Uint8Array {
  const digit = new Uint8Array(128);
  const ABC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) digit[ABC.charCodeAt(i)] = i;
  const n = b64.replace(/=+$/, '').length;
  const out = new Uint8Array((n * 3) >> 2);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    acc = (acc << 6) | digit[b64.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Is ab a word of jieba's (by the bit set)? */
function wordBit(bits: Uint8Array, a: number, b: number): boolean {
  const h = wordPairHash(a, b);
  if ((bits[h >>> 3] & (1 << (h & 7))) === 0) return false;
  const g = wordPairHash2(a, b);
  return (bits[g >>> 3] & (1 << (g & 7))) !== 0;
}

const on = (bits: Uint32Array, h: number) => (bits[h >>> 5] & (1 << (h & 31))) !== 0;

/** Slips in text[from, to), left to right. */
export function findCompoundSlips(text: string, from: number, to: number): CompoundSlip[] {
  const out: CompoundSlip[] = [];
  if (to - from < 3) return out;
  const ix = index ?? build();
  const { heads, tails, ends, common, wordPairs } = ix;
  // A slip's character is a GB 2312 character and no function word, and
  // makes no word with either neighbour: most characters on a page stop at
  // the first test or sit in a word. `known` is where the pair test of the
  // pair at j - 1 was made (-1: not made), `word` its answer.
  let known = -1;
  let word = false;
  for (let j = from; j < to; j++) {
    const x = text.charCodeAt(j);
    if (common[x] !== 1) continue;
    if (j > from && (known === j - 1 ? word : wordBit(wordPairs, text.charCodeAt(j - 1), x))) continue;
    const next = j + 1 < to ? text.charCodeAt(j + 1) : 0;
    known = j;
    word = next !== 0 && wordBit(wordPairs, x, next);
    if (word) continue;
    // The windows with x at place 0, 1 and 2.
    const prev = j > from ? text.charCodeAt(j - 1) : 0;
    if (j + 2 < to) {
      const h = hash(next, text.charCodeAt(j + 2));
      if (on(tails, h)) candidate(ix, text, j, 0, h, out);
    }
    if (j - 1 >= from && next !== 0) {
      const h = hash(prev, next);
      if (on(ends, h)) candidate(ix, text, j - 1, 1, h, out);
    }
    if (j - 2 >= from) {
      const h = hash(text.charCodeAt(j - 2), prev);
      if (on(heads, h)) candidate(ix, text, j - 2, 2, h, out);
    }
  }
  return out.length < 2 ? out : withoutAmbiguous(out.sort((x, y) => x.start - y.start));
}

/** The window at `at` against the compounds that share all but place p
 *  with it: the one character there read alike or a listed look-alike.
 *  A window near two compounds is evidence for neither. */
function candidate(ix: Index, text: string, at: number, p: number, slot: number, out: CompoundSlip[]): void {
  const got = text.charCodeAt(at + p);
  if (ix.common[got] !== 1) return; // not GB 2312, or a function word
  if (!nearAny(ix, text, at, p, got)) return;
  // The places that must match exactly: the two besides p.
  const x = p === 0 ? 1 : 0;
  const y = p === 2 ? 1 : 2;
  const cx = text.charCodeAt(at + x);
  const cy = text.charCodeAt(at + y);
  let right = -1;
  for (let k = ix.first[p][slot]; k >= 0; k = ix.next[p][k]) {
    if (COMPOUNDS.charCodeAt(3 * k + x) !== cx || COMPOUNDS.charCodeAt(3 * k + y) !== cy) continue;
    const want = COMPOUNDS.charCodeAt(3 * k + p);
    if (want === got) return; // the compound itself
    if ((ix.bits[k] & (1 << p) & 5) !== 0 || ix.common[want] & 2) continue;
    if (!(soundAlike(got, want) || listedLookAlike(got, want))) continue;
    if (right >= 0 && right !== k) return;
    right = k;
  }
  if (right < 0) return;
  const wrong = text.slice(at, at + 3);
  if (!ix.near.has(wrong)) out.push({ start: at, wrong, right: COMPOUNDS.slice(3 * right, 3 * right + 3) });
}

/** Might some compound framed like the window at `at` (all but place p)
 *  have a character read like `got`, or a listed look-alike of it, at p? */
function nearAny(ix: Index, text: string, at: number, p: number, got: number): boolean {
  const frame = p === 0 ? key(text.charCodeAt(at + 1), text.charCodeAt(at + 2)) : p === 1 ? key(text.charCodeAt(at), text.charCodeAt(at + 2)) : key(text.charCodeAt(at), text.charCodeAt(at + 1));
  const ids = ix.syllables[got];
  if (ids & MORE_READINGS || on(ix.plus, plusHash(frame, p, 0x1ff))) return true; // more readings than the numbers hold
  for (let v = ids; v !== 0; v >>>= 9) if (on(ix.plus, plusHash(frame, p, v & 0x1ff))) return true;
  return on(ix.plus, plusHash(frame, p, 0x200 + got));
}

