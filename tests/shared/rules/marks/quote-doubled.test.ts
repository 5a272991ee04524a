import { describe, expect, it } from 'vitest';
import { findDoubledMarks } from '../../../../shared/rules/marks/quote-doubled';
import { PAGES, covered, damage, findingsOf, fixAll, line } from '../../text/samples';
import { rule } from '../../../../shared/rules/marks/quote-doubled';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const RULE = 'quote/doubled';

// The samples hold no doubled marks: each case doubles a mark of a real
// line the way OCR does, and the fix must give the real line back.
describe('quote/doubled on real lines damaged by OCR', () => {
  it.each([
    ['““ in 000 line 73 (采取““一社区一方案”)', '000', '采取“一社区一方案”', '采取““一社区一方案”', '““'],
    ['”” in 000 line 73 (一类型一措施””方式)', '000', '一类型一措施”方式', '一类型一措施””方式', '””'],
    ['‘‘ in 000 line 75 (总结了‘‘绑辫子’)', '000', '总结了‘绑辫子’的', '总结了‘‘绑辫子’的', '‘‘'],
    ['’’ in 000 line 75 (绑辫子’’的经验)', '000', '总结了‘绑辫子’的', '总结了‘绑辫子’’的', '’’'],
    ['《《 in 000 line 39 (制定《《关于聚焦)', '000', '制定《关于聚焦', '制定《《关于聚焦', '《《'],
    ['》》 in 000 line 39 (实施意见》》，建立)', '000', '实施意见》，建立', '实施意见》》，建立', '》》'],
    ['，， in 001 line 25 (今年，，市北区)', '001', '今年，市北区启动', '今年，，市北区启动', '，，'],
    ['。。 in 001 line 25 (民心工程。。今年)', '001', '民心工程。今年', '民心工程。。今年', '。。'],
    ['、、 in 001 line 29 (范围广、、关乎)', '001', '范围广、关乎', '范围广、、关乎', '、、'],
    ['：： in 001 line 17 (市北：：老旧小区)', '001', '市北：老旧小区', '市北：：老旧小区', '：：'],
    ['；； in 001 line 33 (城市闲置资源；；相反)', '001', '城市闲置资源；相反', '城市闲置资源；；相反', '；；'],
    ['（（ in 001 line 39 (成长舞台（（错埠岭)', '001', '成长舞台（错埠岭', '成长舞台（（错埠岭', '（（'],
    ['）） in 001 line 39 (17号））、助老)', '001', '二路17号）、助老', '二路17号））、助老', '））'],
  ] as const)('fires on %s and the fix restores the line', (_, page, real, damaged, mark) => {
    const text = damage(PAGES[page], real, damaged);
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => covered(text, f))).toEqual([mark]);
    expect(fs[0]).toMatchObject({ severity: 'warning', fix: { safe: true } });
    expect(fs[0].message).toBe(`标点「${mark[0]}」重复`);
    expect(fixAll(text, RULE)).toBe(PAGES[page]);
  });

  it('collapses a tripled mark to one', () => {
    const text = damage(PAGES['001'], '今年，市北区启动', '今年，，，市北区启动');
    expect(fixAll(text, RULE)).toBe(PAGES['001']);
  });
});

describe('quote/doubled leaves look-alikes alone', () => {
  it('the close-then-open ”“ of 000 line 73 (“一社区一方案”“一类型一措施”)', () => {
    const l = line(PAGES['000'], 73);
    expect(l).toContain('“一社区一方案”“一类型一措施”');
    expect(findDoubledMarks(l, 0)).toEqual([]);
  });
  it('the ellipsis …… of 000 line 25 and the dash —— of 000 line 101', () => {
    expect(line(PAGES['000'], 25)).toContain('攀岩墙……这处');
    expect(line(PAGES['000'], 101)).toContain('共建单位——青岛供电公司');
    expect(findDoubledMarks(line(PAGES['000'], 25), 0)).toEqual([]);
    expect(findDoubledMarks(line(PAGES['000'], 101), 0)).toEqual([]);
  });
  it('nested quotes “‘…’” and nested brackets that pair up', () => {
    expect(findDoubledMarks('他说：“‘微更新’既有里也有面”', 0)).toEqual([]);
    expect(findDoubledMarks('详见《〈红楼梦〉研究》', 0)).toEqual([]);
    expect(findDoubledMarks('（见《实施意见》（2022年））', 0)).toEqual([]);
    expect(findDoubledMarks('（（1）项目）', 0)).toEqual([]);
  });
  it('an unpaired bracket in a nested pair loses only the extra mark', () => {
    const t = '（见《实施意见》（2022年）））';
    const [f] = findDoubledMarks(t, 0);
    expect(f.fix!.edits).toEqual([{ start: t.length - 1, end: t.length, text: '', old: '）' }]);
  });
  it('finds nothing on the three sample pages', () => {
    for (const page of Object.values(PAGES)) expect(findingsOf(page, RULE)).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
const L73 = lines(PAGES['000'], 73, 73);
const L25 = lines(PAGES['001'], 25, 25);

testRule(rule, {
  valid: [
    { name: 'a close-then-open ”“ between two quotations (000 line 73)', text: L73 },
    { name: 'the ellipsis …… (000 line 25)', text: lines(PAGES['000'], 25, 25) },
    { name: 'the dash —— (000 line 101)', text: lines(PAGES['000'], 101, 101) },
    { name: 'nested quotes “‘…’” (000 line 75)', text: lines(PAGES['000'], 75, 75) },
    { name: 'nested brackets that pair up: （见《实施意见》（2022年））', text: '会议要求（见《实施意见》（2022年））抓好落实。\n' },
    { name: 'the masthead pinyin and credits of a real page', text: lines(PAGES['000'], 1, 9) },
  ],
  invalid: [
    {
      name: 'OCR doubled the opening quote of 采取“一社区一方案” (000 line 73)',
      text: L73.replace('采取“一社区一方案”', '采取““一社区一方案”'),
      findings: [{ line: 1, column: 144, text: '““', message: '标点「“」重复', severity: 'warning', fix: 'safe' }],
      output: L73,
    },
    {
      name: 'a doubled full stop, 民心工程。。今年 (001 line 25)',
      text: L25.replace('民心工程。今年', '民心工程。。今年'),
      findings: [{ line: 1, column: 28, text: '。。', message: '标点「。」重复', fix: 'safe' }],
      output: L25,
    },
    {
      name: 'a tripled comma collapses to one, 今年，，，市北区 (001 line 25)',
      text: L25.replace('今年，市北区启动', '今年，，，市北区启动'),
      findings: [{ line: 1, column: 31, text: '，，，' }],
      output: L25,
    },
    {
      name: 'a doubled closing bracket with no partner, 17号））、 (001 line 39)',
      text: lines(PAGES['001'], 39, 39).replace('二路17号）、助老', '二路17号））、助老'),
      findings: [{ line: 1, column: 71, text: '））', message: '标点「）」重复' }],
      output: lines(PAGES['001'], 39, 39),
    },
    {
      name: 'a doubled title mark, 制定《《关于聚焦 (000 line 39)',
      text: lines(PAGES['000'], 39, 39).replace('制定《关于聚焦', '制定《《关于聚焦'),
      findings: [{ line: 1, column: 41, text: '《《' }],
      output: lines(PAGES['000'], 39, 39),
    },
    {
      name: 'an unpaired bracket in a nested pair loses only the extra mark',
      text: '会议要求（见《实施意见》（2022年）））抓好落实。\n',
      findings: [{ line: 1, column: 19, text: '）））' }],
      output: '会议要求（见《实施意见》（2022年））抓好落实。\n',
    },
  ],
});
