import { describe, expect, it } from 'vitest';
import { endsSentence, lastMark } from '../../../shared/text/marks';

describe('lastMark and endsSentence', () => {
  it('skip closing marks, and stay inside the range', () => {
    expect(lastMark('他说：“好。”')).toBe('。');
    expect(endsSentence('他说：“好。”')).toBe(true);
    expect(lastMark('”）')).toBe('');
    expect(endsSentence('”）')).toBe(false);
    expect(endsSentence('好，')).toBe(false);
    expect(lastMark('甲。乙', 0, 2)).toBe('。');
    expect(endsSentence('甲。乙', 0, 2)).toBe(true);
    expect(endsSentence('甲。乙', 2, 3)).toBe(false);
    expect(lastMark('', 0, 0)).toBe('');
  });
});
