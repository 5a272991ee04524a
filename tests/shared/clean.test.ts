import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { cleanText, safeFindings } from '../../shared/clean';

const read = (f: string) => readFileSync(`resources/samples/${f}`, 'utf8');
const P0 = read('000_9801057ab119ebec.txt');
const P2 = read('002_6323321094799b0d.txt');
const line = (t: string, n: number) => t.replace(/\r\n/g, '\n').split('\n')[n - 1];

const SAFE_RULES = new Set(['punct/halfwidth', 'sentence/broken', 'quote/doubled', 'text/duplicate', 'byline/misplaced']);

function hanCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

describe('cleanText', () => {
  it('turns the half-width commas of sample 002 into full-width ones', () => {
    // Real line 14 of the page: “…,…” set with half-width commas.
    expect(line(P2, 14)).toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
    const r = cleanText(P2);
    expect(r.settled).toBe(true);
    expect(r.applied.filter((f) => f.rule === 'punct/halfwidth').length).toBeGreaterThan(100);
    expect(r.applied.every((f) => f.fix?.safe && SAFE_RULES.has(f.rule))).toBe(true);
    expect(r.text).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
    // Not a Chinese character lost or added.
    expect(hanCounts(r.text)).toEqual(hanCounts(P2));
    // No safe fix is left to apply.
    expect(safeFindings(checkText(r.text).findings)).toEqual([]);
  });

  it('joins the real broken sentences of sample 000 (column breaks) and keeps every character', () => {
    // Lines 29/31 of the page: …采取“引导农工商公司 ⏎⏎ 参与改造”的方式…
    expect(P0).toContain('采取“引导农工商公司\n\n参与改造”的方式');
    const r = cleanText(P0);
    expect(r.applied.map((f) => f.rule)).toContain('sentence/broken');
    expect(r.text).toContain('采取“引导农工商公司参与改造”的方式');
    expect(r.text).toContain('项目化推进工作落实。');
    expect(hanCounts(r.text)).toEqual(hanCounts(P0));
    // Joins only remove the blank lines between the halves.
    expect(r.text.replace(/\s/g, '').length).toBe(P0.replace(/\s/g, '').length);
  });

  it('is idempotent on every sample', () => {
    for (const t of [P0, P2, read('001_090f44e9df0cafa1.txt')]) {
      const once = cleanText(t).text;
      expect(cleanText(once).text).toBe(once);
    }
  });

  it('keeps CRLF line ends where the input has them (the caller picks output line ends)', () => {
    const crlf = P2.replace(/\n/g, '\r\n');
    const r = cleanText(crlf);
    expect(r.text).toBe(cleanText(P2).text.replace(/\n/g, '\r\n'));
  });

  it('applies no unsafe fix', () => {
    const withUnsafe = cleanText(P0);
    for (const f of withUnsafe.applied) expect(f.fix?.safe).toBe(true);
  });

  it('leaves a page without safe fixes unchanged in one pass', () => {
    const clean = cleanText(P0).text;
    const r = cleanText(clean);
    expect(r.text).toBe(clean);
    expect(r.applied).toEqual([]);
    expect(r.passes).toBe(1);
  });

  it('stops at maxPasses and says it did not settle', () => {
    const r = cleanText(P2, { maxPasses: 1 });
    expect(r.passes).toBe(1);
    expect(r.settled).toBe(false);
  });
});

describe('cleanText on OCR damage', () => {
  it('collapses a doubled quotation mark injected into a real paragraph', () => {
    // Real text of sample 000: 自今年实施城市“微更新”以来 — OCR doubled the opening mark.
    const damaged = P0.replace('自今年实施城市“微更新”以来', '自今年实施城市““微更新”以来');
    expect(damaged).not.toBe(P0);
    const r = cleanText(damaged);
    expect(r.applied.map((f) => f.rule)).toContain('quote/doubled');
    expect(r.text).toContain('自今年实施城市“微更新”以来');
    expect(r.text).not.toContain('““');
  });
});
