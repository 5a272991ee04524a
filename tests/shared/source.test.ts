import { describe, expect, it } from 'vitest';
import { createSource } from '../../shared/source';

describe('createSource', () => {
  it('places offsets on lines for LF, CRLF and lone CR text alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const s = createSource(['甲乙', '', '丙丁戊'].join(eol));
      expect(s.text).toBe('甲乙\n\n丙丁戊');
      const at = s.toOriginal(s.text.indexOf('丁'));
      expect(s.original[at]).toBe('丁');
      expect(s.position(at)).toEqual({ line: 3, column: 2 });
      expect(s.position(0)).toEqual({ line: 1, column: 1 });
    }
  });
});
