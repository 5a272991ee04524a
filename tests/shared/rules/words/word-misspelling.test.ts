import { describe, expect, it } from 'vitest';
import { MISSPELLINGS } from '../../../../shared/rules/words/data/misspellings';
import { applyFindingFixes } from '../../../../shared/fix';
import { PAGES, damage } from '../../text/samples';
import { covered, hitsOf, LEAD, page } from './page';

const RULE = 'word/misspelling';

describe('word/misspelling on real lines with a known wrong form', () => {
  it.each([
    ['截止目前 (000 line 77 has 截至目前)', '截至目前', '截止目前', '截至目前'],
    ['布署 (000 line 79 坚决杜绝 → 布署杜绝)', '坚决杜绝', '全面布署杜绝', '部署'],
    ['一部份 (001 line 25 一半以上 → 一部份)', '居民的一半以上', '居民的一部份', '部分'],
  ] as const)('%s', (_, real, damaged, right) => {
    const text = damage(PAGES[real === '居民的一半以上' ? '001' : '000'], real, damaged);
    const fs = hitsOf(text, RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain(`应为「${right}」`);
    expect(fs[0]).toMatchObject({ severity: 'warning', fix: { safe: false } });
    const fixed = applyFindingFixes(text, fs).text;
    expect(fixed).toContain(damaged.replace(text.slice(fs[0].start, fs[0].end), right));
  });

  it('自已 → 自己, but not inside the idiom 不能自已 (the segmenter splits both alike: 自|已)', () => {
    expect(covered(page('标题', LEAD, '他对自已要求很严。'), RULE)).toEqual(['自已']);
    expect(covered(page('标题', LEAD, '老人激动得不能自已。'), RULE)).toEqual([]);
  });

  it('a variant of the 异形词 table is one inside an idiom too (一塌胡涂: jieba lists it as an idiom)', () => {
    expect(covered(page('标题', LEAD, '局面被搞得一塌胡涂。'), RULE)).toEqual(['胡涂']);
  });

  it('截止 right before a date is 截至 (截止2022年11月)', () => {
    expect(covered(page('标题', LEAD, '截止2022年11月，全区已完成改造。'), RULE)).toEqual(['截止']);
  });

  it('a wrong idiom the segmenter splits oddly is still found (出奇|不|意地)', () => {
    expect(covered(page('标题', LEAD, '球队在下半场出奇不意地变换阵型，扳平比分。'), RULE)).toEqual(['出奇不意']);
    expect(covered(page('标题', LEAD, '他直接了当地指出了方案中存在的问题。'), RULE)).toEqual(['直接了当']);
  });

  it('a short form still needs to stand as its own word (发布署名 holds 布署)', () => {
    expect(covered(page('标题', LEAD, '文章发布署名为本报评论员。'), RULE)).toEqual([]);
  });

  it('a form the segmenter reads across one edge is still found where that leaves a character that is no word alone (老街|涣|发出, 正威|协|着), not where the character stands alone (手机上下|栽)', () => {
    const text = page('标题', LEAD, '经过改造，这条老街涣发出新的活力。', '极端天气正威协着部分农作物生长。', '居住证可先在手机上下栽电子表格。');
    expect(covered(text, RULE)).toEqual(['涣发', '威协']);
  });

  it('a listed three-character slip read across the next word is none (注意安全|戴好头盔, 体育|管理部门), but on its own it is (安全戴不到位)', () => {
    const text = page('标题', LEAD, '骑车时请注意安全戴好头盔，学校组织体育管理部门开会。', '有的骑手为图方便，安全戴不到位。');
    expect(covered(text, RULE)).toEqual(['安全戴']);
  });
  it('a wrong form in a headline is an error and says it counts twice', () => {
    const fs = hitsOf(page('市北按步就班推进老旧小区改造', LEAD), RULE);
    expect(fs.map((f) => f.severity)).toEqual(['error']);
    expect(fs[0].message).toContain('标题中的差错计双倍');
  });

  it('a 第一批异形词整理表 variant names the table', () => {
    const fs = hitsOf(page('标题', LEAD, '现场秩序井然，没有一片狼籍。'), RULE);
    expect(fs[0].message).toBe('「狼籍」应为「狼藉」（第一批异形词整理表推荐词形）');
  });

  it("the newsroom's own pairs (option extra)", () => {
    const text = page('标题', LEAD, '市北区新建口袋公园12处。');
    const options = { rules: { [RULE]: { options: { extra: { 口袋公园: '口袋绿地' } } } } };
    expect(covered(text, RULE, options)).toEqual(['口袋公园']);
    expect(covered(text, RULE)).toEqual([]);
  });
});

describe('word/misspelling leaves look-alikes alone', () => {
  it.each([
    ['截止 alone, and 截止 before a noun', '报名截止时间为11月30日，截止日期不再延长。'],
    ['布署 across two words (发布|署名)', '文章发布署名为本报评论员。'],
    ['定单 across two words (给定|单个)', '如给定单个参数，只显示该接口的状态。'],
    ['部份 across a longer word (俱乐部|份额)', '该俱乐部份额转让已完成。'],
    ['帐篷 is right (帐 alone is not wrong)', '社区搭起帐篷，设置临时服务点。'],
    ['the right forms themselves', '截至目前，已部署到位，大部分居民满意。'],
  ])('%s', (_, line) => {
    expect(covered(page('标题', LEAD, line), RULE)).toEqual([]);
  });

  it('names are never read: a roster name, a byline', () => {
    const text = page('标题', LEAD, '记者杜家毫报道。').replace('余瑞新\n', '余瑞新 杜家毫\n');
    expect(covered(text, RULE, { rules: { [RULE]: { options: { extra: { 家毫: '家豪' } } } } })).toEqual([]);
  });

  it('a page set in traditional characters is left alone (1930s 晶報 style)', () => {
    expect(covered(page('標題', '本報訊 現聞將所押骨董之一部份抽出、約値二十餘萬、這個時候。'), RULE)).toEqual([]);
  });

  it('finds nothing on the three sample pages', () => {
    for (const p of Object.values(PAGES)) expect(hitsOf(p, RULE)).toEqual([]);
  });

  it('every listed wrong form differs from its right form and is listed once', () => {
    const seen = new Set<string>();
    for (const [w, r] of MISSPELLINGS) {
      expect(w).not.toBe(r);
      expect(seen.has(w), w).toBe(false);
      seen.add(w);
    }
  });
});

describe('word/misspelling behind a look-alike that starts before it', () => {
  it('人群蜂涌: 群蜂 (look-alike of 群峰) is dropped by its guards, 蜂涌 is reported', () => {
    expect(covered(page('标题', LEAD, '开闸后，人群蜂涌而入。'), 'word/misspelling')).toEqual(['蜂涌']);
    expect(covered(page('标题', LEAD, '开闸后，人群蜂涌而入。'), 'word/confusable')).toEqual([]);
  });
});

describe('word/misspelling where a name stands', () => {
  it('记者王安祥报道: a given name after its surname, not 安祥 for 安详; 老人走得很安祥 still is', () => {
    expect(covered(page('标题', LEAD, '记者王安祥报道。'), 'word/misspelling')).toEqual([]);
    expect(covered(page('标题', LEAD, '老人走得很安祥。'), 'word/misspelling')).toEqual(['安祥']);
  });
});
