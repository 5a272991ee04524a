// sentence/broken: a paragraph ends mid-sentence and its continuation was
// found (next paragraph, across a caption or 小标题, or elsewhere on the page).
// The fix joins the two; see shared/analysis/joins.ts.
import { continuationsOf } from '../analysis/continuations';
import { endRange, headQuote, startRange, tailQuote } from '../analysis/excerpts';
import { joinFix } from '../analysis/joins';
import type { RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'sentence/broken',
  severity: 'warning',
  check(ctx) {
    const cont = continuationsOf(ctx);
    const text = ctx.text;
    return cont.links.map((link): RawFinding => {
      const t = cont.paragraphs[link.from];
      const q = cont.paragraphs[link.to];
      const attribution = link.evidence.includes('attribution');
      return {
        rule: 'sentence/broken',
        ...endRange(text, t),
        data: {
          tail: tailQuote(text, t),
          // A quotation split from its `某某说。`: the message quotes the
          // whole attribution and says so.
          head: attribution ? text.slice(q.start, text.indexOf('。', q.start) + 1) : headQuote(text, q),
          line: q.line,
          ...(attribution ? { attribution: 1 } : {}),
        },
        related: [{ ...startRange(text, q), role: 'continuation' }],
        fix: joinFix(ctx.page, cont, link),
      };
    });
  },
};
