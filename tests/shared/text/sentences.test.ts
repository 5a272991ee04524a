import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/text/sentences';
import { PAGES, line } from './samples';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end) + (s.terminated ? '' : '|open'));

describe('splitSentences', () => {
  it('splits at 。！？ and keeps closing quotes with their sentence (000 line 45)', () => {
    const l = line(PAGES['000'], 45);
    const parts = split(l);
    expect(parts[0]).toBe('与会人员观看了各街道“微更新”项目亮点宣传片，并为各街道“微更新”项目考评打分。');
    expect(parts[2]).toBe('但从局部上看，各街道微更新项目不平衡，还鲜有精品、亮点项目。”');
    expect(parts.at(-1)!.endsWith('工作的成效。”')).toBe(true);
    expect(parts.join('')).toBe(l);
  });
  it('a run of marks ends once (？！) and a tail without an end is open', () => {
    expect(split('真的吗？！是的。还有')).toEqual(['真的吗？！', '是的。', '还有|open']);
  });
  it('a paragraph cut by a column break ends open (000 line 29)', () => {
    expect(split(line(PAGES['000'], 29)).at(-1)).toMatch(/采取“引导农工商公司\|open$/);
  });
  it('offsets are into the given text, within [start, end)', () => {
    const t = 'xx甲。乙。yy';
    expect(splitSentences(t, 2, 6)).toEqual([
      { start: 2, end: 4, terminated: true },
      { start: 4, end: 6, terminated: true },
    ]);
  });
  it('line ends and leading spaces do not belong to a sentence', () => {
    expect(split('  第一句\n第二句。')).toEqual(['第一句|open', '第二句。']);
  });
});
