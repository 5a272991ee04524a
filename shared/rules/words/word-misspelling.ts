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
import { defineRule, option, type Draft } from '../rule';
import { MISSPELLINGS } from './data/misspellings';
import { isHeading, overlaps, PhraseTable, protectedSpans, readsAcross, standsAlone, wordBlocks } from './lexicon';

type Source = 'variant' | 'common' | 'newsroom';

let builtIn: PhraseTable<[string, Source]> | undefined;
const table = () => (builtIn ??= new PhraseTable(MISSPELLINGS.map(([w, r, src]) => [w, [r, src]] as const)));

/** The newsroom's own pairs, built once per map object the config holds. */
const extraTables = new WeakMap<object, PhraseTable<[string, Source]>>();
function extraTable(map: Readonly<Record<string, string>>): PhraseTable<[string, Source]> | undefined {
  if (Object.keys(map).length === 0) return undefined;
  let t = extraTables.get(map);
  if (!t) extraTables.set(map, (t = new PhraseTable(Object.entries(map).map(([w, r]) => [w, [r, 'newsroom']] as const))));
  return t;
}

/** 截止 right before a date (截止2022年, 截止12月) means 截至: 截止 ends a
 *  period and needs 到 before a date (截止到); 截至 takes the date itself. */
const JIEZHI = '截止';
function jiezhiBeforeDate(text: string, i: number): boolean {
  return text.startsWith(JIEZHI, i) && isAsciiDigit(text.charCodeAt(i + 2));
}

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
      `“${s(d.wrong)}” should be “${s(d.right)}”` +
      (d.source === 'variant' ? ' (the recommended form in the first table of variant forms)' : d.source === 'newsroom' ? ' (house style)' : '') +
      (d.heading ? '; an error in a headline counts twice' : ''),
  },
  fix: 'person',
  options: {
    extra: option.wordMap({}, "The newsroom's own wrong → right pairs, checked besides the built-in list"),
  },
  check(ctx) {
    const out: Draft[] = [];
    const tables = [table(), extraTable(ctx.options.extra)].filter((t) => t !== undefined);
    let guard: [number, number][] | undefined;
    const text = ctx.text;
    for (const b of wordBlocks(ctx)) {
      const lo = b.textStart;
      const hi = lo + b.text.length;
      const hits = tables.flatMap((t) => t.find(text, lo, hi).map((h) => ({ ...h, right: h.value[0], source: h.value[1] })));
      for (let i = text.indexOf(JIEZHI, lo); i >= 0 && i < hi; i = text.indexOf(JIEZHI, i + 2))
        if (jiezhiBeforeDate(text, i)) hits.push({ start: i, end: i + 2, phrase: JIEZHI, value: ['截至', 'common'], right: '截至', source: 'common' });
      for (const h of hits) {
        if (h.right === h.phrase) continue;
        if (!standsAlone(text, h.start, h.end, lo, hi) || readsAcross(text, h.start, h.end, lo, hi)) continue;
        guard ??= protectedSpans(ctx.page, ctx.roster);
        if (overlaps(guard, h.start, h.end)) continue;
        const heading = isHeading(b);
        out.push({
          start: h.start,
          end: h.end,
          ...(heading ? { severity: 'error' as const } : {}),
          data: { wrong: h.phrase, right: h.right, source: h.source, ...(heading ? { heading: 1 } : {}) },
          fix: { safe: false, edits: [{ start: h.start, end: h.end, text: h.right, old: h.phrase }] },
        });
      }
    }
    return out;
  },
});
