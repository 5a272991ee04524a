import { describe, expect, it } from 'vitest';
import { parseCaptionCredit } from '../../../shared/parse/caption';

function credit(text: string) {
  const r = parseCaptionCredit(text, 7);
  if (!r) return null;
  // The span is a page range: offset 7 is where `text` starts.
  expect(('x'.repeat(7) + text).slice(r.start, r.end)).toBe(r.name);
  return r.name;
}

describe('parseCaptionCredit', () => {
  it('reads the real captions of the samples', () => {
    expect(
      credit('■市北区统筹疫情防控和经济社会发展，全力推进重点项目建设，确保项目早日建成、早见成效。图为重点项目集中的青岛邮轮母港区域。修相科 摄'),
    ).toBe('修相科');
    expect(credit('■纺织谷、历史城区、青岛国际邮轮港等老城区文化创意产业新高地正在崛起。图为纺织谷1902美术馆。 余瑞新 摄')).toBe('余瑞新');
    expect(
      credit('■市北区聚焦24条重点产业链振兴,构建“2+6”特色产业体系,大力发展优势产业和“四新”经济,为老城区高质量发展提供强劲动力支撑。 修相科 摄'),
    ).toBe('修相科');
  });

  it('gives the exact page offset', () => {
    expect(parseCaptionCredit('图为邮轮港区。修相科 摄', 100)).toEqual({ name: '修相科', start: 107, end: 110 });
  });

  it('reads the other credit forms', () => {
    expect(credit('图为邮轮港区。修相科摄')).toBe('修相科');
    expect(credit('图为邮轮港区。记者 张三 摄')).toBe('张三');
    expect(credit('图为邮轮港区。本报记者张三 摄')).toBe('张三');
    expect(credit('图为邮轮港区。张三/摄')).toBe('张三');
    expect(credit('图为邮轮港区（张三 摄）')).toBe('张三');
    expect(credit('图为邮轮港区。（张三 摄）')).toBe('张三');
    expect(credit('图为邮轮港区。 张三 李四 摄')).toBe('张三 李四');
    expect(credit('图为邮轮港区。阿依古丽·买买提 摄')).toBe('阿依古丽·买买提');
    expect(credit('图为邮轮港区。摄影：张三')).toBe('张三');
    expect(credit('张三 摄')).toBe('张三');
    expect(credit('图为邮轮港区。修相科 摄  ')).toBe('修相科');
  });

  it('returns null when there is no photographer', () => {
    expect(credit('■“微更新”后的保儿社区党建文化广场。')).toBeNull();
    expect(credit('■市北区辽源路街道“微更新”提升改造项目。')).toBeNull();
    expect(credit('图为市民拍摄')).toBeNull();
    expect(credit('图为游客在广场上，游客拍摄。')).toBeNull();
    expect(credit('图为邮轮港区 摄')).toBeNull();
    expect(credit('')).toBeNull();
    // A long caption whose tail is mid-sentence: no name can start at the cut.
    expect(credit('图为' + '很长的说明文字'.repeat(10) + '港区摄')).toBeNull();
  });
});
