// The benchmark's inputs must be what bench/results.json says they are, and
// the same on every run (no timing here: speed is measured by `npm run bench`).
import { describe, expect, it } from 'vitest';
import * as gen from '../../bench/generate.mjs';
import { SAMPLE_FILES, sample } from '../helpers/samples';

const samples = SAMPLE_FILES.map((f) => sample(f.slice(0, 3)));
const base = sample('001');

describe('bench inputs', () => {
  it('are the same on every run', () => {
    expect(gen.realisticRevision(base, 5, 50).text).toBe(gen.realisticRevision(base, 5, 50).text);
    expect(gen.batchPage(samples, 17)).toEqual(gen.batchPage(samples, 17));
    expect(gen.unrelatedPage(gen.longPage(samples), 7)).toBe(gen.unrelatedPage(gen.longPage(samples), 7));
    expect(gen.realisticRevision(base, 5, 50).text).not.toBe(gen.realisticRevision(base, 6, 50).text);
  });

  it('make a realistic revision: 50 small edits and one moved paragraph of the sample', () => {
    const rev = gen.realisticRevision(base, 5, 50);
    expect(rev.edits).toBe(50);
    expect(rev.moved).not.toBeNull();
    expect(rev.moved!.chars).toBeGreaterThanOrEqual(100);
    // Small edits: the page stays about the same length and keeps most paragraphs verbatim.
    expect(Math.abs(gen.charCount(rev.text) - gen.charCount(base))).toBeLessThan(150);
    const before = new Set(gen.paragraphs(base));
    const kept = gen.paragraphs(rev.text).filter((p) => before.has(p)).length;
    expect(kept).toBeGreaterThan(gen.paragraphs(base).length / 3);
    expect(kept).toBeLessThan(gen.paragraphs(base).length);
  });

  it('make two 20,000-character pages with the same characters and no shared paragraph', () => {
    const a = gen.longPage(samples);
    const b = gen.unrelatedPage(a, 7);
    expect(gen.charCount(a)).toBe(20000);
    expect(gen.charCount(b)).toBe(20000);
    const pa = new Set(gen.paragraphs(a).filter((p) => gen.charCount(p) > 10));
    expect(gen.paragraphs(b).some((p) => pa.has(p))).toBe(false);
    // Same character mix: b is a's non-space characters, shuffled.
    const inA = new Set(a);
    expect([...b].every((c) => inA.has(c))).toBe(true);
    // …and no shared text: hardly any 6-character run of b occurs in a.
    let shared = 0;
    let probes = 0;
    for (let i = 0; i + 6 < b.length; i += 50) {
      const run = b.slice(i, i + 6);
      if (/\s/.test(run)) continue;
      probes++;
      if (a.includes(run)) shared++;
    }
    expect(probes).toBeGreaterThan(300);
    expect(shared).toBeLessThan(probes / 50);
  });

  it('edit exactly one character for the re-check', () => {
    const a = gen.longPage(samples);
    const variants = gen.oneCharEdits(a, 20);
    expect(variants).toHaveLength(20);
    for (const v of variants) {
      expect(v.length).toBe(a.length);
      let diff = 0;
      for (let i = 0; i < a.length; i++) if (a[i] !== v[i]) diff++;
      expect(diff).toBe(1);
    }
  });

  it('make batch pages in the encodings and line ends of a newsroom export', () => {
    const pages = Array.from({ length: 50 }, (_, i) => gen.batchPage(samples, i));
    expect(new Set(pages.map((p) => p.encoding))).toEqual(new Set(['utf8', 'utf8-bom', 'gb18030']));
    expect(pages.filter((p) => p.text.includes('\r\n')).length).toBe(10);
    expect(new Set(pages.map((p) => p.text)).size).toBe(50);
  });
});
