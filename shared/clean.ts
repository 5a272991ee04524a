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
  let skipped = 0;
  let passes = 0;
  let settled = false;
  const done: CleanPass[] = [];
  while (passes < maxPasses) {
    passes++;
    const safe = safeFindings(checkText(text, options).findings);
    const r = applyFindingFixes(text, safe);
    if (r.text === text) {
      settled = true;
      break;
    }
    done.push({ after: r.text, applied: r.applied });
    skipped += r.clashed + r.stale;
    text = r.text;
  }
  const missing = missingWords(original, done);
  if (missing) return { text: original, applied: [], passes, settled, skipped, refused: { missing } };
  return { text, applied: done.flatMap((p) => p.applied), passes, settled, skipped };
}

function hanOnly(s: string): string {
  let out = '';
  for (const ch of s) if (isHan(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** One pass of the cleaner: the fixes it applied and the text they gave. */
export interface CleanPass {
  after: string;
  applied: readonly Finding[];
}

/** Han characters of `before` missing after the passes, beyond those a pass
 *  deleted as a copy whose wording stayed in that pass's text; '' when none
 *  are missing. Judged pass by pass: a page read four times loses a copy,
 *  then a copy of what stayed, and each deletion had its original then.
 *  Counted as a multiset: a join that moves a paragraph keeps every character. */
export function missingWords(before: string, passes: readonly CleanPass[]): string {
  const count = new Map<string, number>();
  const add = (s: string, by: number) => {
    for (const ch of s) if (isHan(ch.codePointAt(0)!)) count.set(ch, (count.get(ch) ?? 0) + by);
  };
  add(before, 1);
  add(passes.length ? passes[passes.length - 1].after : before, -1);
  // A deleted copy is forgiven only while its wording stays on the page
  // (its marks may have been fixed meanwhile: the Han characters decide).
  for (const pass of passes) {
    let kept: string | undefined;
    for (const f of pass.applied) {
      if (!f.fix?.removesCopy) continue;
      kept ??= hanOnly(pass.after);
      for (const e of f.fix.edits) if (kept.includes(hanOnly(e.old))) add(e.old, -1);
    }
  }
  let missing = '';
  for (const [ch, n] of count) if (n > 0) missing += ch;
  return missing;
}
