import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { cleanText, missingWords, safeFindings } from '../../shared/clean';
import type { Finding } from '../../shared/types';
import { parseRoster } from '../../shared/roster';

const read = (f: string) => readFileSync(`resources/samples/${f}`, 'utf8');
const P0 = read('000_9801057ab119ebec.txt');
const P2 = read('002_6323321094799b0d.txt');
const roster = parseRoster(readFileSync('resources/roster.json', 'utf8'));
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
    // A join with nothing but position for it (…项目化推进 ⏎⏎ 工作落实。: no
    // word across the break, no clause left open) waits for a person.
    expect(r.text).toContain('项目化推进\n\n工作落实。');
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
    // Sample 000 damaged three ways: 王忠良 misread as 王忠艮 on the credits
    // line (credits/unknown-name offers 王忠良: needs a person), 的 doubled in
    // line 89 (text/repeated-char offers to delete one: needs a person), and
    // an opening quote doubled in line 27 (quote/doubled: safe).
    const page = P0.replace('王忠良', '王忠艮')
      .replace('以过硬的组织力', '以过硬的的组织力')
      .replace('自今年实施城市“微更新”以来', '自今年实施城市““微更新”以来');
    const fixes = checkText(page, { roster }).findings.filter((f) => f.fix);
    const unsafe = fixes.filter((f) => !f.fix!.safe).map((f) => f.rule);
    // Besides the two damaged places, the page's two joins that only a
    // person can confirm (no strong evidence; a continuation elsewhere).
    expect(unsafe).toEqual(['credits/unknown-name', 'sentence/broken', 'text/repeated-char', 'sentence/broken']);
    expect(fixes.filter((f) => f.fix!.safe).map((f) => f.rule)).toContain('quote/doubled');

    const r = cleanText(page, { roster });
    expect(r.refused).toBeUndefined();
    // The safe fixes were applied…
    expect(r.applied.map((f) => f.rule)).toContain('quote/doubled');
    expect(r.text).toContain('自今年实施城市“微更新”以来');
    // …the unsafe ones were not: the misread name and the doubled 的 stay.
    for (const f of r.applied) expect(f.fix?.safe).toBe(true);
    expect(r.applied.map((f) => f.rule)).not.toContain('credits/unknown-name');
    expect(r.applied.map((f) => f.rule)).not.toContain('text/repeated-char');
    expect(r.text).toContain('审读 王忠艮');
    expect(r.text).toContain('以过硬的的组织力');
    // and are still there to be decided on the cleaned page.
    const left = checkText(r.text, { roster }).findings.filter((f) => f.fix && !f.fix.safe).map((f) => f.rule);
    expect(left).toEqual(['credits/unknown-name', 'sentence/broken', 'text/repeated-char', 'sentence/broken']);
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

describe('missingWords: a deleted copy is forgiven only while its original stays', () => {
  const copy = (old: string) =>
    ({ rule: 'text/duplicate', fix: { safe: true, removesCopy: true, edits: [{ start: 0, end: old.length, text: '', old }] } }) as unknown as Finding;
  it('the original is still on the page (its comma fixed meanwhile): nothing missing', () => {
    const after = '共排查隐患120处，已整改。';
    expect(missingWords('共排查隐患120处,已整改。共排查隐患120处,已整改。', [{ after, applied: [copy('共排查隐患120处,已整改。')] }])).toBe('');
  });
  it('both copies gone: their words are missing', () => {
    expect(missingWords('共排查隐患。共排查隐患。', [{ after: '', applied: [copy('共排查隐患。')] }])).not.toBe('');
  });
  it('judges each pass on its own text: a copy of a copy deleted later is forgiven', () => {
    // Pass 1 deletes the second pair of a passage read four times, pass 2 the
    // second copy of what stayed. The first deletion's wording (two copies) is
    // not on the final page, but it was when it was deleted.
    const once = '共排查隐患。';
    const passes = [
      { after: once + once, applied: [copy(once + once)] },
      { after: once, applied: [copy(once)] },
    ];
    expect(missingWords(once.repeat(4), passes)).toBe('');
    // The same final text after one pass that deleted three copies at once is refused.
    expect(missingWords(once.repeat(4), [{ after: once, applied: [copy(once + once + once)] }])).not.toBe('');
  });
});

describe('cleanText on a passage read four times', () => {
  it('deletes the copies pass by pass and is not refused', () => {
    // The shape fast-check found (CI, seed -1943034829): one sentence read
    // four times, half-width and full-width marks alternating.
    const s = '检查组走访了全区十二个街道和三十个社区。';
    const line = `${s.replace('。', '!')}${s.replace('。', '！')}${s.replace('。', '!')}${s.replace('。', '！')}`;
    const r = cleanText(`${line}\n`);
    expect(r.refused).toBeUndefined();
    expect(r.applied.filter((f) => f.rule === 'text/duplicate').length).toBeGreaterThan(0);
    expect(r.text).toContain('检查组走访了全区十二个街道和三十个社区');
  });
});
