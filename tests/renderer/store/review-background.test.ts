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
