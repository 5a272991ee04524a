import { describe, expect, it, vi } from 'vitest';
import { isWord, zhWords } from '../../../shared/text/segmenter';

describe('zhWords and isWord', () => {
  it('one segmenter per process', () => {
    expect(zhWords()).toBe(zhWords());
  });
  it('reads a word as one (智能, 就餐, 园区) and two pieces as none (以节, 来崂)', () => {
    expect(['智能', '就餐', '园区'].map(isWord)).toEqual([true, true, true]);
    expect(['以节', '来崂'].map(isWord)).toEqual([false, false]);
  });
  it('asks the segmenter once per string (a re-check asks the same)', () => {
    const seg = zhWords()!;
    const spy = vi.spyOn(seg, 'segment');
    expect(isWord('港城')).toBe(isWord('港城'));
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
