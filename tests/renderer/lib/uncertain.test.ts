// 显示存疑 (issue 10): uncertain findings are hidden from the panel, its
// counts, the highlights, F8, "accept all safe fixes" and the 校对单 unless
// the switch is on — one selector (shownFindings) — while the review store
// keeps every finding, so decisions on hidden ones survive the switch.
import { describe, expect, it } from 'vitest';
import { MAINLAND_PAGE } from '../../fixtures/mainland-page';
import { reportFindings } from '../../../renderer/src/lib/exports';
import { panelGroups, panelKeys, shownFindings, stepKey, type PanelOptions } from '../../../renderer/src/lib/panel';
import { sameOptions } from '../../../renderer/src/lib/page-options';
import { buildDisplay } from '../../../renderer/src/lib/segments';
import { createReviewStore, type Checker } from '../../../renderer/src/store/review';
import { checkText } from '../../../shared/check';
import { PROFILE_BY_ID } from '../../../shared/profiles';
import { detectProfile } from '../../../shared/profiles/detect';
import type { Block, Finding, Page, RuleId } from '../../../shared/types';

const f = (key: string, rule: RuleId, start: number, uncertain = false, safe = false) =>
  ({
    key,
    rule,
    start,
    end: start + 1,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: start + 2,
    severity: 'warning',
    message: rule,
    related: [],
    ...(uncertain ? { uncertain: true } : {}),
    ...(safe ? { fix: { safe: true, edits: [{ start, end: start + 1, text: '，', old: ',' }] } } : {}),
  }) as Finding;
const block = (start: number, end: number) => ({ kind: 'body', start, end, text: '', textStart: start, line: 1, article: -1 }) as Block;

const blocks = [block(0, 100), block(100, 200)];
// Page order: b0 (sure), u1 (uncertain), h2 (sure), u3 (uncertain).
const findings = [f('b0', 'byline/missing', 0), f('u1', 'byline/missing', 50, true), f('h2', 'punct/halfwidth', 120), f('u3', 'caption/missing-credit', 150, true)];
const hidden: PanelOptions = { order: 'page', onlyOpen: false, showUncertain: false, blocks };
const shown: PanelOptions = { ...hidden, showUncertain: true };

describe('shownFindings: the one selector', () => {
  it('hides uncertain findings unless asked, and keeps the input whole', () => {
    expect(shownFindings(findings, false).map((x) => x.key)).toEqual(['b0', 'h2']);
    expect(shownFindings(findings, true).map((x) => x.key)).toEqual(['b0', 'u1', 'h2', 'u3']);
    expect(findings).toHaveLength(4);
  });

  it('gives one array per findings array (React re-renders only on change)', () => {
    expect(shownFindings(findings, false)).toBe(shownFindings(findings, false));
    const sure = [f('a', 'punct/halfwidth', 1)];
    expect(shownFindings(sure, false)).toBe(sure);
  });
});

describe('the panel and F8 with uncertain findings', () => {
  it('lists and counts uncertain findings only with the switch on', () => {
    expect(panelKeys(panelGroups(findings, {}, hidden))).toEqual(['b0', 'h2']);
    expect(panelGroups(findings, {}, hidden)[0].count).toBe(2);
    expect(panelKeys(panelGroups(findings, {}, shown))).toEqual(['b0', 'u1', 'h2', 'u3']);
    expect(panelKeys(panelGroups(findings, {}, { ...hidden, order: 'rule' }))).toEqual(['b0', 'h2']);
  });

  it('F8 steps over hidden uncertain findings and onto shown ones', () => {
    expect(stepKey(findings, {}, hidden, 'b0', 1)).toBe('h2');
    expect(stepKey(findings, {}, hidden, 'h2', 1)).toBe('b0');
    expect(stepKey(findings, {}, hidden, 'b0', -1)).toBe('h2');
    expect(stepKey(findings, {}, shown, 'b0', 1)).toBe('u1');
    expect(stepKey(findings, {}, shown, 'h2', 1)).toBe('u3');
  });

  it('from an uncertain finding just hidden, F8 goes on from where it stood', () => {
    expect(stepKey(findings, {}, hidden, 'u1', 1)).toBe('h2');
    expect(stepKey(findings, {}, hidden, 'u1', -1)).toBe('b0');
  });
});

describe('highlights', () => {
  it('mark uncertain findings as such (drawn muted)', () => {
    const text = 'x'.repeat(200);
    const marks = buildDisplay(text, blocks, shownFindings(findings, true)).flatMap((b) => b.runs.flatMap((r) => r.marks));
    expect(marks.filter((m) => m.uncertain).map((m) => m.key)).toEqual(['u1', 'u3']);
    const hiddenMarks = buildDisplay(text, blocks, shownFindings(findings, false)).flatMap((b) => b.runs.flatMap((r) => r.marks));
    expect(hiddenMarks.map((m) => m.key)).toEqual(['b0', 'h2']);
  });
});

// A checker whose findings are the list above, one of them uncertain with a
// (made-up) safe fix: "accept all safe fixes" must still leave it alone.
const withUncertainSafe: Checker = (text) => {
  const page: Page = { text, blocks, articles: [], captions: [] };
  return { page, findings: [f('h0', 'punct/halfwidth', 10, false, true), f('u5', 'punct/halfwidth', 60, true, true)], profile: detectProfile(page) };
};

describe('the review store keeps every finding', () => {
  it('accepts only the safe fixes the reviewer is shown', () => {
    const s = createReviewStore(withUncertainSafe);
    s.getState().load('p', 'p.txt', ',', null);
    expect(s.getState().acceptSafe((all) => shownFindings(all, false))).toBe(1);
    expect(s.getState().decisions).toEqual({ h0: 'accepted' });
    expect(s.getState().acceptSafe((all) => shownFindings(all, true))).toBe(1);
    expect(s.getState().decisions).toEqual({ h0: 'accepted', u5: 'accepted' });
  });

  it('a decision on an uncertain finding stays when it is hidden, and the 校对单 keeps it', () => {
    const s = createReviewStore(withUncertainSafe);
    s.getState().load('p', 'p.txt', ',', null);
    s.getState().decide('rejected', 'u5');
    // The switch goes off: nothing in the store changes.
    expect(s.getState().findings.map((x) => x.key)).toEqual(['h0', 'u5']);
    expect(s.getState().reviewState()?.decisions).toEqual({ u5: 'rejected' });
    const { findings: all, decisions } = s.getState();
    expect(reportFindings(all, decisions, false).map((x) => x.key)).toEqual(['h0', 'u5']);
    // Undecided, a hidden uncertain finding is not listed.
    expect(reportFindings(all, {}, false).map((x) => x.key)).toEqual(['h0']);
    expect(reportFindings(all, {}, true).map((x) => x.key)).toEqual(['h0', 'u5']);
  });
});

// The e2e page (tests/e2e/uncertain.spec.ts).
const MAINLAND = MAINLAND_PAGE;

describe('the house style in the review store', () => {
  it('keeps the check result’s profile beside the findings', () => {
    const s = createReviewStore(checkText);
    s.getState().load('p', 'p.txt', MAINLAND, null);
    const { profile, findings: all } = s.getState();
    expect(profile?.profile.id).toBe('mainland');
    expect(profile?.reasons.length).toBeGreaterThan(0);
    expect(all.filter((x) => x.uncertain).map((x) => x.rule)).toEqual(['byline/missing']);
    expect(shownFindings(all, false).map((x) => x.rule)).toEqual(['punct/halfwidth']);
  });

  it('a config naming another house style is a change of options (the page is checked again)', () => {
    expect(sameOptions({}, { profile: PROFILE_BY_ID.get('historical') })).toBe(false);
    expect(sameOptions({ profile: PROFILE_BY_ID.get('mainland') }, { profile: PROFILE_BY_ID.get('mainland') })).toBe(true);
  });
});
