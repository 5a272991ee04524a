import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { applyFindingFixes } from '../../../../shared/fix';
import { parseRoster } from '../../../../shared/roster';
import { rule } from '../../../../shared/rules/attribution/credits-unknown-name';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const read = (p: string) => readFileSync(new URL(`../../../../${p}`, import.meta.url), 'utf8');
const S0 = read('resources/samples/000_9801057ab119ebec.txt');
const S1 = read('resources/samples/001_090f44e9df0cafa1.txt');
const S2 = read('resources/samples/002_6323321094799b0d.txt');
const roster = parseRoster(read('resources/roster.json'));

const findings = (text: string, r = roster) =>
  checkText(text, { roster: r }).findings.filter((f) => f.rule === 'credits/unknown-name');

describe('credits/unknown-name', () => {
  it('finds every real credits name on the default roster', () => {
    for (const page of [S0, S1, S2]) expect(findings(page)).toEqual([]);
  });

  it('flags 王忠良 misread as 王忠艮 and suggests the roster name (unsafe fix)', () => {
    const page = S0.replace('王忠良', '王忠艮');
    const fs = findings(page);
    expect(fs.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [5, 21, 'warning', '「审读」的姓名「王忠艮」不在人员名单中，是否为「王忠良」？'],
    ]);
    expect(page.slice(fs[0].start, fs[0].end)).toBe('王忠艮');
    expect(fs[0].fix).toEqual({ safe: false, edits: [{ start: fs[0].start, end: fs[0].end, text: '王忠良', old: '王忠艮' }] });
    expect(applyFindingFixes(page, fs).text).toBe(S0);
  });

  it('says so without a suggestion when no roster name is near', () => {
    const fs = findings(S2.replace('排版 韩淑华', '排版 欧阳明'));
    expect(fs.map((f) => f.message)).toEqual(['「排版」的姓名「欧阳明」不在人员名单中']);
    expect(fs[0].fix).toBeUndefined();
  });

  it('judges a name against its own role and the "*" names', () => {
    // 林艳 signs 排版 on sample 000; as 美编 she is not on the roster…
    expect(findings(S0.replace('美编 李晓萌', '美编 林艳')).map((f) => f.message)).toEqual([
      '「美编」的姓名「林艳」不在人员名单中',
    ]);
    // …unless the roster lists her for any role.
    const anyRole = { ...roster, '*': ['林艳'] };
    expect(findings(S0.replace('美编 李晓萌', '美编 林艳'), anyRole)).toEqual([]);
  });

  it('skips a role the roster lists nobody for', () => {
    expect(findings(S0.replace('王忠良', '王忠艮'), { 责编: ['余瑞新', '张羽'] })).toEqual([]);
  });

  it('does nothing without a roster', () => {
    const page = S0.replace('王忠良', '王忠艮');
    expect(checkText(page).findings.filter((f) => f.rule === 'credits/unknown-name')).toEqual([]);
    expect(checkText(page, { roster: {} }).findings.filter((f) => f.rule === 'credits/unknown-name')).toEqual([]);
  });
});

describe('credits, byline and caption rules on the whole sample pages', () => {
  const MINE = /^(credits|byline|caption)\//;
  const all = (text: string) =>
    checkText(text, { roster })
      .findings.filter((f) => MINE.test(f.rule))
      .map((f) => [f.rule, f.line]);

  it('gives exactly the findings decided by reading each page', () => {
    expect(all(S0)).toEqual([]); // signed, credited, 文/图 covers the line 23 caption
    expect(all(S1)).toEqual([['caption/missing-credit', 23]]);
    expect(all(S2)).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
const HEAD0 = lines(S0, 1, 9);
const HEAD2 = lines(S2, 1, 12);

testRule(rule, {
  valid: [
    { name: 'every name of sample 000’s credits line is on the roster', text: HEAD0, roster },
    { name: 'every name of sample 001’s credits line is on the roster', text: lines(S1, 5, 9), roster },
    { name: 'a misread name with no roster given', text: HEAD0.replace('王忠良', '王忠艮') },
    { name: 'a role the roster lists nobody for cannot be judged', text: HEAD0.replace('王忠良', '王忠艮'), roster: { 责编: ['余瑞新', '张羽'] } },
    { name: 'a name the roster lists for any role (*)', text: HEAD0.replace('美编 李晓萌', '美编 林艳'), roster: { ...roster, '*': ['林艳'] } },
  ],
  invalid: [
    {
      name: '王忠良 misread as 王忠艮: the roster name is offered, for a person to accept',
      text: HEAD0.replace('王忠良', '王忠艮'),
      roster,
      findings: [{ line: 5, column: 21, text: '王忠艮', message: '「审读」的姓名「王忠艮」不在人员名单中，是否为「王忠良」？', severity: 'warning', fix: 'person' }],
      output: HEAD0,
    },
    {
      name: 'a name far from every roster name: said without a suggestion or fix',
      text: HEAD2.replace('排版 韩淑华', '排版 欧阳明'),
      roster,
      findings: [{ line: 10, column: 28, text: '欧阳明', message: '「排版」的姓名「欧阳明」不在人员名单中', fix: 'none' }],
      output: HEAD2.replace('排版 韩淑华', '排版 欧阳明'),
    },
    {
      name: 'a name on the roster under another role (林艳 signs 排版, not 美编)',
      text: HEAD0.replace('美编 李晓萌', '美编 林艳'),
      roster,
      findings: [{ line: 5, column: 14, text: '林艳', message: '「美编」的姓名「林艳」不在人员名单中' }],
    },
  ],
});
