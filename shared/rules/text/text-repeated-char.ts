// text/repeated-char: an accidental doubled character (`的的`, `是是`).
//
// Chinese doubles characters on purpose all the time (谢谢 常常 人人 看看
// 渐渐, AABB 高高兴兴 家家户户), so a doubled character alone proves
// nothing. The primary signal is the character: only function words
// (particles, prepositions, conjunctions, the copula, a few adverbs) are
// candidates, because they do not reduplicate. The second signal is the
// word segmenter (Intl.Segmenter, zh), asked only at candidate spots:
//   - both copies inside one word (等等, 不了了之, 是是非非) → a word;
//   - either copy part of a longer word (终于|于, 为了|了解, 派出所|所长,
//     总是|是非, 一把|把, 现在|在) → two words that happen to meet;
//   - both copies stand alone (这|是|是|一个, 我们|在|在|这里) → doubled.
// One exception: the segmenter's dictionary glues a personal pronoun to 的
// (我的), so 我的|的 counts as standing alone.
// AABB patterns and runs of three or more are left alone.
// Fix: delete the second copy — not safe, it changes wording.
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';
import { NAME_KINDS } from '../../text/kinds';
import { DOUBLED, doubledAt } from '../../analysis/doubled';
import { lowerBound } from '../../text/sorted';
import { zhWords } from '../../text/segmenter';

/** Function words that do not reduplicate. Left out on purpose: 不 (不不，),
 *  最 (最最重要, colloquial emphasis), 等 (等等 is a word anyway). */
const FUNCTION_WORDS = new Set(
  [...'的了是在和与及把被对从为将也都就而并或向于以由让给但又还所其之着过地得吗呢吧啊跟同即且则才已再很更'].map(
    (c) => c.charCodeAt(0),
  ),
);

/** Pronoun + 的 segments the dictionary treats as one word. */
const GLUED_POSSESSIVES = new Set(['我的', '你的', '他的', '她的', '它的', '您的', '谁的']);

const WINDOW = 6;


/** Is the doubled function word at text[i], text[i+1] accidental? */
export function isAccidentalDouble(text: string, i: number): boolean {
  const from = Math.max(0, i - WINDOW);
  const to = Math.min(text.length, i + 2 + WINDOW);
  const a = i - from; // first copy, inside the window
  const seg = zhWords();
  if (!seg) return false;
  // containing() segments lazily around the spot: far cheaper than iterating.
  const segments = seg.segment(text.slice(from, to));
  const first = segments.containing(a);
  const second = segments.containing(a + 1);
  if (!first || !second) return false;
  if (first.index === second.index) return false; // one word
  if (second.segment.length > 1) return false; // second copy begins a word
  if (first.segment.length > 1 && !GLUED_POSSESSIVES.has(first.segment)) return false;
  return true;
}

/** Findings in one block's text (page offset `base`), pushed onto `out`.
 *  `doubled`: the page's doubled characters (page offsets, ascending; see
 *  analysis/doubled.ts), found in the text itself when not given. */
export function findRepeatedChars(text: string, base: number, out: Draft[] = [], doubled: readonly number[] = doubledAt(text, base)): Draft[] {
  const last = base + text.length - 1; // a pair starts before the last character
  for (let k = lowerBound(doubled, base); k < doubled.length && doubled[k] < last; k++) {
    const i = doubled[k] - base;
    const c = text.charCodeAt(i);
    if (!FUNCTION_WORDS.has(c)) continue;
    // Exactly two: not a run of three, not AABB / AABB's second half.
    if (i > 0 && text.charCodeAt(i - 1) === c) continue;
    if (i + 2 < text.length && text.charCodeAt(i + 2) === c) continue;
    if (i >= 2 && text.charCodeAt(i - 2) === text.charCodeAt(i - 1)) continue;
    if (i + 3 < text.length && text.charCodeAt(i + 2) === text.charCodeAt(i + 3)) continue;
    if (!isAccidentalDouble(text, i)) continue;
    out.push({
      start: base + i,
      end: base + i + 2,
      data: { char: text[i], text: text.slice(Math.max(0, i - 3), Math.min(text.length, i + 5)) },
      fix: { safe: false, edits: [{ start: base + i + 1, end: base + i + 2, text: '', old: text[i + 1] }] },
    });
  }
  return out;
}

export const rule = defineRule({
  id: 'text/repeated-char',
  severity: 'info',
  title: { zh: '重复字', en: 'Repeated character' },
  summary: { zh: '误重复的字（谢谢、常常、人人除外）', en: 'an accidental doubled character (not 谢谢, 常常, 人人)' },
  message: {
    zh: (d) => `「${s(d.char)}」重复出现（「${s(d.text)}」）`,
    en: (d) => `Doubled character 「${s(d.char)}」 (「${s(d.text)}」)`,
  },
  fix: 'person',
  check(ctx) {
    const out: Draft[] = [];
    const doubled = ctx.get(DOUBLED);
    for (const b of ctx.page.blocks) {
      if (NAME_KINDS.has(b.kind)) continue;
      findRepeatedChars(b.text, b.textStart, out, doubled);
    }
    return out;
  },
});
