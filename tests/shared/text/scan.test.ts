import { describe, expect, it } from 'vitest';
import { pageScan, scanText } from '../../../shared/text/scan';
import { splitSentences } from '../../../shared/text/sentences';
import { PAGES } from './samples';

/** Offsets of every match of a one-character class, the way the rules
 *  found them before the one scan. */
const positions = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index!);

describe('scanText', () => {
  it('lists each kind of character, ascending', () => {
    const s = scanText('他说“好（a)”，,。\n的的ab？');
    expect(s.marks).toEqual([2, 4, 6, 7]);
    expect(s.half).toEqual([6, 9]);
    expect(s.ends).toEqual([10, 11, 16]);
    expect(s.newlines).toEqual([11]);
    expect(s.doubled).toEqual([12]);
    expect(s.lowerPair).toBe(true);
  });
  it('doubled: runs overlap, spaces and line ends are left out', () => {
    expect(scanText('谢谢，，，好\n\n  a').doubled).toEqual([0, 2, 3]);
    expect(scanText('').doubled).toEqual([]);
  });
  it('she: every 摄 and 攝; atSign: an @ anywhere', () => {
    expect(scanText('修相科 摄（司徒志雄攝）').she).toEqual([4, 10]);
    expect(scanText('a@b.cn').atSign).toBe(true);
    expect(scanText('甲乙').atSign).toBe(false);
  });
  it('lowerPair: two lowercase letters in a row, not one, not capitals', () => {
    expect(scanText('A区a、b区XING').lowerPair).toBe(false);
    expect(scanText('创业者 and 科技型').lowerPair).toBe(true);
  });
  it('agrees with the regular expressions on the sample pages', () => {
    for (const page of Object.values(PAGES)) {
      const s = scanText(page);
      expect(s.marks).toEqual(positions(/[“”‘’《》（）()【】]/g, page));
      expect(s.half).toEqual(positions(/[,:;?!.()"']/g, page));
      expect(s.ends).toEqual(positions(/[。！？\n]/g, page));
      expect(s.newlines).toEqual(positions(/\n/g, page));
      expect(s.doubled).toEqual(positions(/([^\x00-\x20])(?=\1)/g, page));
      expect(s.lowerPair).toBe(/[a-z]{2,}/.test(page));
      expect(s.she).toEqual(positions(/[摄攝]/g, page));
      // The sentence splitter reads the same spans from the list.
      expect(splitSentences(page, 0, page.length, s.ends)).toEqual(splitSentences(page));
      expect(splitSentences(page, 100, 900, s.ends)).toEqual(splitSentences(page, 100, 900));
    }
  });
});

describe('pageScan', () => {
  it('scans a page once, and a different text afresh', () => {
    const a = pageScan(PAGES['000']);
    expect(pageScan(PAGES['000'])).toBe(a);
    expect(pageScan(PAGES['001'])).not.toBe(a);
    expect(pageScan(PAGES['001']).marks).toEqual(scanText(PAGES['001']).marks);
  });
});
