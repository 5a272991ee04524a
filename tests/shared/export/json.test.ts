import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { articlesSummary, creditsSummary, findingJson, toJsonModel } from '../../../shared/export/json';

const P1 = readFileSync('resources/samples/001_090f44e9df0cafa1.txt', 'utf8');

describe('JSON page model', () => {
  const { page, findings } = checkText(P1);
  const model = toJsonModel(page, findings);

  it('has the masthead and the four credit roles with their names', () => {
    expect(model.masthead).toEqual({ name: '幸福市北', pinyin: 'XING FU SHI BEI' });
    expect(model.credits).toEqual([
      { role: '责编', names: ['余瑞新', '张羽'] },
      { role: '美编', names: ['郑燕'] },
      { role: '审读', names: ['穆胜保'] },
      { role: '排版', names: ['韩婷'] },
    ]);
  });

  it('gives each article its kicker, headline, subheads, bylines, paragraphs and captions', () => {
    expect(model.articles).toHaveLength(4);
    const [a0, a1, a2] = model.articles;
    expect(a0.kicker).toBe('创新工作机制破解改造难题');
    expect(a0.headline).toBe('市北：老旧小区绘出新图景');
    expect(a0.bylines[0]).toMatchObject({ reporters: ['余瑞新'], photos: false, outlet: '青岛日报/观海新闻' });
    expect(a0.captions.map((c) => c.text)).toEqual(['■市北区辽源路街道“微更新”提升改造项目。']);
    expect(a0.paragraphs[0].text.startsWith('老旧街区改造是提升群众幸福指数')).toBe(true);
    expect(a0.paragraphs.some((p) => p.kind === 'heading' && p.text === '“点面结合”更具系统性')).toBe(true);
    expect(a1.columnLabel).toBe('短讯');
    expect(a1.bylines[0].correspondents).toEqual(['丁飞']);
    expect(a1.paragraphs[0].kind).toBe('lead');
    expect(a2.subheads).toEqual(['已完成27处停车场建设，新增泊位达2800余个']);
  });

  it('keeps the caption outside any article (the page-top photo) separately', () => {
    expect(model.captions).toHaveLength(1);
    expect(model.captions[0].text).toMatch(/^■ ?市北区唤醒邮轮港区/);
  });

  it('round-trips through JSON.stringify', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(JSON.parse(JSON.stringify(toJsonModel(page, findings))));
    expect(model.findings.length).toBe(findings.length);
  });

  it('summarises credits and articles for the CLI', () => {
    expect(creditsSummary(page)).toEqual({ 责编: ['余瑞新', '张羽'], 美编: ['郑燕'], 审读: ['穆胜保'], 排版: ['韩婷'] });
    expect(articlesSummary(page)[3]).toEqual({
      kicker: '市北区行政审批服务局创新“网格+审批”新模式',
      headline: '全市首个基层行政审批网格服务站落户市北',
      bylines: ['□青岛日报/观海新闻记者 余瑞新 通讯员 张予宁 王琳'],
      paragraphs: 7,
    });
  });

  it('prints a finding in the docs/design.md §5 shape', () => {
    const f = findings[0];
    expect(Object.keys(findingJson(f))).toEqual([
      'rule',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'start',
      'end',
      'related',
      'fix',
    ]);
  });
});
