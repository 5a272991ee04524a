// Where each article's bylines sit: at its head, or misplaced (after its
// body, or just before the next article's head). byline/misplaced reports
// the misplaced ones; byline/missing counts a misplaced byline as signing
// its article, so both read this one analysis.
import type { Article, Block, Byline, Page } from '../types';
import { defineAnalysis } from './context';

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
    // Right under a photo caption, a byline signs that photo story, not the
    // article that follows: the next article stays unsigned (seen on the
    // seed paper's pages).
    if (page.blocks[byline.block - 1]?.kind === 'caption') continue;
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

export const BYLINE_LAYOUT = defineAnalysis('byline-layout', (ctx) => analyseBylines(ctx.page));
