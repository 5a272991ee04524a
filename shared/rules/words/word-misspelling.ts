// word/misspelling: a known wrong form of a word or idiom (按步就班, 截止目前,
// 布署), with the form to write. The list (data/misspellings.ts) holds the
// 第一批异形词整理表 variants and common slips; a newsroom adds its own pairs
// in the config (option `extra`).
//
// Precision: a form is reported only where it stands as its own word(s): the
// segmenter must not see a correct word running into it from either side
// (发布|署名 holds 布署 and is fine). Names (roster, bylines, credits) and
// foreign names are never read. A wrong form in a headline counts twice
// under the 2020 quality rules: there the finding is an error.
// Fix: the right form — a person accepts it (a list can still be wrong for
// one sentence).
import { s } from '../../text/excerpt';
import { isAsciiDigit } from '../../text/han';
import type { Block } from '../../types';
import { defineRule, option, type Draft, type RuleContext } from '../rule';
import { isHeading, listedFormStands, noneIfTraditional, PhraseTable, protectedSet, readsAsName, withoutOverlaps, wordBlocks } from './lexicon';
import { StandingMisspellings } from './phrases';

type Source = 'variant' | 'common' | 'newsroom';
interface Hit {
  start: number;
  end: number;
  phrase: string;
  right: string;
  source: Source;
  block: Block;
  /** Already known to stand where it was found. */
  stands?: boolean;
}

/** The newsroom's own pairs, built once per map object the config holds. */
const extraTables = new WeakMap<object, PhraseTable<string>>();
function extraTable(map: Readonly<Record<string, string>>): PhraseTable<string> | undefined {
  if (Object.keys(map).length === 0) return undefined;
  let t = extraTables.get(map);
  if (!t) extraTables.set(map, (t = new PhraseTable(Object.entries(map))));
  return t;
}

/** Listed, newsroom and 截止-before-a-date candidates, before the guards. */
function candidates(ctx: RuleContext<{ extra: Readonly<Record<string, string>> }>): Hit[] {
  const hits: Hit[] = [];
  // The listed ones have passed the guard already (StandingMisspellings).
  for (const h of ctx.get(StandingMisspellings).hits)
    if (h.value.list === 'misspelling') hits.push({ ...h, right: h.value.right, source: h.value.source, stands: true });
  const extra = extraTable(ctx.options.extra);
  const text = ctx.text;
  // One search of the page says whether any block need be searched for 截止.
  const jiezhi = text.includes(JIEZHI);
  if (!extra && !jiezhi) return hits;
  for (const b of wordBlocks(ctx)) {
    const lo = b.textStart;
    const hi = lo + b.text.length;
    if (extra) for (const h of extra.find(text, lo, hi)) hits.push({ ...h, right: h.value, source: 'newsroom', block: b });
    if (jiezhi) jiezhiIn(b, hits);
  }
  return hits;
}

function jiezhiIn(b: Block, hits: Hit[]): void {
  // In the block's own text: indexOf on the page would run to its end.
  for (let k = b.text.indexOf(JIEZHI); k >= 0; k = b.text.indexOf(JIEZHI, k + 2))
    if (isAsciiDigit(b.text.charCodeAt(k + 2)))
      hits.push({ start: b.textStart + k, end: b.textStart + k + 2, phrase: JIEZHI, right: '截至', source: 'common', block: b });
}

/** 截止 right before a date (截止2022年, 截止12月) means 截至: 截止 ends a
 *  period and needs 到 before a date (截止到); 截至 takes the date itself. */
const JIEZHI = '截止';

export const rule = defineRule({
  id: 'word/misspelling',
  severity: 'warning',
  title: { zh: '错别字（词）', en: 'Misspelt word' },
  summary: {
    zh: '已知的错误写法和异形词（按步就班、截止目前、布署），给出正确写法',
    en: 'a known wrong form of a word or idiom (按步就班, 截止目前, 布署), with the right one',
  },
  message: {
    zh: (d) =>
      `「${s(d.wrong)}」应为「${s(d.right)}」` +
      (d.source === 'variant' ? '（第一批异形词整理表推荐词形）' : d.source === 'newsroom' ? '（本报用字规范）' : '') +
      (d.heading ? '；标题中的差错计双倍' : ''),
    en: (d) =>
      `「${s(d.wrong)}」 should be 「${s(d.right)}」` +
      (d.source === 'variant' ? ' (the recommended form in the first table of variant forms)' : d.source === 'newsroom' ? ' (house style)' : '') +
      (d.heading ? '; an error in a headline counts twice' : ''),
  },
  fix: 'person',
  options: {
    extra: option.wordMap({}, "The newsroom's own wrong → right pairs, checked besides the built-in list"),
  },
  check(ctx) {
    const out: Draft[] = [];
    const text = ctx.text;
    for (const h of noneIfTraditional(ctx, candidates(ctx))) {
      const lo = h.block.textStart;
      const hi = lo + h.block.text.length;
      if (h.right === h.phrase) continue;
      if (!h.stands && !listedFormStands(text, h.start, h.end, lo, hi)) continue;
      if (h.source !== 'newsroom' && readsAsName(text, h.start, h.end, lo, hi)) continue;
      if (protectedSet(ctx.page, ctx.roster).overlaps(h.start, h.end)) continue;
      const heading = isHeading(h.block);
      out.push({
        start: h.start,
        end: h.end,
        ...(heading ? { severity: 'error' as const } : {}),
        data: { wrong: h.phrase, right: h.right, source: h.source, ...(heading ? { heading: 1 } : {}) },
        fix: { safe: false, edits: [{ start: h.start, end: h.end, text: h.right, old: h.phrase }] },
      });
    }
    return withoutOverlaps(out);
  },
});
