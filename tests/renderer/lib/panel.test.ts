import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN, panelGroups, panelKeys, stepKey, type PanelOptions } from '../../../renderer/src/lib/panel';
import type { Block, Finding, RuleId } from '../../../shared/types';

const f = (key: string, rule: RuleId, start: number, severity: Finding['severity'] = 'warning') =>
  ({ key, rule, start, end: start + 1, severity, message: rule }) as Finding;
const block = (start: number, end: number) => ({ kind: 'body', start, end, text: '', textStart: start, line: 1, article: -1 }) as Block;

// Two paragraphs: [0, 100) and [100, 200).
const blocks = [block(0, 100), block(100, 200)];
const findings = [
  f('b1', 'sentence/broken', 90),
  f('h1', 'punct/halfwidth', 10),
  f('h2', 'punct/halfwidth', 20),
  f('h3', 'punct/halfwidth', 30),
  f('h4', 'punct/halfwidth', 150),
  f('c1', 'credits/missing', 0, 'error'),
];
const byRule: PanelOptions = { order: 'rule', onlyOpen: false, showUncertain: false, blocks };
const byPage: PanelOptions = { ...byRule, order: 'page' };

describe('findings panel listing', () => {
  it('by rule: errors first, each rule in page order, one rule in one paragraph as one card', () => {
    const groups = panelGroups(findings, {}, byRule);
    expect(groups.map((g) => g.id)).toEqual(['credits/missing', 'sentence/broken', 'punct/halfwidth']);
    const hw = groups[2].items;
    expect(hw.map((i) => (i.kind === 'cluster' ? i.findings.map((x) => x.key) : i.finding.key))).toEqual([['h1', 'h2', 'h3'], 'h4']);
    expect(CLUSTER_MIN).toBe(3);
    expect(panelKeys(groups)).toEqual(['c1', 'b1', 'h1', 'h2', 'h3', 'h4']);
  });

  it('in page order: one list by place, the paragraph’s card where its first finding is', () => {
    const groups = panelGroups(findings, {}, byPage);
    expect(groups.map((g) => g.id)).toEqual(['page']);
    expect(panelKeys(groups)).toEqual(['c1', 'h1', 'h2', 'h3', 'b1', 'h4']);
  });

  it('only open: decided findings are left out', () => {
    expect(panelKeys(panelGroups(findings, { h2: 'accepted', c1: 'rejected', b1: 'left' }, { ...byRule, onlyOpen: true }))).toEqual([
      'b1',
      'h1',
      'h3',
      'h4',
    ]);
  });
});

describe('F8 follows the panel', () => {
  it('walks the listed order and wraps, both ways', () => {
    expect(stepKey(findings, {}, byRule, null, 1)).toBe('c1');
    expect(stepKey(findings, {}, byRule, 'c1', 1)).toBe('b1');
    expect(stepKey(findings, {}, byRule, 'b1', 1)).toBe('h1');
    expect(stepKey(findings, {}, byRule, 'h4', 1)).toBe('c1');
    expect(stepKey(findings, {}, byRule, 'c1', -1)).toBe('h4');
    expect(stepKey(findings, {}, byPage, 'h3', 1)).toBe('b1');
  });

  it('from a finding no longer listed, goes on from where it stood', () => {
    const decided = { h1: 'accepted' as const };
    expect(stepKey(findings, decided, { ...byRule, onlyOpen: true }, 'h1', 1)).toBe('h2');
  });

  it('can skip findings (accepting moves to the next open one)', () => {
    expect(stepKey(findings, { h2: 'rejected' }, byRule, 'h1', 1, (k) => k !== 'h2')).toBe('h3');
  });
});
