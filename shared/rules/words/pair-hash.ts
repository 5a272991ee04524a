// The words pack's hashes of a pair of code units: the one every scan's
// bit sets and chains take their slots from (the phrase table, the idiom
// and compound slip scans, each keeping the bits it needs), and those of
// the bit set of two-character words (data/compounds.gen.ts WORD_PAIRS),
// shared by the generator (scripts/words-data.ts) and the reader
// (compounds.ts), which must agree.

/** 32 mixed bits of a pair; a table of 2^n slots takes the top n. */
export const mixPair = (a: number, b: number) => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
// Two hashes per word (a Bloom filter): jieba's ~67,000 two-character
// words fill 2^20 bits by 12%, and a pair that is no word passes both by
// 1.6% (one hash: 6%) — a false 'word' only silences a slip.

export const WORD_PAIR_BITS = 20;
export const wordPairHash = (a: number, b: number) => (Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35)) >>> (32 - WORD_PAIR_BITS);
export const wordPairHash2 = (a: number, b: number) => (Math.imul(a, 0xcc9e2d51) ^ Math.imul(b, 0x1b873593)) >>> (32 - WORD_PAIR_BITS);
