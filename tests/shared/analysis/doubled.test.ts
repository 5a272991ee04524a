import { describe, expect, it } from 'vitest';
import { doubledAt } from '../../../shared/analysis/doubled';
import { findDoubledMarks } from '../../../shared/rules/marks/quote-doubled';
import { findRepeatedChars } from '../../../shared/rules/text/text-repeated-char';

describe('doubledAt', () => {
  it('finds every pair, runs overlapping, spaces and line ends left out', () => {
    expect(doubledAt('谢谢，，，好\n\n  a')).toEqual([0, 2, 3]);
    expect(doubledAt('甲乙', 10)).toEqual([]);
    expect(doubledAt('的的', 10)).toEqual([10]);
    expect(doubledAt('')).toEqual([]);
  });
});

describe('the rules read the page list within their block only', () => {
  it('a pair across the block end is not the block’s', () => {
    const page = '他说，，好的的\n的好';
    const doubled = doubledAt(page);
    // Block "他说，，好的" (0..6): ，， is in it, 的的 runs past its end.
    expect(findDoubledMarks(page.slice(0, 6), 0, [], doubled).map((f) => f.start)).toEqual([2]);
    expect(findRepeatedChars(page.slice(0, 6), 0, [], doubled)).toEqual([]);
  });
});
