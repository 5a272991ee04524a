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

/** Any candidate mark twice in a row; module-level, reset per call. */
const DOUBLED = /([“”‘’，。、：；《》（）【】])\1/g;

/** Findings in one block's text (page offset `base`), pushed onto `out`. */
export function findDoubledMarks(text: string, base: number, out: Draft[] = []): Draft[] {
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
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
    DOUBLED.lastIndex = i + n;
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
    for (const b of ctx.page.blocks) {
      if (b.kind === 'masthead-pinyin') continue;
      findDoubledMarks(b.text, b.textStart, out);
    }
    return out;
  },
});
