import { describe, expect, it } from 'vitest';
import { emptyReview, type ReviewState } from '../../shared/review';
import { mergeAudit, mergeReviews, sameReview } from '../../shared/review-merge';

const at = (min: number) => new Date(Date.UTC(2026, 10, 29, 16, min)).toISOString();
const base = (): ReviewState => emptyReview('p.txt', '原文', new Date(at(0)));
const confirm = (role: '责编' | '美编' | '审读' | '排版', by: string, min: number) => ({
  role,
  names: ['某'],
  confirmedBy: by,
  confirmedAt: at(min),
});

describe('mergeReviews', () => {
  it('keeps both people’s confirmations of different roles', () => {
    const disk = { ...base(), credits: { 责编: confirm('责编', '甲', 1) } };
    const mine = { ...base(), credits: { 审读: confirm('审读', '乙', 2) } };
    expect(Object.keys(mergeReviews(disk, mine).credits).sort()).toEqual(['审读', '责编']);
  });

  it('of two confirmations of one role, the later wins, from either side', () => {
    const early = { ...base(), credits: { 责编: confirm('责编', '甲', 1) } };
    const late = { ...base(), credits: { 责编: confirm('责编', '乙', 5) } };
    expect(mergeReviews(early, late).credits.责编?.confirmedBy).toBe('乙');
    expect(mergeReviews(late, early).credits.责编?.confirmedBy).toBe('乙');
  });

  it('a later withdrawal beats an earlier confirmation, an earlier one does not', () => {
    const confirmed = { ...base(), credits: { 美编: confirm('美编', '甲', 3) } };
    const withdrawnLate = { ...base(), withdrawn: { 美编: { by: '乙', at: at(4) } } };
    const withdrawnEarly = { ...base(), withdrawn: { 美编: { by: '乙', at: at(2) } } };
    const m1 = mergeReviews(confirmed, withdrawnLate);
    expect(m1.credits.美编).toBeUndefined();
    expect(m1.withdrawn.美编).toEqual({ by: '乙', at: at(4) });
    expect(mergeReviews(withdrawnEarly, confirmed).credits.美编?.confirmedBy).toBe('甲');
    expect(mergeReviews(confirmed, withdrawnEarly).credits.美编?.confirmedBy).toBe('甲');
  });

  it('decisions merge per finding by time; an undecide is a decision too', () => {
    const disk = {
      ...base(),
      decisions: { a: 'accepted' as const, b: 'rejected' as const },
      decisionStamps: { a: { by: '甲', at: at(1) }, b: { by: '甲', at: at(5) } },
    };
    const mine = {
      ...base(),
      decisions: { b: 'accepted' as const, c: 'accepted' as const },
      // a: undecided later by 乙; b: accepted earlier than 甲 rejected it.
      decisionStamps: { a: { by: '乙', at: at(2) }, b: { by: '乙', at: at(3) }, c: { by: '乙', at: at(3) } },
    };
    const m = mergeReviews(disk, mine);
    expect(m.decisions).toEqual({ b: 'rejected', c: 'accepted' });
    expect(m.decisionStamps.a).toEqual({ by: '乙', at: at(2) });
  });

  it('of two text edits the later wins and the other is kept in the history', () => {
    const disk = { ...base(), text: '甲改的', textStamp: { by: '甲', at: at(1) } };
    const mine = { ...base(), text: '乙改的', textStamp: { by: '乙', at: at(2) } };
    const m = mergeReviews(disk, mine);
    expect(m.text).toBe('乙改的');
    expect(m.textHistory).toEqual([{ sourceHash: disk.sourceHash, text: '甲改的', by: '甲', at: at(1) }]);
    // Merging again (the next save) keeps one copy, whichever side is on disk.
    expect(mergeReviews(m, mine).textHistory).toHaveLength(1);
    expect(mergeReviews(mine, m).textHistory).toHaveLength(1);
    expect(mergeReviews(mine, disk).text).toBe('乙改的');
  });

  it('audit trails and rounds are the union', () => {
    const e = (id: string, min: number) => ({ id, kind: 'confirm' as const, by: 'x', at: at(min) });
    const r = (n: number, min: number) => ({ n, closedBy: 'x', closedAt: at(min), sourceHash: 'h', text: 't', credits: {}, decisions: {} });
    const disk = { ...base(), audit: [e('1', 1), e('3', 3)], rounds: [r(1, 1)] };
    const mine = { ...base(), audit: [e('2', 2), e('3', 3)], rounds: [r(1, 2), r(2, 4)] };
    const m = mergeReviews(disk, mine);
    expect(m.audit.map((x) => x.id)).toEqual(['1', '2', '3']);
    expect(m.rounds.map((x) => [x.n, x.closedAt])).toEqual([
      [1, at(1)],
      [2, at(4)],
    ]);
  });

  it('an entry updated later (a burst of typing) keeps its later form', () => {
    const first = { id: 'e', kind: 'edit' as const, by: 'x', at: at(1), before: 'a', after: 'b' };
    const later = { ...first, at: at(2), after: 'bc' };
    expect(mergeAudit([later], [first])).toEqual([later]);
  });

  it('merging with nothing on disk is the state itself; sameReview ignores the save time and key order', () => {
    const s = base();
    expect(mergeReviews(null, s)).toBe(s);
    const { updatedAt, ...rest } = s;
    const reordered = JSON.parse(JSON.stringify({ updatedAt: updatedAt + "", ...rest, page: s.page })) as ReviewState;
    reordered.updatedAt = at(9);
    expect(sameReview(s, reordered)).toBe(true);
    expect(sameReview(s, { ...s, decisions: { x: 'accepted' } })).toBe(false);
  });
});
