// Fixes are applied here and nowhere else. A fix is all-or-nothing; it is
// skipped when any of its edits overlaps an edit already taken, or when an
// edit no longer finds the text it says it replaces (a stale fix: the text
// changed since the check). Skipped fixes are counted, never half-applied.
// Cost: O(k log k) to choose k edits, one pass to build the text.
import type { Finding, TextEdit } from './types';

export interface ApplyResult {
  text: string;
  /** Indices of the groups applied. */
  applied: number[];
  /** Groups skipped because they overlap one taken earlier. */
  clashed: number;
  /** Groups skipped because an edit's `old` text was not there. */
  stale: number;
}

/** Apply edits to text (earlier in the array wins on overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return applyFixGroups(text, edits.map((e) => [e])).text;
}

/** Apply groups of edits (one group per fix), earlier groups first. */
export function applyFixGroups(text: string, groups: readonly (readonly TextEdit[])[]): ApplyResult {
  const taken = new TakenEdits();
  const applied: number[] = [];
  let clashed = 0;
  let stale = 0;
  groups.forEach((group, gi) => {
    if (!group.every((e) => isStillThere(text, e))) return void stale++;
    const clash = group.some((e, i) => taken.clashes(e) || group.some((o, j) => j !== i && overlaps(o, e)));
    if (clash) return void clashed++;
    for (const e of group) taken.add(e);
    applied.push(gi);
  });
  return { text: build(text, taken.inOrder()), applied, clashed, stale };
}

function isStillThere(text: string, e: TextEdit): boolean {
  return e.start >= 0 && e.end <= text.length && e.end - e.start === e.old.length && text.startsWith(e.old, e.start);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict (their order would be a guess);
  // an insertion strictly inside a replaced range conflicts too.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Taken edits kept sorted by (start, end): an overlap can only be with the
 *  neighbours of the place a new edit would go. */
class TakenEdits {
  private edits: TextEdit[] = [];

  private indexOf(e: TextEdit): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.edits[mid];
      if (m.start < e.start || (m.start === e.start && m.end <= e.end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  clashes(e: TextEdit): boolean {
    const i = this.indexOf(e);
    // Neighbours with the same start sit on both sides; walk them all, then
    // one more on each side (sorted, non-overlapping ranges).
    for (let j = i - 1; j >= 0; j--) {
      if (overlaps(this.edits[j], e)) return true;
      if (this.edits[j].start < e.start) break;
    }
    for (let j = i; j < this.edits.length; j++) {
      if (overlaps(this.edits[j], e)) return true;
      if (this.edits[j].start > e.end) break;
    }
    return false;
  }

  add(e: TextEdit): void {
    this.edits.splice(this.indexOf(e), 0, e);
  }

  inOrder(): readonly TextEdit[] {
    return this.edits;
  }
}

/** The text with non-overlapping edits (sorted by start) applied. */
function build(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Apply the fixes of the given findings (all-or-nothing per finding).
 *  Clashes are settled in document order, whatever order the findings come
 *  in, so any subset of fixes gives one text (a property test). */
export function applyFindingFixes(
  text: string,
  findings: readonly Finding[],
): { text: string; applied: Finding[]; clashed: number; stale: number } {
  const withFix = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.rule, b.rule) || cmp(a.key, b.key));
  const r = applyFixGroups(text, withFix.map((f) => f.fix!.edits));
  return { text: r.text, applied: r.applied.map((i) => withFix[i]), clashed: r.clashed, stale: r.stale };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
