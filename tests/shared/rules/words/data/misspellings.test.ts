// The misspelling list against jieba's dictionary (MIT, @node-rs/jieba, a
// devDependency): no common correct word may hold a listed wrong form, or
// the rule would flag a correct word (the guard that keeps 截止 alone safe
// while 截止目前 is reported).
import { describe, expect, it } from 'vitest';
import { loadJieba } from '../../../../../scripts/words-data';
import { MISSPELLINGS } from '../../../../../shared/rules/words/data/misspellings';

describe('word/misspelling list', () => {
  const dict = loadJieba();
  const common = [...dict].filter(([w, e]) => e.freq >= 100 && w.length >= 3).map(([w]) => w);
  it('no common word of jieba holds a wrong form', () => {
    const held = MISSPELLINGS.flatMap(([w]) => common.filter((x) => x !== w && x.includes(w)).map((x) => `${w} in ${x}`));
    expect(held).toEqual([]);
  });
  it('the check itself catches a form held by a word (建设 in 经济建设)', () => {
    expect(common.some((x) => x !== '建设' && x.includes('建设'))).toBe(true);
  });
});
