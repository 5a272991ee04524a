// The cleaner: apply only the safe fixes (joining, collapsing doubled marks,
// half-width to full-width, deleting a verbatim copy) through shared/fix.ts,
// and repeat until nothing changes, so cleaning is idempotent (a join can
// reveal a new doubled mark; one pass would leave it).
//
// Before the text is handed back, every Han character of the input must
// still be there, except those a fix named as a verbatim copy whose original
// stays on the page. Otherwise the clean is refused: a checker must never
// lose the words of a page, whatever bug sits upstream.
import { checkText } from './check';
import { applyFindingFixes } from './fix';
import { isHan } from './text/han';
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
  /** Fixes skipped: their text had changed, or they clashed with another. */
  skipped: number;
  /** Set when the words check failed: `text` is then the input, unchanged. */
  refused?: { missing: string };
}

export function safeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.fix?.safe && f.fix.edits.length > 0);
}

export function cleanText(original: string, options: CleanOptions = {}): CleanResult {
  const maxPasses = options.maxPasses ?? 8;
  let text = original;
  const applied: Finding[] = [];
  let skipped = 0;
  let passes = 0;
  let settled = false;
  while (passes < maxPasses) {
    passes++;
    const safe = safeFindings(checkText(text, options).findings);
    const r = applyFindingFixes(text, safe);
    if (r.text === text) {
      settled = true;
      break;
    }
    applied.push(...r.applied);
    skipped += r.clashed + r.stale;
    text = r.text;
  }
  const missing = missingWords(original, text, applied);
  if (missing) return { text: original, applied: [], passes, settled, skipped, refused: { missing } };
  return { text, applied, passes, settled, skipped };
}

function hanOnly(s: string): string {
  let out = '';
  for (const ch of s) if (isHan(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** Han characters of `before` not in `after`, beyond those the applied
 *  fixes named as deleted copies; '' when none are missing. Counted as a
 *  multiset: a join that moves a paragraph keeps every character. */
export function missingWords(before: string, after: string, applied: readonly Finding[]): string {
  const count = new Map<string, number>();
  const add = (s: string, by: number) => {
    for (const ch of s) if (isHan(ch.codePointAt(0)!)) count.set(ch, (count.get(ch) ?? 0) + by);
  };
  add(before, 1);
  add(after, -1);
  // A deleted copy is forgiven only while its wording stays on the page
  // (its marks may have been fixed meanwhile: the Han characters decide).
  let kept: string | undefined;
  for (const f of applied) {
    if (!f.fix?.removesCopy) continue;
    kept ??= hanOnly(after);
    for (const e of f.fix.edits) if (kept.includes(hanOnly(e.old))) add(e.old, -1);
  }
  let missing = '';
  for (const [ch, n] of count) if (n > 0) missing += ch;
  return missing;
}
