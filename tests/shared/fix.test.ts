// The fix applier (shared/fix.ts): the one place text is changed. A fix is
// all-or-nothing; it is skipped (and counted) when one of its edits clashes
// with an edit already taken or no longer finds the text it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, applyFindingFixes, applyFixGroups } from '../../shared/fix';
import type { Finding, RuleId, TextEdit } from '../../shared/types';

/** The first sentence of sample 001 line 25, short enough to read offsets
 *  off: 老0 旧1 街2 区3 改4 造5 是6 提7 … 工20 程21 、22 民23 心24 工25 程26 。27 */
const LINE = '老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。';

/** An edit replacing text[start, end) of `text`, `old` read from the text. */
function edit(text: string, start: number, end: number, by: string): TextEdit {
  return { start, end, text: by, old: text.slice(start, end) };
}
const ins = (at: number, by: string): TextEdit => ({ start: at, end: at, text: by, old: '' });

let keyN = 0;
/** A finding carrying a fix of the given edits (its range: the edits' span). */
function finding(edits: TextEdit[], rule: RuleId = 'punct/halfwidth', safe = true): Finding {
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  return {
    rule,
    severity: 'warning',
    message: '',
    start,
    end,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    related: [],
    fix: { safe, edits },
    key: `k${keyN++}`,
  };
}

describe('applyFixGroups: overlaps', () => {
  it('two replacements that overlap: the first taken wins, the second is counted as clashed', () => {
    // 改造 (4,6) and 造是 (5,7) share 造.
    const a = edit(LINE, 4, 6, '更新');
    const b = edit(LINE, 5, 7, '就是');
    const r = applyFixGroups(LINE, [[a], [b]]);
    expect(r).toMatchObject({ applied: [0], clashed: 1, stale: 0 });
    expect(r.text).toBe(LINE.replace('改造', '更新'));
    const s = applyFixGroups(LINE, [[b], [a]]);
    expect(s).toMatchObject({ applied: [0], clashed: 1, stale: 0 });
    expect(s.text).toBe(LINE.replace('造是', '就是'));
  });

  it('a replacement inside another, and the same range twice, clash', () => {
    const outer = edit(LINE, 2, 8, 'X');
    expect(applyFixGroups(LINE, [[outer], [edit(LINE, 4, 5, 'Y')]])).toMatchObject({ applied: [0], clashed: 1 });
    expect(applyFixGroups(LINE, [[edit(LINE, 4, 5, 'Y')], [outer]])).toMatchObject({ applied: [0], clashed: 1 });
    expect(applyFixGroups(LINE, [[outer], [edit(LINE, 2, 8, 'Z')]])).toMatchObject({ applied: [0], clashed: 1 });
  });

  it('two replacements that only touch (one ends where the next starts) both apply', () => {
    const r = applyFixGroups(LINE, [[edit(LINE, 4, 6, 'AB')], [edit(LINE, 6, 7, 'C')]]);
    expect(r).toMatchObject({ applied: [0, 1], clashed: 0 });
    expect(r.text).toBe(LINE.slice(0, 4) + 'ABC' + LINE.slice(7));
  });

  it('an insertion strictly inside a replaced range clashes', () => {
    const rep = edit(LINE, 4, 7, '改造即');
    for (const groups of [[[rep], [ins(5, '*')]], [[ins(5, '*')], [rep]]]) {
      const r = applyFixGroups(LINE, groups);
      expect(r).toMatchObject({ applied: [0], clashed: 1 });
    }
  });

  it('an insertion at either edge of a replaced range applies, on its side of the replacement', () => {
    const rep = edit(LINE, 4, 6, '更新');
    const r = applyFixGroups(LINE, [[rep], [ins(4, '<')], [ins(6, '>')]]);
    expect(r).toMatchObject({ applied: [0, 1, 2], clashed: 0 });
    expect(r.text).toBe(LINE.slice(0, 4) + '<更新>' + LINE.slice(6));
    // The same whichever comes first.
    expect(applyFixGroups(LINE, [[ins(6, '>')], [ins(4, '<')], [rep]]).text).toBe(r.text);
  });

  it('two insertions at one point clash (their order would be a guess); at two points both apply', () => {
    const r = applyFixGroups(LINE, [[ins(6, '甲')], [ins(6, '乙')]]);
    expect(r).toMatchObject({ applied: [0], clashed: 1 });
    expect(r.text).toBe(LINE.slice(0, 6) + '甲' + LINE.slice(6));
    const t = applyFixGroups(LINE, [[ins(6, '甲')], [ins(7, '乙')]]);
    expect(t.text).toBe(LINE.slice(0, 6) + '甲' + LINE[6] + '乙' + LINE.slice(7));
  });

  it('an insertion at a point between two taken edits still finds the one it clashes with', () => {
    // Several taken edits around offset 10: the clash must be found whatever
    // the neighbours (the sorted list is searched, not scanned).
    const taken = [edit(LINE, 2, 4, 'a'), ins(10, 'b'), edit(LINE, 10, 12, 'c'), edit(LINE, 12, 12, 'd'), edit(LINE, 14, 20, 'e')];
    for (const late of [ins(10, 'x'), ins(12, 'x'), ins(16, 'x'), edit(LINE, 3, 5, 'x'), edit(LINE, 11, 13, 'x'), edit(LINE, 19, 21, 'x')]) {
      const r = applyFixGroups(LINE, [...taken.map((e) => [e]), [late]]);
      expect(r, JSON.stringify(late)).toMatchObject({ applied: [0, 1, 2, 3, 4], clashed: 1 });
    }
    for (const fits of [ins(4, 'x'), ins(14, 'x'), edit(LINE, 4, 10, 'x'), edit(LINE, 12, 14, 'x'), edit(LINE, 20, 22, 'x')]) {
      const r = applyFixGroups(LINE, [...taken.map((e) => [e]), [fits]]);
      expect(r, JSON.stringify(fits)).toMatchObject({ applied: [0, 1, 2, 3, 4, 5], clashed: 0 });
    }
  });
});

describe('applyFixGroups: all or nothing', () => {
  it('a group with one clashing edit is skipped whole: none of its other edits apply', () => {
    const first = edit(LINE, 4, 6, '更新');
    // A move: insert 民心工程 at the head, delete it at the end — but the
    // insertion point is inside the taken edit.
    const move = [ins(5, '民心工程'), edit(LINE, 23, 27, '')];
    const r = applyFixGroups(LINE, [[first], move]);
    expect(r).toMatchObject({ applied: [0], clashed: 1, stale: 0 });
    expect(r.text).toBe(LINE.replace('改造', '更新'));
    expect(r.text).toContain('民心工程。');
  });

  it('a group whose own edits overlap each other is skipped', () => {
    const r = applyFixGroups(LINE, [[edit(LINE, 0, 4, 'A'), edit(LINE, 3, 6, 'B')]]);
    expect(r).toMatchObject({ applied: [], clashed: 1 });
    expect(r.text).toBe(LINE);
  });

  it('a group of edits far apart applies whole', () => {
    const r = applyFixGroups(LINE, [[edit(LINE, 0, 2, '新'), ins(LINE.length - 1, '！'), edit(LINE, 22, 23, '，')]]);
    expect(r).toMatchObject({ applied: [0], clashed: 0, stale: 0 });
    expect(r.text).toBe('新街区改造是提升群众幸福指数的重要民生工程，民心工程！。');
  });

  it('a later group clashing with only one edit of an earlier group is the one skipped', () => {
    const g1 = [edit(LINE, 0, 2, '新'), edit(LINE, 22, 23, '，')];
    const g2 = [edit(LINE, 10, 12, '居民'), edit(LINE, 22, 23, '；')];
    const r = applyFixGroups(LINE, [g1, g2]);
    expect(r).toMatchObject({ applied: [0], clashed: 1 });
    expect(r.text).toContain('群众幸福');
  });
});

describe('applyFixGroups: stale edits', () => {
  it('an edit whose `old` is not at its place is skipped and counted, with its whole group', () => {
    // One off: the edit says it replaces 改造 at 3..5, where 区改 stands.
    const off = { start: 3, end: 5, text: '更新', old: '改造' };
    const r = applyFixGroups(LINE, [[off], [edit(LINE, 0, 2, '新')]]);
    expect(r).toMatchObject({ applied: [1], clashed: 0, stale: 1 });
    expect(r.text).toBe('新' + LINE.slice(2));
    const group = [edit(LINE, 0, 2, '新'), off];
    expect(applyFixGroups(LINE, [group])).toMatchObject({ applied: [], stale: 1, text: LINE });
  });

  it('an edit past the end of the text, or with end before start, is stale', () => {
    const past = { start: LINE.length, end: LINE.length + 1, text: 'x', old: '' };
    const backwards = { start: 5, end: 4, text: 'x', old: '' };
    const negative = { start: -1, end: 0, text: 'x', old: '' };
    const r = applyFixGroups(LINE, [[past], [backwards], [negative]]);
    expect(r).toMatchObject({ applied: [], clashed: 0, stale: 3, text: LINE });
  });

  it('a stale edit takes no place: a later edit at the same range still applies', () => {
    const staleOne = { start: 4, end: 6, text: 'X', old: '不对' };
    const r = applyFixGroups(LINE, [[staleOne], [edit(LINE, 4, 6, '更新')]]);
    expect(r).toMatchObject({ applied: [1], clashed: 0, stale: 1 });
    expect(r.text).toBe(LINE.replace('改造', '更新'));
  });

  it('counts stale and clashed separately', () => {
    const r = applyFixGroups(LINE, [
      [edit(LINE, 4, 6, 'A')],
      [edit(LINE, 5, 7, 'B')], // clashes
      [{ start: 8, end: 9, text: 'C', old: '？' }], // stale
      [ins(6, 'D')], // at the edge: fine
      [ins(6, 'E')], // a second insertion at 6: clashes
    ]);
    expect(r).toMatchObject({ applied: [0, 3], clashed: 2, stale: 1 });
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order, earlier in the array wins on overlap', () => {
    const es = [edit(LINE, 20, 22, '工作'), edit(LINE, 0, 2, '新'), edit(LINE, 21, 23, 'x')];
    expect(applyEdits(LINE, es)).toBe('新街区改造是提升群众幸福指数的重要民生工作、民心工程。');
  });
  it('no edits: the text itself', () => {
    expect(applyEdits(LINE, [])).toBe(LINE);
  });
});

describe('applyFindingFixes: order', () => {
  const text = LINE;
  it('settles clashes in document order whatever order the findings come in', () => {
    const early = finding([edit(text, 4, 6, '更新')]);
    const late = finding([edit(text, 5, 7, '就是')]);
    for (const fs of [[early, late], [late, early]]) {
      const r = applyFindingFixes(text, fs);
      expect(r.text).toBe(text.replace('改造', '更新'));
      expect(r.applied).toEqual([early]);
      expect(r.clashed).toBe(1);
    }
  });

  it('findings with the same range settle by rule id, not by the order given', () => {
    const a = finding([edit(text, 4, 6, 'A')], 'punct/halfwidth');
    const b = finding([edit(text, 4, 6, 'B')], 'quote/doubled');
    expect(applyFindingFixes(text, [a, b]).text).toBe(applyFindingFixes(text, [b, a]).text);
    expect(applyFindingFixes(text, [b, a]).applied).toEqual([a]);
  });

  it('skips findings without a fix and counts stale ones', () => {
    const noFix = { ...finding([edit(text, 0, 1, 'x')]), fix: undefined };
    const stale = finding([{ start: 0, end: 2, text: 'x', old: '新旧' }]);
    const ok = finding([edit(text, 27, 28, '！')]);
    const r = applyFindingFixes(text, [noFix, stale, ok]);
    expect(r).toMatchObject({ applied: [ok], clashed: 0, stale: 1 });
    expect(r.text).toBe(text.slice(0, 27) + '！');
  });

  it('any permutation of overlapping findings gives one text (property)', () => {
    const base = LINE + LINE;
    const arbEdit = fc
      .tuple(fc.nat(base.length), fc.nat(4), fc.constantFrom('', '甲', '乙丙', '，'))
      .map(([s, n, by]) => edit(base, s, Math.min(base.length, s + n), by));
    const arbFinding = fc.array(arbEdit, { minLength: 1, maxLength: 3 }).map((es) => finding(es));
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (fs, rnd) => {
        // Each finding has its own key, so every tie settles one way.
        const shuffled = [...fs];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rnd.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = applyFindingFixes(base, fs);
        const b = applyFindingFixes(base, shuffled);
        expect(b.text).toBe(a.text);
        expect(b.clashed).toBe(a.clashed);
        expect(new Set(b.applied)).toEqual(new Set(a.applied));
      }),
      { numRuns: 500 },
    );
  });
});

/** Non-overlapping edits over a text: consecutive ranges with gaps, never
 *  two insertions at one point. */
const arbEditsOn = (alphabet: string) =>
  fc
    .tuple(
      fc.array(
        fc.record({ gap: fc.nat(4), len: fc.nat(3), by: fc.string({ unit: fc.constantFrom(...'新旧，。“”'), maxLength: 3 }) }),
        { maxLength: 30 },
      ),
      fc.nat(5),
    )
    .map(([items, tail]) => {
      let pos = 0;
      let prevInsertAt = -1;
      const spans: { start: number; end: number; by: string }[] = [];
      for (const it of items) {
        let start = pos + it.gap;
        if (it.len === 0 && start === prevInsertAt) start++;
        const end = start + it.len;
        spans.push({ start, end, by: it.by });
        prevInsertAt = it.len === 0 ? start : -1;
        pos = end;
      }
      const n = pos + tail;
      let text = '';
      for (let i = 0; i < n; i++) text += alphabet[i % alphabet.length];
      const edits = spans.map((s) => edit(text, s.start, s.end, s.by));
      return { text, edits };
    });

/** The reference: apply edits one by one from the end of the text. */
function oneByOneFromTheEnd(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let t = text;
  for (const e of sorted) t = t.slice(0, e.start) + e.text + t.slice(e.end);
  return t;
}

describe('applying non-overlapping edits', () => {
  it('any subset, in any order, equals applying them one by one from the end (property)', () => {
    fc.assert(
      fc.property(arbEditsOn(LINE), fc.func(fc.boolean()), fc.infiniteStream(fc.nat()), ({ text, edits }, keep, rnd) => {
        const subset = edits.filter((e, i) => keep(i));
        const shuffled = [...subset];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rnd.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const r = applyFixGroups(text, shuffled.map((e) => [e]));
        expect(r.clashed).toBe(0);
        expect(r.stale).toBe(0);
        expect(r.applied).toHaveLength(subset.length);
        expect(r.text).toBe(oneByOneFromTheEnd(text, subset));
      }),
      { numRuns: 1000 },
    );
  });

  it('20,000 edits on a large page apply, every one, in document order or reversed', { timeout: 60_000 }, () => {
    // The real line repeated; in each of the first 10,000 runs of 20
    // characters an insertion at its start and a replacement of 2 by 1.
    const text = LINE.repeat(8000); // 224,000 characters
    const edits: TextEdit[] = [];
    for (let k = 0; k < 10_000; k++) {
      const at = k * 20;
      edits.push(ins(at, '【'));
      edits.push(edit(text, at + 5, at + 7, '＊'));
    }
    expect(edits).toHaveLength(20_000);
    // Expected, built piece by piece (the one-by-one reference is quadratic).
    const parts: string[] = [];
    for (let at = 0; at < text.length; at += 20) {
      const piece = text.slice(at, at + 20);
      parts.push(at < 200_000 ? `【${piece.slice(0, 5)}＊${piece.slice(7)}` : piece);
    }
    const expected = parts.join('');
    for (const order of [edits, [...edits].reverse()]) {
      const r = applyFixGroups(text, order.map((e) => [e]));
      expect(r.applied).toHaveLength(20_000);
      expect(r.clashed).toBe(0);
      expect(r.stale).toBe(0);
      expect(r.text).toBe(expected);
    }
    expect(expected.length).toBe(text.length); // each insertion adds one, each replacement takes one
    // One clashing edit added among them is found and skipped.
    const r = applyFixGroups(text, [...edits.map((e) => [e]), [edit(text, 19_996, 20_002, 'x')]]);
    expect(r).toMatchObject({ clashed: 1 });
    expect(r.applied).toHaveLength(20_000);
  });
});
