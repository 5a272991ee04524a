import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../shared/text/sorted';

describe('lowerBound', () => {
  it('gives the first index at or after x', () => {
    expect(lowerBound([2, 4, 4, 9], 4)).toBe(1);
    expect(lowerBound([2, 4, 4, 9], 5)).toBe(3);
    expect(lowerBound([2, 4, 4, 9], 10)).toBe(4);
    expect(lowerBound([], 0)).toBe(0);
  });
});
