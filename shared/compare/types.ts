// Revision compare: the result shape shared by the CLI (`galley diff`), the
// HTML report and the app's compare view. docs/design.md §7, issue 4.

export interface CompareOptions {
  /** Spaces, tabs and full-width spaces inside lines are not differences. */
  ignoreWhitespace?: boolean;
  /** `,` = `，`, `:` = `：`, `(` = `（`, `"` = `“`… (half- vs full-width). */
  ignorePunctuationWidth?: boolean;
  /** A change that only moves line breaks (a clean join or split, a
   *  re-wrapped paragraph) is not a change. */
  ignoreLineBreaks?: boolean;
}

export type ChangeType = 'insert' | 'delete' | 'replace' | 'move' | 'split' | 'join';

/** 1-based lines of one file (its original line ends: CRLF and LF count alike). */
export interface LineRange {
  line: number;
  endLine: number;
}

export interface ChangePart {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Change {
  type: ChangeType;
  /** Where the change sits in the old revision; null for an insertion. */
  old: LineRange | null;
  /** Where the change sits in the new revision; null for a deletion. */
  new: LineRange | null;
  /** Equal + insert parts spell the new lines (LF line ends); equal + delete
   *  parts spell the old lines when no ignore option is on. Under an ignore
   *  option an equal part carries the new revision's spelling. */
  parts: ChangePart[];
}

export interface RevisionSummary {
  /** Lines in the file (a final line break does not start another line). */
  lines: number;
  /** Blank-line-separated blocks. */
  paragraphs: number;
  /** Characters (code points) other than line breaks. */
  chars: number;
}

export interface CompareStats {
  insertions: number;
  deletions: number;
  replacements: number;
  moves: number;
  splits: number;
  joins: number;
  /** Code points in insert / delete parts, line breaks not counted. */
  charsInserted: number;
  charsDeleted: number;
}

export interface Comparison {
  old: RevisionSummary;
  new: RevisionSummary;
  /** In reading order of the new revision; a deletion sits where the text was. */
  changes: Change[];
  stats: CompareStats;
  equal: boolean;
}

/** One line of text on one side of a side-by-side row. */
export interface RowLine {
  line: number;
  text: string;
}

/**
 * The side-by-side alignment behind a comparison, for views and reports:
 * every non-blank line of both revisions appears in exactly one row, in
 * reading order.
 *  - 'equal': the same line on both sides (texts may differ only in what the
 *    options ignore);
 *  - 'change': `change` indexes `Comparison.changes`;
 *  - 'moved-from': the old place of a moved paragraph (`change` is the move);
 *  - 'moved-to': a moved paragraph at its new place.
 */
export interface AlignedRow {
  kind: 'equal' | 'change' | 'moved-from' | 'moved-to';
  change: number | null;
  old: RowLine[];
  new: RowLine[];
}

export interface DetailedComparison {
  comparison: Comparison;
  rows: AlignedRow[];
}
