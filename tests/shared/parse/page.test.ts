import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../shared/parse';
import type { BlockKind, Page } from '../../../shared/types';
import { sample } from '../../helpers/samples';

/** line → kind of the block starting on that line. */
function kindsByLine(page: Page): Map<number, BlockKind> {
  return new Map(page.blocks.map((b) => [b.line, b.kind]));
}

describe('parsePage on the real pages', () => {
  it('000: masthead, credits, page photo, column labels, kicker/headline, bylines, body', () => {
    const page = parsePage(sample('000'));
    const k = kindsByLine(page);
    // Decided by reading the page, as data.
    const expected: [number, BlockKind][] = [
      [5, 'credits'],
      [7, 'masthead'],
      [9, 'masthead-pinyin'],
      [13, 'caption'], // ■… 修相科 摄
      [17, 'headline'], // “微更新”让城市“逆生长”
      [19, 'byline'], // … 文/图
      [23, 'caption'],
      [25, 'body'], // fragment, still body
      [35, 'heading'], // 动员部署，加快推进“微更新”步伐
      [51, 'column-label'], // 实体经济振兴
      [53, 'headline'], // headline with a layout space
      [55, 'byline'], // two-line byline with 通讯员
      [58, 'lead'], // 本报讯
      [66, 'column-label'],
      [81, 'kicker'], // “哪里任务险重，就把党组织建到哪里”
      [83, 'headline'],
      [85, 'byline'],
      [87, 'column-label'], // 作风能力提升, out of reading order
      [89, 'body'],
      [103, 'body'],
    ];
    for (const [line, kind] of expected) expect([line, k.get(line)]).toEqual([line, kind]);
    expect(page.masthead).toMatchObject({ name: '幸福市北', pinyin: 'XING FU SHI BEI' });
    expect(page.credits?.entries.map((e) => [e.role, e.names.map((n) => n.name)])).toEqual([
      ['责编', ['余瑞新', '张羽']],
      ['美编', ['李晓萌']],
      ['审读', ['王忠良']],
      ['排版', ['林艳']],
    ]);
    expect(page.articles.map((a) => page.blocks[a.headline!].text)).toEqual([
      '“微更新”让城市“逆生长”',
      '让惠企政策尽知尽享 助力企业纾困增效',
      '“飞线”整治见成效 守护天空纯净美',
      '管控区建起临时党支部',
    ]);
    const [first, second] = page.articles;
    expect(first.bylines[0].photos).toBe(true);
    expect(second.bylines[0].correspondents.map((n) => n.name)).toEqual(['丁飞']);
    // The page photo above every article belongs to none; the 保儿社区 photo to article 0.
    expect(page.blocks.find((b) => b.line === 13)!.article).toBe(-1);
    expect(first.captions.map((i) => page.blocks[i].line)).toEqual([23]);
  });

  it('001: kicker + headline on two lines of one group, headline + subhead, byline followed by its lead', () => {
    const page = parsePage(sample('001'));
    const k = kindsByLine(page);
    const expected: [number, BlockKind][] = [
      [15, 'kicker'],
      [17, 'headline'],
      [31, 'heading'], // “点面结合”更具系统性
      [45, 'body'], // 活场景… is body, continuation of 43
      [57, 'heading'], // “大物管”：三分建，七分管
      [65, 'column-label'], // 短讯
      [67, 'kicker'],
      [68, 'headline'],
      [70, 'byline'],
      [71, 'lead'],
      [77, 'headline'],
      [79, 'subhead'], // 已完成27处停车场建设，新增泊位达2800余个
      [90, 'kicker'],
      [92, 'headline'],
      [94, 'byline'],
    ];
    for (const [line, kind] of expected) expect([line, k.get(line)]).toEqual([line, kind]);
    expect(page.articles).toHaveLength(4);
    expect(page.articles[3].bylines[0].correspondents.map((n) => n.name)).toEqual(['张予宁', '王琳']);
  });

  it('002: credits below the masthead, half-width punctuation, headline with layout spaces', () => {
    const page = parsePage(sample('002'));
    const k = kindsByLine(page);
    expect(k.get(6)).toBe('masthead');
    expect(k.get(10)).toBe('credits');
    expect(k.get(22)).toBe('headline');
    expect(k.get(64)).toBe('heading'); // 直面问题,明晰发展新路径
    expect(k.get(84)).toBe('kicker'); // 攻坚克难,解决遗留九年大难题
    expect(k.get(86)).toBe('headline');
    expect(k.get(50)).toBe('body');
    expect(page.credits?.entries.find((e) => e.role === '排版')?.names[0].name).toBe('韩淑华');
  });

  it('block offsets point at the block text in the page', () => {
    for (const p of ['000', '001', '002']) {
      const page = parsePage(sample(p));
      for (const b of page.blocks) expect(page.text.slice(b.textStart, b.textStart + b.text.length)).toBe(b.text);
    }
  });
});

describe('parsePage on other papers’ variants', () => {
  it('Markdown OCR: # headings, trailing double spaces, ◆ footer, □ 本报记者 byline', () => {
    const text = [
      '# 城市更新更美  ',
      '',
      '## 老旧小区绘出新图景',
      '',
      '□ 本报记者 张三  ',
      '',
      '本报讯 老旧街区改造是提升群众幸福指数的重要民生工程。  ',
      '',
      '### 点面结合',
      '',
      '城市规划设计专家们曾提出，城市改造如果单纯按单个小区分别推进，较难形成系统。',
      '',
      '◆扫码关注观海新闻，获取更多资讯',
    ].join('\n');
    const page = parsePage(text);
    expect(page.blocks.map((b) => b.kind)).toEqual(['column-label', 'headline', 'byline', 'lead', 'heading', 'body', 'footer']);
    expect(page.blocks[0].text).toBe('城市更新更美');
    expect(page.blocks[0].mdLevel).toBe(1);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0].bylines[0].reporters.map((r) => r.name)).toEqual(['张三']);
  });

  it('a masthead without its pinyin line: the short title right above the credits', () => {
    const credits = '责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳';
    const page = parsePage(['# 幸福市北', '', credits, '', '## 市北区加快推进停车场建设', '', '本报讯 市北区今年新建停车场27处。'].join('\n'));
    expect(page.blocks.map((b) => b.kind)).toEqual(['masthead', 'credits', 'headline', 'lead']);
    expect(page.masthead).toEqual({ name: '幸福市北', blocks: [0] });
    expect(page.articles.map((a) => page.blocks[a.headline!].text)).toEqual(['市北区加快推进停车场建设']);
    // Look-alike: a headline that is not right above the credits stays a headline.
    const later = parsePage([credits, '', '市北多措并举稳外贸', '', '本报讯 今年以来，市北区外贸进出口稳中有进。'].join('\n'));
    expect(later.masthead).toBeUndefined();
    expect(later.blocks[1].kind).toBe('headline');
  });

  it('a ■ line with its text on the very next line is a list item, not a caption', () => {
    const text = '市北区加快推进停车场建设\n\n□ 记者 张三 报道\n\n■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题已在两天内解决，楼道恢复整洁。\n\n■“微更新”后的保儿社区党建文化广场。';
    const page = parsePage(text);
    expect(page.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'list-item', 'body', 'caption']);
    expect(page.captions).toHaveLength(1);
  });

  it('an article with no byline still gets its headline (byline/missing needs it)', () => {
    const text = '实体经济振兴\n\n让惠企政策尽知尽享 助力企业纾困增效\n\n本报讯 RCEP山东企业服务中心是全国首家聚焦RCEP经贸合作的综合性企业服务平台。';
    const page = parsePage(text);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0].bylines).toHaveLength(0);
    expect(page.blocks[page.articles[0].headline!].text).toBe('让惠企政策尽知尽享 助力企业纾困增效');
  });

  it('empty and blank pages parse to nothing', () => {
    expect(parsePage('').blocks).toEqual([]);
    expect(parsePage(' \n\n \t\n').blocks).toEqual([]);
  });
});

describe('parsePage: a headline that asks (养老金怎么调？退休年龄怎么定？——养老保险政策热点问答)', () => {
  const kinds = (head: string) =>
    parsePage([head, '', '本报记者 陈思远', '', '养老问题事关千家万户，牵动人心。今年以来，本报收到不少读者来信。'].join('\n')).blocks.map((b) => b.kind);
  it('questions inside a short line with no 。 or comma make a headline over its byline', () => {
    expect(kinds('养老金怎么调？退休年龄怎么定？——养老保险政策热点问答')).toEqual(['headline', 'byline', 'body']);
  });
  it('look-alike: a line of questions with a comma is text', () => {
    expect(kinds('养老金怎么调？退休年龄，怎么定？大家都在问')[0]).toBe('body');
  });
  it('look-alike: a quoted question and its speaker is text (“真的吗？”老人问)', () => {
    expect(kinds('“真的吗？”老人问')[0]).toBe('body');
  });
});

describe('parsePage: a short line that stops on a figure whose unit opens the next line (已超过2600 / 万标准箱)', () => {
  const kinds = (line: string, next: string) =>
    parsePage(['港口扩容', '', '本报记者 林晓', '', '本报讯 前湾港区今年迎来新一轮扩容。', '', line, '', next].join('\n')).blocks.map((b) => b.kind);
  it('is running text, not a heading', () => {
    expect(kinds('数据显示，前湾港区集装箱码头年吞吐能力已超过2600', '万标准箱，港口辐射范围不断向内陆腹地延伸。').slice(-2)).toEqual(['body', 'body']);
  });
  it('look-alike: a heading with a number over text that opens on no unit, and one with no clause mark, stay headings', () => {
    expect(kinds('新建泊位，年吞吐能力提升至2600', '港口辐射范围不断向内陆腹地延伸。').at(-2)).not.toBe('body');
    expect(kinds('前湾港区年吞吐能力超2600', '万标准箱的背后是什么？').at(-2)).not.toBe('body');
  });
});

describe('parsePage: a headline that stops on a year stays a headline (辞旧岁，迎2025 / 元旦假期…)', () => {
  it('is no running text, and nothing is joined across it', () => {
    const text = ['辞旧岁，迎2025', '', '元旦假期全市接待游客120万人次，同比增长8%。'].join('\n');
    expect(parsePage(text).blocks[0].kind).not.toBe('body');
  });
  it('look-alike: a short line with a comma that stops on a count before its unit is too short to be running text', () => {
    expect(parsePage(['新增泊位，吞吐2600', '', '万标准箱的背后是什么'].join('\n')).blocks[0].kind).not.toBe('body');
  });
});
