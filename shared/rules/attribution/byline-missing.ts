// byline/missing: an article with no byline. Papers sign in many places
// (shared/analysis/signatures.ts): an article signed at its end, in its
// dateline or with a pen name is signed. What is left is reported as sure
// only where the convention is known to hold — the house style prints
// bylines at the head, or the page itself signs its other articles at the
// head — and as uncertain (hidden by default) where it is not.
// Not flagged:
//   - an article without a headline: a fragment whose head is lost or
//     elsewhere, not an article we can judge;
//   - an article with no body (a headline over photos, a photo story):
//     nothing to sign; the caption carries the photographer;
//   - an editor's note (编者按), unsigned by convention;
//   - where the house style does not print head bylines, a short item;
//   - an article whose byline is only misplaced (byline/misplaced says so).
import { BYLINE_LAYOUT } from '../../analysis/bylines';
import { SIGNED_ELSEWHERE } from '../../analysis/signatures';
import { countHan } from '../../text/han';
import { excerpt, s } from '../../text/excerpt';
import type { Article, Page } from '../../types';
import { defineRule, type Draft } from '../rule';

const EDITORS_NOTE_RE = /^[【[]?编者(?:按|的话)|^[【[]?編者(?:按|的話)/u;
/** Shorter bodies are items and briefs, signed or not by each paper's habit. */
const ITEM_HAN = 120;

/** A section of the article before it, read as an article of its own: a
 *  小标题 pair (栏目 + 标题) after a signed story that opens with its
 *  dateline, itself opening without one. Papers that open every story with
 *  本报讯 do not start a new story without it. */
function looksLikeSection(page: Page, a: Article, body: number[]): boolean {
  const opensWithLead = (ps: number[]) => ps.length > 0 && page.blocks[ps[0]].kind === 'lead';
  if (opensWithLead(body)) return false;
  // Back over the story's earlier sections (no byline, no dateline) to the
  // story itself.
  for (let i = a.index - 1; i >= 0; i--) {
    const prev = page.articles[i];
    const leads = opensWithLead(bodyOf(page, prev));
    if (prev.bylines.length > 0) return leads;
    if (leads) return false;
  }
  return false;
}

function bodyOf(page: Page, a: Article): number[] {
  return a.paragraphs.filter((p) => page.blocks[p].kind !== 'column-label');
}

export const rule = defineRule({
  id: 'byline/missing',
  severity: 'warning',
  title: { zh: '稿件缺署名', en: 'Byline missing' },
  summary: { zh: '稿件没有署名', en: 'an article with no byline' },
  message: {
    zh: (d) => `稿件「${s(d.headline)}」没有署名`,
    en: (d) => `Article 「${s(d.headline)}」 has no byline`,
  },
  fix: 'none',
  check(ctx) {
    const { page, profile } = ctx;
    const { signed } = ctx.get(BYLINE_LAYOUT);
    const elsewhere = ctx.get(SIGNED_ELSEWHERE);
    // The page's own convention: its other articles carry head bylines.
    const headSigned = page.articles.filter((a) => a.headline !== undefined && a.bylines.length > 0).length;
    const out: Draft[] = [];
    for (const a of page.articles) {
      if (a.headline === undefined || a.bylines.length > 0 || signed.has(a.index) || elsewhere.has(a.index)) continue;
      const body = bodyOf(page, a);
      if (body.length === 0) continue;
      const first = page.blocks[body[0]].text;
      if (EDITORS_NOTE_RE.test(first.trim())) continue;
      const han = body.reduce((n, p) => n + countHan(page.blocks[p].text), 0);
      if (!profile.headBylines && han < ITEM_HAN) continue;
      const section = looksLikeSection(page, a, body);
      const confidence = section ? 0.3 : profile.headBylines ? 0.9 : headSigned > 0 ? 0.7 : 0.3;
      const h = page.blocks[a.headline];
      out.push({ start: h.textStart, end: h.end, data: { headline: excerpt(h.text) }, confidence });
    }
    return out;
  },
});
