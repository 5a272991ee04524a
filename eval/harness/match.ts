// Judging one page: every finding the checker reports is true (it matches
// an expectation), false (it matches nothing, or it fires where an `absent`
// item forbids it) or ignored (its rule is not judged on this page); every
// expectation left unmatched is a miss. Precision counts every finding, so
// an expectations file must list every true finding on its page.
import type { Finding } from '../../shared/types';
import type { Absent, Expected, FixIssue, JudgedFinding, JudgedPage, LineSpec, Missed, PageExpectations } from './types';

export function lineRange(spec: LineSpec): [number, number] {
  return typeof spec === 'number' ? [spec, spec] : [spec[0], spec[1]];
}

/** Offsets where each 1-based line starts in the original text. */
export function lineStarts(text: string): number[] {
  const starts = [0, 0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Does a rule id fall under a pattern (`punct/halfwidth`, or `punct/*`)? */
export function ruleMatches(pattern: string, rule: string): boolean {
  return pattern.endsWith('/*') ? rule.startsWith(pattern.slice(0, -1)) : pattern === rule;
}

interface Place {
  rule: string;
  line?: LineSpec;
  text?: string;
  continuesAt?: number;
}

/** Does the finding lie at the place: its rule (or a rule of its pack, for
 *  `word/*`: a slipped wrong word caught by either word rule is caught),
 *  starting on its lines, and overlapping an occurrence of its text there? */
export function findingAt(f: Finding, place: Place, text: string, starts: number[]): boolean {
  if (!ruleMatches(place.rule, f.rule)) return false;
  const [a, b] = place.line === undefined ? [1, starts.length - 1] : lineRange(place.line);
  if (f.line < a || f.line > b) return false;
  if (place.continuesAt !== undefined && lineOf(starts, f.related?.find((r) => r.role === 'continuation')?.start) !== place.continuesAt) return false;
  if (!place.text) return true;
  return occurrences(text, starts, [a, b], place.text).some(([s, e]) => overlaps(s, e, f.start, f.end));
}

/** The 1-based line of an offset, by the line starts; undefined for none. */
function lineOf(starts: number[], offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined;
  let line = 1;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return line;
}

/** Where a snippet occurs, starting on the given lines. */
export function occurrences(text: string, starts: number[], [a, b]: [number, number], snippet: string): [number, number][] {
  const from = starts[a] ?? text.length;
  const to = starts[b + 1] ?? text.length;
  const out: [number, number][] = [];
  for (let i = text.indexOf(snippet, from); i >= 0 && i < to; i = text.indexOf(snippet, i + 1)) {
    out.push([i, i + snippet.length]);
  }
  return out;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  if (b0 === b1) return a0 <= b0 && b0 <= a1;
  return a0 < b1 && b0 < a1;
}

/** Findings to expectation slots (an item of count n is n slots), as many as
 *  can be paired: Kuhn's augmenting paths, so a wide item never takes the
 *  finding a narrow one needs. Returns, per finding, its slot or -1. */
function pair(findings: Finding[], slots: Expected[], text: string, starts: number[]): number[] {
  const fits = findings.map((f) => slots.flatMap((e, j) => (findingAt(f, e, text, starts) ? [j] : [])));
  const owner = new Array<number>(slots.length).fill(-1);
  const tryPair = (i: number, seen: boolean[]): boolean => {
    for (const j of fits[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] < 0 || tryPair(owner[j], seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  findings.forEach((_, i) => tryPair(i, new Array<boolean>(slots.length).fill(false)));
  const slotOf = new Array<number>(findings.length).fill(-1);
  owner.forEach((i, j) => {
    if (i >= 0) slotOf[i] = j;
  });
  return slotOf;
}

export function fixKind(f: Finding): 'safe' | 'person' | 'none' {
  if (!f.fix || f.fix.edits.length === 0) return 'none';
  return f.fix.safe ? 'safe' : 'person';
}

export function judgePage(
  path: string,
  name: string,
  text: string,
  findings: Finding[],
  exp: PageExpectations,
): JudgedPage {
  const starts = lineStarts(text);
  const ignored = (rule: string) => (exp.ignoreRules ?? []).some((p) => ruleMatches(p, rule));
  const absent = exp.absent ?? [];
  const judged: JudgedFinding[] = findings.map((finding) => {
    if (ignored(finding.rule)) return { finding, verdict: 'ignored' };
    const a = absent.find((x) => findingAt(finding, x, text, starts));
    return a ? { finding, verdict: 'false', absent: a } : { finding, verdict: 'false' };
  });
  const wanted = exp.expected.filter((e) => !ignored(e.rule));
  const slots = wanted.filter((e) => !e.optional).flatMap((e) => new Array<Expected>(e.count ?? 1).fill(e));
  const open = judged.filter((j) => j.verdict === 'false' && !j.absent);
  const slotOf = pair(
    open.map((j) => j.finding),
    slots,
    text,
    starts,
  );
  const used = new Map<Expected, number>();
  open.forEach((j, i) => {
    if (slotOf[i] < 0) return tolerate(j, wanted, text, starts);
    j.verdict = 'true';
    j.expected = slots[slotOf[i]];
    used.set(j.expected, (used.get(j.expected) ?? 0) + 1);
  });
  const missed: Missed[] = wanted
    .filter((e) => !e.optional && (used.get(e) ?? 0) < (e.count ?? 1))
    .map((e) => ({ expected: e, missing: (e.count ?? 1) - (used.get(e) ?? 0) }));
  return { path, name, text, expectations: exp, findings: judged, missed, fixIssues: fixIssues(judged) };
}

/** A finding no wanted item took, lying where an optional item allows it. */
function tolerate(j: JudgedFinding, items: readonly Expected[], text: string, starts: number[]): void {
  const e = items.find((x) => x.optional && findingAt(j.finding, x, text, starts));
  if (!e) return;
  j.verdict = 'ignored';
  j.expected = e;
}

/** Safe fixes the expectations say must not happen, and fix kinds that
 *  differ from what an expectation asks for. */
export function fixIssues(judged: readonly JudgedFinding[]): FixIssue[] {
  const out: FixIssue[] = [];
  for (const j of judged) {
    const kind = fixKind(j.finding);
    if (j.verdict === 'false' && kind === 'safe') {
      out.push({ finding: j.finding, kind: 'damage', note: damageNote(j.absent) });
    } else if (j.verdict === 'true' && j.expected?.fix && j.expected.fix !== kind) {
      const damage = kind === 'safe';
      out.push({
        finding: j.finding,
        kind: damage ? 'damage' : 'mismatch',
        note: `expected fix: ${j.expected.fix}, got: ${kind}${j.expected.why ? ` (${j.expected.why})` : ''}`,
      });
    }
  }
  return out;
}

function damageNote(a: Absent | undefined): string {
  if (!a) return 'safe fix on a false finding';
  return `safe fix where the expectations forbid the finding${a.why ? `: ${a.why}` : ''}`;
}

/** A page without expectations: every finding is listed, none is judged. */
export function unjudgedPage(path: string, name: string, text: string, findings: Finding[]): JudgedPage {
  return {
    path,
    name,
    text,
    findings: findings.map((finding) => ({ finding, verdict: 'ignored' })),
    missed: [],
    fixIssues: [],
  };
}
