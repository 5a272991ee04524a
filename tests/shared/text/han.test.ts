import { describe, expect, it } from 'vitest';
import { countHan, hanRun, isChinese, isCjkClauseMark, isCjkPunct, isHan, isWhiteSpace } from '../../../shared/text/han';

const code = (s: string) => s.charCodeAt(0);

describe('han character classes', () => {
  it('Han ideographs, including Extension A and a supplementary ideograph', () => {
    for (const c of '市北区㐀') expect(isHan(code(c))).toBe(true);
    expect(isHan(code('𠀀'))).toBe(true); // U+20000, first code unit
    for (const c of 'aZ1，“ ·') expect(isHan(code(c))).toBe(false);
  });
  it('full-width punctuation is Chinese, ASCII punctuation is not', () => {
    for (const c of '，。、；：！？（）“”‘’《》【】…—·') expect(isCjkPunct(code(c))).toBe(true);
    for (const c of ',.;:!?()"\'') expect(isChinese(code(c))).toBe(false);
  });
  it('clause marks', () => {
    expect([...'，。、；：！？'].every((c) => isCjkClauseMark(code(c)))).toBe(true);
    expect(isCjkClauseMark(code('“'))).toBe(false);
  });
  it('counts Han and Han runs', () => {
    expect(countHan('RCEP山东企业服务中心2022年')).toBe(9);
    expect(hanRun('ab市北区cd', 2, 1)).toBe(3);
    expect(hanRun('ab市北区cd', 5, -1)).toBe(3);
  });
});

describe('isWhiteSpace', () => {
  it('is exactly what String#trim removes and \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isWhiteSpace(c), `U+${c.toString(16)}`).toBe(ch.trim() === '');
      expect(isWhiteSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
    }
  });
});
