// URLs and e-mail addresses inside page text: their ASCII punctuation
// (`:` `/` `.` `?` `@`) is not Chinese punctuation and their words are not
// stray Latin. Built once; scanned only when a block can contain one.
import type { Span } from './sentences';
import { pageScan } from './scan';

const URL_OR_EMAIL =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[!#-'*-;=?-Z\\_a-z~%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;

/** Cheap pre-test: could this text hold a URL or e-mail address at all? */
export function mayHoldUrl(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('@');
}

/** mayHoldUrl of a whole page, read off its one scan (text/scan.ts) rather
 *  than three searches of the text: the : of :// and the . of www. are among
 *  the half-width marks it lists, and it notes an @. Rules that look for
 *  URLs block by block can ask this once first. */
export function pageMayHoldUrl(text: string): boolean {
  const scan = pageScan(text);
  if (scan.atSign) return true;
  for (const i of scan.half) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */ && text.startsWith('//', i + 1)) return true;
    if (c === 0x2e /* . */ && i >= 3 && text.startsWith('www', i - 3)) return true;
  }
  return false;
}

/** Ranges of URLs and e-mail addresses in text (offsets into text). A
 *  trailing ASCII mark that ends the sentence (`.` `,` `)` …) is not part of
 *  the address. */
export function findUrls(text: string): Span[] {
  if (!mayHoldUrl(text)) return [];
  const out: Span[] = [];
  URL_OR_EMAIL.lastIndex = 0;
  for (let m = URL_OR_EMAIL.exec(text); m; m = URL_OR_EMAIL.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && ',.;:!?)\'"'.includes(text[end - 1])) end--;
    out.push({ start: m.index, end });
  }
  return out;
}

export function inSpans(spans: readonly Span[], i: number): boolean {
  for (const s of spans) if (i >= s.start && i < s.end) return true;
  return false;
}
