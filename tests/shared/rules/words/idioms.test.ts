import { describe, expect, it } from 'vitest';
import { findIdiomSlips } from '../../../../shared/rules/words/idioms';

const slips = (s: string) => findIdiomSlips(s, 0, s.length).map((x) => `${x.wrong}→${x.right}`);

describe('findIdiomSlips: one character off an idiom', () => {
  it.each([
    ['a character read alike (泻/泄, xie)', '展馆门口被围得水泻不通。', '水泻不通→水泄不通'],
    ['read alike, tone aside (滂 pāng / 磅 páng)', '大合唱气势滂礴。', '气势滂礴→气势磅礴'],
    ['a listed look-alike (栗/粟)', '个人的力量不过是沧海一栗。', '沧海一栗→沧海一粟'],
    ['the slip in the first half (俱/具)', '真是“麻雀虽小，五脏具全”。', '五脏具全→五脏俱全'],
    ['the slip in the last character (帘/廉)', '街角公园便映入眼廉。', '映入眼廉→映入眼帘'],
  ])('%s', (_, line, want) => {
    expect(slips(line)).toEqual(want ? [want] : []);
  });
  it('says nothing of the idioms themselves', () => {
    expect(slips('展馆门口被围得水泄不通，公园便映入眼帘，五脏俱全。')).toEqual([]);
  });
  it('takes no traditional form or rare character for a slip (爲 for 为)', () => {
    expect(slips('這本不足爲奇。')).toEqual([]);
  });
  it('takes a window near two idioms for evidence of neither (惊皇失措: 惊慌失措, 张皇失措, 惊惶失措)', () => {
    expect(slips('他一时惊皇失措。')).toEqual([]);
  });
  it('knows real words one character off an idiom (大作文章 beside 大做文章)', () => {
    expect(slips('有人借此大作文章。')).toEqual([]);
  });
  it('finds a slip at the very start and the very end of the range', () => {
    const s = '水泻不通，映入眼廉';
    expect(slips(s)).toEqual(['水泻不通→水泄不通', '映入眼廉→映入眼帘']);
    expect(findIdiomSlips(s, 1, s.length).map((x) => x.wrong)).toEqual(['映入眼廉']);
    expect(findIdiomSlips(s, 0, s.length - 1).map((x) => x.wrong)).toEqual(['水泻不通']);
  });
});
