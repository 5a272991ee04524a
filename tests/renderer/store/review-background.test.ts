// The review store's additions for issue 13: deciding many findings as one
// step (a paragraph's card) and re-checking typed text in the background.
// (Kept apart from review.test.ts, which covers the store's core.)
import { describe, expect, it } from 'vitest';
import { createReviewStore, type BackgroundChecker } from '../../../renderer/src/store/review';
import { checkText } from '../../../shared/check';

const PAGE = '责编 张三 美编 李四 审读 王五 排版 赵六\n\n正文第一段,有半角,标点,很多。';

describe('review store: a paragraph’s findings at once', () => {
  it('decides several findings as one undo step, skipping the decided and unknown', () => {
    const s = createReviewStore();
    s.getState().load('p', 'p.txt', PAGE, null);
    const keys = s.getState().findings.filter((f) => f.rule === 'punct/halfwidth').map((f) => f.key);
    expect(keys.length).toBe(3);
    s.getState().decide('rejected', keys[0]);
    expect(s.getState().decideMany([...keys, 'no-such-key'], 'accepted')).toBe(3);
    expect(keys.map((k) => s.getState().decisions[k])).toEqual(['accepted', 'accepted', 'accepted']);
    expect(s.getState().decideMany(keys, 'accepted')).toBe(0);
    s.getState().undo();
    expect(keys.map((k) => s.getState().decisions[k])).toEqual(['rejected', undefined, undefined]);
  });
});

describe('review store: typing checked in the background', () => {
  it('shows the keystroke at once and takes the background result for that text only', async () => {
    const calls: { text: string; resolve: () => void }[] = [];
    const background: BackgroundChecker = (text, options) =>
      new Promise((resolve) => calls.push({ text, resolve: () => resolve({ result: checkText(text, options), ms: 2 }) }));
    let synchronous = 0;
    const s = createReviewStore((t, o) => (synchronous++, checkText(t, o)), () => 0, background);
    s.getState().load('p', 'p.txt', PAGE, null);
    synchronous = 0;
    const typed1 = s.getState().text + '又,';
    s.getState().setText(typed1, true);
    const typed2 = typed1 + '再,';
    s.getState().setText(typed2, true);
    // Nothing checked on this thread while typing; the findings wait.
    expect(synchronous).toBe(0);
    expect(s.getState().stale).toBe(true);
    expect(calls.map((c) => c.text)).toEqual([typed1, typed2]);
    // The older text's result is of no use any more.
    calls[0].resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(s.getState().stale).toBe(true);
    calls[1].resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.getState().stale).toBe(false);
    expect(s.getState().checkedText).toBe(typed2);
    expect(s.getState().findings.filter((f) => f.rule === 'punct/halfwidth').length).toBe(5);
    expect(synchronous).toBe(0);
  });
});

// A paragraph with no findings between the credits and the findings, one after.
const LONG = PAGE.replace('正文第一段', '这是一段没有问题的文字，写得很好。\n\n正文第一段') + '\n\n又是一段没有问题的文字，写得也很好。';

describe('review store: a re-check keeps what did not change', () => {
  it('keeps the finding objects an edit left alone, and the array when nothing changed', async () => {
    const calls: { text: string; resolve: () => void }[] = [];
    const background: BackgroundChecker = (text, options) =>
      new Promise((resolve) => calls.push({ text, resolve: () => resolve({ result: checkText(text, options), ms: 2 }) }));
    const s = createReviewStore(checkText, () => 0, background);
    s.getState().load('p', 'p.txt', LONG, null);
    const before = s.getState().findings;
    const page = s.getState().page;
    expect(before.length).toBeGreaterThan(2);
    // Typed at the end, far from them: every finding is the same object.
    s.getState().setText(s.getState().text + '又,', true);
    calls[0].resolve();
    await new Promise((r) => setTimeout(r, 0));
    const after = s.getState().findings;
    expect(after).not.toBe(before);
    expect(after.length).toBeGreaterThan(before.length);
    for (const f of before) expect(after).toContain(f);
    expect(s.getState().page).not.toBe(page);
    // The same text checked again (undo's re-check, a setOptions with the
    // same options): nothing new for the views.
    const profile = s.getState().profile;
    s.getState().setOptions({ ...s.getState().options });
    expect(s.getState().findings).toBe(after);
    expect(s.getState().profile).toBe(profile);
  });

  it('takes a finding that moved as a new object (its offsets changed)', async () => {
    const calls: { text: string; resolve: () => void }[] = [];
    const background: BackgroundChecker = (text, options) =>
      new Promise((resolve) => calls.push({ text, resolve: () => resolve({ result: checkText(text, options), ms: 2 }) }));
    const s = createReviewStore(checkText, () => 0, background);
    s.getState().load('p', 'p.txt', LONG, null);
    const before = s.getState().findings.filter((f) => f.rule === 'punct/halfwidth');
    expect(before.length).toBe(3);
    const at = s.getState().text.indexOf('这是');
    const text = s.getState().text;
    s.getState().setText(text.slice(0, at) + '新' + text.slice(at), true);
    calls[0].resolve();
    await new Promise((r) => setTimeout(r, 0));
    const after = s.getState().findings.filter((f) => f.rule === 'punct/halfwidth');
    expect(after.map((f) => f.key)).toEqual(before.map((f) => f.key));
    after.forEach((f, i) => {
      expect(f).not.toBe(before[i]);
      expect(f.start).toBe(before[i].start + 1);
    });
  });
});
