import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../shared/rules/words/numbers';

const figures = (text: string, lo = 0, hi = text.length, units?: readonly string[]) =>
  findFigures(text, lo, hi, units).map((f) => [f.text, f.value, f.unit, f.approx]);

describe('findFigures', () => {
  it('reads every figure left to right, with its value and unit', () => {
    expect(figures('投资3000万元，惠及1,200户、十二个社区，增长9.5%。')).toEqual([
      ['3000万元', 30000000, '元', false],
      ['1,200户', 1200, '户', false],
      ['十二个', 12, '个', false],
      ['9.5%', 9.5, '%', false],
    ]);
  });

  it('reads the longest unit: 平方米 and 平方公里, not 米; 美元, not 元', () => {
    expect(figures('新建3万平方米，占地2平方公里，折合5亿美元。')).toEqual([
      ['3万平方米', 30000, '平方米', false],
      ['2平方公里', 2, '平方公里', false],
      ['5亿美元', 500000000, '美元', false],
    ]);
  });

  it('marks approximations and skips what is no figure', () => {
    expect(figures('近300人，用了3个多月，版本v2个，一二个，50多家。')).toEqual([
      ['300人', 300, '人', true],
      ['3个', 3, '个', true],
    ]);
  });

  it('counts a figure at either end of the page as approximate (as it always has)', () => {
    expect(figures('30户，共3个')).toEqual([
      ['30户', 30, '户', true],
      ['3个', 3, '个', true],
    ]);
    expect(figures('，30户，')).toEqual([['30户', 30, '户', false]]);
  });

  it('stays inside [lo, hi), and keeps only the units asked for', () => {
    const text = '共3个，又5户。';
    expect(figures(text, 2, 5)).toEqual([]); // a unit at lo has nothing before it
    expect(figures(text, 0, 2)).toEqual([]); // 个 is past hi
    expect(figures(text, 1, 4)).toEqual([['3个', 3, '个', false]]);
    expect(figures(text, 0, 7, ['户'])).toEqual([['5户', 5, '户', false]]);
    // Several units: still left to right; 米 of 平方米 is not read as 米.
    expect(figures('共5户，投资3万元，建成2平方米，3米。', 0, 19, ['元', '米', '户'])).toEqual([
      ['5户', 5, '户', false],
      ['3万元', 30000, '元', false],
      ['3米', 3, '米', false],
    ]);
  });
});
