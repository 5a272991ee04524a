// caption/missing-credit: a photo caption without a photographer (NAME 摄).
// Not flagged when the caption's article has a byline saying 文/图 (the
// reporter took the photos), nor when the caption is followed by a byline
// that credits photos (a photo story signed under its caption). List items
// (■ line with its text on the next line) are not captions: the parser
// gives them their own kind.
import { excerpt } from '../../text/excerpt';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';

export const rule = defineRule({
  id: 'caption/missing-credit',
  severity: 'warning',
  title: { zh: '图片说明缺摄影署名', en: 'Caption without photographer' },
  summary: { zh: '图片说明没有摄影者署名（文/图稿件除外）', en: 'a photo caption with no photographer (outside a 文/图 article)' },
  message: {
    zh: (d) => `图片说明「${s(d.caption)}」没有摄影者署名（××× 摄）`,
    en: (d) => `Photo caption “${s(d.caption)}” has no photographer credit (NAME 摄)`,
  },
  fix: 'none',
  check({ page }) {
    const out: Draft[] = [];
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
        start: c.start,
        end: c.end,
        data: { caption: excerpt(block.text.replace(/^[■▲●◼]\s*/u, '')) },
      });
    }
    return out;
  },
});
