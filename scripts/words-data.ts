// Generates the words pack's derived data (shared/rules/words/data/*.gen.ts)
// from two MIT-licensed packages, so the core ships plain tables and loads
// no files at run time:
//   - jieba's dictionary (word, frequency, part of speech), as shipped in
//     @node-rs/jieba/dict.txt: which words exist and how common they are;
//   - pinyin-pro: the readings of every character (same-sound pairs and the
//     table name/variant compares names with).
// Run: npx tsx scripts/words-data.ts   (devDependencies only; the output is
// committed, so a build never needs either package.)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { CONFUSABLE_PAIRS } from '../shared/rules/words/data/confusable-pairs';
import { MISSPELLINGS } from '../shared/rules/words/data/misspellings';

const require = createRequire(import.meta.url);
const OUT = new URL('../shared/rules/words/data/', import.meta.url);

interface Entry { freq: number; pos: string }
export function loadJieba(): Map<string, Entry> {
  const dict = new Map<string, Entry>();
  const file = require.resolve('@node-rs/jieba/dict.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [w, f, pos] = line.split(' ');
    if (w) dict.set(w, { freq: Number(f), pos: pos ?? '' });
  }
  return dict;
}

const readings = (c: string): string[] =>
  pinyin(c, { toneType: 'none', multiple: true, type: 'array' }).filter((r) => /^[a-zü]+$/.test(r));

// ------------------------------------------------------------- confusables

/** A word must be this common before a look-alike of it counts as a slip. */
const MIN_FREQ: Record<number, number> = { 2: 300, 3: 60, 4: 30 };
/** A character this common as a word on its own can stand beside anything:
 *  a look-alike made of such pieces is as likely two words as one slip. */
const FREE_MORPHEME = 2000;
/** Proper nouns: a person's name is written however its owner writes it. */
const SKIP_POS = new Set(['nr', 'nrt', 'nrfg', 'nz']);

function generateConfusables(dict: Map<string, Entry>): [string, string][] {
  const swap = new Map<string, string[]>();
  for (const p of CONFUSABLE_PAIRS) {
    const [a, b] = [...p];
    swap.set(a, [...(swap.get(a) ?? []), b]);
    swap.set(b, [...(swap.get(b) ?? []), a]);
  }
  const free = (c: string) => (dict.get(c)?.freq ?? 0) >= FREE_MORPHEME;
  const curated = new Set(MISSPELLINGS.map(([w]) => w));
  const out = new Map<string, string>();
  for (const [w, { freq, pos }] of dict) {
    const n = w.length;
    if (n < 2 || n > 4 || freq < MIN_FREQ[n] || SKIP_POS.has(pos) || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
    for (let i = 0; i < n; i++) {
      for (const y of swap.get(w[i]) ?? []) {
        const v = w.slice(0, i) + y + w.slice(i + 1);
        if (dict.has(v) || curated.has(v) || out.has(v)) continue;
        // Two free pieces (在|说, 已|上): a sentence may hold them side by side.
        if (n === 2 && free(v[0]) && free(v[1])) continue;
        // A word plus a free character at the edge (代表|做, 作|文章).
        const edge = i === 0 || i === n - 1;
        const rest = i === 0 ? v.slice(1) : v.slice(0, -1);
        if (n > 2 && edge && free(y) && dict.has(rest)) continue;
        out.set(v, w);
      }
    }
  }
  // A look-alike of two different words is no evidence for either.
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ------------------------------------------------------ crossing readings

/** Two-character words the crossing-reading guard asks about: a word that
 *  ends in the first character of a listed form (给定 for 定单) or starts
 *  with its last (单个). Only these are shipped, not the whole dictionary. */
const PAIR_MIN_FREQ = 100;
function generatePairs(dict: Map<string, Entry>, forms: readonly string[]): string[] {
  const firsts = new Set(forms.map((w) => w[0]));
  const lasts = new Set(forms.map((w) => w[w.length - 1]));
  const out: string[] = [];
  for (const [w, { freq }] of dict) {
    if (w.length !== 2 || freq < PAIR_MIN_FREQ || !/^[\u4e00-\u9fff]{2}$/.test(w)) continue;
    if (firsts.has(w[1]) || lasts.has(w[0])) out.push(w);
  }
  return out.sort();
}

// ------------------------------------------------------------------ idioms

/** Idioms (成语, jieba's part of speech i) and set phrases (惯用语, l) of
 *  four characters: a slip in one of them is the commonest 错别字 of all,
 *  and too many to list by hand (按耐不住, 一视同人, 沧海一栗). Frequency 5
 *  leaves out jieba's floor entries, rare idioms a page seldom holds. */
const IDIOM_POS = new Set(['i', 'l']);
const IDIOM_MIN_FREQ = 5;

function generateIdioms(dict: Map<string, Entry>): string[] {
  const out: string[] = [];
  for (const [w, { freq, pos }] of dict)
    if (w.length === 4 && IDIOM_POS.has(pos) && freq >= IDIOM_MIN_FREQ && /^[\u4e00-\u9fff]{4}$/.test(w)) out.push(w);
  return out.sort();
}

/** The 6,763 characters of GB 2312: the only characters a slip is taken to
 *  be. A traditional form (爲 for 为) or a rare character read alike is a
 *  choice of script or an OCR misread, not a slip of the pen. */
function gb2312(): string {
  const d = new TextDecoder('gb18030');
  let s = '';
  for (let a = 0xb0; a <= 0xf7; a++)
    for (let b = 0xa1; b <= 0xfe; b++) {
      const c = d.decode(new Uint8Array([a, b]));
      if (/^[\u4e00-\u9fff]$/.test(c)) s += c;
    }
  return s;
}

/** Words of jieba's dictionary (any part of speech) one read-alike or
 *  look-alike character away from an idiom: real words that look like
 *  slips (大作文章 beside 大做文章, 攻城略地 beside 攻城掠地). Only from
 *  frequency 5: at jieba's floor (2–3) most such entries are the slips
 *  themselves, picked up from the web (不言而谕, 如原以偿, 死心踏地). */
const NEAR_MIN_FREQ = 5;
function generateNearWords(dict: Map<string, Entry>, idioms: readonly string[]): string[] {
  const wild = new Map<string, string[]>();
  for (const w of idioms)
    for (let i = 0; i < 4; i++) {
      const k = w.slice(0, i) + '?' + w.slice(i + 1);
      wild.set(k, [...(wild.get(k) ?? []), w]);
    }
  const shape = new Set(CONFUSABLE_PAIRS.flatMap((p) => [p, [...p].reverse().join('')]));
  const rd = new Map<string, string[]>();
  const reads = (c: string) => rd.get(c) ?? rd.set(c, readings(c)).get(c)!;
  const alike = (a: string, b: string) => shape.has(a + b) || reads(a).some((r) => reads(b).includes(r));
  const isIdiom = new Set(idioms);
  const out: string[] = [];
  for (const v of dict.keys()) {
    if (v.length !== 4 || isIdiom.has(v) || dict.get(v)!.freq < NEAR_MIN_FREQ || !/^[\u4e00-\u9fff]{4}$/.test(v)) continue;
    let near = false;
    for (let i = 0; i < 4 && !near; i++)
      for (const w of wild.get(v.slice(0, i) + '?' + v.slice(i + 1)) ?? []) if (alike(v[i], w[i])) near = true;
    if (near) out.push(v);
  }
  return out.sort();
}

// ---------------------------------------------------------------- readings

/** Readings of every character in CJK Unified Ideographs: syllable → chars. */
function generateReadings(): Map<string, string> {
  const by = new Map<string, string>();
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c);
    for (const r of new Set(readings(ch))) by.set(r, (by.get(r) ?? '') + ch);
  }
  return by;
}

function header(what: string): string {
  return `// GENERATED by scripts/words-data.ts — do not edit. ${what}\n`;
}

function main(): void {
  const dict = loadJieba();
  const conf = generateConfusables(dict);
  writeFileSync(
    new URL('confusables.gen.ts', OUT),
    header('Look-alikes of common words (from jieba\'s dictionary, MIT) absent from it: look-alike → word.') +
      `export const CONFUSABLES = ${JSON.stringify(conf.map(([v, w]) => v + w).join(' '))};\n`,
  );
  const forms = [...MISSPELLINGS.map(([w]) => w), ...conf.map(([v]) => v)];
  const pairs = generatePairs(dict, forms);
  writeFileSync(
    new URL('pairs.gen.ts', OUT),
    header('Common two-character words of jieba\'s dictionary (MIT) that meet a listed form\'s edge.') +
      `export const PAIRS = ${JSON.stringify(pairs.join(''))};\n`,
  );
  const idioms = generateIdioms(dict);
  const near = generateNearWords(dict, idioms);
  writeFileSync(
    new URL('idioms.gen.ts', OUT),
    header('Four-character idioms and set phrases of jieba\'s dictionary (MIT), words one character away from them, and the characters of GB 2312.') +
      `export const IDIOMS = ${JSON.stringify(idioms.join(''))};\n` +
      `export const NEAR_WORDS = ${JSON.stringify(near.join(''))};\n` +
      `export const GB2312 = ${JSON.stringify(gb2312())};\n`,
  );
  const rd = generateReadings();
  writeFileSync(
    new URL('readings.gen.ts', OUT),
    header('Toneless readings of CJK Unified Ideographs (from pinyin-pro, MIT): "syllable chars" pairs.') +
      `export const READINGS = ${JSON.stringify([...rd].map(([r, cs]) => r + ' ' + cs).join('\n'))};\n`,
  );
  console.log(`confusables: ${conf.length}, pairs: ${pairs.length}, idioms: ${idioms.length}, near words: ${near.length}, syllables: ${rd.size}`);
}

if (process.argv[1]?.endsWith('words-data.ts')) main();
