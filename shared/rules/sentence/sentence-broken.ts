// sentence/broken: a paragraph ends mid-sentence and its continuation was
// found (next paragraph, across a caption or 小标题, or elsewhere on the page).
// The fix joins the two; see shared/analysis/joins.ts. It is safe only when
// the continuation is the next paragraph of the same article (captions,
// 小标题 and folios aside) and the join has strong evidence — a word formed
// across the break (or a date or figure: 今年|9月), a clause left open on ，、, a head that starts
// mid-sentence or closes the tail's quotation — and the page is not OCR
// with its unreliable reading order. Any other join needs a person. Joins
// across two articles' headlines are never proposed (the analysis).
import { CONTINUATIONS } from '../../analysis/continuations';
import { endRange, headQuote, startRange, tailQuote } from '../../analysis/excerpts';
import { joinFix } from '../../analysis/joins';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';
import type { Evidence } from '../../analysis/continuations';

/** Evidence that the two parts are one sentence, beyond their position. */
const STRONG: ReadonlySet<Evidence> = new Set<Evidence>(['word', 'figure', 'starts-mid', 'quote-closes', 'mid-word']);
/** What makes a far join more than a guess: the words across it, a figure,
 *  a head on a mark no sentence opens with, an attribution. */
const FAR_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(['word', 'figure', 'starts-mid', 'attribution']);

/** Conjunctions a coordination's first half ends on, and words that end
 *  on one without being it (参与, 温和, 涉及). */
const COORDINATION = new Set(['和', '与', '及', '或']);
const ENDS_LIKE_ONE = new Set(['参与', '给与', '赋与', '温和', '平和', '缓和', '柔和', '共和', '祥和', '暖和', '随和', '附和', '涉及', '普及', '危及', '波及', '顾及', '提及', '企及', '触及', '惠及', '遍及', '殃及', '论及', '不及', '来不及', '以及']);
function endsOnCoordination(text: string, end: number): boolean {
  return COORDINATION.has(text[end - 1]) && !ENDS_LIKE_ONE.has(text.slice(end - 2, end)) && !ENDS_LIKE_ONE.has(text.slice(end - 3, end));
}

export const rule = defineRule({
  id: 'sentence/broken',
  severity: 'warning',
  title: { zh: '断句', en: 'Broken sentence' },
  summary: { zh: '段落在句中断开，找到了接续', en: 'a paragraph ends mid-sentence; the continuation was found' },
  message: {
    zh: (d) =>
      d.attribution
        ? `引语「${s(d.tail)}」与其后的说话人「${s(d.head)}」（第 ${s(d.line)} 行）被分段隔开`
        : `句子在「${s(d.tail)}」处断开，接续在第 ${s(d.line)} 行「${s(d.head)}」`,
    en: (d) =>
      d.attribution
        ? `Quotation 「${s(d.tail)}」 is separated from its attribution 「${s(d.head)}」 on line ${s(d.line)}`
        : `Sentence breaks after 「${s(d.tail)}」; it continues on line ${s(d.line)} with 「${s(d.head)}」`,
  },
  fix: 'safe',
  check(ctx) {
    const cont = ctx.get(CONTINUATIONS);
    const text = ctx.text;
    const { page, profile } = ctx;
    return cont.links.map((link): Draft => {
      const t = cont.paragraphs[link.from];
      const q = cont.paragraphs[link.to];
      const attribution = link.evidence.includes('attribution');
      const article = page.blocks[t.block].article;
      const sameArticle = article >= 0 && page.blocks[q.block].article === article;
      const wordy = link.evidence.some((e) => STRONG.has(e));
      const strong = t.clauseEnd || attribution || wordy;
      // Across a 小标题 only the words themselves make a join safe: a clause
      // left open before a heading may have lost its end.
      const safe = link.adjacent && sameArticle && strong && !profile.ocr && (!link.acrossTitle || wordy);
      // OCR debris at the tail (`、 細` among spaces) is no sentence to join.
      const debris = profile.ocr && /\s\S?$|\s{2,}/u.test(ctx.text.slice(Math.max(t.start, t.end - 6), t.end));
      // On OCR pages the reading order is weak evidence: a join that has
      // nothing else for it is uncertain there.
      // Far away with nothing but shared wording for it, the join is a
      // guess: a lost end and an article's first paragraph share a story
      // as often as a continuation does. Unless the tail stops on 和, 与,
      // 及, 或: half a coordination, whose other half shares its wording
      // (…组织优势和 / 密切联系群众优势…).
      // So is one whose only other evidence is a head opening on a particle:
      // it lost its beginning, but not necessarily to this tail (…发布岗位 /
      // 的求职者…).
      const hintOnly = q.shape.particle ? !link.evidence.some((e) => FAR_EVIDENCE.has(e)) : link.evidence.every((e) => e === 'same-story');
      const guess = !link.adjacent && hintOnly && !endsOnCoordination(text, t.end);
      const confidence = debris || guess || (profile.ocr && !strong) ? 0.3 : (link.adjacent ? (strong ? 0.9 : 0.7) : 0.6) * (profile.ocr ? 0.75 : 1);
      const fix = joinFix(page, cont, link);
      fix.safe = fix.safe && safe;
      // Plain properties, not spreads: this runs for every join on the page.
      const at = endRange(text, t);
      const head = startRange(text, q);
      const data: Record<string, string | number> = {
        tail: tailQuote(text, t),
        // A quotation split from its `某某说。`: the message quotes the
        // whole attribution and says so.
        head: attribution ? text.slice(q.start, text.indexOf('。', q.start) + 1) : headQuote(text, q),
        line: q.line,
      };
      if (attribution) data.attribution = 1;
      return {
        start: at.start,
        end: at.end,
        data,
        related: [{ start: head.start, end: head.end, role: 'continuation' }],
        fix,
        confidence,
      };
    });
  },
});
