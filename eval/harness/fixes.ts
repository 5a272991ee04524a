// Fixes shown as a proofreader reads them: where, what the text says now
// and what it would say, a few characters either side so that a join of two
// stories is plain to see. Line breaks are drawn as ⏎.
import type { Finding, TextEdit } from '../../shared/types';
import { fixKind, lineStarts } from './match';
import type { FixIssue, JudgedPage, Verdict } from './types';

const CONTEXT = 8;

export interface FixLine {
  page: string;
  rule: string;
  line: number;
  safe: boolean;
  verdict: Verdict;
  /** One per edit: `before → after`. */
  edits: { line: number; before: string; after: string }[];
  issue?: FixIssue;
}

const show = (s: string) => s.replace(/\r?\n/g, '⏎');

/** A moved paragraph is long: its head and tail say which one it is. */
const brief = (s: string) => (s.length > 28 ? `${s.slice(0, 12)}…(${s.length})…${s.slice(-12)}` : s);

function lineOf(starts: number[], offset: number): number {
  let lo = 1;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function describeEdit(text: string, starts: number[], e: TextEdit) {
  const left = text.slice(Math.max(0, e.start - CONTEXT), e.start);
  const right = text.slice(e.end, e.end + CONTEXT);
  return {
    line: lineOf(starts, e.start),
    before: show(left + brief(e.old) + right),
    after: show(left + brief(e.text) + right),
  };
}

/** Every fix a page's findings carry, safe ones being what `galley clean`
 *  applies (it re-checks and repeats until nothing changes; the first pass
 *  is what is listed here). */
export function pageFixes(page: JudgedPage): FixLine[] {
  const starts = lineStarts(page.text);
  const issueOf = new Map<Finding, FixIssue>(page.fixIssues.map((i) => [i.finding, i]));
  return page.findings
    .filter((j) => fixKind(j.finding) !== 'none')
    .map((j) => ({
      page: page.name,
      rule: j.finding.rule,
      line: j.finding.line,
      safe: fixKind(j.finding) === 'safe',
      verdict: j.verdict,
      edits: j.finding.fix!.edits.map((e) => describeEdit(page.text, starts, e)),
      ...(issueOf.has(j.finding) ? { issue: issueOf.get(j.finding) } : {}),
    }));
}
