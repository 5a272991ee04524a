// The compare view's store and side rendering (renderer/src/compare/), on a
// revision of the real sample page 001: the broken sentence 融入生 / 活场景
// joined, two character edits, a punctuation width swap, a moved paragraph.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDetailed } from '../../shared/compare';
import { lineLabel, movedFromRow, rowOfChange, sideSegments } from '../../renderer/src/compare/sides';
import { changeAtOrAfter, createCompareStore } from '../../renderer/src/compare/store';

const ROOT = resolve(__dirname, '../..');
const OLD = readFileSync(join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt'), 'utf8');

/** Sample 001 revised as a proofreader would (lines are 1-based in the file). */
function revise(text: string): string {
  const lines = text.split('\n');
  const at = (n: number) => n - 1;
  lines[at(43)] += lines[at(45)]; // …融入生 + 活场景… : the join
  lines[at(45)] = '\u0000';
  lines[at(25)] = lines[at(25)].replace('重要民生', '重大民生');
  lines[at(49)] = lines[at(49)].replace('今年，', '今年以来，');
  lines[at(27)] = lines[at(27)].replace('，', ','); // width swap
  const moved = lines[at(84)];
  lines[at(84)] = '\u0000';
  lines[at(88)] += '\n\n' + moved;
  return lines.filter((l) => l !== '\u0000').join('\n');
}
const NEW = revise(OLD);

function loaded() {
  const store = createCompareStore();
  store.getState().setRevisions({ name: 'old.txt', text: OLD }, { name: 'new.txt', text: NEW }, 'files');
  return store;
}

describe('compare store: navigation', () => {
  it('starts before the first change and steps forward to the last, without wrapping', () => {
    const store = loaded();
    const changes = store.getState().detailed!.comparison.changes;
    expect(changes.map((c) => c.type)).toEqual(['replace', 'replace', 'join', 'replace', 'move']);
    expect(store.getState().current).toBe(-1);
    for (let i = 0; i < changes.length; i++) {
      expect(store.getState().next()).toBe(true);
      expect(store.getState().current).toBe(i);
    }
    expect(store.getState().next()).toBe(false);
    expect(store.getState().current).toBe(changes.length - 1);
  });

  it('steps back; from the start a step back lands on the last change; at the first it stops', () => {
    const store = loaded();
    const n = store.getState().detailed!.comparison.changes.length;
    expect(store.getState().previous()).toBe(true);
    expect(store.getState().current).toBe(n - 1);
    store.getState().goTo(1);
    expect(store.getState().previous()).toBe(true);
    expect(store.getState().current).toBe(0);
    expect(store.getState().previous()).toBe(false);
    expect(store.getState().current).toBe(0);
  });

  it('goTo ignores indexes outside the changes', () => {
    const store = loaded();
    store.getState().goTo(2);
    store.getState().goTo(99);
    store.getState().goTo(-1);
    expect(store.getState().current).toBe(2);
  });

  it('with identical revisions there is nothing to step to', () => {
    const store = createCompareStore();
    store.getState().setRevisions({ name: 'a', text: OLD }, { name: 'b', text: OLD }, 'files');
    expect(store.getState().detailed!.comparison.equal).toBe(true);
    expect(store.getState().next()).toBe(false);
    expect(store.getState().previous()).toBe(false);
    expect(store.getState().current).toBe(-1);
  });
});

describe('compare store: ignore options', () => {
  it('ignoring punctuation width drops the ，/, swap and recomputes', () => {
    const store = loaded();
    expect(store.getState().detailed!.comparison.changes).toHaveLength(5);
    store.getState().toggleOption('ignorePunctuationWidth');
    expect(store.getState().options.ignorePunctuationWidth).toBe(true);
    const changes = store.getState().detailed!.comparison.changes;
    expect(changes).toHaveLength(4);
    expect(changes.some((c) => c.old?.line === 27)).toBe(false);
    store.getState().toggleOption('ignorePunctuationWidth');
    expect(store.getState().detailed!.comparison.changes).toHaveLength(5);
  });

  it('ignoring line breaks makes the repaired 融入生/活场景 join no change', () => {
    const store = loaded();
    store.getState().setOption('ignoreLineBreaks', true);
    const types = store.getState().detailed!.comparison.changes.map((c) => c.type);
    expect(types).not.toContain('join');
    expect(types).toHaveLength(4);
  });

  it('keeps the proofreader at the same place when the changes are recomputed', () => {
    const store = loaded();
    store.getState().goTo(3); // 今年 → 今年以来 (new line 48)
    const before = store.getState().detailed!.comparison.changes[3];
    store.getState().setOption('ignorePunctuationWidth', true);
    const s = store.getState();
    expect(s.current).toBe(2); // one change (line 27) fewer before it
    expect(s.detailed!.comparison.changes[s.current]).toEqual(before);
  });

  it('stays before the first change when nothing was selected', () => {
    const store = loaded();
    store.getState().setOption('ignoreWhitespace', true);
    expect(store.getState().current).toBe(-1);
  });

  it('setting an option to its value does not recompute', () => {
    const store = loaded();
    const d = store.getState().detailed;
    store.getState().setOption('ignoreWhitespace', false);
    expect(store.getState().detailed).toBe(d);
  });

  it('changeAtOrAfter falls back to the last change past the end', () => {
    const changes = compareDetailed(OLD, NEW).comparison.changes;
    expect(changeAtOrAfter(changes, 1)).toBe(0);
    expect(changeAtOrAfter(changes, 44)).toBe(3);
    expect(changeAtOrAfter(changes, 10_000)).toBe(changes.length - 1);
    expect(changeAtOrAfter([], 1)).toBe(-1);
  });
});

describe('compare store: revisions', () => {
  it('one side alone compares nothing; the second side runs the comparison', () => {
    const store = createCompareStore();
    store.getState().setRevision('old', { name: 'old.txt', text: OLD });
    expect(store.getState().detailed).toBeNull();
    store.getState().setRevision('new', { name: 'new.txt', text: NEW });
    expect(store.getState().detailed!.comparison.changes).toHaveLength(5);
  });

  it('swap exchanges the sides: the join becomes a split', () => {
    const store = loaded();
    store.getState().next();
    store.getState().swap();
    const s = store.getState();
    expect(s.old!.name).toBe('new.txt');
    expect(s.current).toBe(-1);
    expect(s.detailed!.comparison.changes.map((c) => c.type)).toContain('split');
  });

  it('a comparison that throws leaves a one-line error, not a crash', () => {
    const store = createCompareStore(() => {
      throw new Error('boom');
    });
    store.getState().setRevisions({ name: 'a', text: 'x' }, { name: 'b', text: 'y' }, 'files');
    expect(store.getState().error).toBe('boom');
    expect(store.getState().detailed).toBeNull();
  });

  it('report: a compare-html export with the summary, both names and escaped text', () => {
    const store = createCompareStore();
    store.getState().setRevisions({ name: '旧<稿>.txt', text: OLD }, { name: 'new.txt', text: NEW + '\n\n<script>alert(1)</script>' }, 'files');
    const r = store.getState().report('2024-01-01')!;
    expect(r.kind).toBe('compare-html');
    expect(r.suggestedName).toBe('旧_稿___new.compare.html');
    expect(r.text).toContain('改动 changes');
    expect(r.text).toContain('旧&lt;稿&gt;.txt');
    expect(r.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.text).not.toContain('<script>');
  });

  it('no report before there is a comparison', () => {
    expect(createCompareStore().getState().report()).toBeNull();
  });
});

describe('sides: what each column shows', () => {
  const d = compareDetailed(OLD, NEW);
  const join = d.comparison.changes.find((c) => c.type === 'join')!;

  it('a join shows the removed line break as a ¶ mark on the old side, the joined line on the new', () => {
    const oldSide = sideSegments(join.parts, 'old');
    expect(oldSide.map((s) => s.kind)).toEqual(['equal', 'brk-del', 'equal']);
    expect(oldSide[0].text.endsWith('融入生')).toBe(true);
    expect(oldSide[1].text).toBe('¶');
    // One line break (not the blank line) after the mark, then the old next line.
    expect(oldSide[2].text.startsWith('\n活场景')).toBe(true);
    // The new side is one line, with the seam marked between 生 and 活.
    const newSide = sideSegments(join.parts, 'new');
    expect(newSide.map((s) => s.kind)).toEqual(['equal', 'joint', 'equal']);
    expect(newSide[0].text.endsWith('融入生')).toBe(true);
    expect(newSide[2].text.startsWith('活场景')).toBe(true);
    expect(newSide.map((s) => s.text).join('')).not.toContain('\n');
  });

  it('a split shows the added break on the new side', () => {
    const split = compareDetailed(NEW, OLD).comparison.changes.find((c) => c.type === 'split')!;
    expect(sideSegments(split.parts, 'new').map((s) => s.kind)).toContain('brk-ins');
    expect(sideSegments(split.parts, 'old').map((s) => s.kind)).toEqual(['equal', 'joint', 'equal']);
  });

  it('a character edit is a delete on the old side and an insert on the new', () => {
    const edit = d.comparison.changes[0];
    expect(sideSegments(edit.parts, 'old').filter((s) => s.kind === 'del').map((s) => s.text)).toEqual(['要']);
    expect(sideSegments(edit.parts, 'new').filter((s) => s.kind === 'ins').map((s) => s.text)).toEqual(['大']);
    expect(sideSegments(edit.parts, 'old').some((s) => s.kind === 'ins')).toBe(false);
  });

  it('each change has its row; a move links its moved-from row to its moved-to row', () => {
    const rows = rowOfChange(d.rows);
    expect(rows).toHaveLength(d.comparison.changes.length);
    const move = d.comparison.changes.findIndex((c) => c.type === 'move');
    expect(d.rows[rows[move]].kind).toBe('moved-to');
    const from = movedFromRow(d.rows).get(move)!;
    expect(d.rows[from].kind).toBe('moved-from');
    expect(from).toBeLessThan(rows[move]);
    expect(lineLabel(d.rows[from].old)).toBe('84');
    expect(lineLabel(d.rows[rows[2]].old)).toBe('43–45');
  });
});
