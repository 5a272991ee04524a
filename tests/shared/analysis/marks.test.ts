import { describe, expect, it } from 'vitest';
import { markPositions, pairMarks, type Mark } from '../../../shared/analysis/marks';

const unpaired = (text: string, start = 0, end = text.length) => {
  const stack: Mark[] = [];
  const out: Mark[] = [];
  pairMarks(text, start, end, stack, out);
  return [...out, ...stack].map((m) => m.at).sort((x, y) => x - y);
};

describe('markPositions', () => {
  it('lists every paired mark of the text', () => {
    expect(markPositions('他说“好（a)”。【】《》‘’，')).toEqual([2, 4, 6, 7, 9, 10, 11, 12, 13, 14]);
    expect(markPositions('没有标记')).toEqual([]);
  });
  it('answers for the text asked about, whichever was asked before', () => {
    const a = '“甲”乙“';
    const b = '（丙';
    expect(unpaired(a)).toEqual([4]);
    expect(unpaired(b)).toEqual([0]);
    expect(unpaired(a)).toEqual([4]);
    // Only the marks inside the range are paired.
    expect(unpaired(a, 1, 4)).toEqual([2]);
  });
});
