// Characters written twice in a row (的的, ，，, ““), found once per page:
// text/repeated-char and quote/doubled each read the spots in their blocks
// instead of running a regular expression over every block.
import { defineAnalysis } from './context';
import { pageScan, scanText } from '../text/scan';

/** Offsets i (plus `base`) where text[i] === text[i + 1], ascending;
 *  spaces and line ends (code ≤ U+0020) are left out: no rule asks. */
export function doubledAt(text: string, base = 0): number[] {
  return scanText(text).doubled.map((i) => base + i);
}

/** The page's doubled characters, as page offsets of the first copy (from
 *  the page's one scan, text/scan.ts). */
export const DOUBLED = defineAnalysis('doubled', (ctx) => pageScan(ctx.text).doubled);
