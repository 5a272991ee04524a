// byline/misplaced: a byline away from its article's head. A byline belongs
// right under the headline (kicker/headline/subheads), before the body;
// captions and column labels may sit between (a photo story may carry its
// byline right after a caption, DESIGN.md "Variants"). Two misplacements:
//   - after body paragraphs of its own article → move it under that headline.
//     Safe: the byline text is moved verbatim, nothing is lost or reworded,
//     and it is the article's only byline, so there is nowhere else it goes.
//   - right before the head of the next article, which has no byline of its
//     own (scrambled reading order) → move it under that headline. Not safe:
//     which article it signs is a judgement.
// The analysis is shared with byline/missing through ctx.memo: a misplaced
// byline still signs its article.
import { excerpt } from '../messages';
import type { Article, Block, Byline, Page, RawFinding } from '../types';
import type { Rule, RuleContext } from './rule';

export interface MisplacedByline {
  byline: Byline;
  /** Article the byline signs (where it should move). */
  article: number;
  safe: boolean;
}

export interface BylineLayout {
  misplaced: MisplacedByline[];
  /** Articles that carry a byline somewhere (at the head or misplaced). */
  signed: Set<number>;
}

/** Index of the last head block (kicker, headline, subheads), or -1. */
export function headEnd(a: Article): number {
  return Math.max(a.kicker ?? -1, a.headline ?? -1, ...a.subheads);
}

function headBlocks(a: Article): number[] {
  const out = [...a.subheads];
  if (a.columnLabel !== undefined) out.push(a.columnLabel);
  if (a.kicker !== undefined) out.push(a.kicker);
  if (a.headline !== undefined) out.push(a.headline);
  return out;
}

const isContent = (b: Block) => b.kind === 'body' || b.kind === 'lead' || b.kind === 'heading' || b.kind === 'list-item';

/** Is the byline at the head of its article: after the head, before the
 *  first body block, or right after a caption (photo story)? */
function atHead(page: Page, a: Article, bl: Byline): boolean {
  const h = headEnd(a);
  if (h < 0 || bl.block < h) return false;
  const firstContent = a.paragraphs.find((p) => p > h && isContent(page.blocks[p]));
  if (firstContent === undefined || bl.block < firstContent) return true;
  return page.blocks[bl.block - 1]?.kind === 'caption';
}

export function analyseBylines(page: Page): BylineLayout {
  const misplaced: MisplacedByline[] = [];
  const signed = new Set<number>();
  const stray: { byline: Byline; article: Article }[] = [];
  for (const a of page.articles) {
    for (const bl of a.bylines) {
      if (atHead(page, a, bl)) signed.add(a.index);
      else stray.push({ byline: bl, article: a });
    }
  }
  for (const { byline, article } of stray) {
    // Right before the head of an unsigned article (captions between)?
    let j = byline.block + 1;
    while (j < page.blocks.length && page.blocks[j].kind === 'caption') j++;
    const next = page.blocks[j];
    const target = next && next.article >= 0 ? page.articles[next.article] : undefined;
    if (
      target &&
      target !== article &&
      target.headline !== undefined &&
      headBlocks(target).includes(j) &&
      !signed.has(target.index)
    ) {
      misplaced.push({ byline, article: target.index, safe: false });
      signed.add(target.index);
    } else if (article.headline !== undefined) {
      misplaced.push({ byline, article: article.index, safe: true });
      signed.add(article.index);
    }
    // A byline in an article without a headline (its head lost or elsewhere
    // on the page) has no known place to go: left alone.
  }
  return { misplaced, signed };
}

export const bylineLayout = (ctx: RuleContext): BylineLayout => ctx.memo('byline-layout', () => analyseBylines(ctx.page));

export const rule: Rule = {
  id: 'byline/misplaced',
  severity: 'warning',
  check(ctx) {
    const { page, text } = ctx;
    const out: RawFinding[] = [];
    for (const m of bylineLayout(ctx).misplaced) {
      const a = page.articles[m.article];
      const block = page.blocks[m.byline.block];
      const head = page.blocks[headEnd(a)];
      const headline = page.blocks[a.headline!];
      // Delete the byline's lines, leaving their line ends (a blank line
      // never joins the paragraphs around it); insert it under the head.
      const moved = text.slice(block.textStart, block.end);
      out.push({
        rule: 'byline/misplaced',
        start: block.textStart,
        end: block.end,
        data: { byline: excerpt(moved), headline: excerpt(headline.text) },
        related: [{ start: headline.textStart, end: headline.end, role: 'headline' }],
        fix: {
          safe: m.safe,
          edits: [
            { start: head.end, end: head.end, text: `\n\n${moved}` },
            { start: block.start, end: block.end, text: '' },
          ],
        },
      });
    }
    return out;
  },
};
