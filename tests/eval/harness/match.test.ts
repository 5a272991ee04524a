import { describe, expect, it } from 'vitest';
import { findingAt, judgePage, lineStarts } from '../../../eval/harness/match';
import type { PageExpectations } from '../../../eval/harness/types';
import type { Finding } from '../../../shared/types';

const TEXT = '标题\n\n第一段写到这里没有\n\n结束。第二段。\n\n■图片说明。\n';

/** A finding on TEXT covering `covers` (its first occurrence). */
function at(rule: string, covers: string, safe?: boolean): Finding {
  const start = TEXT.indexOf(covers);
  const line = TEXT.slice(0, start).split('\n').length;
  const fix = safe === undefined ? undefined : { safe, edits: [{ start, end: start + 1, text: '', old: TEXT[start] }] };
  return { rule, severity: 'warning', message: '', start, end: start + covers.length, line, column: 1, endLine: line, endColumn: 1, related: [], fix, key: '' } as Finding;
}

const page = (exp: Partial<PageExpectations>, findings: Finding[]) =>
  judgePage('p.txt', 'p.txt', TEXT, findings, { paper: 'p', source: 's', convention: 'c', expected: [], ...exp });

describe('findingAt', () => {
  const starts = lineStarts(TEXT);
  it('needs the rule, a start on the lines, and the snippet overlapping the finding', () => {
    const f = at('sentence/broken', '没有');
    expect(findingAt(f, { rule: 'sentence/broken', line: 3 }, TEXT, starts)).toBe(true);
    expect(findingAt(f, { rule: 'sentence/broken', line: [1, 3], text: '里没' }, TEXT, starts)).toBe(true);
    expect(findingAt(f, { rule: 'sentence/broken', line: 3, text: '第一' }, TEXT, starts)).toBe(false);
    expect(findingAt(f, { rule: 'sentence/broken', line: 5 }, TEXT, starts)).toBe(false);
    expect(findingAt(f, { rule: 'sentence/truncated', line: 3 }, TEXT, starts)).toBe(false);
    expect(findingAt(f, { rule: 'sentence/broken' }, TEXT, starts)).toBe(true);
  });
  it('with continuesAt, needs the continuation to start on that line', () => {
    const f = { ...at('sentence/broken', '没有'), related: [{ start: TEXT.indexOf('结束'), end: TEXT.indexOf('结束') + 2, line: 5, column: 1, role: 'continuation' }] };
    expect(findingAt(f, { rule: 'sentence/broken', line: 3, continuesAt: 5 }, TEXT, starts)).toBe(true);
    expect(findingAt(f, { rule: 'sentence/broken', line: 3, continuesAt: 7 }, TEXT, starts)).toBe(false);
    expect(findingAt(at('sentence/broken', '没有'), { rule: 'sentence/broken', line: 3, continuesAt: 5 }, TEXT, starts)).toBe(false);
  });
});

describe('judgePage', () => {
  it('counts a matched finding true, an unexpected one false, an unmatched expectation missed', () => {
    const r = page({ expected: [{ rule: 'sentence/broken', line: 3 }, { rule: 'quote/unbalanced', line: 5 }] }, [
      at('sentence/broken', '没有'),
      at('caption/missing-credit', '■图片说明。'),
    ]);
    expect(r.findings.map((j) => [j.finding.rule, j.verdict])).toEqual([
      ['sentence/broken', 'true'],
      ['caption/missing-credit', 'false'],
    ]);
    expect(r.missed.map((m) => [m.expected.rule, m.missing])).toEqual([['quote/unbalanced', 1]]);
  });

  it('lets an item stand for `count` findings, and no more', () => {
    const two = [at('punct/halfwidth', '第二'), at('punct/halfwidth', '段。')];
    expect(page({ expected: [{ rule: 'punct/halfwidth', line: 5, count: 2 }] }, two).findings.map((j) => j.verdict)).toEqual(['true', 'true']);
    expect(page({ expected: [{ rule: 'punct/halfwidth', line: 5 }] }, two).findings.map((j) => j.verdict)).toEqual(['true', 'false']);
  });

  it('pairs so that a wide item does not take the finding a narrow one needs', () => {
    const r = page(
      { expected: [{ rule: 'punct/halfwidth', line: [1, 7] }, { rule: 'punct/halfwidth', line: 5, text: '第二' }] },
      [at('punct/halfwidth', '第二'), at('punct/halfwidth', '图片')],
    );
    expect(r.findings.map((j) => j.verdict)).toEqual(['true', 'true']);
    expect(r.missed).toEqual([]);
  });

  it('counts a finding on an absent item false even when an expectation would take it, and a safe fix there as damage', () => {
    const r = page(
      { expected: [{ rule: 'sentence/broken', line: 3 }], absent: [{ rule: 'sentence/broken', line: 3, why: 'two stories' }] },
      [at('sentence/broken', '没有', true)],
    );
    expect(r.findings[0]).toMatchObject({ verdict: 'false', absent: { why: 'two stories' } });
    expect(r.fixIssues.map((i) => [i.kind, i.note])).toEqual([['damage', 'safe fix where the expectations forbid the finding: two stories']]);
  });

  it('flags a safe fix on any false finding, and a safe fix where the expectation asks for a person', () => {
    expect(page({}, [at('sentence/broken', '没有', true)]).fixIssues.map((i) => i.kind)).toEqual(['damage']);
    expect(page({}, [at('sentence/broken', '没有', false)]).fixIssues).toEqual([]);
    const wantPerson = page({ expected: [{ rule: 'sentence/broken', line: 3, fix: 'person' }] }, [at('sentence/broken', '没有', true)]);
    expect(wantPerson.fixIssues.map((i) => i.kind)).toEqual(['damage']);
    const wantSafe = page({ expected: [{ rule: 'sentence/broken', line: 3, fix: 'safe' }] }, [at('sentence/broken', '没有', false)]);
    expect(wantSafe.fixIssues.map((i) => i.kind)).toEqual(['mismatch']);
  });

  it('ignores rules the page does not judge, findings and expectations alike', () => {
    const r = page({ ignoreRules: ['punct/*'], expected: [{ rule: 'punct/halfwidth', line: 3 }] }, [at('punct/halfwidth', '第二', true)]);
    expect(r.findings.map((j) => j.verdict)).toEqual(['ignored']);
    expect(r.missed).toEqual([]);
    expect(r.fixIssues).toEqual([]);
  });

  it('tolerates findings on optional items without counting them or missing them', () => {
    const opt = { rule: 'sentence/broken', line: [1, 5] as [number, number], optional: true };
    expect(page({ expected: [opt] }, [at('sentence/broken', '没有', true)]).findings.map((j) => j.verdict)).toEqual(['ignored']);
    expect(page({ expected: [opt] }, []).missed).toEqual([]);
  });
});
