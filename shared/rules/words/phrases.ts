// The built-in phrase lists of word/misspelling, word/confusable and
// usage/discouraged in one table, scanned once per check (an analysis):
// the scan is the pack's largest cost, and three scans cost three times it.
import { defineAnalysis } from '../../analysis/context';
import { CONFUSABLE_PAIRS_PACKED, CONFUSABLES } from './data/confusables.gen';
import { USAGE_RULES, type UsageRule } from './data/discouraged';
import { MISSPELLINGS } from './data/misspellings';
import { insideIdiom } from './idioms';
import { listedFormStands, PhraseTable, SpanSet, wordBlocks, type PhraseHit } from './lexicon';
import type { Block } from '../../types';

export type Listed =
  | { list: 'misspelling'; right: string; source: 'variant' | 'common' }
  | { list: 'confusable'; right: string }
  | { list: 'usage'; rule: UsageRule };

let built: PhraseTable<Listed> | undefined;
function table(): PhraseTable<Listed> {
  if (built) return built;
  // Curated lists first: of two entries for one phrase the first wins.
  const entries: [string, Listed][] = [];
  for (const [w, r, source] of MISSPELLINGS) entries.push([w, { list: 'misspelling', right: r, source }]);
  for (const r of USAGE_RULES) entries.push([r.phrase, { list: 'usage', rule: r }]);
  for (const e of CONFUSABLES.split(' ')) {
    const n = e.length / 2;
    entries.push([e.slice(0, n), { list: 'confusable', right: e.slice(n) }]);
  }
  // The two-character look-alikes, most of them, packed (PhraseTable).
  return (built = new PhraseTable(entries, { records: CONFUSABLE_PAIRS_PACKED, value: (right) => ({ list: 'confusable', right }) }));
}

export interface ListedHit extends PhraseHit<Listed> {
  block: Block;
}

/** Every listed phrase in the word blocks of the page, left to right. */
export const ListedPhrases = defineAnalysis('words/listed-phrases', (ctx): ListedHit[] => {
  const out: ListedHit[] = [];
  const t = table();
  for (const b of wordBlocks(ctx)) for (const h of t.find(ctx.text, b.textStart, b.textStart + b.text.length)) out.push({ ...h, block: b });
  return out;
});

/** The listed misspellings that stand where they were found (the guard
 *  word/misspelling applies, asked once here): word/misspelling reports
 *  them, and no other word rule reports their characters (a look-alike
 *  inside 编缉 does not hide 总编缉 any more than 编缉 dropped by its guard
 *  does). */
export const StandingMisspellings = defineAnalysis('words/standing-misspellings', (ctx): { hits: ListedHit[]; spans: SpanSet } => {
  const text = ctx.text;
  const hits: ListedHit[] = [];
  for (const h of ctx.get(ListedPhrases)) {
    if (h.value.list !== 'misspelling') continue;
    const lo = h.block.textStart;
    const hi = lo + h.block.text.length;
    // 自已 is a slip everywhere but in 不能自已: an idiom written right
    // holds no shorter listed slip, whatever the segmenter makes of it. A
    // variant of the 异形词 table is one inside an idiom too (一塌胡涂).
    const heldByIdiom = h.value.source !== 'variant' && h.end - h.start < 4 && insideIdiom(text, h.start, h.end, lo, hi);
    if (!heldByIdiom && listedFormStands(text, h.start, h.end, lo, hi)) hits.push(h);
  }
  return { hits, spans: new SpanSet(hits.map((h): [number, number] => [h.start, h.end])) };
});
