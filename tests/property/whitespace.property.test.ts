// Issue 9: a block's text is the page text at its offsets, whatever
// whitespace surrounds Markdown marks, credits, bylines, captions and list
// markers; so no rule can point one character off, and clean loses nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { cleanText } from '../../shared/clean';
import { parsePage } from '../../shared/parse';
import { hanCounts, paddedPageArb } from './pages';

const RUNS = { numRuns: 300 };

describe('whitespace around marks (generated pages)', () => {
  it('every block text equals the page text at its offsets', () => {
    fc.assert(
      fc.property(paddedPageArb, (page) => {
        const p = parsePage(page.replace(/\r\n/g, '\n'));
        for (const b of p.blocks) {
          expect(p.text.slice(b.textStart, b.textStart + b.text.length)).toBe(b.text);
          expect(b.textStart).toBeGreaterThanOrEqual(b.start);
          expect(b.textStart + b.text.length).toBeLessThanOrEqual(b.end);
        }
      }),
      RUNS,
    );
  });

  it('every safe fix finds the text it replaces', () => {
    fc.assert(
      fc.property(paddedPageArb, (page) => {
        for (const f of checkText(page).findings) {
          for (const e of f.fix?.edits ?? []) expect(page.slice(e.start, e.end)).toBe(e.old);
        }
      }),
      RUNS,
    );
  });

  it('clean loses no Han character beyond deleted verbatim copies, and is never refused', () => {
    fc.assert(
      fc.property(paddedPageArb, (page) => {
        const r = cleanText(page);
        expect(r.refused).toBeUndefined();
        const before = hanCounts(page);
        const after = hanCounts(r.text);
        for (const f of r.applied) if (f.fix?.removesCopy) for (const e of f.fix.edits) for (const [ch, n] of hanCounts(e.old)) before.set(ch, before.get(ch)! - n);
        for (const [ch, n] of before) expect([ch, after.get(ch) ?? 0]).toEqual([ch, n]);
      }),
      RUNS,
    );
  });
});

describe('the heading of issue 9', () => {
  const page = '# 　市北区召开会议,部署工作\n\n本报讯 会议强调,要抓好落实。\n';
  it('points at the comma itself', () => {
    const f = checkText(page).findings.find((x) => x.rule === 'punct/halfwidth')!;
    expect(page.slice(f.start, f.end)).toBe(',');
  });
  it('clean replaces the comma and keeps 召开会议', () => {
    expect(cleanText(page).text).toBe('# 　市北区召开会议，部署工作\n\n本报讯 会议强调，要抓好落实。\n');
  });
});
