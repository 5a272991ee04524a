// Characters written twice in a row (的的, ，，, ““), found once per page:
// text/repeated-char and quote/doubled each read the spots in their blocks
// instead of running a regular expression over every block.
import { defineAnalysis } from './context';

/** Offsets i (plus `base`) where text[i] === text[i + 1], ascending;
 *  spaces and line ends (code ≤ U+0020) are left out: no rule asks. */
export function doubledAt(text: string, base = 0): number[] {
  const out: number[] = [];
  let prev = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === prev && c > 0x20) out.push(base + i - 1);
    prev = c;
  }
  return out;
}

/** The page's doubled characters, as page offsets of the first copy. */
export const DOUBLED = defineAnalysis('doubled', (ctx) => doubledAt(ctx.text));
