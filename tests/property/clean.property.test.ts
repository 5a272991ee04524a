// Issue 6, "nothing lost": properties over generated pages (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { cleanText } from '../../shared/clean';
import { applyFindingFixes } from '../../shared/fix';
import { parsePage } from '../../shared/parse';
import { hanCounts, hanTotal, pageArb } from './pages';

const RUNS = { numRuns: 150 };

describe('properties over generated pages', () => {
  it('parse and check never throw', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        parsePage(page.replace(/\r\n/g, '\n'));
        const { findings } = checkText(page);
        for (const f of findings) {
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.end).toBeLessThanOrEqual(page.length);
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('cleaning is idempotent: clean(clean(x)) == clean(x)', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        const once = cleanText(page);
        expect(once.settled).toBe(true);
        expect(cleanText(once.text).text).toBe(once.text);
      }),
      RUNS,
    );
  });

  it('cleaning loses no Chinese character except in deleted verbatim copies', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        const r = cleanText(page);
        // Allowed loss: Han characters inside the verbatim copies that were deleted.
        const dupLoss = duplicateLoss(page);
        const before = hanCounts(page);
        const after = hanCounts(r.text);
        for (const [ch, n] of after) expect(n, `more “${ch}” after cleaning`).toBeLessThanOrEqual(before.get(ch) ?? 0);
        expect(hanTotal(page) - hanTotal(r.text)).toBe(dupLoss);
      }),
      RUNS,
    );
  });

  it('applying any subset of fixes in any order gives the text of applying them in document order', () => {
    fc.assert(
      fc.property(pageArb, fc.infiniteStream(fc.boolean()), fc.nat(), (page, picks, seed) => {
        const withFix = checkText(page).findings.filter((f) => f.fix && f.fix.edits.length);
        const it = picks[Symbol.iterator]();
        const subset = withFix.filter(() => it.next().value);
        const shuffled = shuffle(subset, seed);
        const docOrder = [...subset].sort((a, b) => a.start - b.start || a.end - b.end);
        expect(applyFindingFixes(page, shuffled).text).toBe(applyFindingFixes(page, docOrder).text);
      }),
      RUNS,
    );
  });
});

/** Han characters removed by the applied duplicate deletions: re-run the
 *  passes and measure each pass's duplicate edits on that pass's text. */
function duplicateLoss(page: string): number {
  let loss = 0;
  let text = page;
  // cleanText applies findings pass by pass; replay the same passes.
  for (let pass = 0; pass < 8; pass++) {
    const safe = checkText(text).findings.filter((f) => f.fix?.safe && f.fix.edits.length);
    const r = applyFindingFixes(text, safe);
    if (r.text === text) break;
    for (const f of r.applied) {
      if (f.rule !== 'text/duplicate') continue;
      for (const e of f.fix!.edits) loss += hanTotal(text.slice(e.start, e.end)) - hanTotal(e.text);
    }
    text = r.text;
  }
  return loss;
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
