// The figures a change to the checker must not lower (eval/baseline.json).
// Stored rounded down, so the run that wrote them always passes; compared
// with a small tolerance, so a change that trades one finding for another
// on a small corpus does not fail for a rounding hair.
import type { Figures, Scores } from './score';

export interface PR {
  precision: number;
  recall: number;
}

export interface Baseline {
  note?: string;
  tolerance: number;
  structural: PR;
  overall: PR;
  rules: Record<string, PR>;
  /** Wrong words found (word/*), and the words pack's findings per 10,000
   *  characters of published pages (may not grow). */
  words?: PR & { publishedPer10k: number };
  /** Safe fixes on false findings or forbidden places: may not grow. */
  damage: number;
}

export const DEFAULT_TOLERANCE = 0.01;

const floor4 = (x: number) => Math.floor(x * 10000) / 10000;
const pr = (f: Figures): PR => ({ precision: floor4(f.precision), recall: floor4(f.recall) });

export function baselineOf(scores: Scores, tolerance = DEFAULT_TOLERANCE): Baseline {
  const rules: Record<string, PR> = {};
  for (const [r, f] of Object.entries(scores.rules)) rules[r] = pr(f);
  return {
    note: 'Written by `npm run eval -- --update-baseline`; tests/eval/eval.test.ts fails when a figure drops below it.',
    tolerance,
    structural: pr(scores.structural),
    overall: pr(scores.overall),
    rules,
    words: { ...pr(scores.words.wrongWords), publishedPer10k: Math.ceil(scores.words.published.per10k * 100) / 100 },
    damage: scores.overall.damage,
  };
}

/** Every figure that fell below its baseline, one line each; [] when none. */
export function drops(scores: Scores, base: Baseline): string[] {
  const tol = base.tolerance ?? DEFAULT_TOLERANCE;
  const out: string[] = [];
  const cmp = (what: string, now: Figures | undefined, was: PR) => {
    if (!now) return;
    for (const k of ['precision', 'recall'] as const) {
      if (now[k] < was[k] - tol) out.push(`${what} ${k} ${now[k].toFixed(4)} < baseline ${was[k].toFixed(4)}`);
    }
  };
  cmp('structural', scores.structural, base.structural);
  cmp('overall', scores.overall, base.overall);
  for (const [r, was] of Object.entries(base.rules)) cmp(r, scores.rules[r], was);
  if (base.words) {
    cmp('wrong words (word/*)', scores.words.wrongWords, base.words);
    const now = scores.words.published.per10k;
    if (now > base.words.publishedPer10k + 1e-9) out.push(`words pack on published pages: ${now.toFixed(2)} per 10,000 characters > baseline ${base.words.publishedPer10k}`);
  }
  if (scores.overall.damage > base.damage) {
    out.push(`safe fixes that damage the page: ${scores.overall.damage} > baseline ${base.damage}`);
  }
  return out;
}
