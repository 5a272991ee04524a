import { detectProfile } from '../../../shared/profiles/detect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReviewStore, summarize, type Checker } from '../../../renderer/src/store/review';
import { checkText } from '../../../shared/check';
import { hashText } from '../../../shared/review';
import type { CheckOptions, Finding, Page } from '../../../shared/types';

const samples = join(__dirname, '../../../resources/samples');
const sample = (name: string) => readFileSync(join(samples, name), 'utf8');

// A checker with hand-made findings: every "的的" is a repeated-char finding
// with a safe fix, every "X" an unsafe one, every "Q" a finding without fix.
const fakeChecker: Checker = (text: string, options: CheckOptions) => {
  const findings: Finding[] = [];
  const add = (rule: Finding['rule'], start: number, end: number, fix?: Finding['fix']) =>
    findings.push({
      rule,
      severity: 'warning',
      message: `${options.locale ?? 'zh'}:${rule}`,
      start,
      end,
      line: 1,
      column: start + 1,
      endLine: 1,
      endColumn: end + 1,
      related: [],
      fix,
      key: `${rule}|${text.slice(Math.max(0, start - 1), end + 1)}`,
    });
  for (let i = text.indexOf('的的'); i !== -1; i = text.indexOf('的的', i + 2)) {
    add('text/repeated-char', i, i + 2, { safe: true, edits: [{ start: i + 1, end: i + 2, text: '', old: '的' }] });
  }
  for (let i = text.indexOf('X'); i !== -1; i = text.indexOf('X', i + 1)) {
    add('text/stray-latin', i, i + 1, { safe: false, edits: [{ start: i, end: i + 1, text: 'Y', old: 'X' }] });
  }
  for (let i = text.indexOf('Q'); i !== -1; i = text.indexOf('Q', i + 1)) add('byline/missing', i, i + 1);
  findings.sort((a, b) => a.start - b.start);
  const page: Page = { text, blocks: [], articles: [], captions: [] };
  return { page, findings, profile: detectProfile(page) };
};

function fresh(text: string, now = { t: 0 }) {
  const store = createReviewStore(fakeChecker, () => now.t);
  store.getState().load('p1', 'p1.txt', text, null);
  return store;
}

describe('review store: decisions and navigation', () => {
  it('F8 walks the findings in page order and wraps', () => {
    const s = fresh('甲的的乙X丙Q');
    const keys = s.getState().findings.map((f) => f.key);
    expect(keys).toHaveLength(3);
    expect(s.getState().move(1)?.key).toBe(keys[0]);
    expect(s.getState().move(1)?.key).toBe(keys[1]);
    expect(s.getState().move(1)?.key).toBe(keys[2]);
    expect(s.getState().move(1)?.key).toBe(keys[0]);
    expect(s.getState().move(-1)?.key).toBe(keys[2]);
  });

  it('accepting selects the next open finding; cleaned text applies only accepted fixes', () => {
    const s = fresh('甲的的乙X丙Q');
    s.getState().move(1);
    s.getState().decide('accepted');
    const [dd, x, q] = s.getState().findings;
    expect(s.getState().decisions[dd.key]).toBe('accepted');
    expect(s.getState().selectedKey).toBe(x.key);
    s.getState().decide('rejected');
    expect(s.getState().decisions[x.key]).toBe('rejected');
    expect(s.getState().selectedKey).toBe(q.key);
    // The text itself is unchanged; the export applies the accepted fix only.
    expect(s.getState().text).toBe('甲的的乙X丙Q');
    expect(s.getState().cleanedText()).toBe('甲的乙X丙Q');
  });

  it('"apply all safe fixes" accepts only open safe findings, as one undo step', () => {
    const s = fresh('的的X的的Q');
    const x = s.getState().findings.find((f) => f.rule === 'text/stray-latin')!;
    s.getState().decide('rejected', x.key);
    expect(s.getState().acceptSafe()).toBe(2);
    expect(s.getState().cleanedText()).toBe('的X的Q');
    expect(s.getState().acceptSafe()).toBe(0);
    s.getState().undo();
    expect(s.getState().cleanedText()).toBe('的的X的的Q');
    expect(s.getState().decisions[x.key]).toBe('rejected');
    s.getState().redo();
    expect(s.getState().cleanedText()).toBe('的X的Q');
  });

  it('undo/redo covers decisions and edits in one history', () => {
    const now = { t: 0 };
    const s = fresh('甲X', now);
    const key = s.getState().findings[0].key;
    s.getState().decide('accepted', key);
    now.t = 5000;
    s.getState().setText('甲X乙', true);
    s.getState().undo();
    expect(s.getState().text).toBe('甲X');
    expect(s.getState().decisions[key]).toBe('accepted');
    s.getState().undo();
    expect(s.getState().decisions[key]).toBeUndefined();
    s.getState().redo();
    s.getState().redo();
    expect(s.getState().text).toBe('甲X乙');
    expect(s.getState().decisions[key]).toBe('accepted');
  });

  it('a burst of typing is one undo step; a pause starts a new one', () => {
    const now = { t: 1000 };
    const s = fresh('甲', now);
    s.getState().setText('甲乙', true);
    now.t += 200;
    s.getState().setText('甲乙丙', true);
    now.t += 5000;
    s.getState().setText('甲乙丙丁', true);
    s.getState().undo();
    expect(s.getState().text).toBe('甲乙丙');
    s.getState().undo();
    expect(s.getState().text).toBe('甲');
  });

  it('findings follow the text as it is edited, and decisions survive edits elsewhere', () => {
    const s = fresh('甲X乙');
    const key = s.getState().findings[0].key;
    s.getState().decide('rejected', key);
    s.getState().setText('前言。\n\n甲X乙', false);
    expect(s.getState().findings).toHaveLength(1);
    expect(s.getState().findings[0].start).toBe(6);
    expect(s.getState().decisions[s.getState().findings[0].key]).toBe('rejected');
    s.getState().setText('前言。\n\n甲X乙的的', false);
    expect(s.getState().findings.map((f) => f.rule)).toEqual(['text/stray-latin', 'text/repeated-char']);
  });

  it('messages come in the chosen locale', () => {
    const s = fresh('X');
    expect(s.getState().findings[0].message).toBe('zh:text/stray-latin');
    s.getState().setOptions({ locale: 'en' });
    expect(s.getState().findings[0].message).toBe('en:text/stray-latin');
  });

  it('the review state round-trips through load, with a notice when the page file is a new proof', () => {
    const s = fresh('甲X\r\n乙的的');
    s.getState().decide('accepted', s.getState().findings[1].key);
    s.getState().setText('甲X\n乙的的丙', false);
    const saved = s.getState().reviewState(new Date('2026-01-02T03:04:05Z'))!;
    expect(saved.sourceHash).toBe(hashText('甲X\n乙的的'));
    expect(saved.text).toBe('甲X\n乙的的丙');
    expect(saved.updatedAt).toBe('2026-01-02T03:04:05.000Z');

    const again = createReviewStore(fakeChecker);
    again.getState().load('p1', 'p1.txt', '甲X\r\n乙的的', JSON.parse(JSON.stringify(saved)));
    expect(again.getState().text).toBe('甲X\n乙的的丙');
    expect(again.getState().decisions).toEqual(saved.decisions);
    expect(again.getState().notices).toEqual([]);
    expect(again.getState().undoStack).toHaveLength(0);

    const changed = createReviewStore(fakeChecker);
    changed.getState().load('p1', 'p1.txt', '甲X\n乙的的 new', saved, 'sidecar was corrupt');
    expect(changed.getState().notices).toEqual([
      { kind: 'load-warning', message: 'sidecar was corrupt' },
      { kind: 'new-proof', previous: { label: '', text: '甲X\n乙的的丙' } },
    ]);
  });

  it('an unedited page saves no text', () => {
    const s = fresh('甲X');
    expect(s.getState().reviewState()!.text).toBeUndefined();
  });
});

describe('review store: credits on a real page', () => {
  const text = sample('001_090f44e9df0cafa1.txt');

  it('lists the four roles with the names of the credits line', () => {
    const s = createReviewStore();
    s.getState().load('001', '001.txt', text, null);
    const roles = s.getState().creditRoles();
    expect(roles.map((r) => [r.role, r.names.map((n) => n.name)])).toEqual([
      ['责编', ['余瑞新', '张羽']],
      ['美编', ['郑燕']],
      ['审读', ['穆胜保']],
      ['排版', ['韩婷']],
    ]);
  });

  it('confirmation records who and when; editing a name marks it stale and edits the text', () => {
    const s = createReviewStore();
    s.getState().load('001', '001.txt', text, null);
    s.getState().confirmCredit('美编', '王编辑', new Date('2026-03-01T08:00:00Z'));
    expect(s.getState().credits['美编']).toEqual({
      role: '美编',
      names: ['郑燕'],
      confirmedBy: '王编辑',
      confirmedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(s.getState().creditRoles()[1].stale).toBe(false);
    s.getState().setCreditName('美编', 0, '郑艳');
    expect(s.getState().text).toContain('美编 郑艳 审读');
    expect(s.getState().creditRoles()[1].names.map((n) => n.name)).toEqual(['郑艳']);
    expect(s.getState().creditRoles()[1].stale).toBe(true);
    s.getState().undo();
    expect(s.getState().text).toBe(text.replace(/\r\n/g, '\n'));
    expect(s.getState().creditRoles()[1].stale).toBe(false);
  });

  it('adds and removes names in the credits line', () => {
    const s = createReviewStore();
    s.getState().load('001', '001.txt', text, null);
    s.getState().addCreditName('排版', '林艳');
    expect(s.getState().text).toContain('排版 韩婷 林艳');
    s.getState().setCreditName('责编', 1, '');
    expect(s.getState().text).toContain('责编 余瑞新 美编');
    expect(s.getState().creditRoles()[0].names.map((n) => n.name)).toEqual(['余瑞新']);
  });

  it('a page without a credits line gets one when a name is added', () => {
    const s = createReviewStore();
    s.getState().load('x', 'x.txt', '幸福市北\n\n本报讯 记者在现场看到。\n', null);
    expect(s.getState().creditRoles().every((r) => !r.entry)).toBe(true);
    s.getState().addCreditName('美编', '李晓萌');
    expect(s.getState().text.startsWith('责编 美编 李晓萌 审读 排版\n\n幸福市北')).toBe(true);
    s.getState().addCreditName('责编', '余瑞新');
    expect(s.getState().text.startsWith('责编 余瑞新 美编 李晓萌 审读 排版\n\n')).toBe(true);
    expect(s.getState().creditRoles().map((r) => r.names.map((n) => n.name))).toEqual([['余瑞新'], ['李晓萌'], [], []]);
  });

  it('summarize counts open findings by severity and confirmed roles', () => {
    const mk = (key: string, severity: Finding['severity']) => ({ key, severity }) as Finding;
    const findings = [mk('a', 'error'), mk('b', 'warning'), mk('c', 'warning'), mk('d', 'info')];
    const credits = { 责编: { role: '责编' as const, names: [], confirmedBy: 'x', confirmedAt: '' } };
    expect(summarize(findings, { b: 'rejected', d: 'left' }, credits)).toEqual({ errors: 1, warnings: 1, infos: 1, confirmed: 1 });
  });
});

describe('review store: real findings', () => {
  it('accepting the half-width fixes of sample 002 gives full-width punctuation in the cleaned text', () => {
    const text = sample('002_6323321094799b0d.txt');
    const s = createReviewStore(checkText);
    s.getState().load('002', '002.txt', text, null);
    const half = s.getState().findings.filter((f) => f.rule === 'punct/halfwidth');
    if (half.length === 0) return; // rule not landed: nothing to accept
    for (const f of half) s.getState().decide('accepted', f.key);
    const cleaned = s.getState().cleanedText();
    const line14 = cleaned.split('\n')[13];
    expect(line14).not.toMatch(/[\u4e00-\u9fff],/);
    // Only punctuation changed: same length, same characters otherwise.
    const strip = (t: string) => t.replace(/[，,；;（）()：:]/g, '');
    expect(cleaned.length).toBe(text.replace(/\r\n/g, '\n').length);
    expect(strip(cleaned)).toBe(strip(text.replace(/\r\n/g, '\n')));
  });
});

describe('review store: typing on a slow page', () => {
  // A checker that takes longer than the deferral threshold.
  const slow: Checker = (text, options) => {
    const until = performance.now() + 6;
    while (performance.now() < until) {
      // busy: simulates a large page
    }
    return fakeChecker(text, options);
  };

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the keystroke at once and re-checks when typing pauses; readers never see stale offsets', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const now = { t: 0 };
    const s = createReviewStore(slow, () => now.t);
    s.getState().load('p', 'p.txt', '甲X', null);
    expect(s.getState().checkMs).toBeGreaterThan(4);
    s.getState().setText('的的甲X', true);
    expect(s.getState().text).toBe('的的甲X');
    expect(s.getState().stale).toBe(true);
    expect(s.getState().findings.map((f) => f.rule)).toEqual(['text/stray-latin']);
    // Accepting reads findings: it re-checks first, so the offsets fit the text.
    s.getState().move(1);
    expect(s.getState().stale).toBe(false);
    expect(s.getState().findings.map((f) => [f.rule, f.start])).toEqual([
      ['text/repeated-char', 0],
      ['text/stray-latin', 3],
    ]);
    s.getState().setText('的的甲X乙', true);
    expect(s.getState().stale).toBe(true);
    vi.advanceTimersByTime(59);
    expect(s.getState().stale).toBe(true);
    vi.advanceTimersByTime(1);
    expect(s.getState().stale).toBe(false);
    // Both keystrokes were one burst: one undo step back to the loaded text.
    s.getState().undo();
    expect(s.getState().text).toBe('甲X');
  });
});
