import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { applyFindingFixes } from '../../../../shared/fix';
import {
  damage,
  findingsOf,
  hanOf,
  joinAll,
  line,
  lineOf,
  moveParagraph,
  PAGES,
  paragraphWith,
  splitAt,
} from '../../analysis/pages';
import { rule } from '../../../../shared/rules/sentence/sentence-broken';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const RULE = 'sentence/broken';

/** `line→line` of the rule's findings. */
const pairs = (text: string) => findingsOf(text, RULE).map((f) => `${f.line}→${f.related[0].line}`);

describe('sentence/broken on the real pages', () => {
  it.each([
    ['001', 43, 45, '…的碎片得以自然融入生', '活场景，重塑有温度的…'],
    ['001', 51, 53, '…为居民打造一处“家门', '口”的活动健身场地，…'],
    ['001', 98, 100, '…群众“最后一米”，推', '动基层政务服务从“能…'],
    ['000', 95, 97, '…兄弟区市支援市北工作', '队队长担任副书记，包…'],
    ['002', 74, 76, '…多年,很多政策文件早', '已变更,规划调整也对…'],
    ['002', 94, 70, '…居民安置没有着落。为', '保障居民权益,201…'],
  ] as const)('%s line %i → line %i', (id, from, to, tail, head) => {
    const text = PAGES[id];
    const f = findingsOf(text, RULE).find((x) => x.line === from)!;
    expect(f).toBeDefined();
    expect(f.related).toMatchObject([{ line: to, column: 1, role: 'continuation' }]);
    // The range is the end of the first paragraph, the related place the
    // start of its continuation.
    const l = line(text, from);
    expect(text.slice(f.start, f.end)).toBe(l.slice(-4));
    expect(f.end).toBe(text.indexOf(l) + l.length);
    expect(text.slice(f.related[0].start, f.related[0].end)).toBe(line(text, to).slice(0, 4));
    expect(f.message).toBe(`句子在「${tail}」处断开，接续在第 ${to} 行「${head}」`);
  });

  it('the attribution split from its quotation gets its own message (000 62 → 64)', () => {
    const f = findingsOf(PAGES['000'], RULE).find((x) => x.line === 62)!;
    expect(f.message).toContain('被分段隔开');
    expect(f.message).toContain('冯志伟说');
  });

  it('English message', async () => {
    const { checkText } = await import('../../../../shared/check');
    const f = checkText(PAGES['001'], { locale: 'en' }).findings.find((x) => x.rule === RULE && x.line === 43)!;
    expect(f.message).toBe('Sentence breaks after 「…的碎片得以自然融入生」; it continues on line 45 with 「活场景，重塑有温度的…」');
  });
});

describe('sentence/broken fixes', () => {
  it('joins across blank lines by deleting the line breaks (001: …自然融入生活场景，重塑有温度的城区。 in one paragraph)', () => {
    const joined = joinAll(PAGES['001']);
    expect(paragraphWith(joined, '融入生活场景')).toMatch(/历史记忆的碎片得以自然融入生活场景，重塑有温度的城区。$/);
    expect(joined).toContain('为居民打造一处“家门口”的活动健身场地');
    expect(joined).toContain('“最后一米”，推动基层政务服务');
    expect(joined).toContain('“首席事务代表”现场提供“一站式一条龙”服务');
    expect(joined).toContain('改造，我们不仅解决了老百姓');
    expect(hanOf(joined)).toBe(hanOf(PAGES['001']));
    // Four paragraphs fewer, nothing else touched.
    expect(joined.split('\n').length).toBe(PAGES['001'].split('\n').length - 10);
  });

  it('moves a continuation found earlier in the file (002: …没有着落。为保障居民权益,2016年底…)', () => {
    const joined = joinAll(PAGES['002']);
    expect(joined).toContain('几百户待回迁居民安置没有着落。为保障居民权益,2016年底,市北区政府垫付资金');
    // Line 70 is gone from between 68 and 72; 68 still ends where it did.
    expect(joined).toContain('强调制约因素的多,从全区\n\n群众利益无小事');
    expect(joined.endsWith('在等待B、C区安置。')).toBe(true);
    expect(hanOf(joined)).toBe(hanOf(PAGES['002']));
  });

  it('moves a continuation found earlier in the file (000: …组织优势和密切联系群众优势转化为…)', () => {
    const joined = joinAll(PAGES['000']);
    expect(joined).toContain('为了把党的政治优势、组织优势和密切联系群众优势转化为疫情防控的工作优势，');
    expect(joined).toContain('□青岛日报/观海新闻记者 余瑞新\n\n作风能力提升\n\n如今，风险区的判定');
    expect(joined).toContain('冯志伟');
    expect(joined).toContain('的总量。”青岛依美时尚国际贸易有限公司副总经理冯志伟说。下一步');
    expect(hanOf(joined)).toBe(hanOf(PAGES['000']));
  });

  it('each fix alone is right, and applying them one at a time in any order gives the same page', () => {
    for (const text of Object.values(PAGES)) {
      const all = joinAll(text);
      const fs = findingsOf(text, RULE);
      for (const order of [fs, [...fs].reverse()]) {
        let t = text;
        for (let k = 0; k < order.length; k++) {
          const next = findingsOf(t, RULE)[0];
          if (!next) break;
          t = applyFindingFixes(t, [next]).text;
        }
        expect(t).toBe(all);
      }
    }
  });

  it('joins across a caption by moving the continuation, caption kept (001 43 / caption / 45)', () => {
    const text = damage(PAGES['001'], '融入生\n\n活场景', '融入生\n\n■市北区辽源路街道老旧街区一角。\n\n活场景');
    const f = findingsOf(text, RULE).find((x) => x.line === 43)!;
    expect(f.related[0].line).toBe(47);
    const joined = applyFindingFixes(text, [f]).text;
    expect(joined).toContain('自然融入生活场景，重塑有温度的城区。\n\n■市北区辽源路街道老旧街区一角。\n\n创新设计师驻场跟随制度');
    expect(hanOf(joined)).toBe(hanOf(text));
  });

  it('a chain moved away together joins back in one pass (001 line 49 cut in three, the last two moved before 短讯)', () => {
    const l49 = line(PAGES['001'], 49);
    // 为了确|保居民需求 (确保 across the cut) and 居民意见征集|，建设前 (a head starting on ，).
    const [p1, p2, p3] = [l49.slice(0, 60), l49.slice(60, 120), l49.slice(120)];
    expect([p1.slice(-2), p2.slice(0, 2), p3[0]]).toEqual(['了确', '保居', '，']);
    let text = damage(PAGES['001'], l49, p1);
    text = damage(text, '\n\n短讯', `\n\n${p2}\n\n${p3}\n\n短讯`);
    const p2Line = lineOf(text, p2);
    expect(pairs(text)).toEqual(expect.arrayContaining([`49→${p2Line}`, `${p2Line}→${p2Line + 2}`]));
    // One pass restores the page: the first fix carries the whole chain, the
    // second overlaps it and is skipped.
    const once = applyFindingFixes(text, findingsOf(text, RULE));
    expect(once.text).toBe(joinAll(PAGES['001']));
    expect(hanOf(once.text)).toBe(hanOf(text));
  });
});

describe('sentence/broken on pages damaged by layout and OCR', () => {
  it('a column break mid-word in a real paragraph (001 line 25: 惠及群 / 众约5.2万户)', () => {
    const para = line(PAGES['001'], 25);
    const text = splitAt(PAGES['001'], para, para.indexOf('惠及群众') + 3);
    expect(pairs(text)[0]).toBe('25→27');
    expect(joinAll(text)).toBe(joinAll(PAGES['001']));
  });

  it('a continuation moved far away in a scrambled reading order (001: 活场景… after 短讯)', () => {
    const text = moveParagraph(PAGES['001'], '活场景，重塑有温度的城区。', '短讯');
    expect(pairs(text)).toContain(`43→${lineOf(text, '活场景，重塑有温度的城区。')}`);
    expect(joinAll(text)).toBe(joinAll(PAGES['001']));
  });
});

describe('sentence/broken leaves look-alikes alone', () => {
  it('headlines, kickers, column labels, subheads, 小标题 and bylines end without a sentence mark by design', () => {
    const lines = findingsOf(PAGES['001'], RULE).map((f) => f.line);
    // 15 kicker, 17 headline, 19 byline, 31 / 47 / 57 小标题, 65 column label,
    // 67/68 kicker + headline, 79 subhead, 90/92 kicker + headline.
    for (const n of [15, 17, 19, 31, 47, 57, 65, 67, 68, 79, 90, 92]) expect(lines).not.toContain(n);
    expect(findingsOf(PAGES['002'], RULE).map((f) => f.line)).not.toContain(64); // 直面问题,明晰发展新路径
  });

  it('a ■ list item with its text on the next line', () => {
    const text = damage(
      PAGES['001'],
      '改造并未止步于此。',
      '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到解决。\n\n改造并未止步于此。',
    );
    expect(pairs(text)).toEqual(pairs(PAGES['001']).map((p) => p.replace(/^(\d+)→(\d+)$/, (_, a, b) => `${+a > 53 ? +a + 3 : a}→${+b > 53 ? +b + 3 : b}`)));
  });

  it('a multi-paragraph quotation (paragraphs opening with “ and ending with 。) is not broken', () => {
    const text = [
      '他在会上说：',
      '“第一，老旧街区改造要坚持问题导向，把群众需求作为出发点。',
      '“第二，要把设计师请进社区，全程参与居民意见征集。',
      '“第三，改造完成后还要管好用好。”',
    ].join('\n\n');
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('a paragraph ending on a closed quotation is complete, the next paragraph starting a new one', () => {
    // 001 line 96 ends `…营业执照。` and 98 starts `截至9月底`: nothing to join.
    expect(pairs(PAGES['001'])).not.toContain('96→98');
  });
});

// ------------------------------------------------------------ rule tester
const P0 = PAGES['000'];
const P1 = PAGES['001'];
/** Two paragraphs of a real page joined: what the fix should give. */
const joined = (page: string, a: number, b: number) => `${line(page, a)}${line(page, b)}\n`;

testRule(rule, {
  valid: [
    { name: 'kicker, headline and byline end without a sentence mark by design (001 lines 15–19)', text: lines(P1, 15, 19) },
    { name: 'headline and subhead over a signed lead (001 lines 77–82)', text: lines(P1, 77, 82) },
    { name: 'a paragraph ending on a full stop, the next starting a new sentence (001 lines 96–98)', text: lines(P1, 96, 98) },
    {
      name: 'a multi-paragraph quotation (paragraphs opening with “ and ending with 。)',
      text: ['他在会上说：', '“第一，老旧街区改造要坚持问题导向，把群众需求作为出发点。', '“第二，改造完成后还要管好用好。”'].join('\n\n') + '\n',
    },
    {
      name: 'a ■ list item with its text on the next line',
      text: '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到解决。\n\n改造并未止步于此。\n',
    },
    { name: 'a paragraph cut off with nothing to join it to is sentence/truncated’s', text: lines(P1, 41, 43) },
  ],
  invalid: [
    {
      name: 'a column break mid-word (001 43 …自然融入生 / 45 活场景…)',
      text: lines(P1, 43, 45),
      findings: [
        {
          line: 1,
          column: 98,
          text: '然融入生',
          message: '句子在「…的碎片得以自然融入生」处断开，接续在第 3 行「活场景，重塑有温度的…」',
          severity: 'warning',
          fix: 'safe',
        },
      ],
      output: joined(P1, 43, 45),
    },
    {
      name: 'a column break inside a quotation (000 29 …采取“引导农工商公司 / 31 参与改造”…)',
      text: lines(P0, 29, 31),
      findings: [{ line: 1, column: 114, text: '工商公司', message: '句子在「…采取“引导农工商公司」处断开', fix: 'safe' }],
      output: joined(P0, 29, 31),
    },
    {
      name: 'a quotation cut from its attribution (000 62 …的总量。” / 64 …冯志伟说。)',
      text: lines(P0, 62, 64),
      findings: [{ line: 1, column: 139, text: '总量。”', message: '与其后的说话人「青岛依美时尚国际贸易有限公司副总经理冯志伟说。」（第 3 行）被分段隔开', fix: 'safe' }],
      output: joined(P0, 62, 64),
    },
    {
      name: 'a break after a comma (001 98 …“最后一米”，推 / 100 动基层…)',
      text: lines(P1, 98, 100),
      findings: [{ line: 1, column: 135, text: '米”，推', message: '接续在第 3 行「动基层政务服务从“能…」' }],
      output: joined(P1, 98, 100),
    },
    {
      name: 'the continuation found after a caption: moved, the caption kept (001 43 / ■ / 45)',
      text: lines(P1, 43, 43) + '\n■市北区辽源路街道老旧街区一角。\n\n' + lines(P1, 45, 45),
      findings: [{ line: 1, text: '然融入生', message: '接续在第 5 行「活场景' }],
      output: joined(P1, 43, 45) + '\n■市北区辽源路街道老旧街区一角。\n',
    },
  ],
});

describe('sentence/broken on OCR pages', () => {
  // Hong Kong OCR: the reading order is weak evidence there.
  const ocr = (tail: string, head: string) =>
    `港府日前將原定興建公營房屋的用地|暫時[保留]\n\n${tail}\n\n${head}\n\n其他段落內容在此繼續,政府會再作研究。\n`;
  const broken = (text: string) => checkText(text).findings.filter((f) => f.rule === 'sentence/broken');

  it('a join with only the reading order for it is uncertain and not safe', () => {
    const [f] = broken(ocr('政府表示,今年施政報告提出的房屋政策,部分措施及其他政策', '將會延至明年5月底實施。'));
    expect(f?.uncertain).toBe(true);
    expect(f?.fix?.safe).toBe(false);
  });
  it('look-alike: a clause left open is shown, but still needs a person', () => {
    const [f] = broken(ocr('今年施政報告提出的新政策,', '將會延至明年5月底實施。'));
    expect(f?.uncertain).toBeUndefined();
    expect(f?.fix?.safe).toBe(false);
  });
});

describe('sentence/broken far away on shared wording alone', () => {
  const page = (name: string) => readFileSync(new URL(`../../../../eval/corpus/written/${name}.txt`, import.meta.url), 'utf8');
  const at = (text: string, line: number) => checkText(text).findings.find((f) => f.rule === 'sentence/broken' && f.line === line);

  it('is uncertain: a lost end and an article’s first paragraph share a story (a page of the seeds’ paper: …被逐一串联 / 青砖灰瓦…)', () => {
    expect(at(page('seed-paper-shibei-port-and-culture'), 58)?.uncertain).toBe(true);
  });
  it('look-alike: a tail stopping on 和 is half a coordination, and its far other half is shown (000 103 …组织优势和 → 89 密切联系群众优势)', () => {
    const f = at(PAGES['000'], 103);
    expect(f?.uncertain).toBeUndefined();
    expect(f?.related[0]?.line).toBe(89);
  });
});

describe('sentence/broken across a 小标题', () => {
  const text = readFileSync(new URL('../../../../eval/corpus/written/seed-paper-shibei-industry-and-jobs.txt', import.meta.url), 'utf8');
  const f = () => checkText(text).findings.find((x) => x.rule === 'sentence/broken' && x.line === 48);

  it('a clause left open on ， goes on after the heading, but only a person joins it (…岗位1800余个， / 技能提升 人岗匹配更精准 / 累计吸纳…)', () => {
    expect(f()?.related[0]?.line).toBe(52);
    expect(f()?.fix?.safe).toBe(false);
  });
  it('look-alike: a paragraph ending on a bare word before a heading is not joined across it', () => {
    const cut = text.replace('今年以来已帮助企业发布岗位1800余个，', '今年以来已帮助企业发布岗位');
    const found = checkText(cut).findings.filter((x) => x.rule === 'sentence/broken' && x.line === 48);
    expect(found.filter((x) => !x.uncertain || x.related[0]?.line === 52)).toEqual([]);
  });
});

describe('sentence/broken across a 小标题 after an attributive 的', () => {
  const text = readFileSync(new URL('../../../../eval/corpus/written/seed-paper-xihaian-port-and-industry.txt', import.meta.url), 'utf8');
  const at97 = (t: string) => checkText(t).findings.filter((x) => x.rule.startsWith('sentence/') && x.line === 97);

  it('a paragraph stopping on 的 goes on after the heading, and only a person joins it (…粮食为主的 / 临港产业“链”上发力 / 大宗散货集散体系…)', () => {
    const [f] = at97(text);
    expect(f.rule).toBe('sentence/broken');
    expect(f.related[0]?.line).toBe(101);
    expect(f.fix?.safe).toBe(false);
  });
  it('look-alike: a paragraph stopping on 目的 is no attributive 的, and is not joined across the heading', () => {
    const cut = text.replace('以原油、铁矿石、粮食为主的', '以原油、铁矿石、粮食为主要目的');
    expect(at97(cut).filter((x) => x.rule === 'sentence/broken' && x.related[0]?.line === 101 && !x.uncertain)).toEqual([]);
  });
});

describe('sentence/broken: a lost end is no break into the next paragraph', () => {
  const licang = readFileSync(new URL('../../../../eval/corpus/written/seed-paper-licang-elderly-care.txt', import.meta.url), 'utf8');
  const at = (text: string, n: number) => checkText(text).findings.filter((f) => f.rule.startsWith('sentence/') && f.line === n).map((f) => f.rule);

  it('after a bare word, a head with a subject of its own and 也/是 opens a sentence: the tail is truncated (…再新建 / 适老化改造也在全区铺开)', () => {
    expect(at(licang, 84)).toEqual(['sentence/truncated']);
  });
  it('so does a head opening on a speaker and a verb of saying (…购票后可在 / 市南区文化和旅游局相关负责人表示，…), unless the tail asked for one (…据 / …负责人介绍，)', () => {
    const page = (tail: string, head: string) =>
      ['老城旅游', '', '本报讯 今年以来，市南区推出多条老城旅游线路。', '', tail, '', head].join('\n');
    const tail = '为进一步延长游客停留时间，市南区今年推出了“漫步老城”“海岸风光”等多条主题线路和优惠套餐，游客扫码购票后可在';
    expect(at(page(tail, '市南区文化和旅游局相关负责人表示，旅游的竞争归根结底是服务的竞争。'), 5)).toEqual(['sentence/truncated']);
    const asked = tail.replace('游客扫码购票后可在', '据');
    expect(at(page(asked, '市南区文化和旅游局相关负责人介绍，线路推出以来已接待游客2万人次。'), 5)).toEqual(['sentence/broken']);
  });
  it('so does a head opening on a place set off by a comma (…合作社又与 / 在胶州市…育种试验田里，), unless an adverb before it asks for 在 (…还 / 在车间里，)', () => {
    const page = (tail: string, head: string) => ['良种繁育', '', '本报讯 今年以来，胶州市加快推进良种繁育。', '', tail, '', head].join('\n');
    const tail = '合作社去年试种的新品种亩产比普通品种高出两成，带动周边农户增收三成。今年，合作社又与';
    const head = '在胶州市农业技术推广中心的育种试验田里，技术人员正在记录新品种的长势。';
    expect(at(page(tail, head), 5)).toEqual(['sentence/truncated']);
    expect(at(page(tail.replace('合作社又与', '技术人员此刻还'), head.replace('在胶州市农业技术推广中心的育种试验田里，', '在车间里，')), 5)).toEqual(['sentence/broken']);
  });
  it('look-alike: a tail that asks for a clause goes on into one (…粮食为主的 / …也在加快形成; …认为 / 这项工作是…; …这项政策对 / 中小企业来说，), and 都市, 特别是 open nothing', () => {
    const page = (tail: string, head: string) => ['港城融合', '', '本报讯 今年以来，西海岸新区加快港产城融合发展。', '', tail, '', head].join('\n');
    const lead = '西海岸新区港口吞吐量持续增长，临港产业加快集聚，港区周边新建了多个物流园区和产业平台，';
    expect(at(page(lead + '形成了以原油、铁矿石、粮食为主的', '大宗散货集散体系也在加快形成，辐射范围不断扩大。'), 5)).toEqual(['sentence/broken']);
    expect(at(page(lead + '业内人士在接受采访时认为', '这项工作是推动港产城融合的关键一步。'), 5)).toEqual(['sentence/broken']);
    expect(at(page(lead + '新出台的这项政策对', '中小企业来说，是一大利好。'), 5)).toEqual(['sentence/broken']);
    expect(at(page(lead + '未来十年新区将加快建设', '国际大都市，吸引更多人才落户。'), 5)).toEqual(['sentence/broken']);
  });
  it('look-alike: after a comma such a head goes on (…增长23%， / 服务收入也增长了一成)', () => {
    const text = ['养老服务', '', '本报讯 今年以来，李沧区持续完善养老服务体系。', '',
      '据街道介绍，今年前三季度，街道养老服务中心累计为辖区老人提供助餐、助浴、助洁等服务1.2万人次，同比增长23%，', '',
      '服务收入也增长了一成，运营状况持续向好。'].join('\n');
    expect(at(text, 5)).toEqual(['sentence/broken']);
  });
});
