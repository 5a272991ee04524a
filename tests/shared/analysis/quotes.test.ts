import { describe, expect, it } from 'vitest';
import { pairMarks, startShape, type Mark } from '../../../shared/analysis/marks';
import { findUnpairedMarks } from '../../../shared/analysis/quotes';
import { analyzeContinuations } from '../../../shared/analysis/continuations';
import { parsePage } from '../../../shared/parse';
import { line, PAGES } from './pages';

function unpaired(text: string): string[] {
  const stack: Mark[] = [];
  const out: Mark[] = [];
  pairMarks(text, 0, text.length, stack, out);
  return [...out, ...stack].sort((a, b) => a.at - b.at).map((m) => `${m.mark}@${m.at}`);
}

describe('pairMarks', () => {
  it('pairs nested ‘’ inside “”, 《》, （）, 【】 on real lines', () => {
    expect(unpaired(line(PAGES['000'], 75))).toEqual([]); // “…‘绑辫子’…‘安全生产第一…’…‘梳头扎辫’。”
    expect(unpaired(line(PAGES['000'], 39))).toEqual([]); // 《关于聚焦…的实施意见》
    const l39 = line(PAGES['001'], 39); // …（错埠岭二路17号）…‘双拥公园’…街区。”辽源路…
    // Its one unpaired mark closes the quotation line 37 opened (a broken sentence).
    expect(unpaired(l39)).toEqual([`”@${l39.indexOf('。”') + 1}`]);
    expect(unpaired(line(PAGES['001'], 55))).toEqual([]); // nested and consecutive quotes
    expect(unpaired('【短讯】本报讯')).toEqual([]);
  });
  it('half-width () pair in Chinese text (002 line 56 快钢云(山东)), and with a full-width mate', () => {
    expect(unpaired(line(PAGES['002'], 56))).toEqual([]);
    expect(unpaired('快钢云(山东）数字科技')).toEqual([]);
  });
  it('reports the lost mark of a real line damaged by OCR', () => {
    const l = line(PAGES['001'], 55); // …被“记心上了”，“老旧小区改造…
    const damaged = l.replace('“记心上了”', '记心上了”');
    const at = damaged.indexOf('记心上了”') + 4;
    expect(unpaired(damaged)).toEqual([`”@${at}`]);
    expect(unpaired('详见《实施意见，')).toEqual(['《@2']);
  });
  it('an inner quote left open is reported when its outer quote closes', () => {
    expect(unpaired('“他说‘好。”')).toEqual(['‘@3']);
  });
  it('leaves list numbers 1） a) and apostrophes alone', () => {
    expect(unpaired('1）清理楼道；2）规范停车；a) 其他')).toEqual([]);
    expect(unpaired('China’s RCEP')).toEqual([]);
  });
});

describe('startShape', () => {
  it('a closer in the first sentence before any opener: a lost beginning (000 line 25, 000 line 31, 001 line 53)', () => {
    for (const [id, n] of [['000', 25], ['000', 31], ['001', 53]] as const) {
      const l = line(PAGES[id], n);
      expect(startShape(l, 0, l.length).closerFirst).toBe(true);
    }
  });
  it('a closer right after 。！ is a lost opening mark, not a lost beginning (000 lines 77 and 91)', () => {
    for (const n of [77, 91]) {
      const l = line(PAGES['000'], n);
      expect(startShape(l, 0, l.length)).toMatchObject({ punct: false, closerFirst: false });
    }
  });
  it('a closer after the first sentence is not about the start (000 line 47 …既有形也有神”。)', () => {
    const l = line(PAGES['000'], 47);
    expect(startShape(l, 0, l.length).closerFirst).toBe(false);
  });
  it('a paragraph starting on ，、 or a closing mark', () => {
    expect(startShape('，推动基层政务服务', 0, 9).punct).toBe(true);
    expect(startShape('、志愿者等多方力量', 0, 9).punct).toBe(true);
    expect(startShape('”的活动健身场地', 0, 8).punct).toBe(true);
  });
});

describe('findUnpairedMarks on logical paragraphs', () => {
  const find = (text: string) => {
    const page = parsePage(text);
    return findUnpairedMarks(page, analyzeContinuations(page)).map((m) => `${m.mark}${m.pair}`);
  };
  it('a multi-paragraph quotation (GB/T 15834): each paragraph opens with “, only the last closes', () => {
    const text = [
      '他在会上说：',
      '“第一，老旧街区改造要坚持问题导向，把群众需求作为出发点。',
      '“第二，要把设计师请进社区，全程参与居民意见征集。',
      '“第三，改造完成后还要管好用好，这是三分建、七分管的道理。”',
    ].join('\n\n');
    expect(find(text)).toEqual([]);
  });
  it('the same quotation with its last closing mark lost is reported once, on the last paragraph', () => {
    const text = [
      '他在会上说：',
      '“第一，老旧街区改造要坚持问题导向，把群众需求作为出发点。',
      '“第二，要把设计师请进社区，全程参与居民意见征集。',
      '第三，改造完成后还要管好用好，这是三分建、七分管的道理。',
    ].join('\n\n');
    expect(find(text)).toEqual(['“”']);
    const page = parsePage(text);
    const [m] = findUnpairedMarks(page, analyzeContinuations(page));
    expect(text.slice(m.at, m.at + 4)).toBe('“第二，');
  });
  it('a quotation broken across blocks pairs once joined (000 29 “引导农工商公司 / 31 参与改造”)', () => {
    const text = [line(PAGES['000'], 29), line(PAGES['000'], 31)].join('\n\n');
    expect(find(text)).toEqual([]);
  });
  it('each of the three pages, as data', () => {
    expect(find(PAGES['000'])).toEqual(['”“', '”“', '”“']); // lines 47, 77, 91
    expect(find(PAGES['001'])).toEqual([]);
    expect(find(PAGES['002'])).toEqual(['“”']); // line 62
  });
  it('headlines and kickers with quotes pair on their own (000 line 17, 000 line 81, 002 line 22)', () => {
    const text = [line(PAGES['000'], 81), line(PAGES['000'], 83), line(PAGES['000'], 85), '', '本报讯 正文。'].join('\n\n');
    expect(find(text)).toEqual([]);
    const broken = [line(PAGES['000'], 81).replace(/”$/, ''), line(PAGES['000'], 83), line(PAGES['000'], 85), '', '本报讯 正文。'].join('\n\n');
    expect(find(broken)).toEqual(['“”']);
  });
});
