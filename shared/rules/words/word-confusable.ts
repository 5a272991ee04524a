// word/confusable: a character that does not fit where a confusable one
// (same or near reading, near shape) makes a common word — 做品 for 作品,
// 坚绝 for 坚决, 发现自已 for 发现自己.
//
// Evidence, all of it required:
//  - the form is a look-alike of a common word of jieba's dictionary made by
//    one swap of a known confusable pair, and is itself no word there
//    (generated offline: data/confusables.gen.ts, scripts/words-data.ts);
//    look-alikes made of two free-standing pieces (在|说, 已|上) or of a word
//    and a free character at its edge (代表|做) were never generated;
//  - on the page the form stands alone: no correct word runs into it from
//    either side (以|经济, 现在|次要 are fine);
//  - no common two-character word crosses its edges on both sides (给定|单个),
//    and it is no part of an idiom written right (畅所 in 畅所欲言);
// (That the platform's segmenter reads the form as one word is no evidence
// for it: ICU's dictionary holds common slips such as 己经 and 等侯.)
//  - it is not inside a name (roster, byline, credits, foreign names with ·)
//    and does not read as one (记者王文锋报道, 付教授介绍: a surname between
//    a role or a stop and a verb of saying or a title), nor in the
//    newsroom's allow list (option `allow`).
//
// Four-character idioms are found the same way without a list of pairs
// (idioms.ts), and, where the newsroom turns it on (option `compounds`: it
// costs a sixth of the check), three-character words (compounds.ts, 汽象台
// for 气象台): one character read alike or a listed look-alike, 水泻不通 for
// 水泄不通; what is no evidence there (不同|反响 beside 不同凡响: a common
// word for a half) is settled by its tables, and no standing listed
// misspelling may cover it. As with listed idioms, the segmenter is not
// asked: it splits a wrong idiom oddly (高健一针见雪地指出: 健一, 雪地).
// Fix: the word — a person accepts it.
import { s } from '../../text/excerpt';
import { defineRule, option, type Draft } from '../rule';
import type { AnalysisContext } from '../../analysis/context';
import { findCompoundSlips } from './compounds';
import { LOOSE_FORMS } from './data/confusables.gen';
import { findIdiomSlips, insideIdiom } from './idioms';
import { betweenWords, isHeading, noneIfTraditional, protectedSet, protectedSpans, readsAcross, readsAsName, readsAsPlace, SpanSet, standsAlone, withoutOverlaps, wordBlocks, wordsOf } from './lexicon';
import { ListedPhrases, StandingMisspellings } from './phrases';

export const rule = defineRule({
  id: 'word/confusable',
  severity: 'warning',
  title: { zh: '疑似错字', en: 'Confusable character' },
  summary: {
    zh: '形近或音近的字用错，换成另一个字才成常用词（做品→作品）',
    en: 'a character where a confusable one makes a common word (做品 → 作品)',
  },
  message: {
    zh: (d) => `「${s(d.wrong)}」疑为「${s(d.right)}」之误` + (d.heading ? '；标题中的差错计双倍' : ''),
    en: (d) => `「${s(d.wrong)}」 is probably a slip for 「${s(d.right)}」` + (d.heading ? '; an error in a headline counts twice' : ''),
  },
  fix: 'person',
  options: {
    allow: option.words([], 'Words and phrases never reported as confusable (product names, terms of art)'),
    compounds: option.boolean(
      false,
      'Also find slips in three-character words without a list (汽象台 → 气象台, 公绩金 → 公积金): no false alarm on the clean test pages, but it costs about a sixth of the whole check',
    ),
  },
  check(ctx) {
    const out: Draft[] = [];
    const text = ctx.text;
    const allow = new Set(ctx.options.allow);
    let guard: SpanSet | undefined;
    const guarded = (start: number, end: number) => {
      guard ??= ctx.options.allow.length ? new SpanSet([...protectedSpans(ctx.page, ctx.roster), ...allowedSpans(text, ctx.options.allow)]) : protectedSet(ctx.page, ctx.roster);
      return guard.overlaps(start, end);
    };
    const listed = ctx.get(ListedPhrases);
    const curated = ctx.get(StandingMisspellings).spans;
    for (const h of noneIfTraditional(ctx, listed)) {
      if (h.value.list !== 'confusable' || allow.has(h.phrase)) continue;
      // A listed misspelling that stands over the same characters speaks for them.
      if (curated.overlaps(h.start, h.end)) continue;
      const lo = h.block.textStart;
      const hi = lo + h.block.text.length;
      // The table lookups first: most look-alikes on a page sit across two
      // words (创新|资源 holds 新资), and the segmenter costs most.
      if (readsAcross(text, h.start, h.end, lo, hi) || readsAsName(text, h.start, h.end, lo, hi) || readsAsPlace(text, h.start, h.end, hi) || insideIdiom(text, h.start, h.end, lo, hi)) continue;
      if (!wordsOf(text, h.start, h.end, lo, hi) || guarded(h.start, h.end)) continue;
      if (looseForm(h.phrase) && !betweenWords(text, h.start, h.end, lo, hi)) continue;
      out.push(draft(h.start, h.phrase, h.value.right, isHeading(h.block)));
    }
    const slips = slipsOf(ctx, curated, findIdiomSlips, () => false);
    if (ctx.options.compounds) slips.push(...slipsOf(ctx, curated, findCompoundSlips, compoundNoEvidence));
    for (const d of noneIfTraditional(ctx, slips))
      if (!allow.has(d.data!.wrong as string) && !guarded(d.start, d.end)) out.push(d);
    return withoutOverlaps(out);
  },
});

function draft(start: number, wrong: string, right: string, heading: boolean): Draft {
  const end = start + wrong.length;
  return {
    start,
    end,
    ...(heading ? { severity: 'error' as const } : {}),
    data: { wrong, right, ...(heading ? { heading: 1 } : {}) },
    fix: { safe: false, edits: [{ start, end, text: right, old: wrong }] },
  };
}

/** The slips a finder (idioms, compounds) sees in the word blocks, less
 *  those a standing listed misspelling covers and those `noEvidence` drops. */
function slipsOf(
  ctx: AnalysisContext,
  curated: SpanSet,
  find: (text: string, from: number, to: number) => readonly { start: number; wrong: string; right: string }[],
  noEvidence: (text: string, start: number, end: number, lo: number, hi: number) => boolean,
): Draft[] {
  const out: Draft[] = [];
  const text = ctx.text;
  for (const b of wordBlocks(ctx)) {
    const lo = b.textStart;
    const hi = lo + b.text.length;
    for (const s of find(text, lo, hi)) {
      const end = s.start + s.wrong.length;
      if (!curated.overlaps(s.start, end) && !noEvidence(text, s.start, end, lo, hi)) out.push(draft(s.start, s.wrong, s.right, isHeading(b)));
    }
  }
  return out;
}

/** A three-character slip is no evidence where a word crosses its edges
 *  (readsAcross; by the segmenter: 戛 of 音乐戛然而止 beside 音乐家), where
 *  it reads as a name, or inside an idiom written right. Idiom slips need
 *  none of these: their tables settle it. */
function compoundNoEvidence(text: string, start: number, end: number, lo: number, hi: number): boolean {
  return readsAcross(text, start, end, lo, hi) || readsAsName(text, start, end, lo, hi) || insideIdiom(text, start, end, lo, hi) || !standsAlone(text, start, end, lo, hi);
}

let loose: Set<string> | undefined;
/** Is the look-alike one of two free characters (LOOSE_FORMS)? */
function looseForm(form: string): boolean {
  if (!loose) {
    loose = new Set();
    for (let i = 0; i + 1 < LOOSE_FORMS.length; i += 2) loose.add(LOOSE_FORMS.slice(i, i + 2));
  }
  return loose.has(form);
}

function allowedSpans(text: string, allow: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of allow) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([i, i + p.length]);
  return out;
}
