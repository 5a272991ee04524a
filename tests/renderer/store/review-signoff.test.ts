// The review store's record of who did what (the audit trail and the stamps
// merges go by), other people's saves arriving, proof rounds and new proofs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReviewStore } from '../../../renderer/src/store/review';
import { emptyReview, type ReviewState } from '../../../shared/review';
import { mergeReviews } from '../../../shared/review-merge';

const text = readFileSync(join(__dirname, '../../../resources/samples/001_090f44e9df0cafa1.txt'), 'utf8');
const T = (min: number) => new Date(Date.UTC(2026, 10, 29, 16, min)).toISOString();

function open(actor = '林校对', saved: ReviewState | null = null, page = text) {
  const s = createReviewStore();
  s.getState().setActor(actor);
  s.getState().load('001', '001.txt', page, saved);
  return s;
}

describe('review store: the audit trail', () => {
  it('records a credits-name change with who, the role and the names before and after', () => {
    const s = open();
    s.getState().setCreditName('美编', 0, '郑艳');
    const [e] = s.getState().audit;
    expect(e).toMatchObject({ kind: 'credit-name', by: '林校对', role: '美编', before: '郑燕', after: '郑艳' });
    expect(Date.parse(e.at)).not.toBeNaN();
    s.getState().addCreditName('审读', '王五');
    expect(s.getState().audit[1]).toMatchObject({ kind: 'credit-name', role: '审读', after: expect.stringContaining('王五') });
  });

  it('records a burst of typing as one edit with the passage before and after, and its line', () => {
    const now = { t: 0 };
    const s = createReviewStore(undefined, () => now.t);
    s.getState().setActor('张编辑');
    s.getState().load('001', '001.txt', '第一行\n第二行甲\n', null);
    for (const ch of ['乙', '丙']) {
      now.t += 100;
      s.getState().setText(s.getState().text.replace('甲', '甲' + ch).replace('甲乙丙', '甲乙丙'), true, now.t);
    }
    const edits = s.getState().audit.filter((e) => e.kind === 'edit');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ by: '张编辑', line: 2, before: '', after: expect.stringMatching(/^[乙丙]+$/) });
    now.t += 5000; // a pause: a new edit
    s.getState().setText(s.getState().text.replace('第一行', '首行'), true, now.t);
    expect(s.getState().audit.filter((e) => e.kind === 'edit')).toHaveLength(2);
    expect(s.getState().audit.at(-1)).toMatchObject({ line: 1, before: '第一', after: '首' });
    expect(s.getState().textStamp.by).toBe('张编辑');
  });

  it('records decisions and confirmations, and stamps them for merging', () => {
    const s = open();
    const f = s.getState().findings[0];
    s.getState().decide('rejected', f.key);
    s.getState().confirmCredit('责编', '林校对', new Date(T(6)));
    s.getState().unconfirmCredit('责编');
    const kinds = s.getState().audit.map((e) => [e.kind, e.rule ?? e.role, e.after ?? e.before]);
    expect(kinds).toEqual([
      ['decision', f.rule, 'rejected'],
      ['confirm', '责编', '余瑞新 张羽'],
      ['unconfirm', '责编', '余瑞新 张羽'],
    ]);
    expect(s.getState().decisionStamps[f.key].by).toBe('林校对');
    expect(s.getState().withdrawn.责编?.by).toBe('林校对');
  });

  it('an undo that brings a confirmation back confirms it now, so it wins over the withdrawal in a merge', () => {
    const s = open();
    s.getState().confirmCredit('审读', '林校对', new Date(T(1)));
    s.getState().unconfirmCredit('审读');
    const withdrawnState = s.getState().reviewState()!;
    s.getState().undo();
    const back = s.getState().credits.审读!;
    expect(Date.parse(back.confirmedAt)).toBeGreaterThan(Date.parse(T(1)));
    expect(s.getState().withdrawn.审读).toBeUndefined();
    expect(mergeReviews(withdrawnState, s.getState().reviewState()!).credits.审读).toBeDefined();
  });

  it('the review it saves carries the trail; a reload restores it', () => {
    const s = open();
    s.getState().setCreditName('美编', 0, '郑艳');
    const saved = JSON.parse(JSON.stringify(s.getState().reviewState())) as ReviewState;
    expect(saved.version).toBe(2);
    const again = open('另一人', saved);
    expect(again.getState().audit).toEqual(s.getState().audit);
  });
});

describe('review store: other people’s saves', () => {
  it('shows another person’s confirmation at once, with who and when, and keeps my own work', () => {
    const s = open('林校对');
    const f = s.getState().findings[0];
    s.getState().decide('accepted', f.key);
    const theirs = emptyReview('001.txt', text);
    theirs.credits.美编 = { role: '美编', names: ['郑燕'], confirmedBy: '王美编', confirmedAt: T(7) };
    theirs.audit = [{ id: 'x1', kind: 'confirm', by: '王美编', at: T(7), role: '美编', after: '郑燕' }];
    expect(s.getState().applyRemote(theirs)).toBe(true);
    expect(s.getState().credits.美编?.confirmedBy).toBe('王美编');
    expect(s.getState().decisions[f.key]).toBe('accepted');
    expect(s.getState().notices).toEqual([{ kind: 'remote', entries: [theirs.audit[0]] }]);
    expect(s.getState().undoStack).toEqual([]); // undo must not take their work back
    // The same save again (the watcher and the save answer both bring it): nothing new.
    expect(s.getState().applyRemote(theirs)).toBe(false);
    expect(s.getState().notices).toHaveLength(1);
  });

  it('takes another person’s later text edit, keeping mine in the history', () => {
    const s = open('林校对');
    s.getState().setText(text.replace('市北', '市北区'), false);
    const theirs = { ...emptyReview('001.txt', text), text: text.replace(/\r\n/g, '\n').replace('老旧', '老'), textStamp: { by: '乙', at: new Date(Date.now() + 60_000).toISOString() } };
    s.getState().applyRemote(theirs);
    expect(s.getState().text).toContain('老小区');
    expect(s.getState().textHistory.map((v) => v.by)).toContain('林校对');
  });
});

describe('review store: rounds and new proofs', () => {
  it('closing a round keeps its text and sign-offs, and numbers the next', () => {
    const s = open();
    s.getState().confirmCredit('责编', '林校对', new Date(T(1)));
    const r1 = s.getState().closeRound(new Date(T(2)))!;
    expect(r1).toMatchObject({ n: 1, closedBy: '林校对', closedAt: T(2), text: s.getState().text });
    expect(r1.credits.责编?.confirmedBy).toBe('林校对');
    expect(s.getState().closeRound(new Date(T(3)))!.n).toBe(2);
    expect(s.getState().audit.filter((e) => e.kind === 'round').map((e) => e.after)).toEqual(['1', '2']);
  });

  it('a new proof of the page carries decisions over and offers the compare against the last closed round', () => {
    const s = open();
    const f = s.getState().findings.find((x) => x.rule === 'sentence/broken')!;
    s.getState().decide('rejected', f.key);
    s.getState().closeRound(new Date(T(2)));
    const saved = JSON.parse(JSON.stringify(s.getState().reviewState())) as ReviewState;
    // The layout system writes a new proof: the headline changed, the rest did not.
    const proof2 = text.replace('市北：老旧小区绘出新图景', '市北：老旧小区绘就新图景');
    const next = open('林校对', saved, proof2);
    expect(next.getState().text).toBe(proof2.replace(/\r\n/g, '\n'));
    expect(next.getState().decisions[f.key]).toBe('rejected');
    expect(next.getState().findings.some((x) => x.key === f.key)).toBe(true);
    const notice = next.getState().notices.find((n) => n.kind === 'new-proof');
    expect(notice).toEqual({ kind: 'new-proof', previous: { label: '一校', round: 1, text: saved.rounds[0].text } });
    expect(next.getState().revision).toBe(1); // to be saved as belonging to the new proof
    expect(next.getState().audit.at(-1)).toMatchObject({ kind: 'new-proof', by: '林校对' });
    expect(next.getState().rounds).toHaveLength(1);
  });
});
