// The figures of the checker on the project's corpus may not fall below
// eval/baseline.json (raise it with `npm run eval -- --update-baseline`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drops } from '../../eval/harness/baseline';
import { expectationsPath, listPages } from '../../eval/harness/load';
import { CORPUS_DIR, readBaseline } from '../../eval/harness/paths';
import { runEval } from '../../eval/harness/run';

const run = runEval(CORPUS_DIR);

describe('the accuracy corpus', () => {
  it('has expectations that fit their pages (lines on the page, known rules, snippets present)', () => {
    expect(run.problems).toEqual([]);
  });

  it('gives every page its expectations, and every jingbao excerpt its CC BY attribution', () => {
    for (const p of run.pages) {
      expect(p.expectations, p.name).toBeDefined();
      if (p.name.startsWith('jingbao/')) expect(p.expectations!.attribution, p.name).toMatch(/ECPO.*CC BY 4\.0/);
    }
    expect(run.judged).toBeGreaterThanOrEqual(30);
  });

  it('keeps other papers to short excerpts (whole pages stay out of the repository)', () => {
    for (const p of run.pages) {
      if (p.name.startsWith('qingdao-daily/') || p.expectations?.written) continue;
      expect(p.text.length, p.name).toBeLessThan(1500);
      expect(p.text.split('\n').length, p.name).toBeLessThanOrEqual(40);
    }
  });

  it('leaves no expectations file without its page', () => {
    const pages = new Set(listPages(CORPUS_DIR).map(expectationsPath));
    const files = readdirSync(CORPUS_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => join(CORPUS_DIR, f));
    expect(files.filter((f) => !pages.has(f))).toEqual([]);
  });
});

describe('the checker against the baseline', () => {
  it('drops no figure below eval/baseline.json', () => {
    const base = readBaseline();
    expect(base, 'eval/baseline.json').toBeDefined();
    expect(drops(run.scores, base!)).toEqual([]);
  });

  it('judges the sample pages of the seeds’ paper without a false finding', () => {
    for (const [name, f] of Object.entries(run.scores.pages)) {
      if (name.startsWith('qingdao-daily/')) expect([name, f.fp], name).toEqual([name, 0]);
    }
  });
});
