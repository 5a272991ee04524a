// Word-level evidence for joins, from the platform's Chinese word segmenter
// (Intl.Segmenter, ICU's dictionary). Only a few characters around a join are
// ever segmented, so the cost stays tiny whatever the page length.
import { isHan as isHanExport } from '../text/han';
import { isWord, zhWords } from '../text/segmenter';

// Bound once: the loops below call it per character, and some module loaders
// (vitest, tsx) turn every access to an imported binding into a getter call.
const isHan = isHanExport;


/** Characters a join window takes from each side. */
const WINDOW = 4;

/**
 * Segmenter answers by question (kind, join offset, window text). A page
 * re-checked after an edit asks the same questions again: remember the
 * answers (bounded; cleared when full).
 */
const CACHE_MAX = 4096;
const cache = new Map<string, string | null>();

/** A question about a window of a few characters. */
interface Question {
  key: string;
  window: string;
  /** The answer, read from the segments of the window at offset `at`. */
  read(segments: Intl.Segments, at: number): string | null;
}

/** Windows segmented in one call, at most: a long page's questions go in a
 *  few calls, each string kept short (V8's cost per segment grows with the
 *  string's length when iterated; containing() stays linear, bounded anyway). */
const BATCH_MAX = 64;

/**
 * Answer questions together: the windows (never holding a line end) are
 * joined with line ends, which always break words, and segmented in one
 * call. Each segmenter call costs microseconds, about half of it fixed
 * (tests/shared/analysis/words.test.ts checks the answers are the same as
 * one window at a time).
 */
function answer(seg: Intl.Segmenter, questions: readonly (Question | null)[]): (string | null)[] {
  // Cleared, when this call could fill it, before anything is looked up: a
  // cache of no entries (CACHE_MAX 0) then never answers, and is cleared
  // once a call rather than once an answer.
  if (cache.size + questions.length > CACHE_MAX) cache.clear();
  const out: (string | null)[] = [];
  const open: Question[] = [];
  const openAt: number[] = [];
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    const hit = q ? cache.get(q.key) : null;
    out.push(hit ?? null);
    if (q && hit === undefined) {
      open.push(q);
      openAt.push(i);
    }
  }
  for (let from = 0; from < open.length; from += BATCH_MAX) {
    const to = Math.min(open.length, from + BATCH_MAX);
    let batch = '';
    for (let k = from; k < to; k++) batch += open[k].window + '\n';
    const segments = seg.segment(batch);
    // Each window's offset in the batch, summed again as the answers are read.
    let at = 0;
    for (let k = from; k < to; k++) {
      const q = open[k];
      const v = q.read(segments, at);
      out[openAt[k]] = v;
      cache.set(q.key, v);
      at += q.window.length + 1;
    }
  }
  return out;
}

/** A word-across-join question, or null where none can form. */
function joinQuestion(text: string, tailEnd: number, headStart: number, headEnd: number): Question | null {
  // Only a Han character on each side can make a word across the join.
  if (tailEnd < 1 || !isHan(text.charCodeAt(tailEnd - 1)) || !isHan(text.charCodeAt(headStart))) return null;
  let a = tailEnd;
  while (a > tailEnd - WINDOW && a > 0 && text[a - 1] !== '\n') a--;
  let b = headStart;
  while (b < headStart + WINDOW && b < headEnd && text[b] !== '\n') b++;
  const join = tailEnd - a;
  const window = text.slice(a, tailEnd) + text.slice(headStart, b);
  return {
    key: 'j' + join + window,
    window,
    read(segments, at) {
      // The word holding the tail's last character, if it reaches past the join.
      const w = segments.containing(at + join - 1);
      return w && w.isWordLike && w.index + w.segment.length > at + join ? w.segment : null;
    },
  };
}

/**
 * The word that forms across a join: the last characters of one paragraph
 * (ending at `tailEnd`) read on into the first of another (from `headStart`).
 * `生`+`活场景` → `生活`; `早`+`已变更` → `早已`. Null when none does.
 */
export function wordAcrossJoin(text: string, tailEnd: number, headStart: number, headEnd: number): string | null {
  return wordsAcrossJoins(text, [[tailEnd, headStart, headEnd]])[0];
}

/** A join: [tailEnd, headStart, headEnd]. */
export type Join = readonly [number, number, number];

/** wordAcrossJoin for many joins at once, with one segmenter call; null
 *  (not asked) gives null. */
export function wordsAcrossJoins(text: string, joins: readonly (Join | null)[]): (string | null)[] {
  return askWords(text, [], joins).words;
}

/**
 * Single Han characters a sentence may well begin with: function words,
 * pronouns, common verbs and adverbs, numerals, place and party prefixes that
 * the segmenter splits off (`市|北区`, `微|更新`, `党|组织`), and surnames
 * (a paragraph may open on a name the segmenter does not know, `高|健`).
 * By character code (no one-character string made per question).
 */
const MAY_BEGIN = new Set(
  (
    '据在为从对与和跟同及但而且并又也还就才都却则如若虽因由经把被让使令给向往朝自以于当凡每各该此这那其之某' +
    '我你您他她它谁啥哪何怎请要可能会应需须将已曾正刚再更最很太不没未无非别莫有是用靠按照比像除随沿趁等至到去来' +
    '上下前后左右里外内中间一二三四五六七八九十百千万亿两几多少半大小老新旧高低长短好真全总共只仅近远今昨明早晚' +
    '年月日时市省区县镇乡村街路国党团微看听说问想做干抓建促推强保稳防治管办学讲走进出入回开改变兴破立拆修写读' +
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔' +
    '钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤常温康施文牛樊葛' +
    '邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝' +
    '游辛靳柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟应' +
    '臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝'
  )
    .split('')
    .map((ch) => ch.charCodeAt(0)),
);

/** Does the page have the bigram at `start` only after one character that
 *  makes a word with its first (能化 of 智能化, 餐的 of 就餐的)? Then a
 *  paragraph opening on it lost that character. */
export function startsInsidePageWord(text: string, start: number, page: PageBigrams): boolean {
  const before = page.charBefore(start);
  return before > 0 && isWord(String.fromCharCode(before) + text[start]);
}

/** A starts-mid-word question, or null where the answer is plainly no. */
function midWordQuestion(text: string, start: number, end: number, page?: PageBigrams): Question | null {
  const c = text.charCodeAt(start);
  if (!isHan(c) || MAY_BEGIN.has(c) || !isHan(text.charCodeAt(start + 1))) return null;
  let b = start;
  while (b < start + 6 && b < end && text[b] !== '\n') b++;
  // The word after the lone first character needs two Han characters.
  if (b < start + 3 || !isHan(text.charCodeAt(start + 2))) return null;
  // The first two characters recur elsewhere on the page as a word of their
  // own: a word, most likely.
  const before = page ? page.charBefore(start) : -1;
  if (before === 0) return null;
  // A start the page only ever has inside one longer word (餐的 of 就餐的,
  // 流园 of 物流园区: the character before makes a word with the first)
  // lost that word's beginning, also where the segmenter leaves both
  // characters alone (餐|的|老年人). Where the character before is another
  // word's (以|节会, 来|崂山, 到|莱西), the start is a word of its own.
  const inside = before > 0 && isWord(String.fromCharCode(before) + text[start]);
  if (before > 0 && !inside) return null;
  const window = text.slice(start, b);
  return {
    key: (before > 0 ? String.fromCharCode(before) : 'm') + window,
    window,
    read(segments, at) {
      // The window starts on a boundary: a word starting at its second
      // character means the first stands alone (one call, not two).
      const w = segments.containing(at + 1);
      if (!w || w.index !== at + 1) return null;
      const s = w.segment;
      if (s.length >= 2 && isHan(s.charCodeAt(0)) && isHan(s.charCodeAt(1))) return s;
      return s.length === 1 && inside ? window.slice(0, 2) : null;
    },
  };
}

/**
 * Does text[start, end) begin in the middle of a word? The first word the
 * segmenter finds is a lone character that rarely begins a sentence, followed
 * by a real word: `务|贸易取得实效` (服务贸易), `活|场景`, `合|区域`, `队|队长`.
 */
export function startsMidWord(text: string, start: number, end: number, page?: PageBigrams): boolean {
  return startMidWords(text, [[start, end]], page)[0];
}

/** startsMidWord for many spans [start, end] at once, with one segmenter
 *  call; null (not asked) gives false. */
export function startMidWords(text: string, spans: readonly (Span | null)[], page?: PageBigrams): boolean[] {
  return askWords(text, spans, [], page).midWords;
}

/** A span of text: [start, end]. */
export type Span = readonly [number, number];

/** startMidWords and wordsAcrossJoins together, with one segmenter call. */
export function askWords(
  text: string,
  spans: readonly (Span | null)[],
  joins: readonly (Join | null)[],
  page?: PageBigrams,
): { midWords: boolean[]; words: (string | null)[] } {
  const seg = zhWords();
  const questions: (Question | null)[] = [];
  if (seg) {
    for (const s of spans) questions.push(s && midWordQuestion(text, s[0], s[1], page));
    for (const j of joins) questions.push(j && joinQuestion(text, j[0], j[1], j[2]));
  }
  const answers = seg ? answer(seg, questions) : [];
  const midWords: boolean[] = [];
  for (let i = 0; i < spans.length; i++) midWords.push((answers[i] ?? null) !== null);
  const words: (string | null)[] = [];
  for (let i = 0; i < joins.length; i++) words.push(answers[spans.length + i] ?? null);
  return { midWords, words };
}

/** Hashed Han-bigram marks, stamped so nothing is ever cleared between
 *  comparisons: seen[h] === refStamp means "bigram h occurs in the reference
 *  span"; counted[h] === the current stamp means "already counted". */
const BUCKETS = 1 << 16;
const seen = new Uint32Array(BUCKETS);
const counted = new Uint32Array(BUCKETS);
let stamp = 0;

function bigramHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & (BUCKETS - 1);
}

/**
 * How many distinct Han bigrams spans share with one reference span (hashed,
 * so a rare collision may add one): a rough "same story" measure for a
 * continuation found far from its paragraph. The reference span is marked
 * once; each comparison is linear in its span, with no allocation.
 */
export class SharedWording {
  private tail = -1;
  constructor(private readonly text: string) {}

  /** Compare against text[start, end) from now on (`id` avoids re-marking). */
  reference(id: number, start: number, end: number): void {
    if (id === this.tail) return;
    this.tail = id;
    const text = this.text;
    const s = nextStamp();
    // Each character is read and classed once, carried on as the next x.
    let x = text.charCodeAt(start);
    let hanX = isHan(x);
    for (let i = start + 1; i < end; i++) {
      const y = text.charCodeAt(i);
      const hanY = isHan(y);
      if (hanX && hanY) seen[bigramHash(x, y)] = s;
      x = y;
      hanX = hanY;
    }
    refStamp = s;
  }

  /** Distinct bigrams of text[start, end) that the reference span has,
   *  counted up to `enough` (no need to read on once that many are found). */
  shared(start: number, end: number, enough = Infinity): number {
    const text = this.text;
    const s = nextStamp();
    let n = 0;
    let x = text.charCodeAt(start);
    let hanX = isHan(x);
    for (let i = start + 1; i < end && n < enough; i++) {
      const y = text.charCodeAt(i);
      const hanY = isHan(y);
      if (hanX && hanY) {
        const h = bigramHash(x, y);
        if (seen[h] === refStamp && counted[h] !== s) {
          counted[h] = s;
          n++;
        }
      }
      x = y;
      hanX = hanY;
    }
    return n;
  }
}

let refStamp = 0;

/**
 * Which Han bigrams occur on the page, and whether more than once: an index
 * that says which far paragraphs could form a word with a tail (`确`+`保…` is
 * worth asking the segmenter about only if 确保 is a bigram the page uses),
 * and which paragraph starts are words the page uses elsewhere (no need to
 * ask whether they start mid-word). Built lazily per first character, from
 * that character's occurrences (native indexOf), so only the few characters
 * at paragraph ends that are asked about cost anything.
 */
export class PageBigrams {
  private readonly byFirst = new Map<number, Set<number>>();
  constructor(private readonly text: string) {}

  /** The characters that follow x somewhere on the page. */
  private followers(x: number): Set<number> {
    let m = this.byFirst.get(x);
    if (m) return m;
    m = new Set();
    const text = this.text;
    const ch = String.fromCharCode(x);
    for (let i = text.indexOf(ch); i >= 0 && i + 1 < text.length; i = text.indexOf(ch, i + 1)) m.add(text.charCodeAt(i + 1));
    this.byFirst.set(x, m);
    return m;
  }
  /** Does the page use the bigram x+y (as character codes)? */
  has(x: number, y: number): boolean {
    return isHan(x) && isHan(y) && this.followers(x).has(y);
  }
  /** Does the Han bigram at `at` occur elsewhere on the page too, as a
   *  word of its own? Not where every other time it ends a longer word,
   *  one character always before it (流园 of 物流园区, three times: a
   *  paragraph opening 流园区… lost 物). Native substring searches, cheaper
   *  than indexing the first character for a question asked once per
   *  paragraph. */
  recursAt(at: number): boolean {
    return this.charBefore(at) === 0;
  }
  /** The one Han character before every other use on the page of the
   *  bigram at `at` (物 for 流园 of 物流园区), 0 where it stands on its own
   *  somewhere or after different characters, -1 where it occurs nowhere
   *  else (or is no Han bigram). */
  charBefore(at: number): number {
    const text = this.text;
    if (!isHan(text.charCodeAt(at)) || !isHan(text.charCodeAt(at + 1))) return -1;
    const pair = text.slice(at, at + 2);
    let before = -1;
    for (let i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1)) {
      if (i === at) continue;
      const c = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (!isHan(c) || (before >= 0 && c !== before)) return 0;
      before = c;
    }
    return before;
  }
}

function nextStamp(): number {
  if (++stamp === 0xffffffff) {
    seen.fill(0);
    counted.fill(0);
    stamp = 1;
  }
  return stamp;
}
