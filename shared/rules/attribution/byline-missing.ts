// byline/missing: an article with no byline. Every article on the sample
// pages is signed, each 短讯 brief included (sample 001), so a brief is no
// exception. Not flagged:
//   - an article without a headline: a fragment whose head is lost or
//     elsewhere, not an article we can judge;
//   - an article with no body (a headline over photos, a photo story):
//     nothing to sign; the caption carries the photographer;
//   - an article signed in its lead, 本报讯（记者 张三）…;
//   - an article whose byline is only misplaced (byline/misplaced says so).
import { excerpt } from '../../text/excerpt';
import { BYLINE_LAYOUT } from '../../analysis/bylines';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';

/** A lead that names its reporter: 本报讯（记者 张三 通讯员 李四）… */
const LEAD_SIGNED_RE = /^[^。，,]{0,16}[（(][^（()）]{0,24}(?:记者|通讯员)[^（()）]{0,24}[）)]/u;

export const rule = defineRule({
  id: 'byline/missing',
  severity: 'warning',
  title: { zh: '稿件缺署名', en: 'Byline missing' },
  summary: { zh: '稿件没有署名', en: 'an article with no byline' },
  message: {
    zh: (d) => `稿件「${s(d.headline)}」没有署名`,
    en: (d) => `Article “${s(d.headline)}” has no byline`,
  },
  fix: 'none',
  check(ctx) {
    const { page } = ctx;
    const { signed } = ctx.get(BYLINE_LAYOUT);
    const out: Draft[] = [];
    for (const a of page.articles) {
      if (a.headline === undefined || a.bylines.length > 0 || signed.has(a.index)) continue;
      const body = a.paragraphs.filter((p) => page.blocks[p].kind !== 'column-label');
      if (body.length === 0) continue;
      if (LEAD_SIGNED_RE.test(page.blocks[body[0]].text)) continue;
      const h = page.blocks[a.headline];
      out.push({ start: h.textStart, end: h.end, data: { headline: excerpt(h.text) } });
    }
    return out;
  },
});
