import { describe, expect, it } from 'vitest';
import { forLastText } from '../../../shared/text/last-text';

describe('forLastText', () => {
  it('computes once while the same text is asked about, afresh for another', () => {
    const seen: string[] = [];
    const len = forLastText((t) => {
      seen.push(t);
      return t.length;
    });
    expect([len('市北区'), len('市北区'), len('本报讯'), len('市北区')]).toEqual([3, 3, 3, 3]);
    expect(seen).toEqual(['市北区', '本报讯', '市北区']);
  });

  it('never answers for a different text (the empty page included)', () => {
    const upper = forLastText((t) => t.toUpperCase());
    expect(upper('ab')).toBe('AB');
    expect(upper('')).toBe('');
    expect(upper('cd')).toBe('CD');
  });
});
