// caption/missing-credit: a photo caption without a photographer (NAME 摄).
// Not flagged when the caption's article has a byline crediting photos
// (文/图, X/图), nor when the caption is followed by a byline or a credit
// line that credits photos (a photo story signed under its caption, a
// 图片说明 group whose credits sit on the next lines: 图①… / 李小云摄（人民视觉）).
// Not captions at all: ■ entries in a run (a hotline's letters and replies),
// reported speech (市民刘女士来电反映：…); ▲ ● items (the parser).
// Sure where the house style credits every photo, or where the page credits
// its other captions; otherwise uncertain (hidden by default).
import { excerpt, s } from '../../text/excerpt';
import { isPhotoCreditLine } from '../../parse/caption';
import type { Block, Page } from '../../types';
import { defineRule, type Draft } from '../rule';

/** An entry of a list of letters, calls and replies, not a photo. */
const ENTRY_RE = /来电|来信|反映|咨询|留言|提问|问：|答：|回复|答复/u;
/** Words that say a photo is described. */
const PHOTO_RE = /图为|^[■◼\s]*[上下左右中]?图\s*[①-⑳\d一二三四五六七八九十]*\s*[：:]|图片说明/u;

function isEntryRun(page: Page, i: number): boolean {
  const same = (b: Block | undefined) => b !== undefined && b.kind === 'caption' && /^[■◼]/u.test(b.text);
  return same(page.blocks[i]) && (same(page.blocks[i - 1]) || same(page.blocks[i + 1]));
}

/** Credited by a credit line further down its run of captions: picture
 *  notes credit one or more photos after them (图③… 图④… / 朱 刚摄). */
function creditedBelow(page: Page, i: number): boolean {
  for (let k = i + 1; k < page.blocks.length && page.blocks[k].kind === 'caption'; k++) {
    if (isPhotoCreditLine(page.blocks[k].text)) return true;
  }
  return false;
}

export const rule = defineRule({
  id: 'caption/missing-credit',
  severity: 'warning',
  title: { zh: '图片说明缺摄影署名', en: 'Caption without photographer' },
  summary: { zh: '图片说明没有摄影者署名（文/图稿件除外）', en: 'a photo caption with no photographer (outside a 文/图 article)' },
  message: {
    zh: (d) => `图片说明「${s(d.caption)}」没有摄影者署名（××× 摄）`,
    en: (d) => `Photo caption 「${s(d.caption)}」 has no photographer credit (NAME 摄)`,
  },
  fix: 'none',
  check({ page, profile }) {
    const out: Draft[] = [];
    const credited = new Set(page.captions.filter((c) => c.photographer).map((c) => c.block));
    for (const c of page.captions) {
      if (c.photographer) continue;
      const block = page.blocks[c.block];
      const text = block.text.replace(/^[■◼▲●]\s*/u, '');
      if (isEntryRun(page, c.block) || ENTRY_RE.test(text.slice(0, 24))) continue;
      if (creditedBelow(page, c.block)) continue;
      const article = block.article >= 0 ? page.articles[block.article] : undefined;
      if (article?.bylines.some((b) => b.photos)) continue;
      const next = page.blocks[c.block + 1];
      if (next?.kind === 'byline' && next.article >= 0) {
        const signs = page.articles[next.article].bylines.find((b) => b.block === c.block + 1);
        if (signs?.photos) continue;
      }
      const confidence = profile.captionCredits ? 0.9 : credited.size > 0 ? 0.8 : PHOTO_RE.test(block.text) ? 0.6 : 0.3;
      out.push({ start: c.start, end: c.end, data: { caption: excerpt(text) }, confidence });
    }
    return out;
  },
});
