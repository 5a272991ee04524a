// The vocabulary of the accuracy harness: what a page's expectations say
// (eval/corpus/**/NAME.expected.json, described in eval/README.md) and what
// judging a page against them yields.
import type { Finding } from '../../shared/types';

/** A line, or an inclusive range of lines, 1-based in the page file. */
export type LineSpec = number | readonly [number, number];

/** One finding a careful proofreader wants on the page. */
export interface Expected {
  rule: string;
  /** Where the finding starts; a range when the exact line is a matter of
   *  taste (a byline/missing may sit on the kicker or the headline). */
  line: LineSpec;
  /** Must overlap the finding's range (an occurrence on the expected lines). */
  text?: string;
  /** sentence/broken: the line its continuation starts on; a join found
   *  elsewhere is no true finding. */
  continuesAt?: number;
  /** How many findings this item stands for (half-width marks on one line). */
  count?: number;
  /** The fix the finding should carry: a join across two stories may be
   *  reported but must never be safe. Checked, reported, not scored. */
  fix?: 'safe' | 'person' | 'none';
  /** Tolerated, not wanted: a finding here is neither true nor false, and
   *  its absence is no miss (joining the column wraps of one old item). */
  optional?: boolean;
  why?: string;
}

/** A look-alike where a rule must NOT fire; a finding here is a false
 *  positive, and a safe fix on it is damage. Without `line`: anywhere. */
export interface Absent {
  rule: string;
  line?: LineSpec;
  text?: string;
  why?: string;
}

export interface PageExpectations {
  /** The paper, and the issue's date where known. */
  paper: string;
  date?: string;
  /** Where the excerpt comes from (corpus file and lines), or 'written for the test'. */
  source: string;
  /** Licence attribution the source requires (jingbao: CC BY 4.0). */
  attribution?: string;
  /** The convention this excerpt tests, in words. */
  convention: string;
  /** The house style / profile it stands for, free text. */
  profile?: string;
  /** True when the excerpt was written for the test, not taken from a paper. */
  written?: boolean;
  /** Rules not judged on this page (e.g. punct/* on raw OCR); a trailing
   *  `/*` takes a whole pack. Their findings are still listed. */
  ignoreRules?: string[];
  expected: Expected[];
  absent?: Absent[];
}

/** ignored: its rule is not judged here, or an optional item tolerates it. */
export type Verdict = 'true' | 'false' | 'ignored';

export interface JudgedFinding {
  finding: Finding;
  verdict: Verdict;
  /** The absent item it violates, if any. */
  absent?: Absent;
  /** The expectation it matched, if any. */
  expected?: Expected;
}

export interface Missed {
  expected: Expected;
  /** How many of the item's `count` went unmatched. */
  missing: number;
}

export interface FixIssue {
  finding: Finding;
  /** Why this fix is a problem: damage (a safe fix on a false finding or
   *  a forbidden place) or mismatch (expected fix kind differs). */
  kind: 'damage' | 'mismatch';
  note: string;
}

export interface JudgedPage {
  path: string;
  /** Path relative to the folder run over, for display and baselines. */
  name: string;
  text: string;
  expectations?: PageExpectations;
  findings: JudgedFinding[];
  missed: Missed[];
  fixIssues: FixIssue[];
}
