// The cleaner: apply only the safe fixes (DESIGN.md §2: joining, collapsing
// doubled marks, half-width to full-width, deleting a verbatim copy), through
// shared/fix.ts, and repeat until nothing changes, so cleaning is idempotent
// (a join can reveal a new doubled mark; one pass would leave it).
import { checkText } from './check';
import { applyFindingFixes } from './fix';
import type { CheckOptions, Finding } from './types';

export interface CleanOptions extends CheckOptions {
  /** Upper bound on check-and-fix passes (a safety net, never reached on real pages). */
  maxPasses?: number;
}

export interface CleanResult {
  /** Cleaned text, with the line ends of the input (the caller converts). */
  text: string;
  /** Fixes applied, pass by pass; offsets refer to the text of their pass. */
  applied: Finding[];
  /** Passes run, including the last one that found nothing to do. */
  passes: number;
  /** False only if maxPasses was hit while safe fixes still changed the text. */
  settled: boolean;
}

export function safeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.fix?.safe && f.fix.edits.length > 0);
}

export function cleanText(original: string, options: CleanOptions = {}): CleanResult {
  const maxPasses = options.maxPasses ?? 8;
  let text = original;
  const applied: Finding[] = [];
  for (let pass = 1; pass <= maxPasses; pass++) {
    const safe = safeFindings(checkText(text, options).findings);
    const r = applyFindingFixes(text, safe);
    if (r.text === text) return { text, applied, passes: pass, settled: true };
    applied.push(...r.applied);
    text = r.text;
  }
  return { text, applied, passes: maxPasses, settled: false };
}
