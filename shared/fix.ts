// Fixes are applied here and nowhere else: last first, skipping any edit that
// overlaps one already taken, so overlapping fixes can never corrupt text.
import type { Finding, TextEdit } from './types';

/** Apply edits to text. Edits are taken in order of priority (earlier in the
 *  array wins on overlap); a whole fix is skipped if any of its edits clashes. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return applyFixGroups(text, edits.map((e) => [e])).text;
}

/** Apply groups of edits (one group per fix). A group is all-or-nothing. */
export function applyFixGroups(
  text: string,
  groups: readonly (readonly TextEdit[])[],
): { text: string; applied: number[] } {
  const taken: TextEdit[] = [];
  const applied: number[] = [];
  groups.forEach((group, gi) => {
    const ok = group.every(
      (e) =>
        e.start >= 0 &&
        e.end <= text.length &&
        e.start <= e.end &&
        !taken.some((t) => overlaps(t, e)) &&
        !group.some((o) => o !== e && overlaps(o, e)),
    );
    if (!ok) return;
    taken.push(...group);
    applied.push(gi);
  });
  // Last first so earlier offsets stay valid; insertions at the same point
  // keep their given order.
  const order = taken.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict (their order would be a guess);
  // an insertion strictly inside a replaced range conflicts too.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Apply the fixes of the given findings (all-or-nothing per finding).
 *  Clashes are settled in document order, whatever order the findings come
 *  in, so any subset of fixes gives one text (issue 6, a property test). */
export function applyFindingFixes(text: string, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const withFix = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.rule, b.rule) || cmp(a.key, b.key));
  const r = applyFixGroups(text, withFix.map((f) => f.fix!.edits));
  return { text: r.text, applied: r.applied.map((i) => withFix[i]) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
