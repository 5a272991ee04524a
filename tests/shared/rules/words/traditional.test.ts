import { describe, expect, it } from 'vitest';
import { WORDS_RULES, hitsOf, page } from './page';

// The word tables are of the simplified standard: a page set in
// traditional characters gets nothing from the words pack, even where it
// holds a form a rule would flag (付近). (The rules ask about the script only once
// they have something to report.)
const SIMPLIFIED = page('国会投资3000元改造老街', '本报讯 这个时候，国会经过讨论，投资300元，将一部份于08年发还。邀请了多位影帝到场。工地付近的居民反映噪声问题。');
const TRADITIONAL = page('國會投資3000元改造老街', '本報訊 這個時候，國會經過討論，投資300元，將一部份於08年發還。邀請了多位影帝到場。工地付近的居民反映噪聲問題。');

describe('the words pack on a page set in traditional characters', () => {
  it('reports on the simplified page (the test has something to find)', () => {
    const found = new Set(WORDS_RULES.flatMap((r) => hitsOf(SIMPLIFIED, r).map((f) => f.rule)));
    expect([...found].sort()).toEqual(['number/mismatch', 'number/style', 'usage/discouraged', 'word/confusable', 'word/misspelling']);
  });

  it('reports nothing on the same page in traditional characters', () => {
    for (const r of WORDS_RULES) expect(hitsOf(TRADITIONAL, r), r).toEqual([]);
  });
});
