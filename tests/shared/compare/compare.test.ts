import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareDetailed, compareRevisions, type Change, type Comparison } from '../../../shared/compare';

const read = (n: string) => readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');
const S0 = read('000_9801057ab119ebec.txt');
const S1 = read('001_090f44e9df0cafa1.txt');
const S2 = read('002_6323321094799b0d.txt');

/** Edit one 1-based line of a page. */
function onLine(text: string, line: number, f: (l: string) => string): string {
  const lines = text.split('\n');
  const before = lines[line - 1];
  lines[line - 1] = f(before);
  if (lines[line - 1] === before) throw new Error(`edit on line ${line} changed nothing`);
  return lines.join('\n');
}
const replaceOnce = (from: string, to: string) => (l: string) => {
  if (!l.includes(from)) throw new Error(`“${from}” not on the line`);
  return l.replace(from, to);
};
const typesOf = (r: Comparison) => r.changes.map((c) => c.type);
const side = (c: Change, which: 'old' | 'new') =>
  c.parts
    .filter((p) => p.type === 'equal' || p.type === (which === 'old' ? 'delete' : 'insert'))
    .map((p) => p.text)
    .join('');
const edits = (c: Change) => c.parts.filter((p) => p.type !== 'equal').map((p) => `${p.type}:${p.text}`);

describe('compareRevisions: identical and trivially different', () => {
  it('finds a page equal to itself, with its size', () => {
    const r = compareRevisions(S0, S0);
    expect(r.equal).toBe(true);
    expect(r.changes).toEqual([]);
    expect(r.stats).toEqual({
      insertions: 0,
      deletions: 0,
      replacements: 0,
      moves: 0,
      splits: 0,
      joins: 0,
      charsInserted: 0,
      charsDeleted: 0,
    });
    expect(r.old.lines).toBe(S0.split('\n').length - (S0.endsWith('\n') ? 1 : 0));
    expect(r.old.paragraphs).toBeGreaterThan(40);
    expect(r.old.chars).toBe([...S0.replace(/\n/g, '')].length);
  });

  it('treats CRLF and LF revisions of the same page as equal, and counts lines alike', () => {
    const crlf = S1.replace(/\n/g, '\r\n');
    expect(compareRevisions(S1, crlf).equal).toBe(true);
    expect(compareRevisions(crlf, S1).old.lines).toBe(compareRevisions(S1, S1).old.lines);
    // An edit in the CRLF revision is reported on the same line numbers.
    const edited = onLine(S1, 82, replaceOnce('停车场建设', '停车设施建设')).replace(/\n/g, '\r\n');
    const r = compareRevisions(S1, edited);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ type: 'replace', old: { line: 82, endLine: 82 }, new: { line: 82, endLine: 82 } });
    expect(edits(r.changes[0])).toEqual(['delete:场', 'insert:设施']);
    // No stray CR in the parts.
    expect(r.changes[0].parts.some((p) => p.text.includes('\r'))).toBe(false);
  });

  it('ignores a byte-order mark and the number of blank lines between paragraphs', () => {
    const spaced = '\ufeff' + S0.replace(/\n\n/g, '\n\n\n');
    expect(compareRevisions(S0, spaced).equal).toBe(true);
  });
});

describe('compareRevisions: small edits on sample 000', () => {
  const edited = [
    (t: string) => onLine(t, 27, replaceOnce('合肥路街道便向居民', '合肥路街道随即向居民')),
    (t: string) => onLine(t, 45, replaceOnce('亮点宣传片', '宣传片')),
    (t: string) => onLine(t, 58, replaceOnce('全国首家', '全省首家')),
  ].reduce((t, f) => f(t), S0);

  it('reports each edited paragraph as one replace with character-level parts', () => {
    const r = compareRevisions(S0, edited);
    expect(typesOf(r)).toEqual(['replace', 'replace', 'replace']);
    expect(r.changes.map((c) => [c.old?.line, c.new?.line])).toEqual([
      [27, 27],
      [45, 45],
      [58, 58],
    ]);
    expect(edits(r.changes[0])).toEqual(['delete:便', 'insert:随即']);
    expect(edits(r.changes[1])).toEqual(['delete:亮点']);
    expect(edits(r.changes[2])).toEqual(['delete:国', 'insert:省']);
    expect(r.stats).toMatchObject({ replacements: 3, charsInserted: 3, charsDeleted: 4 });
  });

  it('spells both revisions of each changed paragraph in its parts', () => {
    const r = compareRevisions(S0, edited);
    const oldLines = S0.split('\n');
    const newLines = edited.split('\n');
    for (const c of r.changes) {
      expect(side(c, 'old')).toBe(oldLines[c.old!.line - 1]);
      expect(side(c, 'new')).toBe(newLines[c.new!.line - 1]);
    }
  });

  it('shows a short label change as a character diff, not a soup', () => {
    const r = compareRevisions(S1, onLine(S1, 65, replaceOnce('短讯', '简讯')));
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].parts).toEqual([
      { type: 'delete', text: '短' },
      { type: 'insert', text: '简' },
      { type: 'equal', text: '讯' },
    ]);
  });

  it('reports an inserted and a deleted paragraph', () => {
    const lines = S0.split('\n');
    const added = [...lines.slice(0, 28), '这是新加的一段话，记者补充了采访内容。', '', ...lines.slice(28)].join('\n');
    let r = compareRevisions(S0, added);
    expect(r.changes).toEqual([
      { type: 'insert', old: null, new: { line: 29, endLine: 29 }, parts: [{ type: 'insert', text: '这是新加的一段话，记者补充了采访内容。' }] },
    ]);
    r = compareRevisions(added, S0);
    expect(typesOf(r)).toEqual(['delete']);
    expect(r.changes[0].old).toEqual({ line: 29, endLine: 29 });
    expect(r.changes[0].new).toBeNull();
  });
});

describe('compareRevisions: punctuation width and whitespace', () => {
  const halfWidth = onLine(S1, 43, (l) => l.replace(/，/g, ','));

  it('reports full-width commas turned half-width, comma by comma', () => {
    const r = compareRevisions(S1, halfWidth);
    expect(r.changes).toHaveLength(1);
    const e = edits(r.changes[0]);
    const commas = (S1.split('\n')[42].match(/，/g) ?? []).length;
    expect(commas).toBeGreaterThan(3);
    expect(e.filter((x) => x === 'delete:，')).toHaveLength(commas);
    expect(e.filter((x) => x === 'insert:,')).toHaveLength(commas);
    expect(e).toHaveLength(2 * commas);
  });

  it('finds them equal with ignorePunctuationWidth, but still sees a real edit', () => {
    expect(compareRevisions(S1, halfWidth, { ignorePunctuationWidth: true }).equal).toBe(true);
    const both = onLine(halfWidth, 43, replaceOnce('人文意趣', '人文情趣'));
    const r = compareRevisions(S1, both, { ignorePunctuationWidth: true });
    expect(r.changes).toHaveLength(1);
    expect(edits(r.changes[0])).toEqual(['delete:意', 'insert:情']);
    // Equal parts carry the new revision's spelling.
    expect(side(r.changes[0], 'new')).toBe(both.split('\n')[42]);
  });

  it('sample 002, set in half-width punctuation, equals its full-width version under the option', () => {
    const full = S2.replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：');
    expect(compareRevisions(S2, full).equal).toBe(false);
    expect(compareRevisions(S2, full, { ignorePunctuationWidth: true }).equal).toBe(true);
  });

  it('ignores spaces inside lines only with ignoreWhitespace', () => {
    const spaced = onLine(S0, 27, (l) => '\u3000\u3000' + l.replace('合肥路街道', '合肥路 街道') + '  ');
    expect(compareRevisions(S0, spaced).changes).toHaveLength(1);
    expect(compareRevisions(S0, spaced, { ignoreWhitespace: true }).equal).toBe(true);
  });
});

describe('compareRevisions: moved paragraphs', () => {
  const lines = S0.split('\n');
  // Line 43 (城市“微更新”是…) moved up to follow line 27.
  const moved = [...lines.slice(0, 28), lines[42], '', ...lines.slice(28, 42), ...lines.slice(44)].join('\n');

  it('reports one move with both places, not a delete and an insert', () => {
    const r = compareRevisions(S0, moved);
    expect(r.changes).toEqual([
      { type: 'move', old: { line: 43, endLine: 43 }, new: { line: 29, endLine: 29 }, parts: [{ type: 'equal', text: lines[42] }] },
    ]);
    expect(r.stats).toMatchObject({ moves: 1, insertions: 0, deletions: 0, charsInserted: 0, charsDeleted: 0 });
  });

  it('links the old and the new place in the side-by-side rows', () => {
    const { rows } = compareDetailed(S0, moved);
    const from = rows.filter((r) => r.kind === 'moved-from');
    const to = rows.filter((r) => r.kind === 'moved-to');
    expect(from).toHaveLength(1);
    expect(to).toHaveLength(1);
    expect(from[0].change).toBe(0);
    expect(to[0].change).toBe(0);
    expect(from[0].old[0].line).toBe(43);
    expect(to[0].new[0].line).toBe(29);
  });

  it('reports two paragraphs moved together as one move, and a moved paragraph that was also edited', () => {
    const block = [...lines.slice(0, 28), lines[42], '', lines[44], '', ...lines.slice(28, 42), ...lines.slice(46)].join('\n');
    let r = compareRevisions(S0, block);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ type: 'move', old: { line: 43, endLine: 45 }, new: { line: 29, endLine: 31 } });

    const movedEdited = onLine(moved, 29, replaceOnce('关键作用', '重要作用'));
    r = compareRevisions(S0, movedEdited);
    expect(typesOf(r)).toEqual(['move']);
    expect(edits(r.changes[0])).toEqual(['delete:关键', 'insert:重要']);
  });
});

describe('compareRevisions: splits and joins', () => {
  it('repairs the real broken sentence 融入生 / 活场景 in sample 001 as one join', () => {
    expect(S1).toContain('融入生\n\n活场景');
    const repaired = S1.replace('融入生\n\n活场景', '融入生活场景');
    const r = compareRevisions(S1, repaired);
    expect(typesOf(r)).toEqual(['join']);
    expect(r.changes[0].old).toEqual({ line: 43, endLine: 45 });
    expect(r.changes[0].new).toEqual({ line: 43, endLine: 43 });
    expect(edits(r.changes[0])).toEqual(['delete:\n\n']);
    expect(r.stats).toMatchObject({ joins: 1, insertions: 0, deletions: 0, charsInserted: 0, charsDeleted: 0 });
    // Only line breaks moved: not a change when they are ignored.
    expect(compareRevisions(S1, repaired, { ignoreLineBreaks: true }).equal).toBe(true);
  });

  it('keeps a join a join when the repair also fixes a character', () => {
    const repaired = S1.replace('融入生\n\n活场景', '融入生活场景').replace('重塑有温度的城区', '重塑有温度的街区');
    const r = compareRevisions(S1, repaired);
    expect(typesOf(r)).toEqual(['join']);
    expect(edits(r.changes[0])).toEqual(['delete:\n\n', 'delete:城', 'insert:街']);
    expect(compareRevisions(S1, repaired, { ignoreLineBreaks: true }).changes.map((c) => c.type)).toEqual(['join']);
  });

  it('reports a paragraph cut in two as one split', () => {
    const p47 = S0.split('\n')[46];
    const cut = p47.indexOf('。') + 1;
    const split = onLine(S0, 47, (l) => `${l.slice(0, cut)}\n\n${l.slice(cut)}`);
    const r = compareRevisions(S0, split);
    expect(typesOf(r)).toEqual(['split']);
    expect(r.changes[0].old).toEqual({ line: 47, endLine: 47 });
    expect(r.changes[0].new).toEqual({ line: 47, endLine: 49 });
    expect(edits(r.changes[0])).toEqual(['insert:\n\n']);
    expect(compareRevisions(S0, split, { ignoreLineBreaks: true }).equal).toBe(true);
  });

  it('sees a two-line block (byline + 通讯员) turned into two paragraphs as a split, and back as a join', () => {
    expect(S0.split('\n').slice(54, 56)).toEqual(['□青岛日报/观海新闻记者 余瑞新', '通讯员 丁飞']);
    const apart = S0.replace('余瑞新\n通讯员 丁飞', '余瑞新\n\n通讯员 丁飞');
    let r = compareRevisions(S0, apart);
    expect(typesOf(r)).toEqual(['split']);
    expect(r.changes[0]).toMatchObject({ old: { line: 55, endLine: 56 }, new: { line: 55, endLine: 57 } });
    r = compareRevisions(apart, S0);
    expect(typesOf(r)).toEqual(['join']);
    expect(compareRevisions(S0, apart, { ignoreLineBreaks: true }).equal).toBe(true);
  });
});

// Deterministic pseudo-random text (no Math.random: tests must be repeatable).
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const HANZI = Array.from(new Set(S0.replace(/[^\u4e00-\u9fff]/g, '')));

function generatedPage(seed: number, chars: number, paraMin: number, paraMax: number): string {
  const r = rng(seed);
  const paras: string[] = [];
  let total = 0;
  while (total < chars) {
    const len = paraMin + Math.floor(r() * (paraMax - paraMin));
    let p = '';
    for (let i = 0; i < len; i++) p += i % 17 === 16 ? '，' : HANZI[Math.floor(r() * HANZI.length)];
    paras.push(p + '。');
    total += len + 1;
  }
  return paras.join('\n\n');
}

describe('compareRevisions: unrelated pages', () => {
  it('sample 000 against sample 002: whole paragraphs replaced, similar lines still paired', () => {
    const r = compareRevisions(S0, S2);
    expect(r.equal).toBe(false);
    // Not a char soup: hardly any change mixes equal text with edits, and
    // those that do are genuinely alike lines (the credits, the masthead).
    const mixed = r.changes.filter((c) => c.parts.some((p) => p.type === 'equal') && c.parts.some((p) => p.type !== 'equal'));
    for (const c of mixed) {
      const eq = c.parts.filter((p) => p.type === 'equal').reduce((n, p) => n + p.text.length, 0);
      expect(eq / Math.max(side(c, 'old').length, side(c, 'new').length)).toBeGreaterThan(0.5);
    }
    expect(mixed.length).toBeLessThanOrEqual(3);
    expect(r.changes.length).toBeLessThan(20);
    // Most of both pages is reported as deleted / inserted.
    expect(r.stats.charsDeleted).toBeGreaterThan(0.8 * r.old.chars);
    expect(r.stats.charsInserted).toBeGreaterThan(0.8 * r.new.chars);
    // The credits line moved and lost a name: 林艳 → 韩淑华.
    const credits = r.changes.find((c) => side(c, 'old').startsWith('责编'));
    expect(credits && edits(credits)).toEqual(['delete:林艳', 'insert:韩淑华']);
  });

  it('two generated unrelated 20,000-character pages come back as one whole replacement', () => {
    const a = generatedPage(1, 20_000, 80, 400);
    const b = generatedPage(2, 20_000, 80, 400);
    const r = compareRevisions(a, b);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].type).toBe('replace');
    expect(r.changes[0].parts.map((p) => p.type)).toEqual(['delete', 'insert']);
    expect(r.stats.charsDeleted).toBe(r.old.chars);
    expect(r.stats.charsInserted).toBe(r.new.chars);
  });

  it('stays sensible on 20,000-character pages of a thousand short lines', () => {
    const a = generatedPage(3, 20_000, 10, 30);
    const b = generatedPage(4, 20_000, 10, 30);
    const r = compareRevisions(a, b);
    expect(r.old.paragraphs).toBeGreaterThan(900);
    // A handful of chance pairs at most; the rest replaced whole.
    expect(r.changes.length).toBeLessThan(20);
    expect(r.stats.charsDeleted).toBeGreaterThan(0.95 * r.old.chars);
  });

  it('pairs every edited paragraph of a large page where no paragraph is left equal (candidate pairing)', () => {
    const a = generatedPage(8, 20_000, 80, 400);
    const paras = a.split('\n\n');
    expect(paras.length).toBeGreaterThan(60); // > 2,500 cells: the sparse path
    const edited = paras.map((p, k) => p.slice(0, 20) + '改' + p.slice(21 + (k % 3)));
    // …plus one paragraph split in two and two paragraphs joined, in the same stretch.
    edited[10] = `${edited[10].slice(0, 50)}\n\n${edited[10].slice(50)}`;
    edited[30] = `${edited[30]}${edited[31]}`;
    edited.splice(31, 1);
    const r = compareRevisions(a, edited.join('\n\n'));
    expect(r.stats).toMatchObject({ insertions: 0, deletions: 0, splits: 1, joins: 1, replacements: paras.length - 3 });
    expect(r.changes.find((c) => c.type === 'join')?.old).toEqual({ line: 61, endLine: 63 });
  });

  it('finds the unchanged paragraphs between two rewritten stretches', () => {
    const a = generatedPage(5, 6000, 80, 200);
    const aLines = a.split('\n\n');
    const b = [generatedPage(6, 2000, 80, 200), ...aLines.slice(10, 20), generatedPage(7, 2000, 80, 200)].join('\n\n');
    const r = compareDetailed(a, b);
    const equalRows = r.rows.filter((x) => x.kind === 'equal');
    expect(equalRows.map((x) => x.old[0].text)).toEqual(aLines.slice(10, 20));
  });
});
