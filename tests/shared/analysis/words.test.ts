// The word evidence of shared/analysis/words.ts. The segmenter is asked about
// many windows at once (joined with line ends, one call): the answers must be
// the ones each window gets segmented on its own.
import { describe, expect, it } from 'vitest';
import {
  askWords,
  PageBigrams,
  SharedWording,
  startMidWords,
  startsMidWord,
  wordAcrossJoin,
  wordsAcrossJoins,
  type Join,
} from '../../../shared/analysis/words';
import { isHan } from '../../../shared/text/han';
import { PAGES } from './pages';

const seg = new Intl.Segmenter('zh', { granularity: 'word' });
// The check's text: line ends normalised.
const texts = Object.values(PAGES).map((t) => t.replace(/\r\n?/g, '\n'));

/** Windows of up to `n` characters at every offset, none holding a line end. */
function windows(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    let b = i;
    while (b < i + n && b < text.length && text[b] !== '\n') b++;
    if (b > i) out.push(text.slice(i, b));
  }
  return out;
}

/** One window on its own: the first-principles answer for a join. */
function joinAlone(text: string, tailEnd: number, headStart: number, headEnd: number): string | null {
  if (tailEnd < 1 || !isHan(text.charCodeAt(tailEnd - 1)) || !isHan(text.charCodeAt(headStart))) return null;
  let a = tailEnd;
  while (a > tailEnd - 4 && a > 0 && text[a - 1] !== '\n') a--;
  let b = headStart;
  while (b < headStart + 4 && b < headEnd && text[b] !== '\n') b++;
  const s = text.slice(a, tailEnd) + text.slice(headStart, b);
  const w = seg.segment(s).containing(tailEnd - a - 1);
  return w && w.isWordLike && w.index + w.segment.length > tailEnd - a ? w.segment : null;
}

/** Paragraph-like spans of a page: its non-empty lines. */
function lines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (const l of text.split('\n')) {
    if (l.trim()) out.push([s, s + l.length]);
    s += l.length + 1;
  }
  return out;
}

describe('segmenting windows joined with line ends', () => {
  it('gives each window the segments it gets on its own', () => {
    for (const text of texts) {
      const ws = windows(text, 8);
      // A page asks about a few windows at a time (segmenting one long
      // string is slow in V8: time grows faster than its length).
      for (let i = 0; i < ws.length; i += 16) {
        const some = ws.slice(i, i + 16);
        const joined = [...seg.segment(some.join('\n'))].map((x) => x.segment).filter((x) => x !== '\n');
        const alone = some.flatMap((w) => [...seg.segment(w)].map((x) => x.segment));
        if (joined.join('|') !== alone.join('|')) expect(joined).toEqual(alone);
      }
    }
  });
});

describe('wordsAcrossJoins', () => {
  it('answers every join between two lines as one join at a time would', () => {
    let words = 0;
    for (const text of texts) {
      const ls = lines(text);
      const joins: Join[] = [];
      // Each line's tail with the next line's head, and far joins too: with
      // the lines two to eight on (more questions than one call takes).
      for (let d = 1; d <= 8; d++) for (let i = 0; i + d < ls.length; i++) joins.push([ls[i][1], ls[i + d][0], ls[i + d][1]]);
      const expected = joins.map(([t, h, e]) => joinAlone(text, t, h, e));
      if (text === texts[0]) expect(joins.filter(([t, h]) => isHan(text.charCodeAt(t - 1)) && isHan(text.charCodeAt(h))).length).toBeGreaterThan(64);
      expect(wordsAcrossJoins(text, joins)).toEqual(expected);
      words += expected.filter((w) => w !== null).length;
      // Asked again (remembered answers) and one at a time: the same.
      expect(wordsAcrossJoins(text, joins)).toEqual(expected);
      expect(joins.map(([t, h, e]) => wordAcrossJoin(text, t, h, e))).toEqual(expected);
    }
    // Not a vacuous comparison: words do form across some of these joins.
    expect(words).toBeGreaterThan(2);
  });

  it('finds the word formed across a join, and nothing for joins not asked', () => {
    const text = '记忆的碎片得以自然融入生\n\n活场景，重塑街区。\n\n新的一天';
    const tail = text.indexOf('\n');
    const head = text.indexOf('活');
    const other = text.indexOf('新');
    expect(wordsAcrossJoins(text, [[tail, head, head + 9], null, [tail, other, text.length]])).toEqual(['生活', null, null]);
  });
});

describe('startMidWords', () => {
  it('says a paragraph starts mid-word as one paragraph at a time would', () => {
    const text = '服务贸易取得实效。\n\n务贸易取得实效，\n\n活场景，重塑\n\n我们一起\n\n队队长担任\n\n农村活场景与城市活场景';
    const spans = lines(text);
    const page = new PageBigrams(text);
    const alone = spans.map(([s, e]) => {
      const w = seg.segment(text.slice(s, Math.min(e, s + 6)));
      return w.containing(0)!.segment.length === 1 && (w.containing(1)?.segment.length ?? 0) >= 2;
    });
    expect(alone).toEqual([false, true, true, false, true, false]);
    // 活场 recurs on the page after 村 and 市: a word, not a mid-word start;
    // 务贸 only ever ends 服务贸易: its start is lost.
    expect(startMidWords(text, spans, page)).toEqual([false, true, false, false, true, false]);
    expect(startMidWords(text, spans)).toEqual(alone);
    expect(startMidWords(text, [null, spans[2]])).toEqual([false, true]);
    expect(spans.map(([s, e]) => startsMidWord(text, s, e))).toEqual(alone);
  });

  it('agrees with one paragraph at a time on the sample pages', () => {
    for (const text of texts) {
      const spans = lines(text);
      const one = spans.map(([s, e]) => startsMidWord(text, s, e));
      expect(startMidWords(text, spans)).toEqual(one);
    }
  });
});

describe('askWords', () => {
  it('answers mid-word starts and joins in one call as apart', () => {
    const text = '记忆的碎片得以自然融入生\n\n活场景，重塑街区。\n\n务贸易取得实效，\n\n我们一起';
    const spans = lines(text);
    const joins: Join[] = [];
    for (let i = 0; i + 1 < spans.length; i++) joins.push([spans[i][1], spans[i + 1][0], spans[i + 1][1]]);
    const both = askWords(text, spans, joins);
    expect(both.midWords).toEqual([false, true, true, false]);
    expect(both.words).toEqual(['生活', null, null]);
    expect(both.midWords).toEqual(startMidWords(text, spans));
    expect(both.words).toEqual(wordsAcrossJoins(text, joins));
  });
});

describe('startMidWords where the page has the start inside a longer word', () => {
  const starts = (text: string) => startMidWords(text, lines(text), new PageBigrams(text));
  it('a start the page only has after one character that makes a word with it lost that character, even where the segmenter leaves both alone (餐|的 of 就餐的)', () => {
    expect(starts('社区为就餐的老人送饭。\n\n餐的老年人越来越多。')).toEqual([false, true]);
  });
  it('but not on a character a sentence may open with: the check stays cheap there (能|化 of 智能化 is left alone)', () => {
    expect(starts('码头推进智能化改造。\n\n港区完成智能化升级。\n\n能化改造后，效率提升。')).toEqual([false, false, false]);
  });
  it('look-alike: not where the character before is another word\'s (以|节会, 人|张晓峰), nor without the page', () => {
    expect(starts('景区以节会为媒。\n\n节会是茶旅融合的助推器。')).toEqual([false, false]);
    expect(starts('今年来崂山的游客明显增多。\n\n崂山区文化和旅游局相关负责人介绍，游客多了。')).toEqual([false, false]);
    expect(starts('民宿主人张晓峰说。\n\n张晓峰的民宿保留了老石墙。')).toEqual([false, false]);
    const text = '社区为就餐的老人送饭。\n\n餐的老年人越来越多。';
    expect(startMidWords(text, lines(text))).toEqual([false, false]);
  });
});

describe('PageBigrams', () => {
  const text = '队队长担任副书记\n\n服务贸易\n\n务贸易取得实效，服务群众';
  const page = new PageBigrams(text);
  it('says whether a bigram the page uses recurs elsewhere on it as a word of its own', () => {
    expect(page.recursAt(text.indexOf('务贸易取'))).toBe(false); // only inside 服务贸易
    expect(page.recursAt(text.indexOf('服务群众'))).toBe(true); // 服务贸易
    expect(page.recursAt(0)).toBe(false); // 队队 once
    expect(page.recursAt(1)).toBe(false); // 队长 once
    expect(page.recursAt(text.indexOf('，'))).toBe(false); // not Han
  });
  it('names the one character before every other use of a bigram (服 of 服务贸易 for 务贸易…), 0 where it also stands alone or after others', () => {
    expect(page.charBefore(text.indexOf('务贸易取'))).toBe('服'.charCodeAt(0));
    expect(page.charBefore(text.indexOf('服务群众'))).toBe(0); // 服务贸易 opens a line
    expect(page.charBefore(0)).toBe(-1); // 队队 once
    const parks = '物流园区\n\n货运园区\n\n园区日均';
    expect(new PageBigrams(parks).charBefore(parks.lastIndexOf('园区'))).toBe(0); // after 流 and 运
  });
  it('says whether the page uses a bigram at all', () => {
    const code = (s: string) => s.charCodeAt(0);
    expect(page.has(code('务'), code('贸'))).toBe(true);
    expect(page.has(code('队'), code('队'))).toBe(true);
    expect(page.has(code('长'), code('队'))).toBe(false);
    expect(page.has(code('效'), code('，'))).toBe(false);
  });
});

describe('SharedWording', () => {
  const text = '服务贸易取得实效\n\n贸易取得了实效，服务\n\n今天天气很好';
  const a = text.indexOf('贸易取得了');
  const b = text.indexOf('今天');
  const wording = new SharedWording(text);
  wording.reference(0, 0, text.indexOf('\n'));
  it('counts the distinct Han bigrams a span shares with the reference', () => {
    // 贸易 易取 取得 实效 服务 (得了 了实 are not in the reference; 效， is no Han pair).
    expect(wording.shared(a, text.length)).toBe(5);
    expect(wording.shared(b, text.length)).toBe(0);
  });
  it('stops counting at `enough`', () => {
    expect(wording.shared(a, text.length, 3)).toBe(3);
    expect(wording.shared(a, text.length, 9)).toBe(5);
  });
});
