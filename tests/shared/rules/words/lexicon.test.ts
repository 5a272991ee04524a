import { describe, expect, it } from 'vitest';
import { betweenWords, PhraseTable, SpanSet, strandsBound, withoutOverlaps } from '../../../../shared/rules/words/lexicon';

const spans = (t: PhraseTable<number>, text: string, from?: number, to?: number) =>
  t.find(text, from, to).map((h) => [h.start, h.phrase, h.value]);

describe('PhraseTable with packed two-character records', () => {
  const t = new PhraseTable<string>([['干躁', 'listed'], ['坚绝杜绝', 'long']], { records: '刺锈刺绣干躁干燥坚绝坚决刺锈刺秀', value: (other) => `packed ${other}` });

  it('finds a packed pair with the value made from its record', () => {
    expect(t.find('游客学刺锈').map((h) => [h.start, h.phrase, h.value])).toEqual([[3, '刺锈', 'packed 刺绣']]);
  });
  it('lets a listed entry, and a longer one, speak before a packed record for the same pair', () => {
    expect(t.find('天气干躁').map((h) => h.value)).toEqual(['listed']);
    expect(t.find('坚绝杜绝').map((h) => h.value)).toEqual(['long']);
    expect(t.find('态度坚绝').map((h) => h.value)).toEqual(['packed 坚决']);
  });
  it('keeps the first of two records for one pair, and stays inside [from, to)', () => {
    expect(t.find('刺锈').map((h) => h.value)).toEqual(['packed 刺绣']);
    expect(t.find('刺锈', 0, 1)).toEqual([]);
    expect(t.size).toBe(2 + 4);
  });
});

describe('PhraseTable.find', () => {
  const t = new PhraseTable<number>([
    ['做品', 1],
    ['一如即往', 2],
    ['一如', 3],
    ['即往', 4],
    ['坚绝', 5],
    ['x', 6], // one character: never indexed
  ]);

  it('finds every listed phrase, left to right, with its value', () => {
    expect(spans(t, '这是做品，也坚绝')).toEqual([
      [2, '做品', 1],
      [6, '坚绝', 5],
    ]);
  });

  it('takes the longest phrase at a place, and finds phrases starting inside it too', () => {
    // 即往 starts inside 一如即往: a look-alike's guards may drop the longer
    // one (人群蜂涌: 群蜂 for 群峰, dropped; 蜂涌 for 蜂拥, reported).
    expect(spans(t, '一如即往做品做品')).toEqual([
      [0, '一如即往', 2],
      [2, '即往', 4],
      [4, '做品', 1],
      [6, '做品', 1],
    ]);
  });

  it('stays inside [from, to): a phrase crossing an edge is not found', () => {
    expect(spans(t, '一如即往', 0, 3)).toEqual([[0, '一如', 3]]);
    expect(spans(t, '一如即往', 1)).toEqual([[2, '即往', 4]]);
    expect(spans(t, '做品', 0, 1)).toEqual([]);
    expect(spans(t, '做品', 2)).toEqual([]);
    expect(spans(t, 'x')).toEqual([]);
  });

  it('finds a long phrase whose first pair starts a common word, at the edge too', () => {
    const u = new PhraseTable<number>([
      ['一大步分', 1],
      ['不断地断', 2],
      ['不断', 3],
    ]);
    expect(spans(u, '一大早，一大步分')).toEqual([[4, '一大步分', 1]]);
    expect(spans(u, '一大')).toEqual([]);
    expect(spans(u, '一大步', 0, 2)).toEqual([]);
    expect(spans(u, '不断地断，不断')).toEqual([
      [0, '不断地断', 2],
      [5, '不断', 3],
    ]);
  });

  it('answers no for text that shares only characters with the phrases', () => {
    expect(spans(t, '品做往即绝坚')).toEqual([]);
    expect(t.size).toBe(4);
  });
});

describe('withoutOverlaps', () => {
  it('keeps the first of overlapping findings, and the longer of two at one place', () => {
    const f = (start: number, end: number) => ({ start, end });
    expect(withoutOverlaps([f(2, 4), f(0, 4), f(0, 2), f(4, 6), f(5, 7)])).toEqual([f(0, 4), f(4, 6)]);
  });
});

describe('SpanSet', () => {
  it('answers overlap by the spans that start before the end and reach past the start', () => {
    const s = new SpanSet([[10, 12], [0, 8], [3, 4]]);
    expect([s.overlaps(8, 10), s.overlaps(7, 9), s.overlaps(11, 20), s.overlaps(12, 20), s.overlaps(4, 5)]).toEqual([false, true, true, false, true]);
    expect(new SpanSet([]).overlaps(0, 5)).toBe(false);
  });
});

describe('strandsBound', () => {
  const at = (text: string, form: string) => strandsBound(text, text.indexOf(form), text.indexOf(form) + form.length);
  it('holds where a word crosses one edge and leaves a bound character alone', () => {
    expect(at('这条老街涣发出新的活力', '涣发')).toBe(true); // 涣|发出
    expect(at('观众不仅欣尝了经典曲目', '欣尝')).toBe(true); // 欣|尝了
  });
  it('not where the character left alone is a word (栽), nor where no edge is crossed or both are', () => {
    expect(at('可先在手机上下栽电子表格', '下栽')).toBe(false); // 上下|栽
    expect(at('文章发布署名为本报评论员', '布署')).toBe(false); // 发布|署名
    expect(at('全面部署工作', '部署')).toBe(false);
  });
});

describe('betweenWords', () => {
  const at = (text: string, form: string) => betweenWords(text, text.indexOf(form), text.indexOf(form) + form.length, 0, text.length);
  it('holds where words of two characters or more, or no Han, stand on both sides (节假日景区游客|拥济|，)', () => {
    expect(at('节假日景区游客拥济，请错峰出行', '拥济')).toBe(true);
    expect(at('农业专家组实地观查了水稻长势', '观查')).toBe(true); // a particle after it: 了
  });
  it('look-alike: not beside single characters (多云|转|中雨: 云转), nor where a word reaches in (传染病|防制所)', () => {
    expect(at('今天：多云转中雨，东南风', '云转')).toBe(false);
    expect(at('市疾控中心传染病防制所副所长', '防制')).toBe(false);
  });
});
