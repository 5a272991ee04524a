import { describe, expect, it } from 'vitest';
import { PAGES } from '../../text/samples';
import { allHan } from '../../../../shared/rules/words/number-mismatch';
import { covered, hitsOf, page } from './page';

const RULE = 'number/mismatch';
const BODY = '今年，市北区投资3000万元，惠及群众约5.2万户，建成口袋公园12个。';

describe('number/mismatch', () => {
  it('headline 3000万元 vs body 300万元 (same context 投资)', () => {
    const text = page('市北区投资3000万元改造老旧小区', BODY.replace('3000万元', '300万元'));
    const fs = hitsOf(text, RULE);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['3000万元']);
    expect(fs[0].message).toBe('「3000万元」与正文中的「300万元」不一致');
    expect(text.slice(fs[0].related[0].start, fs[0].related[0].end)).toBe('300万元');
  });
  it('a mistyped figure beside decimals (发送旅客15万人次 vs 12.3万人次)', () => {
    expect(covered(page('火车站发送旅客15万人次', '春运首日，火车站发送旅客12.3万人次。'), RULE)).toEqual([]);
    expect(covered(page('火车站发送旅客22.3万人次', '春运首日，火车站发送旅客12.3万人次。'), RULE)).toEqual(['22.3万人']);
  });
  it('a lead giving two figures with one verb states both, and is still checked against the body', () => {
    const lead = '本报讯 贷款额度提高至100万元；多子女家庭可再上浮20%；购买绿色建筑的，还可另行上浮10%。';
    expect(covered(page('标题', lead, '新政自4月1日起施行。'), RULE)).toEqual([]);
    // The body's 上浮30% against the lead's 上浮20%: a figure mistyped, across blocks.
    expect(covered(page('标题', '本报讯 多子女家庭可再上浮20%。', '按新政，多子女家庭可再上浮30%。'), RULE)).toEqual(['20%']);
  });
  it('a swapped pair of digits in a caption (建成口袋公园21个 vs 12个)', () => {
    const text = page('标题', BODY, '■市北区建成口袋公园21个。');
    expect(covered(text, RULE)).toEqual(['21个']);
  });
  it.each([
    ['12个 and 十二个 agree', '市北区建成口袋公园十二个', BODY],
    ['3000万元 and 3,000万元 agree', '市北区投资3,000万元改造', BODY],
    ['different quantities (投资 vs 其中)', '市北区投资3000万元改造', '今年启动改造，其中300万元用于绿化。'],
    ['the body also gives the headline figure', '市北区投资3000万元改造', '全区投资3000万元，一期投资300万元。'],
    ['an approximation (投资近300万元)', '市北区投资近300万元改造', BODY],
    ['different nouns after 个', '市北区建成口袋公园12个', '今年，市北区建成口袋公园12个，改造楼座13个。'],
    ['the headline drops the decimals (发送旅客12万人次, body 12.3万人次)', '火车站发送旅客12万人次', '春运首日，火车站发送旅客12.3万人次。'],
    ['the headline rounds them (发送旅客13万人次, body 12.6万人次)', '火车站发送旅客13万人次', '春运首日，火车站发送旅客12.6万人次。'],
  ])('not when %s', (_, head, body) => {
    expect(covered(page(head, body), RULE)).toEqual([]);
  });
  it('finds nothing on the three sample pages', () => {
    for (const p of Object.values(PAGES)) expect(hitsOf(p, RULE)).toEqual([]);
  });
});

describe('allHan (the context before a figure)', () => {
  it('is true for Han only, judging a surrogate pair by its first half', () => {
    expect(allHan('投资', 0, 2)).toBe(true);
    expect(allHan('约3', 0, 2)).toBe(false);
    expect(allHan('𠀀', 0, 2)).toBe(true); // U+20000, one character of CJK Extension B
    expect(allHan('𠀀', 1, 2)).toBe(false); // its second half alone
    expect(allHan('a投', 1, 2)).toBe(true);
    expect(allHan('', 0, 0)).toBe(true);
  });
});
