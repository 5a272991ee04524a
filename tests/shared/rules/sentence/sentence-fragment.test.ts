import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../shared/check';
import { damage, dropParagraph, findingsOf, line, PAGES } from '../../analysis/pages';
import { rule } from '../../../../shared/rules/sentence/sentence-fragment';
import { testRule } from '../../../helpers/rule-tester';
import { lines as sampleLines } from '../../../helpers/samples';

const RULE = 'sentence/fragment';
const lines = (text: string) => findingsOf(text, RULE).map((f) => f.line);

describe('sentence/fragment on the real pages', () => {
  it('000 line 25 (小，五脏俱全”的合肥路街角公园…): closes a quotation it never opened, nothing open leads into it', () => {
    const text = PAGES['000'];
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => f.line)).toEqual([25]);
    expect(fs[0]).toMatchObject({ column: 1, severity: 'warning' });
    expect(fs[0].fix).toBeUndefined();
    expect(text.slice(fs[0].start, fs[0].end)).toBe('小，五脏');
    expect(fs[0].message).toBe('段落从句中开始（「小，五脏俱全”的合肥…」），前面没有可接续的段落，可能丢失文字');
  });

  it('002 line 50 (务贸易取得实效,…): starts mid-word (服务贸易), after a caption', () => {
    expect(lines(PAGES['002'])).toEqual([50]);
  });

  it('none on 001: its mid-sentence starts (活场景, 口”的活动, 动基层) all have their paragraph', () => {
    expect(lines(PAGES['001'])).toEqual([]);
  });

  it('English message', () => {
    const f = checkText(PAGES['000'], { locale: 'en' }).findings.find((x) => x.rule === RULE)!;
    expect(f.message).toBe(
      // Page text is quoted in 「」, so its own “” never nest with the message's.
      'Paragraph starts mid-sentence (「小，五脏俱全”的合肥…」) with no open paragraph leading into it: text may be lost',
    );
  });
});

describe('sentence/fragment when only the segmenter says mid-word', () => {
  const page = (para: string) => ['统计公报', '', '本报讯 今年前三季度，全市地区生产总值同比增长5.2%，经济运行总体平稳。', '', para].join('\n');
  const fragment = (para: string) => checkText(page(para)).findings.find((f) => f.rule === 'sentence/fragment');
  it('is sure where the first character mostly ends words (务|贸易: 服务贸易 lost its start)', () => {
    expect(fragment('务贸易取得实效，全市服务进出口额同比增长12%。')?.uncertain).toBeUndefined();
  });
  it('is sure where the page has the start inside a longer word (流园区… where 物流园区 stands elsewhere)', () => {
    const text = page('城阳物流园区占地三千亩。记者在物流园区看到，物流园区内车辆往来不断。\n\n流园区日均处理快递包裹量已突破300万件。');
    expect(checkText(text).findings.find((f) => f.rule === 'sentence/fragment')?.uncertain).toBeUndefined();
  });
  it('look-alike: is uncertain where a sentence may open on it (分|产业看, 受|资助: split oddly by the segmenter)', () => {
    expect(fragment('分产业看，第一产业增加值增长3.1%，第二产业增长4.6%。')?.uncertain).toBe(true);
    expect(fragment('受资助的学生中，有的已经考上了大学。')?.uncertain).toBe(true);
  });
});

describe('sentence/fragment on pages that lost text', () => {
  it('the paragraph before 001 line 53 (口”的活动…) lost', () => {
    const text = dropParagraph(PAGES['001'], '为居民打造一处“家门');
    expect(lines(text)).toEqual([51]);
    expect(line(text, 51).startsWith('口”的活动')).toBe(true);
  });
  it('the paragraph before 001 line 45 (活场景…) lost: starts mid-word', () => {
    const text = dropParagraph(PAGES['001'], '历史记忆的碎片得以自然融入生');
    expect(lines(text)).toEqual([43]);
  });
  it('the paragraph before 001 line 100 lost, and OCR put the comma on the next line (，推动基层…)', () => {
    let text = damage(PAGES['001'], '“最后一米”，推\n\n动基层', '“最后一米”\n\n，推动基层');
    expect(lines(text)).toEqual([]); // still joined: 98 → 100
    text = dropParagraph(text, '截至9月底，市北区个体工商户');
    expect(lines(text)).toEqual([98]);
  });
});

describe('sentence/fragment leaves look-alikes alone', () => {
  it('paragraphs opening on a lost opening mark after a sentence end (000 lines 77 and 91: …心事！”, …发挥。”) are quote/unbalanced, not fragments', () => {
    expect(lines(PAGES['000'])).not.toContain(77);
    expect(lines(PAGES['000'])).not.toContain(91);
  });
  it('paragraph starts the segmenter splits but a sentence may begin with (市|北区, 会|上, 据|了解, 已|完成, names)', () => {
    const text = [
      '市北区共有开放式老旧小区楼座5300余栋。',
      '会上，市北区城市更新和城市建设指挥部作工作汇报。',
      '据了解，下一步，市北区将充分发挥规划的引领作用。',
      '已完成27处停车场建设，新增泊位达2800余个，缓解了停车难。',
      '高健一针见血地指出了全区在城市“微更新”领域工作上的不足。',
      '党组织建到哪里，就把病毒牢牢记住。',
      '微更新让城市逆生长，也让居民更幸福。',
      '“从家走过来3分钟，办理手续20多分钟。”',
      '2022年是RCEP生效实施首年。',
      'RCEP山东企业服务中心是全国首家综合性企业服务平台。',
    ].join('\n\n');
    expect(lines(text)).toEqual([]);
  });
  it('leads, headlines, kickers, 小标题 and captions are never fragments', () => {
    // 000 line 81 kicker starts with “, 001 line 31 heading “点面结合”…, captions start with ■.
    for (const id of ['000', '001', '002'] as const) {
      const kinds = new Map(checkText(PAGES[id]).page.blocks.map((b) => [b.line, b.kind]));
      for (const n of lines(PAGES[id])) expect(kinds.get(n)).toBe('body');
    }
  });
});

// ------------------------------------------------------------ rule tester
testRule(rule, {
  valid: [
    { name: 'a mid-word start with its paragraph before it (001 43 …融入生 / 45 活场景…)', text: sampleLines(PAGES['001'], 43, 45) },
    { name: 'a kicker opening with “ (000 lines 81–85)', text: sampleLines(PAGES['000'], 81, 85) },
    { name: 'a 小标题 opening with “ (001 lines 29–33)', text: sampleLines(PAGES['001'], 29, 33) },
    {
      name: 'sentence starts the segmenter splits (市|北区, 会|上, 据|了解, 已|完成, a name)',
      text: [
        '市北区共有开放式老旧小区楼座5300余栋。',
        '会上，市北区城市更新和城市建设指挥部作工作汇报。',
        '据了解，下一步，市北区将充分发挥规划的引领作用。',
        '已完成27处停车场建设，新增泊位达2800余个，缓解了停车难。',
        '高健一针见血地指出了全区在城市“微更新”领域工作上的不足。',
      ].join('\n\n') + '\n',
    },
    { name: 'a paragraph opening on a quotation it closes later (001 line 96)', text: sampleLines(PAGES['001'], 96, 98) },
  ],
  invalid: [
    {
      name: 'closing a quotation it never opened, after a caption, as printed (000 line 25 小，五脏俱全”…)',
      text: sampleLines(PAGES['000'], 17, 27),
      findings: [
        { line: 9, column: 1, text: '小，五脏', message: '段落从句中开始（「小，五脏俱全”的合肥…」），前面没有可接续的段落，可能丢失文字', severity: 'warning', fix: 'none' },
      ],
    },
    {
      name: 'starting mid-word after a caption, as printed (002 line 50 务贸易取得实效…)',
      text: sampleLines(PAGES['002'], 46, 52),
      findings: [{ line: 5, column: 1, text: '务贸易取', message: '「务贸易取得实效,青岛…」' }],
    },
    {
      name: 'the paragraph before 001 line 53 (…“家门) lost: 口”的活动… starts mid-word',
      text: sampleLines(PAGES['001'], 49, 49) + '\n' + sampleLines(PAGES['001'], 53, 55),
      findings: [{ line: 3, column: 1, text: '口”的活' }],
    },
  ],
});

describe('sentence/fragment: a start with a subject of its own', () => {
  const page = (para: string) => ['小店经营', '', '本报讯 今年以来，市南区持续为小店减负。', '', '房租是小店经营成本中的“大头”，区属国有企业为小店减免房租。', '', para].join('\n');
  const fragment = (para: string) => checkText(page(para)).findings.find((f) => f.rule === 'sentence/fragment');
  it('is uncertain where the segmenter alone splits a first word and the clause has its own 也 (水|电气等经营成本也在下降)', () => {
    expect(fragment('水电气等经营成本也在下降，供电企业为小店上门服务。')?.uncertain).toBe(true);
  });
  it('look-alike: a word-final start with no such clause stays sure (务|贸易取得实效)', () => {
    expect(fragment('务贸易取得实效，全市服务进出口额同比增长12%。')?.uncertain).toBeUndefined();
  });
});
