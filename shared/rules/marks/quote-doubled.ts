// quote/doubled: a mark doubled by OCR (`““`, `》》`, `，，`, docs/design.md §3.1).
//
// Only marks that Chinese never writes twice in a row are candidates, so the
// ellipsis …… and the dash —— (each legitimately two characters) are not in
// the set, and a close-then-open ”“ or a nested “‘ are two different marks.
// Brackets can nest legitimately (（…（…）） closes two levels), so a doubled
// bracket is reported only when one of the two has no partner in its block.
// Fix: keep one mark, delete the repeats (safe: no wording changes).
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';
import { DOUBLED, doubledAt } from '../../analysis/doubled';
import { lowerBound } from '../../text/sorted';

/** Never legitimately doubled: quotes (nesting alternates “‘), sentence and
 *  clause marks. */
const ALWAYS = new Set<number>([
  0x201c /* “ */, 0x201d /* ” */, 0x2018 /* ‘ */, 0x2019 /* ’ */, 0xff0c /* ， */, 0x3002 /* 。 */,
  0x3001 /* 、 */, 0xff1a /* ： */, 0xff1b /* ； */,
]);

/** Brackets: open → close. */
const OPEN_OF = new Map<number, number>([
  [0x300a /* 《 */, 0x300b /* 》 */],
  [0xff08 /* （ */, 0xff09 /* ） */],
  [0x3010 /* 【 */, 0x3011 /* 】 */],
]);
const CLOSE_OF = new Map<number, number>([...OPEN_OF].map(([o, c]) => [c, o]));

/** How many of the marks text[i, i+n) (all the same bracket) have no partner
 *  in the text, counting nesting outward from the run on its own side. */
function unpairedInRun(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  const isOpen = OPEN_OF.has(c);
  const other = isOpen ? OPEN_OF.get(c)! : CLOSE_OF.get(c)!;
  // For opens: walk right from the run; each close pairs the innermost open.
  // For closes: walk left. Count how many of the run's n marks find partners.
  let depth = n;
  if (isOpen) {
    for (let j = i + n; j < text.length && depth > 0; j++) {
      const d = text.charCodeAt(j);
      if (d === c) depth++;
      else if (d === other) depth--;
    }
  } else {
    for (let j = i - 1; j >= 0 && depth > 0; j--) {
      const d = text.charCodeAt(j);
      if (d === c) depth++;
      else if (d === other) depth--;
    }
  }
  return depth;
}

/** Findings in one block's text (page offset `base`), pushed onto `out`.
 *  `doubled`: the page's doubled characters (page offsets, ascending; see
 *  analysis/doubled.ts), found in the text itself when not given. */
export function findDoubledMarks(text: string, base: number, out: Draft[] = [], doubled: readonly number[] = doubledAt(text, base)): Draft[] {
  const last = base + text.length - 1; // a pair starts before the last character
  for (let k = lowerBound(doubled, base); k < doubled.length && doubled[k] < last; k++) {
    const i = doubled[k] - base;
    const c = text.charCodeAt(i);
    // A candidate mark, at the start of its run (the rest of a run is in it).
    if (!(ALWAYS.has(c) || OPEN_OF.has(c) || CLOSE_OF.has(c)) || (i > 0 && text.charCodeAt(i - 1) === c)) continue;
    const always = ALWAYS.has(c);
    let n = 2;
    while (i + n < text.length && text.charCodeAt(i + n) === c) n++;
    // Quotes and clause marks collapse to one; brackets lose only the
    // marks that have no partner (（a（b））） keeps two closes).
    const extra = always ? n - 1 : Math.min(n - 1, unpairedInRun(text, i, n));
    if (extra > 0) {
      out.push({
        start: base + i,
        end: base + i + n,
        data: { mark: text[i], count: n },
        fix: { safe: true, edits: [{ start: base + i + n - extra, end: base + i + n, text: '', old: text.slice(i + n - extra, i + n) }] },
      });
    }
  }
  return out;
}

export const rule = defineRule({
  id: 'quote/doubled',
  severity: 'warning',
  title: { zh: '标点重复', en: 'Doubled mark' },
  summary: { zh: 'OCR 重复的标点', en: 'a mark doubled by OCR' },
  message: {
    zh: (d) => `标点「${s(d.mark)}」重复`,
    en: (d) => `Doubled mark ${s(d.mark)}`,
  },
  fix: 'safe',
  check(ctx) {
    const out: Draft[] = [];
    const doubled = ctx.get(DOUBLED);
    for (const b of ctx.page.blocks) {
      if (b.kind === 'masthead-pinyin') continue;
      findDoubledMarks(b.text, b.textStart, out, doubled);
    }
    return out;
  },
});
