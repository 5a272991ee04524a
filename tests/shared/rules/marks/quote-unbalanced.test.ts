import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../shared/check';
import { damage, dropParagraph, findingsOf, joinAll, line, PAGES } from '../../analysis/pages';
import { rule } from '../../../../shared/rules/marks/quote-unbalanced';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const RULE = 'quote/unbalanced';
/** `line:column mark` of each finding. */
const at = (text: string) => findingsOf(text, RULE).map((f) => `${f.line}:${f.column} ${text.slice(f.start, f.end)}`);

describe('quote/unbalanced on the real pages', () => {
  it('a doubled opening mark (王刚说：““选择…”) is quote/doubled\'s alone; a lone unpaired one is still said', () => {
    const doubledMark = damage(PAGES['002'], '“圈层', '““圈层');
    const text = doubledMark.replace('构筑', '”构筑');
    expect(at(text)).toEqual([]);
    expect(findingsOf(text, 'quote/doubled')).toHaveLength(1);
  });
  it('a doubled opening mark never closed (他说：““选择…, no ”) still leaves one unpaired: said once', () => {
    const text = damage(PAGES['002'], '“圈层', '““圈层');
    expect(at(text).map((s) => s.split(' ')[1])).toEqual(['“']);
  });

  it('000: three closing marks whose opening mark was lost (lines 47, 77, 91)', () => {
    const text = PAGES['000'];
    const col = (n: number, s: string) => line(text, n).indexOf(s) + s.length + 1; // 1-based column of the mark after s
    expect(at(text)).toEqual([
      `47:${col(47, '既有形也有神')} ”`, // …让“微更新”既有里也有面，既有形也有神”。
      `77:${col(77, '可算是了大家一桩心事！')} ”`, // 住在老旧小区，…心事！”十五大街…
      `91:${col(91, '影响了党组织的作用发挥。')} ”`, // 如今，…作用发挥。”市北区委组织部…
    ]);
    const [f] = findingsOf(text, RULE);
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f.fix).toBeUndefined();
    expect(f.message).toBe('「”」没有配对的「“」');
  });

  it('002 line 62: an opening mark whose closing mark was lost (通过“圈层覆盖、…平台拓展构筑…)', () => {
    const text = PAGES['002'];
    expect(at(text)).toEqual([`62:${line(text, 62).indexOf('“圈层') + 1} “`]);
    expect(findingsOf(text, RULE)[0].message).toBe('「“」没有配对的「”」');
  });

  it('001: none — line 55 has nested and consecutive quotations, all paired, and 51/53 pair once joined', () => {
    expect(line(PAGES['001'], 55)).toContain('被“记心上了”，“老旧小区改造也有售后服务了，我们很满意！”');
    expect(at(PAGES['001'])).toEqual([]);
  });

  it('English message', () => {
    const f = checkText(PAGES['002'], { locale: 'en' }).findings.find((x) => x.rule === RULE)!;
    expect(f.message).toBe('Unpaired “: no matching ”');
  });
});

describe('quote/unbalanced reads broken sentences joined and knows lost text', () => {
  it('000 29 …采取“引导农工商公司 / 31 参与改造”的方式: a column break alone raises nothing', () => {
    expect(at(PAGES['000']).some((s) => s.startsWith('29:') || s.startsWith('31:'))).toBe(false);
  });
  it('001 51 …“家门 / 53 口”的活动 and 37 “…我们 / 39 …街区。”', () => {
    for (const n of ['37:', '39:', '51:', '53:']) expect(at(PAGES['001']).some((s) => s.startsWith(n))).toBe(false);
  });
  it('000 25 (a fragment): its leading ” is explained by the lost beginning and not reported again', () => {
    expect(line(PAGES['000'], 25)).toMatch(/^小，五脏俱全”/);
    expect(at(PAGES['000']).some((s) => s.startsWith('25:'))).toBe(false);
  });
  it('002 68 (truncated): its open “ is explained by the lost end and not reported again', () => {
    expect(line(PAGES['002'], 68)).toMatch(/^“我们的‘链长制’/);
    expect(at(PAGES['002']).some((s) => s.startsWith('68:'))).toBe(false);
  });
  it('the same marks after the broken sentences are joined: the same findings', () => {
    expect(findingsOf(joinAll(PAGES['001']), RULE)).toEqual([]);
    expect(findingsOf(joinAll(PAGES['000']), RULE).map((f) => f.message)).toEqual(
      findingsOf(PAGES['000'], RULE).map((f) => f.message),
    );
  });
  it('but a paragraph whose continuation was lost keeps its quotation open: reported as truncated only', () => {
    const text = dropParagraph(PAGES['001'], '口”的活动健身场地');
    expect(findingsOf(text, 'sentence/truncated').map((f) => f.line)).toEqual([51]);
    expect(at(text)).toEqual([]);
  });
});

describe('quote/unbalanced on real lines damaged by OCR', () => {
  it.each([
    ['a lost ” (001 line 41 “时光轨迹 主题公园)', '001', '打造“时光轨迹”主题公园。', '打造“时光轨迹主题公园。', '“'],
    ['a lost “ (001 line 61 让居民身边的各项急难愁盼”)', '001', '各项“急难愁盼”有人问', '各项急难愁盼”有人问', '”'],
    ['a lost ’ inside “” (000 line 75 ‘绑辫子的经验)', '000', '总结了‘绑辫子’的经验', '总结了‘绑辫子的经验', '‘'],
    ['a lost 》 (000 line 39 《关于聚焦…实施意见)', '000', '高质量发展的实施意见》，', '高质量发展的实施意见，', '《'],
    ['a lost ） (001 line 39 （错埠岭二路17号)', '001', '（错埠岭二路17号）', '（错埠岭二路17号', '（'],
    ['a lost ) in half-width text (002 line 56 快钢云(山东 数字科技)', '002', '快钢云(山东)数字科技', '快钢云(山东数字科技', '('],
  ] as const)('%s', (_, id, real, damaged, mark) => {
    const text = damage(PAGES[id], real, damaged);
    const before = new Set(at(PAGES[id]));
    const added = at(text).filter((s) => !before.has(s));
    expect(added.map((s) => s.split(' ')[1])).toEqual([mark]);
  });
});

describe('quote/unbalanced leaves look-alikes alone', () => {
  it('a multi-paragraph quotation: each paragraph opens with “ and only the last closes (GB/T 15834)', () => {
    const text = [
      '市北区委常委、组织部部长管方圆在会上说：',
      '“自11月2日以来，我们最多的时候建有51个临时党支部，实行‘一日一调度、一研判一推进’机制。',
      '“临时党支部建立后，共动员1600余名社区党员主动亮身份、当先锋。',
      '“下一步，我们还将总结经验，形成机制。”',
    ].join('\n\n');
    expect(at(text)).toEqual([]);
  });
  it('a quoted passage that opens a sentence mid-paragraph runs on into the next “ paragraph (…第一批入驻的商户。“刚来的时候… / “不少游客…”); a mark lost mid-sentence does not', () => {
    const passage = (open: string) =>
      ['在里院经营陶艺工作室的陈晓雨，是第一批入驻的商户' + open + '刚来的时候我也犹豫过，老房子租金虽然不高，但改造投入不小。', '“不少游客就是冲着里院来的，他们愿意在天井里坐一坐。”'].join('\n\n');
    expect(at(passage('。“'))).toEqual([]);
    expect(at(passage('“'))).toHaveLength(1);
  });
  it('headlines, kickers and 小标题 with quotes (000 line 17, 000 line 81, 001 line 31, 002 line 22)', () => {
    for (const [id, n] of [['000', 17], ['000', 81], ['001', 31], ['002', 22]] as const) {
      expect(at(PAGES[id]).some((s) => s.startsWith(`${n}:`))).toBe(false);
    }
  });
  it('list numbers 1） 2） and (1) in Chinese text', () => {
    expect(at('一是清理楼道：1）清理杂物；2）规范停车。\n\n二是(1)加装充电桩。')).toEqual([]);
  });
});

describe('quote/unbalanced on bad input', () => {
  it('thousands of unpaired marks: each is reported, except the one a truncated end explains', () => {
    const text = '他说“'.repeat(3000);
    expect(findingsOf(text, RULE)).toHaveLength(2999);
    expect(findingsOf(text, 'sentence/truncated')).toHaveLength(1);
  });
});

// ------------------------------------------------------------ rule tester
testRule(rule, {
  valid: [
    { name: 'nested and consecutive quotations, all paired (001 line 55)', text: lines(PAGES['001'], 55, 55) },
    { name: 'a quotation split by a column break pairs once joined (001 51 …“家门 / 53 口”的…)', text: lines(PAGES['001'], 51, 53) },
    { name: 'a quotation split by a column break (000 29 …采取“引导农工商公司 / 31 参与改造”…)', text: lines(PAGES['000'], 29, 31) },
    { name: 'a headline and kicker set with quotes (000 lines 81–85)', text: lines(PAGES['000'], 81, 85) },
    {
      name: 'a multi-paragraph quotation: each paragraph opens with “, only the last closes',
      text: ['市北区委常委、组织部部长管方圆在会上说：', '“自11月2日以来，我们最多的时候建有51个临时党支部。', '“下一步，我们还将总结经验，形成机制。”'].join('\n\n') + '\n',
    },
    { name: 'list numbers 1） 2） and (1) in Chinese text', text: '一是清理楼道：1）清理杂物；2）规范停车。\n\n二是(1)加装充电桩。\n' },
    { name: 'a truncated paragraph: its open ( is explained by the lost end (002 line 56 alone)', text: lines(PAGES['002'], 56, 56).replace('快钢云(山东)数字科技', '快钢云(山东数字科技') },
  ],
  invalid: [
    {
      name: 'a closing mark whose opening was lost, as printed (000 line 91 …作用发挥。”)',
      text: lines(PAGES['000'], 89, 93),
      findings: [{ line: 3, column: 67, text: '”', message: '「”」没有配对的「“」', severity: 'warning', fix: 'none' }],
    },
    {
      name: 'OCR lost the ” of 打造“时光轨迹”主题公园 (001 line 41)',
      text: lines(PAGES['001'], 41, 45).replace('打造“时光轨迹”主题公园。', '打造“时光轨迹主题公园。'),
      findings: [{ line: 1, column: 231, text: '“', message: '「“」没有配对的「”」' }],
    },
    {
      name: 'a lost 》 in a paragraph joined across a column break (000 39 / 41)',
      text: lines(PAGES['000'], 39, 41).replace('高质量发展的实施意见》，', '高质量发展的实施意见，'),
      findings: [{ line: 1, column: 41, text: '《', message: '「《」没有配对的「》」' }],
    },
    {
      name: 'a lost ’ inside a quotation (000 line 75 ‘绑辫子的经验)',
      text: lines(PAGES['000'], 75, 75).replace('总结了‘绑辫子’的经验', '总结了‘绑辫子的经验'),
      findings: [{ line: 1, column: 7, text: '‘' }],
    },
    {
      name: 'a lost ) in half-width text, its paragraph continued (002 56 快钢云(山东数字科技 / 58)',
      text: lines(PAGES['002'], 56, 58).replace('快钢云(山东)数字科技', '快钢云(山东数字科技'),
      findings: [{ line: 1, column: 12, text: '(', message: '「(」没有配对的「)」' }],
    },
  ],
});
