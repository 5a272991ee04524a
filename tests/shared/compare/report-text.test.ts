import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareRevisions, formatCompareText } from '../../../shared/compare';

const read = (n: string) => readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');
const S0 = read('000_9801057ab119ebec.txt');
const S1 = read('001_090f44e9df0cafa1.txt');

describe('formatCompareText', () => {
  it('prints one hunk per change with line numbers and inline marks, context elided', () => {
    const revised = S1.replace('融入生\n\n活场景', '融入生活场景').replace('短讯', '简讯');
    const text = formatCompareText(compareRevisions(S1, revised), { oldName: 'a.txt', newName: 'b.txt' });
    expect(text).toBe(
      [
        '--- a.txt',
        '+++ b.txt',
        '@@ join: old 43-45, new 43 @@',
        '  …的公园空间，历史记忆的碎片得以自然融入生[-↵↵-]活场景，重塑有温度的城区。',
        '@@ replace: old 65, new 63 @@',
        '  [-短-]{+简+}讯',
        '2 changes: 1 replacement, 1 join; 1 character inserted, 1 deleted.',
        '',
      ].join('\n'),
    );
  });

  it('prints whole paragraphs inserted or deleted as -/+ lines, and a move by its places', () => {
    const lines = S0.split('\n');
    const revised = [...lines.slice(0, 28), lines[42], '', ...lines.slice(28, 42), ...lines.slice(44, 54), ...lines.slice(55)].join('\n');
    const text = formatCompareText(compareRevisions(S0, revised), { oldName: 'a', newName: 'b' });
    expect(text).toContain('@@ move: old 43, new 29 @@\n  城市“微更新”是城市更新建设中的重要一环');
    expect(text).toContain('@@ delete: old 55 @@\n- □青岛日报/观海新闻记者 余瑞新\n');
    expect(text).toContain('2 changes: 1 deletion, 1 move;');
  });

  it('says so when there is nothing to report', () => {
    expect(formatCompareText(compareRevisions(S0, S0), { oldName: 'a', newName: 'b' })).toBe('--- a\n+++ b\nNo differences.\n');
  });
});
