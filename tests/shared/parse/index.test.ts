import { describe, expect, it } from 'vitest';
import { commonWidth } from '../../../shared/parse';

describe('commonWidth', () => {
  it('counts a width with the width one below it', () => {
    expect(commonWidth(Int32Array.from([30, 29, 30, 12, 29, 31]))).toEqual({ width: 30, count: 4 });
  });
  it('takes the wider width on a tie', () => {
    expect(commonWidth(Int32Array.from([20, 20, 40, 40]))).toEqual({ width: 40, count: 2 });
    expect(commonWidth(Int32Array.from([20, 21]))).toEqual({ width: 21, count: 2 });
  });
  it('gives 0 for no widths', () => {
    expect(commonWidth(Int32Array.from([]))).toEqual({ width: 0, count: 0 });
  });
});
