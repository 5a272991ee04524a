// Short quotes of page text for messages and finding ranges around the edges
// of paragraphs (never splitting a surrogate pair). A range stops at a line
// end; a quote reads on across the line ends of a hard-wrapped paragraph,
// without them.
import type { Paragraph } from './continuations';

/** How many characters of a paragraph's edge a finding's range covers. */
const EDGE = 4;
/** How many characters a message quotes. */
const QUOTE = 10;

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Start of the last `n` code units of text[…, end), stopping at a line end
 *  unless `acrossLines` (then line ends do not count). */
function backFrom(text: string, start: number, end: number, n: number, acrossLines = false): number {
  let a = end;
  let taken = 0;
  while (a > start && taken < n) {
    if (text[a - 1] === '\n') {
      if (!acrossLines) break;
    } else taken++;
    a--;
  }
  if (a > start && isLow(text.charCodeAt(a))) a--;
  return a;
}

/** End of the first `n` code units from `start`, stopping at a line end
 *  unless `acrossLines`. */
function forwardFrom(text: string, start: number, end: number, n: number, acrossLines = false): number {
  let b = start;
  let taken = 0;
  while (b < end && taken < n) {
    if (text[b] === '\n') {
      if (!acrossLines) break;
    } else taken++;
    b++;
  }
  if (b < end && isLow(text.charCodeAt(b))) b++;
  return b;
}

/** The range at the end of a paragraph a finding points at. */
export function endRange(text: string, p: Paragraph): { start: number; end: number } {
  return { start: backFrom(text, p.start, p.end, EDGE), end: p.end };
}

/** The range at the start of a paragraph a finding points at. */
export function startRange(text: string, p: Paragraph): { start: number; end: number } {
  return { start: p.start, end: forwardFrom(text, p.start, p.end, EDGE) };
}

/** The last words of a paragraph, for a message: `…融入生`. */
export function tailQuote(text: string, p: Paragraph): string {
  const a = backFrom(text, p.start, p.end, QUOTE, true);
  return (a > p.start ? '…' : '') + text.slice(a, p.end).replace(/\n/g, '');
}

/** The first words of a paragraph, for a message: `活场景，重塑…`. */
export function headQuote(text: string, p: Paragraph): string {
  const b = forwardFrom(text, p.start, p.end, QUOTE, true);
  return text.slice(p.start, b).replace(/\n/g, '') + (b < p.end ? '…' : '');
}
