// The engine holds every rule to its declaration: the id and severity are
// the engine's to fill in, a fix the rule does not declare is dropped, a
// "safe" fix from a rule whose fixes need a person is marked so, and an
// edit that does not find the text it says it replaces is never offered.
import { describe, expect, it } from 'vitest';
import { checkText, runRules } from '../../shared/check';
import { sample } from '../helpers/samples';
import { parsePage } from '../../shared/parse';
import { defineRule, type Draft, type FixKind } from '../../shared/rules/rule';
import type { RuleId } from '../../shared/types';

const page = parsePage('本报讯 会议强调,要抓好落实。\n');
const comma = page.text.indexOf(',');

function ruleWith(fix: FixKind, draft: Draft) {
  // A stand-in rule under a real id (ids come from the registry).
  return defineRule({
    id: 'punct/halfwidth' as RuleId,
    severity: 'warning',
    title: { zh: '测试', en: 'test' },
    summary: { zh: '测试', en: 'test' },
    message: { zh: () => '测试', en: () => 'test' },
    fix,
    check: () => [structuredClone(draft)],
  });
}

const commaFix = (old: string): Draft => ({
  start: comma,
  end: comma + 1,
  fix: { safe: true, edits: [{ start: comma, end: comma + 1, text: '，', old }] },
});

describe('runRules holds rules to their declaration', () => {
  it('fills in the rule id and the default severity', () => {
    const [f] = runRules(page, {}, [ruleWith('safe', commaFix(','))]);
    expect([f.rule, f.severity]).toEqual(['punct/halfwidth', 'warning']);
  });
  it("the newsroom's severity wins over the rule's and the draft's", () => {
    const r = ruleWith('safe', { ...commaFix(','), severity: 'info' });
    expect(runRules(page, { rules: { 'punct/halfwidth': { severity: 'error' } } }, [r])[0].severity).toBe('error');
    expect(runRules(page, {}, [r])[0].severity).toBe('info');
  });
  it('off runs nothing', () => {
    expect(runRules(page, { rules: { 'punct/halfwidth': { severity: 'off' } } }, [ruleWith('safe', commaFix(','))])).toEqual([]);
  });
  it('keeps a safe fix from a rule that declares safe fixes', () => {
    expect(runRules(page, {}, [ruleWith('safe', commaFix(','))])[0].fix?.safe).toBe(true);
  });
  it('drops the fix of a rule that declares none', () => {
    expect(runRules(page, {}, [ruleWith('none', commaFix(','))])[0].fix).toBeUndefined();
  });
  it('a safe fix from a rule whose fixes need a person needs a person', () => {
    expect(runRules(page, {}, [ruleWith('person', commaFix(','))])[0].fix?.safe).toBe(false);
  });
  it('drops a fix whose edit does not find the text it replaces (one off)', () => {
    const stale = commaFix(',');
    stale.fix!.edits[0] = { start: comma - 1, end: comma, text: '，', old: ',' };
    const [f] = runRules(page, {}, [ruleWith('safe', stale)]);
    expect(f.fix).toBeUndefined();
    expect(runRules(page, {}, [ruleWith('safe', commaFix('要'))])[0].fix).toBeUndefined();
  });
});

describe('the severity override on a real page (options.rules[id].severity)', () => {
  // Sample 002: half-width commas (punct/halfwidth, warning), a truncated
  // paragraph (sentence/truncated, warning), an opening quote lost
  // (quote/unbalanced, warning).
  const P2 = sample('002');
  const bySeverity = (options: Parameters<typeof checkText>[1]) => {
    const out: Record<string, string[]> = {};
    for (const f of checkText(P2, options).findings) (out[f.rule] ??= []).includes(f.severity) || out[f.rule].push(f.severity);
    return out;
  };

  it('lowers and raises every finding of the one rule named, and no other', () => {
    const defaults = bySeverity({});
    expect(defaults).toMatchObject({ 'punct/halfwidth': ['warning'], 'sentence/truncated': ['warning'], 'quote/unbalanced': ['warning'] });
    for (const severity of ['info', 'error', 'warning'] as const) {
      const got = bySeverity({ rules: { 'punct/halfwidth': { severity } } });
      expect(got).toEqual({ ...defaults, 'punct/halfwidth': [severity] });
    }
  });

  it('lowers an error-severity rule (credits/missing, on the page with its credits line lost) to info', () => {
    const page = P2.replace('责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 韩淑华', '');
    const severityOf = (options: Parameters<typeof checkText>[1]) =>
      checkText(page, options).findings.filter((x) => x.rule === 'credits/missing').map((x) => x.severity);
    expect(severityOf({})).toEqual(['error']);
    expect(severityOf({ rules: { 'credits/missing': { severity: 'info' } } })).toEqual(['info']);
    expect(severityOf({ rules: { 'credits/missing': { severity: 'warning' } } })).toEqual(['warning']);
  });
});
