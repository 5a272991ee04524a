// byline/misplaced: a byline away from its article's head. A byline belongs
// right under the headline (kicker/headline/subheads), before the body;
// captions and column labels may sit between (a photo story may carry its
// byline right after a caption, docs/design.md §2.3). Two misplacements:
//   - after body paragraphs of its own article → move it under that headline.
//     Safe: the byline text is moved verbatim, nothing is lost or reworded,
//     and it is the article's only byline, so there is nowhere else it goes.
//   - right before the head of the next article, which has no byline of its
//     own (scrambled reading order) → move it under that headline. Not safe:
//     which article it signs is a judgement.
// The analysis (shared/analysis/bylines.ts) is shared with byline/missing:
// a misplaced byline still signs its article.
import { excerpt } from '../../text/excerpt';
import type { Article, Block, Byline, Page } from '../../types';
import { BYLINE_LAYOUT, headEnd } from '../../analysis/bylines';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';
import { TITLE_MAX } from '../../parse';


/** Does a short paragraph that ends on no stop come right before the
 *  byline (captions aside)? Then it may be the headline of an article of
 *  the byline's own that the parser took for text (养老金怎么调？…——问答),
 *  and moving the byline up would sign another story: a person decides. */
function afterUnendedLine(page: Page, b: number): boolean {
  let k = b - 1;
  while (k >= 0 && page.blocks[k].kind === 'caption') k--;
  const prev = page.blocks[k];
  if (!prev || (prev.kind !== 'body' && prev.kind !== 'lead')) return false;
  const t = prev.text.trimEnd();
  return t.length <= TITLE_MAX && !/[。！？…”」）)]$/u.test(t);
}

export const rule = defineRule({
  id: 'byline/misplaced',
  severity: 'warning',
  title: { zh: '署名位置不对', en: 'Byline misplaced' },
  summary: { zh: '署名不在稿件标题下', en: 'a byline away from its article\'s head' },
  message: {
    zh: (d) => `署名「${s(d.byline)}」不在稿件「${s(d.headline)}」的标题下`,
    en: (d) => `Byline 「${s(d.byline)}」 is away from the head of article 「${s(d.headline)}」`,
  },
  fix: 'safe',
  check(ctx) {
    const { page, text } = ctx;
    const out: Draft[] = [];
    for (const m of ctx.get(BYLINE_LAYOUT).misplaced) {
      const a = page.articles[m.article];
      const block = page.blocks[m.byline.block];
      const head = page.blocks[headEnd(a)];
      const headline = page.blocks[a.headline!];
      // Delete the byline's lines, leaving their line ends (a blank line
      // never joins the paragraphs around it); insert it under the head.
      const moved = text.slice(block.textStart, block.end);
      out.push({
        start: block.textStart,
        end: block.end,
        data: { byline: excerpt(moved), headline: excerpt(headline.text) },
        related: [{ start: headline.textStart, end: headline.end, role: 'headline' }],
        fix: {
          safe: m.safe && !afterUnendedLine(page, m.byline.block),
          edits: [
            { start: head.end, end: head.end, text: `\n\n${moved}`, old: '' },
            { start: block.start, end: block.end, text: '', old: text.slice(block.start, block.end) },
          ],
        },
      });
    }
    return out;
  },
});
