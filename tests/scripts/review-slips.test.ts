// The review that decides which written slips join word/misspelling
// (scripts/review-slips.ts): a wrong form that could stand in correct text
// never joins, and the committed table is exactly what the review keeps.
import { describe, expect, it } from 'vitest';
import { reason, review, reviewContext, SLIP_FILES } from '../../scripts/review-slips';
import { firesIn, phrasesOf } from '../../scripts/second-reading';
import { REVIEWED_SLIPS } from '../../shared/rules/words/data/reviewed-slips.gen';

describe('review-slips', () => {
  const ctx = reviewContext();
  it.each([
    ['威协', '威胁', 'a same-sound slip of a common word'],
    ['像征', '象征', 'two free content characters'],
    ['棵粒无收', '颗粒无收', 'an idiom jieba lacks: the wrong form decides'],
    ['波光鳞鳞', '波光粼粼', 'a doubled character slipped as a pair'],
    ['安全戴', '安全带', 'a word and a free character: read across the next word at check time'],
  ])('keeps %s → %s: %s', (wrong, right) => {
    expect(reason(wrong, right, ctx)).toBeUndefined();
  });
  it.each([
    ['不能自己', '不能自已', /^wrong form is a word/],
    ['既将', '即将', /^two free characters, one a function word/],
    ['促消', '促销', /^on a clean page/],
    ['规化', '规划', /^inside a common word/],
    ['船泊', '船舶', /^a word or name jieba lacks/],
    ['布署', '部署', /^listed already/],
    ['波光鳞光', '波光粼粼', /^not one character/],
    ['诩诩', '栩栩', /^not one character/],
  ])('drops %s → %s', (wrong, right, why) => {
    expect(reason(wrong, right, ctx)).toMatch(why);
  });
  it('the committed table is what the review keeps (no hand edits)', () => {
    expect(review(SLIP_FILES(), ctx).kept.join(' ')).toBe(REVIEWED_SLIPS);
  });
});

describe('second-reading', () => {
  it('reads the phrases a flag names: whole runs and joined alternatives', () => {
    expect(phrasesOf('促消', '促消费 side by side')).toEqual(['促消费']);
    expect(phrasesOf('端装', '高端/终端+装备（高端装备制造）').sort()).toEqual(['终端装备', '高端装备', '高端装备制造']);
    expect(phrasesOf('浩翰', 'a personal name')).toEqual([]);
  });
  it('a listed form fires where no guard holds it (他威协邻居), not where the segmenter does (权威协会)', () => {
    expect(firesIn('威协', '他威协邻居')).toBe(true);
    expect(firesIn('威协', '权威协会')).toBe(false);
  });
});
