// sentence/truncated: a paragraph ends mid-sentence and nothing on the page
// continues it: text was lost. No fix (only a person can restore it).
import { CONTINUATIONS } from '../../analysis/continuations';
import { endRange, tailQuote } from '../../analysis/excerpts';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';

export const rule = defineRule({
  id: 'sentence/truncated',
  severity: 'warning',
  title: { zh: '句子残缺', en: 'Truncated sentence' },
  summary: { zh: '段落在句中结束，页面上找不到接续', en: 'ends mid-sentence, no continuation anywhere' },
  message: {
    zh: (d) => `段落在句中结束（「${s(d.tail)}」），页面上找不到接续，可能丢失文字`,
    en: (d) => `Paragraph ends mid-sentence (“${s(d.tail)}”) and no continuation was found: text may be lost`,
  },
  fix: 'none',
  check(ctx) {
    const cont = ctx.get(CONTINUATIONS);
    return cont.truncated.map((i): Draft => {
      const p = cont.paragraphs[i];
      return { ...endRange(ctx.text, p), data: { tail: tailQuote(ctx.text, p) } };
    });
  },
});
