import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseByline } from '../../../shared/parse/byline';
import { parseCaptionCredit } from '../../../shared/parse/caption';
import { parseCredits } from '../../../shared/parse/credits';

const sample = (n: string) => readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');
const SAMPLES = ['000_9801057ab119ebec.txt', '001_090f44e9df0cafa1.txt', '002_6323321094799b0d.txt'];

const names = (xs: { name: string }[]) => xs.map((x) => x.name);
function parse(line: string) {
  const b = parseByline(line, 0);
  return b && { outlet: b.outlet, reporters: names(b.reporters), correspondents: names(b.correspondents), photos: b.photos };
}

describe('parseByline', () => {
  it('reads the sample bylines', () => {
    expect(parse('□青岛日报/观海新闻记者 余瑞新')).toEqual({
      outlet: '青岛日报/观海新闻',
      reporters: ['余瑞新'],
      correspondents: [],
      photos: false,
    });
    expect(parse('□青岛日报/观海新闻记者 余瑞新 文/图')).toMatchObject({ reporters: ['余瑞新'], photos: true });
    expect(parse('□青岛日报/观海新闻记者 余瑞新 通讯员 丁飞')).toMatchObject({
      reporters: ['余瑞新'],
      correspondents: ['丁飞'],
    });
    expect(parse('□青岛日报/观海新闻记者 余瑞新 通讯员 张予宁 王琳')).toMatchObject({
      correspondents: ['张予宁', '王琳'],
    });
  });

  it('returns a continuation line with correspondents only', () => {
    expect(parse('通讯员 丁飞')).toEqual({ outlet: undefined, reporters: [], correspondents: ['丁飞'], photos: false });
    expect(parse('通讯员 张晓睿 徐冬妍')).toMatchObject({ reporters: [], correspondents: ['张晓睿', '徐冬妍'] });
  });

  it('gives page offsets for the byline and every name', () => {
    const line = '□青岛日报/观海新闻记者 余瑞新 通讯员 丁飞';
    const page = 'x'.repeat(50) + line;
    const b = parseByline(line, 50)!;
    expect([b.start, b.end]).toEqual([50, 50 + line.length]);
    expect(page.slice(b.reporters[0].start, b.reporters[0].end)).toBe('余瑞新');
    expect(page.slice(b.correspondents[0].start, b.correspondents[0].end)).toBe('丁飞');
  });

  it('reads the other papers’ variants', () => {
    expect(parse('□ 本报记者 张三')).toMatchObject({ outlet: '本报', reporters: ['张三'] });
    expect(parse('本报通讯员 李四 王五')).toMatchObject({ outlet: '本报', reporters: [], correspondents: ['李四', '王五'] });
    expect(parse('□ 记者 张三 报道')).toEqual({ outlet: undefined, reporters: ['张三'], correspondents: [], photos: false });
    expect(parse('□ 记者 张三 通讯员 李四 报道')).toMatchObject({ reporters: ['张三'], correspondents: ['李四'] });
    expect(parse('□ 本报记者 张三 文/摄')).toMatchObject({ photos: true });
    expect(parse('□ 本报记者 张三 图/文')).toMatchObject({ photos: true });
    expect(parse('□ 文/图 本报记者 张三')).toMatchObject({ reporters: ['张三'], photos: true });
    expect(parse('□本报记者 阿依古丽·买买提')).toMatchObject({ reporters: ['阿依古丽·买买提'] });
    expect(parse('□本报记者 张三  ')).toMatchObject({ reporters: ['张三'] }); // Markdown trailing spaces
    expect(parse('□青岛日报/观海新闻 记者 余瑞新')).toMatchObject({ outlet: '青岛日报/观海新闻', reporters: ['余瑞新'] });
    expect(parse('青岛日报 记者 余瑞新')).toBeNull(); // a spaced outlet needs the □
  });

  it('reads a two-character name set to the width of three (丁　飞) as one name', () => {
    expect(parse('□青岛日报/观海新闻记者 余瑞新 通讯员 丁　飞')).toMatchObject({ reporters: ['余瑞新'], correspondents: ['丁飞'] });
    expect(parse('□ 记者 张 三 报道')).toMatchObject({ reporters: ['张三'] });
    const line = '通讯员 丁　飞';
    const b = parseByline(line, 0)!;
    expect(line.slice(b.correspondents[0].start, b.correspondents[0].end)).toBe('丁　飞');
  });

  it('is tolerant of Markdown heading marks, and its range starts at □', () => {
    const b = parseByline('### □ 本报记者 张三', 0)!;
    expect(b).toMatchObject({ start: 4, end: 13, outlet: '本报' });
    expect(names(b.reporters)).toEqual(['张三']);
  });

  it('accepts a name glued to the role word only after □', () => {
    expect(parse('□记者张三')).toMatchObject({ reporters: ['张三'] });
    expect(parse('记者走进社区')).toBeNull();
  });

  it('does not read body sentences that mention a reporter', () => {
    for (const l of [
      '记者了解到，今年以来，该服务中心已累计服务企业9300家',
      '本报讯 记者自市北区获悉，海空智达跨境电商综合服务平台一期自启动运作以来',
      '居民李先生告诉记者，针对这个问题',
      '记者在现场看到',
      '本报讯 记者 张三',
      '记者 节日里的坚守者们',
      '通讯员队伍建设',
      '□青岛日报/观海新闻记者',
    ]) {
      expect(parseByline(l, 0), l).toBeNull();
    }
  });

  it('finds exactly the byline lines on every sample page', () => {
    const expected: Record<string, number[]> = {
      '000_9801057ab119ebec.txt': [19, 55, 56, 70, 71, 85],
      '001_090f44e9df0cafa1.txt': [19, 70, 81, 94],
      '002_6323321094799b0d.txt': [18, 24, 25, 37, 38, 88],
    };
    for (const n of SAMPLES) {
      const lines = sample(n).split('\n');
      const hits = lines.flatMap((l, i) => (parseByline(l, 0) ? [i + 1] : []));
      expect(hits, n).toEqual(expected[n]);
    }
  });
});

describe('line parsers on generated lines', () => {
  // Lines built the way credits lines, bylines and captions are built —
  // roles, outlets and names with the spacings layout and OCR give them —
  // with noise from the characters they are made of spliced in, so that
  // many of them parse and the span checks below really run.
  const noise = fc.array(fc.constantFrom(...'责编美审读排版校对记者通讯员本报□■文/图摄 　：:、，。余瑞新张羽李四·（）)#报道'), { maxLength: 6 }).map((a) => a.join(''));
  const gap = fc.constantFrom('', ' ', '　', '  ', '\t', '：', ':');
  const name = fc.constantFrom('余瑞新', '张羽', '李晓萌', '王忠良', '林艳', '丁飞', '丁　飞', '张 三', '阿依古丽·买买提', '郑燕');
  const space = fc.constantFrom(' ', '　', '  ', '\t');
  const names = fc.array(fc.tuple(space, name), { minLength: 1, maxLength: 3 }).map((xs) => xs.map(([g, n]) => g + n).join(''));
  const role = fc.constantFrom('责编', '责任编辑', '美编', '美术编辑', '审读', '校对', '排版', '组版');
  const credits = fc.array(fc.tuple(role, gap, names), { minLength: 1, maxLength: 4 }).map((es) => es.map(([r, g, n]) => r + g + n).join(' '));
  const byline = fc
    .tuple(
      fc.constantFrom('□', '□ ', '', '### □'),
      fc.constantFrom('青岛日报/观海新闻', '本报', ''),
      fc.constantFrom('记者', '通讯员', '本报记者'),
      names,
      fc.option(fc.tuple(fc.constant(' 通讯员'), names).map(([a, b]) => a + b), { nil: '' }),
      fc.constantFrom('', ' 文/图', ' 报道', ' 图/文'),
    )
    .map((parts) => parts.join(''));
  const caption = fc
    .tuple(fc.constantFrom('■', '图①：', ''), fc.constantFrom('市北区辽源路街道“微更新”提升改造项目。', '管控区临时党支部党员在值守'), gap, name, fc.constantFrom(' 摄', '/摄', '摄'))
    .map((parts) => parts.join(''));
  const structured = fc.oneof(credits, byline, caption);
  const line = fc.oneof(
    structured,
    fc.tuple(structured, noise).map(([a, b]) => a + b),
    fc.tuple(noise, structured).map(([a, b]) => a + b),
    noise,
  );

  /** A name's span is its place on the page: the name itself, or the name
   *  set to a wider width (丁　飞 for 丁飞, 张 三 for 张三). */
  const spanOf = (page: string, n: { start: number; end: number; name: string }) => {
    const s = page.slice(n.start, n.end);
    expect(s, `span of ${n.name}`).toMatch(/^\S(?:.*\S)?$/u);
    return s.replace(/[ \t\u3000]/gu, '');
  };

  it('never throw, and every name span is the name’s place in the page', () => {
    const produced = { credits: 0, creditNames: 0, bylines: 0, bylineNames: 0, captions: 0 };
    fc.assert(
      fc.property(line, (l) => {
        const page = 'xx' + l;
        const c = parseCredits(l, 2);
        if (c) produced.credits++;
        for (const e of c ?? []) for (const n of e.names) {
          produced.creditNames++;
          expect(spanOf(page, n)).toBe(n.name);
        }
        const b = parseByline(l, 2);
        if (b) produced.bylines++;
        for (const n of [...(b?.reporters ?? []), ...(b?.correspondents ?? [])]) {
          produced.bylineNames++;
          expect(spanOf(page, n)).toBe(n.name);
        }
        if (b) expect(b.outlet).not.toBe('undefined');
        const p = parseCaptionCredit(l, 2);
        if (p) {
          produced.captions++;
          // Several photographers (张三 李四 摄) come back as one span, as set.
          expect(page.slice(p.start, p.end)).toBe(p.name);
        }
      }),
      { numRuns: 5000 },
    );
    // The checks above ran on many real-looking lines, not on none.
    // (About 440 credits lines, 630 bylines and 490 captions in a run.)
    expect(produced.credits).toBeGreaterThan(200);
    expect(produced.creditNames).toBeGreaterThan(1000);
    expect(produced.bylines).toBeGreaterThan(300);
    expect(produced.bylineNames).toBeGreaterThan(1000);
    expect(produced.captions).toBeGreaterThan(200);
  });
});

describe('parseByline: a commentary signed by the paper', () => {
  it.each(['本报评论员', '本报特约评论员', '新华社评论员', '人民日报评论员', '本报编辑部', '□本报评论员'])('%s signs, with no person named', (line) => {
    const b = parseByline(line, 0);
    expect(b?.reporters).toEqual([]);
    expect(line.slice(b!.start, b!.end)).toBe(line.replace('□', ''));
  });
  it.each(['本报评论员认为', '评论员', '本报评论员文章', '争做合格党报评论员', '我是怎样当上晚报评论员'])('look-alike: %s is no byline', (line) => {
    expect(parseByline(line, 0)).toBeNull();
  });
});
