// sentence/truncated: a paragraph ends mid-sentence and nothing on the page
// continues it: text was lost. No fix (only a person can restore it).
// Sure when the paragraph stops on a clause mark (，、 where 、 is not the
// era's stop); a paragraph that just stops on a word may be a title or a
// label read as text, so it is less sure, and on OCR pages (a reading order
// that may be scrambled, lines read as paragraphs) or pages whose structure
// is hand-transcribed it is uncertain.
import { CONTINUATIONS } from '../../analysis/continuations';
import { endRange, tailQuote } from '../../analysis/excerpts';
import { s } from '../../text/excerpt';
import { countHan, isHan } from '../../text/han';
import { defineRule, type Draft } from '../rule';

/** A paragraph this long that stops on a word is body text that lost its end. */
const LONG = 20;

export const rule = defineRule({
  id: 'sentence/truncated',
  severity: 'warning',
  title: { zh: '句子残缺', en: 'Truncated sentence' },
  summary: { zh: '段落在句中结束，页面上找不到接续', en: 'ends mid-sentence, no continuation anywhere' },
  message: {
    zh: (d) => `段落在句中结束（「${s(d.tail)}」），页面上找不到接续，可能丢失文字`,
    en: (d) => `Paragraph ends mid-sentence (「${s(d.tail)}」) and no continuation was found: text may be lost`,
  },
  fix: 'none',
  check(ctx) {
    const cont = ctx.get(CONTINUATIONS);
    const weak = ctx.profile.ocr || ctx.profile.bareEnds ? 0.5 : 1;
    return cont.truncated.map((i): Draft => {
      const p = cont.paragraphs[i];
      const onWord = isHan(ctx.text.charCodeAt(p.end - 1)) && countHan(ctx.text, p.start, p.end) >= LONG;
      const confidence = (p.clauseEnd ? 0.85 : onWord ? 0.6 : 0.4) * weak;
      const at = endRange(ctx.text, p);
      return { start: at.start, end: at.end, data: { tail: tailQuote(ctx.text, p) }, confidence };
    });
  },
});
