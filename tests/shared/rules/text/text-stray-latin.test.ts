import { rule } from '../../../../shared/rules/text/text-stray-latin';
import { testRule } from '../../../helpers/rule-tester';
import { describe, expect, it } from 'vitest';
import { findStrayLatin } from '../../../../shared/rules/text/text-stray-latin';
import { PAGES, covered, damage, findingsOf, line } from '../../text/samples';

const RULE = 'text/stray-latin';
const words = (text: string) => findStrayLatin(text, 0).map((f) => f.data!.word);

describe('text/stray-latin fires on an English word left in Chinese text', () => {
  it('创业者 and 科技型 (the docs/design.md §2.4 case)', () => {
    expect(words('服务创业者 and 科技型企业')).toEqual(['and']);
  });

  // The samples hold no stray word: these leave one in a real line.
  it.each([
    ['002 line 29 (诉求直报快办 and 党群议事协商)', '002', '诉求直报快办、党群议事协商', '诉求直报快办 and 党群议事协商', 'and'],
    ['001 line 25 (群众幸福指数的important民生工程)', '001', '幸福指数的重要民生工程', '幸福指数的important民生工程', 'important'],
    ['000 line 58 (已累计服务企业 of，促进: a clause mark on one side)', '000', '服务企业9300家，', '服务企业 of，', 'of'],
  ] as const)('%s', (_, page, real, damaged, word) => {
    const text = damage(PAGES[page], real, damaged);
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => covered(text, f))).toEqual([word]);
    expect(fs[0]).toMatchObject({ severity: 'info', fix: undefined });
    expect(fs[0].message).toBe(`中文中夹有孤立的外文词「${word}」`);
  });
});

describe('text/stray-latin leaves the Latin this paper prints alone', () => {
  it('acronyms and programme names of the samples: RCEP, QFLP, IP, e·帮办, A区, B、C区', () => {
    expect(line(PAGES['000'], 58)).toContain('RCEP山东企业服务中心');
    expect(line(PAGES['000'], 47)).toContain('特色文化IP，');
    expect(line(PAGES['001'], 106)).toContain('“e·帮办”平台');
    expect(line(PAGES['002'], 54)).toContain('QFLP基金');
    expect(line(PAGES['002'], 70)).toContain('完成A区建设');
    for (const [p, n] of [['000', 58], ['000', 47], ['001', 106], ['002', 54], ['002', 70], ['002', 94]] as const)
      expect(words(line(PAGES[p], n))).toEqual([]);
  });
  it('the pinyin masthead XING FU SHI BEI', () => {
    expect(line(PAGES['000'], 9)).toBe('XING FU SHI BEI');
    expect(findingsOf(PAGES['000'], RULE)).toEqual([]);
  });
  it.each([
    ['units after numbers', '全长5km，重约20kg的设备'],
    ['a unit after a number and a space', '全长 5 km 的道路'],
    ['URLs and e-mail', '登录www.qingdaonews.com查询，或致信news@qdsb.cn反映'],
    ['model numbers', '引进ab12型和x-200型机组'],
    ['lowercase loanwords the press prints', '下载app即可，连上wifi后'],
    ['a quoted word', '所谓“and”逻辑'],
    ['an English phrase', '标语写着 make it happen 几个字'],
    ['capitalised brand', '使用iPhone拍摄'],
    ['a single letter', '位于a区'],
  ])('%s', (_, text) => {
    expect(words(text)).toEqual([]);
  });
  it('finds nothing on the three sample pages', () => {
    for (const page of Object.values(PAGES)) expect(findingsOf(page, RULE)).toEqual([]);
  });
});

const L29 = line(PAGES['002'], 29) + '\n';
const L25 = line(PAGES['001'], 25) + '\n';

testRule(rule, {
  valid: [
    { name: 'acronyms and brands carry capitals', text: '企业用好RCEP规则，iPhone用户增多。\n' },
    { name: 'a loanword the press prints lowercase', text: '市民通过app预约挂号。\n' },
    { name: 'the newsroom allows a word in its config', text: '创业者 and 科技型企业。\n', options: { allow: ['and'] } },
    { name: 'RCEP and 9300家 (000 line 58)', text: line(PAGES['000'], 58) + '\n' },
    { name: 'the brand e·帮办 (001 line 106)', text: line(PAGES['001'], 106) + '\n' },
    { name: 'QFLP and the zone letters A区, B、C区 (002 lines 54, 70, 94)', text: [54, 70, 94].map((n) => line(PAGES['002'], n)).join('\n\n') + '\n' },
    { name: 'the masthead pinyin XING FU SHI BEI (000 lines 1–9)', text: PAGES['000'].split('\n').slice(0, 9).join('\n') + '\n' },
    { name: 'a real line with an English word the newsroom allows (allow: [and])', text: L29.replace('诉求直报快办、党群议事协商', '诉求直报快办 and 党群议事协商'), options: { allow: ['and'] } },
    {
      name: 'the allow list adds to the built-in words: app stays allowed with allow: [and]',
      text: L29.replace('诉求直报快办、党群议事协商', '诉求直报快办 and 党群议事协商') + '市民通过app预约挂号。\n',
      options: { allow: ['and'] },
    },
  ],
  invalid: [
    {
      name: 'an English word left between Han',
      text: '吸引了众多创业者 and 科技型企业入驻。\n',
      findings: [{ line: 1, column: 10, text: 'and', message: '「and」', severity: 'info', fix: 'none' }],
    },
    {
      name: 'and left in 诉求直报快办 and 党群议事协商 (002 line 29)',
      text: L29.replace('诉求直报快办、党群议事协商', '诉求直报快办 and 党群议事协商'),
      findings: [{ line: 1, column: 99, text: 'and', message: '中文中夹有孤立的外文词「and」', severity: 'info', fix: 'none' }],
    },
    {
      name: 'important glued between Han, 幸福指数的important民生工程 (001 line 25)',
      text: L25.replace('幸福指数的重要民生工程', '幸福指数的important民生工程'),
      findings: [{ line: 1, column: 17, text: 'important' }],
    },
    {
      name: 'an allow list holds only the words it names (allow: [and], important still fires)',
      text: L25.replace('幸福指数的重要民生工程', '幸福指数的important民生工程').replace('民心工程', '民心 and 工程'),
      options: { allow: ['and'] },
      findings: [{ line: 1, column: 17, text: 'important' }],
    },
    {
      name: 'of before a clause mark, 服务企业 of，(000 line 58)',
      text: line(PAGES['000'], 58).replace('服务企业9300家，', '服务企业 of，') + '\n',
      findings: [{ line: 1, column: 67, text: 'of' }],
    },
  ],
});
