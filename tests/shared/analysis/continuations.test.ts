import { describe, expect, it } from 'vitest';
import { keepNearest } from '../../../shared/analysis/continuations';
import { parsePage } from '../../../shared/parse';
import { analyze, damage, dropParagraph, line, linkLines, moveParagraph, PAGES, splitAt } from './pages';

describe('continuations on the real pages', () => {
  // Decided by reading the pages, as data: paragraph line → continuation line.
  it.each([
    ['000', ['29→31', '39→41', '62→64', '91→93', '95→97', '103→89']],
    ['001', ['37→39', '43→45', '51→53', '98→100', '102→104']],
    ['002', ['56→58', '74→76', '78→80', '94→70']],
  ] as const)('%s links', (id, expected) => {
    expect(linkLines(PAGES[id])).toEqual(expected);
  });

  it('000: 103 (last line, …组织优势和) continues EARLIER, at 89 after the byline and column label', () => {
    const c = analyze(PAGES['000']);
    const from = c.paragraphs.find((p) => p.line === 103)!;
    const link = c.next[from.index]!;
    expect(c.paragraphs[link.to].line).toBe(89);
    expect(line(PAGES['000'], 89).startsWith('密切联系群众优势')).toBe(true);
    expect(link.adjacent).toBe(false);
    expect(link.evidence).toContain('same-story');
  });

  it('002: 94 (last line, …没有着落。为) continues at 70, not at 68’s neighbour role: 68 stays truncated', () => {
    const c = analyze(PAGES['002']);
    const p68 = c.paragraphs.find((p) => p.line === 68)!;
    const p70 = c.paragraphs.find((p) => p.line === 70)!;
    // 68 is inside a quotation (“我们的‘链长制’…) and 70 never closes one.
    expect(p68.quoteOpen).toBe(true);
    expect(p70.orphan).toBe(true);
    expect(c.paragraphs[c.prev[p70.index]!.from].line).toBe(94);
    expect(c.truncated.map((i) => c.paragraphs[i].line)).toEqual([68]);
  });

  it('words formed across the join are the evidence where they exist', () => {
    const words = (id: keyof typeof PAGES) =>
      analyze(PAGES[id])
        .links.map((l) => l.word)
        .filter(Boolean);
    expect(words('001')).toEqual(['生活', '门口', '推动']);
    expect(words('002')).toEqual(['早已', '符合']);
  });

  it('a quotation closed in the head that the tail opened is evidence (000 29 “引导农工商公司 → 31 参与改造”的方式)', () => {
    const c = analyze(PAGES['000']);
    const l = c.links.find((x) => c.paragraphs[x.from].line === 29)!;
    expect(l.evidence).toEqual(['next', 'starts-mid']);
  });

  it('a date or figure run across the break is evidence (頭條日報 2023-06-08: 為何急於今年 / 9月收回土地)', () => {
    const evidence = (tail: string, head: string) =>
      analyze(['港府急於收地', '', `葉劉淑儀質疑，政府最快2031年才完成調研，為何急於${tail}`, '', `${head}收回土地，她建議延長地契。`].join('\n')).links[0]
        ?.evidence;
    expect(evidence('今年', '9月')).toEqual(['next', 'figure']);
    expect(evidence('2023年6月', '20日')).toEqual(['next', 'figure']);
    expect(evidence('1.2', '萬個單位')).toEqual(['next', 'figure']);
    // Look-alikes: a figure after a figure (a list's numbering), a month
    // after a word that is no year.
    expect(evidence('12345', '2. ')).not.toContain('figure');
    expect(evidence('少年', '9月')).not.toContain('figure');
    expect(evidence('多寶: $14,371,801', '元優惠')).not.toContain('figure');
  });

  it('a head that opens on a time of day and a comma starts a sentence, even in the same story (…建设和运营，推动 / 清晨，家住…)', () => {
    // A page of the seeds' paper written for the test (李沧口袋公园): the
    // article's first paragraph shares the lost end's wording.
    const text = ['李沧：口袋公园“嵌”进百姓家门口', '', '□青岛日报/观海新闻记者 郭菲', '', '■改造后的九水路街道东李社区口袋公园。', '', '清晨，家住李沧区九水路街道的王秀兰老人早早来到楼下的口袋公园，和老姐妹们一起打太极拳。塑胶步道干净平整，健身器材一应俱全，几处花坛里的月季开得正艳。“以前这里是一片堆满杂物的空地，下雨天满地是泥，现在一出家门就能遛弯、锻炼，心情都好了。”王秀兰笑着说。', '', '口袋公园面积小、分布散、贴近居民，是城市绿色空间的“毛细血管”。今年以来，李沧区把口袋公园建设作为城市更新的民生实事来抓，聚焦老城区绿地不足、休闲空间匮乏等短板，全面摸排辖区边角地、闲置地和棚改腾空地块，已建成口袋公园23处，新增绿化面积4.6万平方米，让居民“推窗见绿、出门入园”的愿望一步步变为现实。', '', '在李村街道向阳路一处口袋公园，记者看到，公园一侧规划了26个停车泊位，另一侧则是健身步道和休闲广场，中间以绿篱隔开，动静分区、互不干扰。“过去这里晚上车辆乱停，老人孩子出来活动都不安全。现在停车有位置，锻炼有场地，大家都很满意。”附近居民李女士说。', '', '记者了解到，下一步，李沧区将继续深挖辖区闲置地块潜力，计划明年再建设口袋公园15处，重点向老城区、人口密集区域倾斜，同时探索引入社会资本参与口袋公园的建设和运营，推动'].join('\n');
    const c = analyze(text);
    expect(c.links).toEqual([]);
    expect(c.truncated.map((i) => c.paragraphs[i].line)).toEqual([13]);
  });

  it('a head that opens on 的 starts mid-sentence, and never after ，、 (…1800余个，| 的求职者…: both ends lost)', () => {
    const text = ['零工市场', '', '园区提供政策申报、人才招聘等服务，今年以来已帮助企业发布岗位1800余个，', '', '的求职者提供简历指导、职业测评和政策咨询等服务。'].join('\n');
    const c = analyze(text);
    expect(c.links).toEqual([]);
    expect(c.fragments.map((i) => c.paragraphs[i].line)).toEqual([5]);
    expect(c.truncated.map((i) => c.paragraphs[i].line)).toEqual([3]);
  });
  it('look-alike: 的确 opens a sentence; a head on 的 after a bare word goes on from it (手持懷疑藏有寵物 / 的尼龍袋)', () => {
    expect(analyze(['标题', '', '记者从市北区获悉，园区今年以来已帮助企业发布岗位1800余个，', '', '的确，园区的服务很周到。'].join('\n')).fragments).toEqual([]);
    for (const head of ['吗啡类药物须在医生指导下使用，不得自行购买。', '的姐王芳每天早上六点出车，风雨无阻。', '呢绒大衣今年卖得很好，商家纷纷补货。'])
      expect(analyze(['标题', '', '记者从市北区获悉，园区今年以来已帮助企业发布岗位。', '', head].join('\n')).fragments).toEqual([]);
    const c = analyze(['标题', '', '據悉，一名男子昨日早上於深圳灣口岸被截查，手持懷疑藏有寵物', '', '的尼龍袋，由內地進入香港。'].join('\n'));
    expect(c.links.map((l) => l.evidence)).toEqual([['next', 'mid-word']]);
  });

  it('the attribution split from its quotation (000 62 …的总量。” → 64 …冯志伟说。)', () => {
    const c = analyze(PAGES['000']);
    const l = c.links.find((x) => c.paragraphs[x.from].line === 62)!;
    expect(l.evidence).toContain('attribution');
    expect(c.paragraphs[l.from].open).toBe(false);
  });

  it('fragments and truncations on the real pages', () => {
    const lines = (id: keyof typeof PAGES) => {
      const c = analyze(PAGES[id]);
      return {
        fragments: c.fragments.map((i) => c.paragraphs[i].line),
        truncated: c.truncated.map((i) => c.paragraphs[i].line),
      };
    };
    expect(lines('000')).toEqual({ fragments: [25], truncated: [] });
    expect(lines('001')).toEqual({ fragments: [], truncated: [] });
    expect(lines('002')).toEqual({ fragments: [50], truncated: [68] });
  });

  it('is an assignment: no paragraph continues two, none is continued twice, no cycles', () => {
    for (const text of Object.values(PAGES)) {
      const c = analyze(text);
      const froms = c.links.map((l) => l.from);
      const tos = c.links.map((l) => l.to);
      expect(new Set(froms).size).toBe(froms.length);
      expect(new Set(tos).size).toBe(tos.length);
      // Every paragraph is in exactly one chain.
      expect(c.chains.flat().sort((a, b) => a - b)).toEqual(c.paragraphs.map((p) => p.index));
    }
  });

  it('only paragraphs: headlines, kickers, column labels, subheads, 小标题, bylines, captions and credits are never joined', () => {
    for (const text of Object.values(PAGES)) {
      const c = analyze(text);
      const kinds = parseKinds(text);
      for (const l of c.links) {
        for (const p of [c.paragraphs[l.from], c.paragraphs[l.to]]) expect(['body', 'lead']).toContain(kinds.get(p.line));
      }
    }
  });
});

/** The parser's kind of the block starting on each line. */
function parseKinds(text: string): Map<number, string> {
  return new Map(parsePage(text).blocks.map((b) => [b.line, b.kind]));
}

describe('continuations on pages damaged the way layout and OCR damage them', () => {
  const P001 = PAGES['001'];

  it('finds the continuation across a caption placed between (001: 活场景 after a ■ caption)', () => {
    const text = damage(P001, '融入生\n\n活场景', '融入生\n\n■市北区辽源路街道老旧街区一角。\n\n活场景');
    expect(linkLines(text)).toContain('43→47');
    const c = analyze(text);
    const l = c.links.find((x) => c.paragraphs[x.from].line === 43)!;
    expect(l.blankOnly).toBe(false);
    expect(l.word).toBe('生活');
  });

  it('finds the continuation across a 小标题 (001: 51 “家门 / heading / 口”的活动)', () => {
    const text = damage(P001, '“家门\n\n口”的活动', '“家门\n\n街角空间焕新颜\n\n口”的活动');
    expect(linkLines(text)).toContain('51→55');
  });

  it('finds a continuation moved far away, later in the file (001: 活场景… moved to the end of the first article)', () => {
    const text = moveParagraph(P001, '活场景，重塑有温度的城区。', '短讯');
    const to = text.split('\n').indexOf('活场景，重塑有温度的城区。') + 1;
    expect(linkLines(text)).toContain(`43→${to}`);
  });

  it('finds a continuation moved earlier in the file (001: 口”的活动… moved before the first body paragraph)', () => {
    const text = moveParagraph(P001, '口”的活动健身场地', '老旧街区改造是提升群众幸福指数');
    const to = text.split('\n').findIndex((l) => l.startsWith('口”的活动')) + 1;
    expect(to).toBe(25);
    expect(linkLines(text)).toContain(`53→25`);
  });

  it('a paragraph split mid-word by a column break is joined back (001 line 25 split in 群众: 惠及群 / 众约5.2万户)', () => {
    const para = line(P001, 25);
    const at = para.indexOf('惠及群众') + 3; // 惠及群|众约
    const text = splitAt(P001, para, at);
    expect(linkLines(text)[0]).toBe('25→27');
    const c = analyze(text);
    expect(c.links[0].word).toBe('群众');
  });

  it('a short remnant before the break reads as a 小标题 to the parser and is left alone (known limit)', () => {
    // `…重要民生工程、民心` is short and has no sentence mark: the parser makes
    // it a heading, and headings are never joined.
    const para = line(P001, 25);
    const text = splitAt(P001, para, para.indexOf('民心工程') + 2);
    expect(linkLines(text)).not.toContain('25→27');
  });

  it('a lost continuation leaves the paragraph truncated (001: 活场景… removed)', () => {
    const text = dropParagraph(P001, '活场景，重塑有温度的城区。');
    const c = analyze(text);
    expect(c.truncated.map((i) => c.paragraphs[i].line)).toEqual([43]);
  });

  it('a lost beginning leaves a fragment (001: the paragraph ending “家门 removed)', () => {
    const text = dropParagraph(P001, '为居民打造一处“家门');
    const c = analyze(text);
    expect(c.fragments.map((i) => c.paragraphs[i].line)).toEqual([51]);
    expect(line(text, 51).startsWith('口”的活动')).toBe(true);
  });

  it('a lead (本报讯) is never taken as a continuation', () => {
    // 001 line 79's subhead removed so the byline/lead sit right after an open paragraph.
    const text = damage(P001, '全力稳订单拓市场。', '全力稳订单拓');
    const c = analyze(text);
    const tail = c.paragraphs.find((p) => p.line === 75)!;
    expect(tail.open).toBe(true);
    expect(c.next[tail.index]).toBeUndefined();
    expect(c.truncated.map((i) => c.paragraphs[i].line)).toEqual([75]);
  });
});

describe('continuations on long pathological pages (the search is bounded per paragraph)', () => {
  it('2,000 paragraphs that each end on ， chain into one logical paragraph', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `第${i}段讲述了市北区老旧小区改造的故事和居民的感受，`).join('\n\n');
    const c = analyze(text);
    expect(c.links).toHaveLength(1999);
    expect(c.chains).toHaveLength(1);
    expect(c.truncated).toHaveLength(1);
  });
});

describe('keepNearest', () => {
  it('keeps what a stable sort by distance, cut to max, keeps', () => {
    // A small deterministic generator: many ties, lists longer and shorter than max.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
    for (let round = 0; round < 500; round++) {
      const items = Array.from({ length: next() % 30 }, (_, id) => ({ id, d: next() % 12 }));
      const max = 1 + (next() % 10);
      const kept: { id: number; d: number }[] = [];
      for (const x of items) keepNearest(kept, x, (y) => y.d, max);
      const sorted = [...items].sort((a, b) => a.d - b.d).slice(0, max);
      expect(kept).toEqual(sorted);
    }
  });
});
