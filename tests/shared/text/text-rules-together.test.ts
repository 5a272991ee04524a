// The five text rules on one damaged page: their safe fixes, applied in one
// pass, leave nothing for a second pass, and lose no Chinese character other
// than the verbatim copy and the doubled mark.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { applyFindingFixes } from '../../../shared/fix';
import { RULE_IDS } from '../../../shared/rules';
import type { CheckOptions, RuleId } from '../../../shared/types';
import { PAGES, damage, line } from './samples';

const MINE: RuleId[] = ['punct/halfwidth', 'quote/doubled', 'text/duplicate', 'text/stray-latin', 'text/repeated-char'];
const ONLY_MINE: CheckOptions = {
  rules: Object.fromEntries(RULE_IDS.filter((r) => !MINE.includes(r)).map((r) => [r, { severity: 'off' }])),
};

function cleanOnce(text: string): string {
  const safe = checkText(text, ONLY_MINE).findings.filter((f) => f.fix?.safe);
  return applyFindingFixes(text, safe).text;
}

describe('text rules together on sample 002', () => {
  it('one pass of safe fixes settles the page', () => {
    const page = PAGES['002'];
    const l52 = line(page, 52);
    // OCR damage: paragraph 52 read twice, a doubled “, a doubled comma.
    let text = damage(page, `${l52}\n\n`, `${l52}\n\n${l52}\n\n`);
    text = damage(text, '突出“港区、城区、园区”', '突出““港区、城区、园区”');
    text = damage(text, '群众利益无小事,', '群众利益无小事,,');
    const once = cleanOnce(text);
    expect(cleanOnce(once)).toBe(once);
    const expected = page
      .replace(/,/g, '，')
      .replace(/;/g, '；')
      .replace('(', '（')
      .replace(')', '）');
    expect(once).toBe(expected);
    const rest = checkText(once, ONLY_MINE).findings;
    expect(rest).toEqual([]);
  });
});
