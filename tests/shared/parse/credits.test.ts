import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isFolio, parseCredits } from '../../../shared/parse/credits';

const sample = (n: string) => readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');
const SAMPLES = ['000_9801057ab119ebec.txt', '001_090f44e9df0cafa1.txt', '002_6323321094799b0d.txt'];

/** role → names, the shape most assertions care about. */
const roles = (line: string) => parseCredits(line, 0)?.map((e) => [e.role, e.names.map((n) => n.name)]);

describe('parseCredits', () => {
  it('reads the real credits line of sample 000 with page offsets', () => {
    const line = '责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳';
    const entries = parseCredits(line, 100)!;
    expect(entries.map((e) => [e.role, e.names.map((n) => n.name)])).toEqual([
      ['责编', ['余瑞新', '张羽']],
      ['美编', ['李晓萌']],
      ['审读', ['王忠良']],
      ['排版', ['林艳']],
    ]);
    // Every range is a page offset: slicing the padded line gives the text back.
    const page = ' '.repeat(100) + line;
    for (const e of entries) {
      expect(page.slice(e.start, e.start + 2)).toBe(e.role);
      expect(page.slice(e.start, e.end)).toMatch(new RegExp(`^${e.role}.*${e.names.at(-1)!.name}$`));
      for (const n of e.names) expect(page.slice(n.start, n.end)).toBe(n.name);
    }
    expect(entries[0]).toMatchObject({ start: 100, end: 109 });
  });

  it('finds the credits line on every sample page, and only that line', () => {
    for (const n of SAMPLES) {
      const lines = sample(n).split('\n');
      const hits = lines.filter((l) => parseCredits(l, 0));
      expect(hits, n).toHaveLength(1);
      expect(hits[0].startsWith('责编'), n).toBe(true);
    }
  });

  it('still recognises a credits line missing one role (so credits/incomplete can fire)', () => {
    expect(roles('责编 余瑞新 美编 李晓萌 审读 王忠良')).toEqual([
      ['责编', ['余瑞新']],
      ['美编', ['李晓萌']],
      ['审读', ['王忠良']],
    ]);
  });

  it('gives a role followed directly by another role no names', () => {
    const e = parseCredits('责编 余瑞新 美编 审读 王忠良 排版 林艳', 0)!;
    expect(e[1]).toMatchObject({ role: '美编', names: [], start: 7, end: 9 });
  });

  it('accepts colons, full-width spaces, 、 between names and · names', () => {
    expect(roles('责编：余瑞新、张羽　美编: 阿依古丽·买买提 审读 王忠良 排版 林艳')).toEqual([
      ['责编', ['余瑞新', '张羽']],
      ['美编', ['阿依古丽·买买提']],
      ['审读', ['王忠良']],
      ['排版', ['林艳']],
    ]);
  });

  it('reads a two-character name set to the width of three (张　羽) as one name', () => {
    const line = '责编 余瑞新 张　羽 美编 李晓萌 审读 王忠良 排版 林　艳';
    const entries = parseCredits(line, 0)!;
    expect(roles(line)).toEqual([
      ['责编', ['余瑞新', '张羽']],
      ['美编', ['李晓萌']],
      ['审读', ['王忠良']],
      ['排版', ['林艳']],
    ]);
    // The span covers the name as set, space included.
    const zhang = entries[0].names[1];
    expect(line.slice(zhang.start, zhang.end)).toBe('张　羽');
    // Look-alike: single characters apart by 、 are two (damaged) names, not one.
    expect(roles('责编 张、羽 美编 李晓萌 审读 王忠良 排版 林艳')![0]).toEqual(['责编', ['张', '羽']]);
  });

  it('maps spelled-out variants onto the four roles', () => {
    expect(roles('责任编辑 张三 美术编辑 李四 校对 王五 组版 赵六')?.map((r) => r[0])).toEqual([
      '责编',
      '美编',
      '审读',
      '排版',
    ]);
  });

  it('tolerates Markdown heading marks and a 本版 lead-in', () => {
    expect(roles('## 责编 张三 美编 李四')).toEqual([['责编', ['张三']], ['美编', ['李四']]]);
    expect(roles('本版责编 张三 美编 李四')).toEqual([['责编', ['张三']], ['美编', ['李四']]]);
  });

  it('tolerates the folio some papers set on the credits line (page, date, weekday)', () => {
    const four = [['责编', ['余瑞新', '张羽']], ['美编', ['李晓萌']], ['审读', ['王忠良']], ['排版', ['林艳']]];
    expect(roles('A3 2022年11月24日 星期四 本版责编：余瑞新 张羽 美编：李晓萌 审读：王忠良 排版：林艳')).toEqual(four);
    expect(roles('第3版 2022-11-24 周四 责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳')).toEqual(four);
    // Look-alikes: other words, or a sentence, before the roles.
    expect(roles('今天 责编 余瑞新 张羽 美编 李晓萌')).toBeUndefined();
    expect(roles('2022年11月24日，责编 余瑞新 美编 李晓萌')).toBeUndefined();
  });

  it('keeps names glued to the role word', () => {
    expect(roles('责编余瑞新 美编李晓萌')).toEqual([['责编', ['余瑞新']], ['美编', ['李晓萌']]]);
  });

  it('rejects body text and lines with a single role', () => {
    expect(parseCredits('责编 余瑞新', 0)).toBeNull();
    expect(parseCredits('责编 余瑞新（实习） 美编 李晓萌', 0)).toBeNull();
    expect(parseCredits('“责编 余瑞新 美编 李晓萌”', 0)).toBeNull();
    expect(parseCredits('责编 余瑞新 责编 张羽', 0)).toBeNull();
    expect(parseCredits('这篇稿子的责编和美编都在审读样张。', 0)).toBeNull();
    expect(parseCredits('据介绍，责编、美编、审读、排版各司其职', 0)).toBeNull();
    expect(parseCredits('幸福市北', 0)).toBeNull();
    expect(parseCredits('XING FU SHI BEI', 0)).toBeNull();
    expect(parseCredits('', 0)).toBeNull();
  });

  it('rejects a role line carrying non-name text', () => {
    expect(parseCredits('责编 余瑞新 美编 李晓萌 2022年11月', 0)).toBeNull();
    expect(parseCredits('责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳 今日出版八个版面', 0)).toBeNull();
  });
});

describe('other papers’ credits lines', () => {
  it.each([
    ['本版编辑：王 磊　校对：李 娜　制作：张 华', [['责编', ['王磊']], ['审读', ['李娜']], ['排版', ['张华']]]],
    ['责任编辑：刘芳 美术编辑：陈静 审校：王磊', [['责编', ['刘芳']], ['美编', ['陈静']], ['审读', ['王磊']]]],
    ['□编辑/刘 芳 □视觉/陈 静 □校对/王 磊 李 娜', [['责编', ['刘芳']], ['美编', ['陈静']], ['审读', ['王磊', '李娜']]]],
  ])('%s', (line, roles) => {
    const entries = parseCredits(line, 0);
    expect(entries?.map((e) => [e.role, e.names.map((n) => n.name)])).toEqual(roles);
  });

  it('look-alike: a body sentence naming the roles is no credits line', () => {
    expect(parseCredits('制作团队的编辑和设计人员一起完成了改版。', 0)).toBeNull();
  });
});

describe('isFolio', () => {
  it('reads a folio line, whatever it opens with, and nothing else', () => {
    for (const l of ['A3', '2022年11月24日 星期四', '第3版 周四', '星期四', '周四 A3', '12版']) expect(isFolio(l), l).toBe(true);
    for (const l of ['要闻', ' A3', 'A3 要闻', '第三版', '周末特刊', '']) expect(isFolio(l), l).toBe(false);
  });
  it('reads a Hong Kong masthead date, day first, and the lunar date beside it (頭條日報 2023-12-02)', () => {
    for (const l of ['02/12/2023          星期六', '農曆癸卯年十月二十日', '2023年12月2日 星期六 农历癸卯年十月二十']) expect(isFolio(l), l).toBe(true);
  });
  it('look-alike: a sentence or title that opens with a date or 農曆, or a festival alone (no year), is no folio', () => {
    for (const l of ['02/12/2023 起實施', '農曆新年期間，商場人流大增。', '农历腊月初八是腊八节', '农历二月二', '农历腊月初八']) expect(isFolio(l), l).toBe(false);
  });
});
