import { describe, expect, it } from 'vitest';
import { baselineOf, drops } from '../../../eval/harness/baseline';
import { figures, score } from '../../../eval/harness/score';
import type { JudgedPage } from '../../../eval/harness/types';
import type { Finding } from '../../../shared/types';

const f = (rule: string) => ({ rule }) as Finding;

function judged(name: string, verdicts: [string, 'true' | 'false' | 'ignored'][], missed: string[] = []): JudgedPage {
  return {
    path: name,
    name,
    text: '',
    expectations: { paper: 'p', source: 's', convention: 'c', expected: [] },
    findings: verdicts.map(([rule, verdict]) => ({ finding: f(rule), verdict })),
    missed: missed.map((rule) => ({ expected: { rule, line: 1 }, missing: 1 })),
    fixIssues: [],
  };
}

describe('figures', () => {
  it('is perfect with nothing reported and nothing expected', () => {
    expect(figures({ tp: 0, fp: 0, fn: 0, damage: 0 })).toMatchObject({ precision: 1, recall: 1 });
    expect(figures({ tp: 1, fp: 3, fn: 1, damage: 0 })).toMatchObject({ precision: 0.25, recall: 0.5 });
  });
});

describe('score', () => {
  const pages = [
    judged('a', [['byline/missing', 'false'], ['sentence/broken', 'true'], ['punct/halfwidth', 'true']], ['sentence/broken']),
    judged('b', [['punct/halfwidth', 'ignored'], ['byline/missing', 'true']]),
  ];
  const s = score(pages, ['byline/missing', 'sentence/broken', 'punct/halfwidth', 'quote/doubled']);

  it('counts per rule, every known rule listed, ignored findings nowhere', () => {
    expect(s.rules['byline/missing']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.rules['sentence/broken']).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.rules['punct/halfwidth']).toMatchObject({ tp: 1, fp: 0 });
    expect(s.rules['quote/doubled']).toMatchObject({ tp: 0, fp: 0, precision: 1, recall: 1 });
  });

  it('takes structural figures over credits, byline, caption and sentence rules only', () => {
    expect(s.structural).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.overall).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(s.pages).toMatchObject({ a: { tp: 2, fp: 1, fn: 1 }, b: { tp: 1, fp: 0 } });
  });

  it('passes its own baseline, and fails one a figure fell below (tolerance aside)', () => {
    const base = baselineOf(s);
    expect(drops(s, base)).toEqual([]);
    const worse = score([judged('a', [['byline/missing', 'false'], ['byline/missing', 'false']])], ['byline/missing']);
    expect(drops(worse, base)).toContain('byline/missing precision 0.0000 < baseline 0.5000');
    const within = { ...base, rules: { ...base.rules, 'byline/missing': { precision: 0.505, recall: 1 } } };
    expect(drops(s, within)).toEqual([]);
  });

  it('fails when safe fixes that damage a page grow', () => {
    const base = baselineOf(s);
    const damaged = { ...s, overall: { ...s.overall, damage: 1 } };
    expect(drops(damaged, base)).toEqual(['safe fixes that damage the page: 1 > baseline 0']);
  });
});

describe('words figures (issue #14 budgets)', () => {
  const published = (name: string, text: string, rules: string[]): JudgedPage => ({
    ...judged(name, rules.map((r) => [r, 'true'])),
    text,
  });
  const slipped: JudgedPage = {
    ...judged('slipped', [['word/confusable', 'true'], ['word/misspelling', 'false']], ['word/*', 'word/*']),
    expectations: { paper: 'p', source: 's', convention: 'c', expected: [], written: true },
  };
  const pages = [published('pd', '字'.repeat(20000), ['usage/discouraged', 'word/confusable', 'punct/halfwidth']), slipped];
  const s = score(pages, ['word/misspelling', 'word/confusable', 'usage/discouraged', 'punct/halfwidth']);

  it('takes wrong-word figures over both word rules and the `word/*` items they missed', () => {
    expect(s.words.wrongWords).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(s.rules['word/*']).toBeUndefined();
    expect(s.overall.fn).toBe(2);
  });

  it('counts the words pack, and word/* on its own, per 10,000 characters on pages taken from papers only', () => {
    expect(s.words.published).toEqual({ findings: 2, wordFindings: 1, chars: 20000, per10k: 1, wordPer10k: 0.5 });
  });

  it('fails when the published-page rate grows past its baseline', () => {
    const base = baselineOf(s);
    const more = score([published('pd', '字'.repeat(10000), ['usage/discouraged', 'word/confusable', 'number/style']), slipped], ['usage/discouraged']);
    expect(drops(more, base)).toContain('words pack on published pages: 3.00 per 10,000 characters > baseline 1');
  });
});
