// caption/missing-credit: a photo caption without a photographer (NAME 摄).
// Not flagged when the caption's article has a byline saying 文/图 (the
// reporter took the photos), nor when the caption is followed by a byline
// that credits photos (a photo story signed under its caption). List items
// (■ line with its text on the next line) are not captions: the parser
// gives them their own kind.
import { excerpt } from '../messages';
import type { RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'caption/missing-credit',
  severity: 'warning',
  check({ page }) {
    const out: RawFinding[] = [];
    for (const c of page.captions) {
      if (c.photographer) continue;
      const block = page.blocks[c.block];
      const article = block.article >= 0 ? page.articles[block.article] : undefined;
      if (article?.bylines.some((b) => b.photos)) continue;
      const next = page.blocks[c.block + 1];
      if (next?.kind === 'byline' && next.article >= 0) {
        const signs = page.articles[next.article].bylines.find((b) => b.block === c.block + 1);
        if (signs?.photos) continue;
      }
      out.push({
        rule: 'caption/missing-credit',
        start: c.start,
        end: c.end,
        data: { caption: excerpt(block.text.replace(/^[■▲●◼]\s*/u, '')) },
      });
    }
    return out;
  },
};
