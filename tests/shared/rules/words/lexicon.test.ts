import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../../../shared/rules/words/lexicon';

const spans = (t: PhraseTable<number>, text: string, from?: number, to?: number) =>
  t.find(text, from, to).map((h) => [h.start, h.phrase, h.value]);

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

  it('takes the longest phrase at a place and goes on after it', () => {
    expect(spans(t, '一如即往')).toEqual([[0, '一如即往', 2]]);
    // Right after a match the next pair starts with the match's end.
    expect(spans(t, '一如即往做品做品')).toEqual([
      [0, '一如即往', 2],
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
