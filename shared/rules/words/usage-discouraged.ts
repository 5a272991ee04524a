// usage/discouraged: an expression newsroom practice avoids, with why and what
// to write instead (data/discouraged.ts: slurs, shortened names of ethnic
// groups, showbiz epithets, non-standard short forms of state organs,
// wording on Taiwan, Hong Kong and Macao, slang). A newsroom adds its own
// rules in the config (option `extra`: expression → what to write instead).
//
// Quoted speech is reported too — the editor decides (Xinhua's practice is
// to gloss such words in brackets) — but names are never read.
import { s } from '../../text/excerpt';
import { defineRule, option, type Draft } from '../rule';
import type { UsageRule } from './data/discouraged';
import { noneIfTraditional, PhraseTable, protectedSet, readsAcross, withoutOverlaps, wordBlocks } from './lexicon';
import { ListedPhrases, StandingMisspellings } from './phrases';

const HOUSE = { zh: '本报用语规范', en: 'house style' };
const extraTables = new WeakMap<object, PhraseTable<UsageRule>>();
function extraTable(map: Readonly<Record<string, string>>): PhraseTable<UsageRule> | undefined {
  if (Object.keys(map).length === 0) return undefined;
  let t = extraTables.get(map);
  if (!t) {
    t = new PhraseTable(Object.entries(map).map(([phrase, instead]) => [phrase, { phrase, instead, why: HOUSE }] as const));
    extraTables.set(map, t);
  }
  return t;
}

/** Does the neighbour make the phrase part of another word (自由女神像)? */
function partOfOther(text: string, start: number, end: number, r: UsageRule): boolean {
  return (!!r.notBefore && r.notBefore.includes(text[end] ?? '')) || (!!r.notAfter && r.notAfter.includes(text[start - 1] ?? ''));
}

export const rule = defineRule({
  id: 'usage/discouraged',
  severity: 'warning',
  title: { zh: '不宜使用的提法', en: 'Discouraged usage' },
  summary: {
    zh: '新闻报道中禁用或慎用的提法（蔑称、不规范简称、涉台港澳提法等），说明原因和替代写法',
    en: 'an expression news copy avoids (slurs, non-standard short forms, wording on Taiwan…), with why and what to write',
  },
  message: {
    zh: (d) => `「${s(d.phrase)}」：${s(d.why)}` + (d.instead ? `，宜写「${s(d.instead)}」` : ''),
    en: (d) => `「${s(d.phrase)}」: ${s(d.whyEn)}` + (d.instead ? `; write “${s(d.instead)}”` : ''),
  },
  fix: 'person',
  options: {
    extra: option.wordMap({}, "The newsroom's own rules: expression → what to write instead ('' for none)"),
  },
  check(ctx) {
    const out: Draft[] = [];
    const text = ctx.text;
    // lo, hi: the block, for the crossing test; built-in phrases only (PAIRS
    // were generated for them, not for the newsroom's own).
    const hits: { start: number; end: number; rule: UsageRule; lo: number; hi: number; builtIn: boolean }[] = [];
    for (const h of ctx.get(ListedPhrases))
      if (h.value.list === 'usage') hits.push({ ...h, rule: h.value.rule, lo: h.block.textStart, hi: h.block.textStart + h.block.text.length, builtIn: true });
    const extra = extraTable(ctx.options.extra);
    if (extra)
      for (const b of wordBlocks(ctx))
        for (const h of extra.find(text, b.textStart, b.textStart + b.text.length)) hits.push({ ...h, rule: h.value, lo: b.textStart, hi: b.textStart + b.text.length, builtIn: false });
    const curated = ctx.get(StandingMisspellings).spans;
    for (const { start, end, rule: r, lo, hi, builtIn } of noneIfTraditional(ctx, hits)) {
      // Two characters across two common words are neither (摄影|后期 holds 影后).
      if (partOfOther(text, start, end, r) || (builtIn && end - start === 2 && readsAcross(text, start, end, lo, hi))) continue;
      // A misspelling over the same characters speaks for them (簿弱智 is 簿弱, not 弱智).
      if (curated.overlaps(start, end)) continue;
      if (protectedSet(ctx.page, ctx.roster).overlaps(start, end)) continue;
      out.push({
        start,
        end,
        ...(r.severity ? { severity: r.severity } : {}),
        data: { phrase: r.phrase, instead: r.instead, why: r.why.zh, whyEn: r.why.en },
        ...(r.instead ? { fix: { safe: false, edits: [{ start, end, text: r.instead, old: r.phrase }] } } : {}),
      });
    }
    return withoutOverlaps(out);
  },
});
