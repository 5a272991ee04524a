import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../shared/check';
import { damage, dropParagraph, findingsOf, line, PAGES } from '../../analysis/pages';
import { rule } from '../../../../shared/rules/sentence/sentence-truncated';
import { testRule } from '../../../helpers/rule-tester';
import { lines as sampleLines } from '../../../helpers/samples';

const RULE = 'sentence/truncated';
const lines = (text: string) => findingsOf(text, RULE).map((f) => f.line);

describe('sentence/truncated on the real pages', () => {
  it('002 line 68 (“…强调制约因素的多,从全区): nothing on the page continues it', () => {
    const text = PAGES['002'];
    const [f] = findingsOf(text, RULE);
    expect(findingsOf(text, RULE)).toHaveLength(1);
    expect(f).toMatchObject({ line: 68, severity: 'warning' });
    expect(f.fix).toBeUndefined();
    expect(text.slice(f.start, f.end)).toBe(',从全区');
    expect(f.end).toBe(text.indexOf(line(text, 68)) + line(text, 68).length);
    expect(f.message).toBe('段落在句中结束（「…制约因素的多,从全区」），页面上找不到接续，可能丢失文字');
  });

  it('none on 000 and 001: every open paragraph there has its continuation', () => {
    expect(lines(PAGES['000'])).toEqual([]);
    expect(lines(PAGES['001'])).toEqual([]);
  });

  it('English message', () => {
    const f = checkText(PAGES['002'], { locale: 'en' }).findings.find((x) => x.rule === RULE)!;
    expect(f.message).toBe('Paragraph ends mid-sentence (「…制约因素的多,从全区」) and no continuation was found: text may be lost');
  });
});

describe('sentence/truncated on pages that lost text', () => {
  it('the continuation of 001 line 43 (…融入生) lost', () => {
    expect(lines(dropParagraph(PAGES['001'], '活场景，重塑有温度的城区。'))).toEqual([43]);
  });
  it('the continuation of 000 line 91 (…下沉干部、) lost: a paragraph ending on 、', () => {
    expect(lines(dropParagraph(PAGES['000'], '志愿者等多方力量'))).toEqual([91]);
  });
  it('the end of the last paragraph of an article cut off before the next headline (001 line 75)', () => {
    expect(lines(damage(PAGES['001'], '全力稳订单拓市场。', '全力稳订单拓'))).toEqual([75]);
  });
  it('a paragraph cut short enough to look like a 小标题 (000 line 49, `同时，…` to its first clause)', () => {
    // Short and unpunctuated, but a heading never opens on 同时， / 据了解，.
    const para = line(PAGES['000'], 49);
    expect(lines(damage(PAGES['000'], para, '同时，为确保各项“微更新”项目更好更快落地'))).toEqual([49]);
  });
  it('a paragraph cut after its second clause (000 line 49): several clauses are body text', () => {
    const para = line(PAGES['000'], 49);
    const cut = para.slice(para.indexOf('为确保'), para.indexOf('也将'));
    expect(cut).toBe('为确保各项“微更新”项目更好更快落地，市北区城市更新和城市建设指挥部');
    expect(lines(damage(PAGES['000'], para, '所以，' + cut))).toEqual([49]);
  });
  it('a paragraph of an article cut off where the continuation is a lead of the next article is still truncated', () => {
    // 001 line 88 cut, the next block after the headline is `本报讯…`-less but a new article.
    expect(lines(damage(PAGES['001'], '缓解停车压力。', '缓解停车'))).toEqual([88]);
  });
});

describe('sentence/truncated leaves look-alikes alone', () => {
  it('headlines, kickers, subheads, 小标题, column labels, bylines, credits, masthead (all without sentence marks)', () => {
    // 000 and 001 are full of them and raise nothing.
    expect(lines(PAGES['000'])).toEqual([]);
    expect(lines(PAGES['001'])).toEqual([]);
    expect(line(PAGES['001'], 79)).toBe('已完成27处停车场建设，新增泊位达2800余个'); // subhead
    expect(line(PAGES['002'], 64)).toBe('直面问题,明晰发展新路径'); // 小标题
  });
  it('a ■ list item with its text on the next line', () => {
    const text = damage(
      PAGES['001'],
      '改造并未止步于此。',
      '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到了解决\n\n改造并未止步于此。',
    );
    expect(lines(text)).toEqual([]);
  });
  it('a paragraph ending on ：…；？！ or a closing quotation', () => {
    const text = ['他说：', '一是清理楼道；', '怎么办？', '真好！', '“这是好事。”', '有的还在等……'].join('\n\n');
    expect(lines(text)).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
testRule(rule, {
  valid: [
    { name: 'a paragraph broken by a column and continued (001 43 / 45) is sentence/broken’s', text: sampleLines(PAGES['001'], 43, 45) },
    { name: 'headline, subhead and byline without sentence marks (001 lines 77–82)', text: sampleLines(PAGES['001'], 77, 82) },
    { name: 'a 小标题 without a sentence mark (002 line 64 直面问题,明晰发展新路径)', text: sampleLines(PAGES['002'], 62, 66) },
    { name: 'paragraphs ending on ：；？！ or a closing quotation', text: ['他说：', '一是清理楼道；', '怎么办？', '真好！', '“这是好事。”', '有的还在等……'].join('\n\n') + '\n' },
    {
      name: 'a ■ list item with its text on the next line',
      text: '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到了解决\n\n改造并未止步于此。\n',
    },
  ],
  invalid: [
    {
      name: 'the page ends mid-sentence, as printed (002 line 68 …强调制约因素的多,从全区)',
      text: sampleLines(PAGES['002'], 66, 68),
      findings: [
        { line: 3, column: 118, text: ',从全区', message: '段落在句中结束（「…制约因素的多,从全区」），页面上找不到接续，可能丢失文字', severity: 'warning', fix: 'none' },
      ],
    },
    {
      name: 'the continuation of 001 line 43 (…融入生) lost',
      text: sampleLines(PAGES['001'], 41, 43),
      findings: [{ line: 3, column: 98, text: '然融入生', message: '「…的碎片得以自然融入生」' }],
    },
    {
      name: 'an article’s last paragraph cut off before the next headline (001 line 75)',
      text: sampleLines(PAGES['001'], 73, 77).replace('全力稳订单拓市场。', '全力稳订单拓'),
      findings: [{ line: 3, text: '稳订单拓' }],
    },
  ],
});

describe('a list set with dashes needs no 。', () => {
  const page = (list: string) =>
    ['产业集群', '', '本报讯 今年，即墨区明确了四大重点产业集群的发展目标。', list, '', '围绕上述目标，即墨区实行重点产业链“链长制”，由区级领导担任链长。'].join('\n');
  const sentence = (text: string) => checkText(text).findings.filter((f) => f.rule.startsWith('sentence/')).map((f) => `${f.line} ${f.rule}`);
  it('its last item is neither truncated nor joined to the next paragraph (——新材料产业集群，年产值突破150亿元)', () => {
    expect(sentence(page('——汽车及零部件产业集群，年产值突破600亿元\n——新材料产业集群，年产值突破150亿元'))).toEqual([]);
  });
  it('look-alike: one line opening on a dash after a full stop is running text, still read', () => {
    expect(sentence(page('——新材料产业集群，年产值今年有望突破'))).not.toEqual([]);
  });
});
