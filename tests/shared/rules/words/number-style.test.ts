import { describe, expect, it } from 'vitest';
import { PAGES } from '../../text/samples';
import { PATTERNS, patternsIn } from '../../../../shared/rules/words/number-style';
import { covered, hitsOf, LEAD, page } from './page';

const RULE = 'number/style';
const fixes = (line: string) => hitsOf(page('标题', LEAD, line), RULE).map((f) => f.fix?.edits[0].text);

describe('number/style (GB/T 15835)', () => {
  it.each([
    ['an abbreviated year', '该小区建于08年，楼龄较长。', '2008年'],
    ['an abbreviated year before a month', '98年3月，棉纺厂停产。', '1998年'],
    ['零 in a year', '二零二二年是RCEP生效实施首年。', '二〇二二年'],
    ['〇 in a quantity', '共有三百〇五户居民。', '百零'],
    ['Arabic digits with 千', '项目投资3千元。', '3000'],
    ['a range without its first 亿', '出口货值9～16亿元。', '9亿～16亿'],
    ['a range without its first %', '同比增长15～30%。', '15%～30%'],
    ['a decimal without its leading 0', '降幅约.5个百分点。', '0.5'],
  ])('%s', (_, line, fix) => {
    const fs = hitsOf(page('标题', LEAD, line), RULE);
    expect(fs.map((f) => f.severity)).toEqual(['info']);
    expect(fs[0].fix?.edits[0].text).toBe(fix);
  });
  it.each([
    ['durations', '工作了15年，近20年来，30年3个月'],
    ['full years and dates', '2022年11月24日，2008年'],
    ['3万 and 5.2万户 (万 and 亿 are allowed)', '惠及群众约5.2万户，投资3万元'],
    ['units of measure (3千米, 5千克, 10千瓦)', '全长3千米，重5千克，功率10千瓦'],
    ['ranges written in full', '9亿～16亿元，15%～30%'],
    ['times, phone numbers, versions, URLs, file suffixes', '8:30开始，电话0532-12345678，版本v1.5，见https://a.cn/08年，文件名后加 .1'],
    ['a half-width full stop before a figure', '用.0表示不重写'],
    ['two digits after a digit, letter or mark (1.08年, v08年, 3/08年, 108年)', '1.08年，v08年，3/08年，108年，A98年3月'],
    ['a full stop after a word that takes no number', '中.5%，其.5万元'],
    ['a year of Chinese digits without 零, or of five digits', '二〇二二年，一二零二二年，零二年'],
  ])('not %s', (_, line) => {
    expect(covered(page('标题', LEAD, line), RULE)).toEqual([]);
  });
  it('finds nothing on the three sample pages', () => {
    for (const p of Object.values(PAGES)) expect(hitsOf(p, RULE)).toEqual([]);
    expect(fixes('二零二二年')).toEqual(['二〇二二年']);
    // Where a match may start: the block's first character, after a mark.
    expect(fixes('08年，二零零八年，仅.5%')).toEqual(['2008年', '二〇〇八年', '0.5']);
  });
});

describe('patternsIn (which patterns a block needs run)', () => {
  // Text made of what the patterns read, so that many strings hold a match.
  const ALPHABET = [...'0123456789年月零〇一二十百千万亿米～~.约中A/:-%，'];
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8);
  const randomText = (n: number) => Array.from({ length: n }, () => ALPHABET[next() % ALPHABET.length]).join('');

  /** How many patterns fix something in the block; fails on one not flagged. */
  function check(block: string): number {
    const flagged = patternsIn(block);
    let fixing = 0;
    PATTERNS.forEach((p, i) => {
      p.re.lastIndex = 0;
      let fixes = false;
      for (let m = p.re.exec(block); m; m = p.re.exec(block)) if (p.fix(m, block) !== null) fixes = true;
      if (!fixes) return;
      fixing++;
      expect([p.kind, block, (flagged >> i) & 1]).toEqual([p.kind, block, 1]);
    });
    return fixing;
  }

  it('flags every pattern with a match to fix', () => {
    let fixing = 0;
    for (let n = 0; n < 20000; n++) fixing += check(randomText(2 + (next() % 12)));
    expect(fixing).toBeGreaterThan(300);
    for (const block of ['零二二二年', '二二二零年', '一九零五年', '08年', '98年12月', '三百〇五', '9～16亿', '至.5倍', '3千元'])
      expect(check(block)).toBe(1);
  });

  it('flags nothing in plain text, dates and full years', () => {
    expect(patternsIn('2022年11月24日，近20年来，人口1.2万，约3千米。')).toBe(0);
  });
});
