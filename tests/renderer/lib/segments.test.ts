import { describe, expect, it } from 'vitest';
import { buildDisplay, carryFindings, cutRuns, displayBlocks, editorParagraphs, editorRuns, relatedMarks, type Mark } from '../../../renderer/src/lib/segments';
import { parsePage } from '../../../shared/parse';
import type { Block, Finding } from '../../../shared/types';

const f = (key: string, start: number, end: number, severity: Finding['severity'] = 'warning') =>
  ({ key, start, end, severity }) as Finding;
const block = (kind: Block['kind'], start: number, end: number): Block => ({
  kind,
  start,
  end,
  text: '',
  textStart: start,
  line: 1,
  article: -1,
});

describe('display blocks', () => {
  it('keeps text the parser did not claim, split at blank lines', () => {
    const text = '甲乙\n\n丙丁\n\n戊己';
    const shells = displayBlocks(text, [block('headline', 4, 6)]);
    expect(shells.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['unknown', '甲乙'],
      ['headline', '丙丁'],
      ['unknown', '戊己'],
    ]);
  });

  it('covers every non-blank character of a real page exactly once', () => {
    const text = '责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳\n\n幸福市北\n\n标题\n\n正文第一段。\n第二行';
    const page = parsePage(text);
    const shells = displayBlocks(text, page.blocks);
    const covered = shells.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('runs and marks', () => {
  const text = '一二三四五\n\n六七八九十';
  const blocks = [block('body', 0, 5), block('body', 7, 12)];

  it('cuts a block at finding boundaries, most specific mark first', () => {
    const [b1] = buildDisplay(text, blocks, [f('wide', 0, 4), f('narrow', 1, 2)]);
    expect(b1.runs.map((r) => [r.text, r.marks.map((m) => m.key)])).toEqual([
      ['一', ['wide']],
      ['二', ['narrow', 'wide']],
      ['三四', ['wide']],
      ['五', []],
    ]);
  });

  it('shows a finding spanning two blocks in both', () => {
    const [b1, b2] = buildDisplay(text, blocks, [f('broken', 3, 9)]);
    expect(b1.runs.filter((r) => r.marks.length).map((r) => r.text)).toEqual(['四五']);
    expect(b2.runs.filter((r) => r.marks.length).map((r) => r.text)).toEqual(['六七']);
  });

  it('shows an empty finding, or one over blank lines only, as a point', () => {
    const [b1, b2] = buildDisplay(text, blocks, [f('gap', 5, 7), f('empty', 8, 8)]);
    expect(b1.tailPoints.map((p) => p.key)).toEqual(['gap']);
    expect(b2.runs.find((r) => r.points.length)?.points.map((p) => p.key)).toEqual(['empty']);
    expect(b2.runs.find((r) => r.points.length)?.text).toBe('七八九十');
  });

  it('editor runs cover the whole text, line breaks included', () => {
    const { runs } = editorRuns(text, [f('a', 3, 9)]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.marks.length)?.text).toBe('四五\n\n六七');
  });

  it('editor lines keep every character and cut the marks per line', () => {
    const text = '一二三四五\n\n六七八\n';
    const lines = editorParagraphs(text, [f('a', 3, 9), f('pt', 7, 7), f('end', text.length, text.length)]);
    expect(lines.map((l) => l.text)).toEqual(['一二三四五\n', '\n', '六七八\n', '']);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    expect(lines.map((l) => l.start)).toEqual([0, 6, 7, 11]);
    // The mark 3..9 is cut into each line it crosses, in local offsets.
    expect(lines.map((l) => l.marks.map((m) => [m.key, m.start, m.end]))).toEqual([[['a', 3, 6]], [['a', 0, 1]], [['a', 0, 2]], []]);
    expect(lines[2].points.map((p) => [p.key, p.start])).toEqual([['pt', 0]]);
    expect(lines[3].points.map((p) => [p.key, p.start])).toEqual([['end', 0]]);
    // Line by line, the runs are the flat editor's runs cut at the line breaks.
    const flat = editorRuns(text, [f('a', 3, 9)]).runs.filter((r) => r.marks.length).map((r) => r.text).join('');
    const perLine = lines
      .flatMap((l) => cutRuns(l.text, 0, l.text.length, l.marks, l.points).runs)
      .filter((r) => r.marks.length)
      .map((r) => r.text)
      .join('');
    expect(perLine).toBe(flat);
    expect(editorParagraphs('', []).map((l) => l.text)).toEqual(['']);
  });

  it("marks the selected finding's related place (where a broken sentence continues)", () => {
    const broken = {
      ...f('broken', 3, 5),
      related: [{ start: 7, end: 9, line: 3, column: 1, role: 'continuation' }],
    } as Finding;
    const [b1, b2] = buildDisplay(text, blocks, [broken], relatedMarks(broken));
    expect(b1.runs.filter((r) => r.marks.length).map((r) => [r.text, r.marks[0].related ?? false])).toEqual([['四五', false]]);
    expect(b2.runs.filter((r) => r.marks.length).map((r) => [r.text, r.marks[0].related])).toEqual([['六七', true]]);
    expect(relatedMarks(undefined)).toEqual([]);
  });

  it('keeps page text as data: markup stays a plain string', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const [b] = buildDisplay(evil, [block('body', 0, evil.length)], []);
    expect(b.runs.map((r) => r.text).join('')).toBe(evil);
  });
});

describe('findings carried over an edit while the re-check is pending', () => {
  it('keeps those before the edit, moves those after it, drops those it touches', () => {
    const old = '甲乙丙丁戊己庚';
    const typed = '甲乙丙XX丁戊己庚'; // two characters inserted after 丙
    const marks = [f('before', 0, 2), f('touching', 2, 4), f('after', 5, 6)];
    expect(carryFindings(old, typed, marks).map((m) => [m.key, m.start, m.end])).toEqual([
      ['before', 0, 2],
      ['after', 7, 8],
    ]);
    expect(carryFindings(old, old, marks)).toEqual(marks);
  });
});

describe('cutRuns: one pass, the same runs as cutting run by run', () => {
  // The definition: every boundary a cut, each run's marks those covering it
  // (shortest first), its points those at its start.
  function reference(text: string, start: number, end: number, marks: Mark[], points: Mark[]) {
    const cuts = new Set<number>([start, end]);
    for (const m of marks) {
      if (m.start > start && m.start < end) cuts.add(m.start);
      if (m.end > start && m.end < end) cuts.add(m.end);
    }
    for (const p of points) if (p.start > start && p.start < end) cuts.add(p.start);
    const sorted = [...cuts].sort((a, b) => a - b);
    const runs = [];
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a = sorted[k];
      const z = sorted[k + 1];
      runs.push({
        start: a,
        end: z,
        text: text.slice(a, z),
        marks: marks.filter((m) => m.start < z && m.end > a).sort((x, y) => x.end - x.start - (y.end - y.start)),
        points: points.filter((p) => p.start === a),
      });
    }
    return { runs, tailPoints: points.filter((p) => p.start === end) };
  }

  it('agrees with the definition on random marks and points', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = '正文第一段,有半角,标点,很多。'.repeat(4);
    for (let round = 0; round < 300; round++) {
      const start = rnd(10);
      const end = start + rnd(text.length - start + 1);
      const marks: Mark[] = [];
      const points: Mark[] = [];
      for (let i = rnd(8); i > 0; i--) {
        const a = rnd(text.length);
        marks.push({ key: 'm' + i, start: a, end: a + 1 + rnd(12), severity: 'warning' });
      }
      for (let i = rnd(4); i > 0; i--) {
        const a = start + rnd(end - start + 1);
        points.push({ key: 'p' + i, start: a, end: -1, severity: 'info' });
      }
      expect(cutRuns(text, start, end, marks, points)).toEqual(reference(text, start, end, marks, points));
    }
  });
});
