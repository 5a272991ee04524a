// sentence/fragment: a paragraph starts mid-sentence (on punctuation, closing
// a quotation it never opened, or mid-word) and no open paragraph on the page
// leads into it: its beginning was lost. No fix.
import { continuationsOf } from '../analysis/continuations';
import { headQuote, startRange } from '../analysis/excerpts';
import type { RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'sentence/fragment',
  severity: 'warning',
  check(ctx) {
    const cont = continuationsOf(ctx);
    return cont.fragments.map((i): RawFinding => {
      const p = cont.paragraphs[i];
      return { rule: 'sentence/fragment', ...startRange(ctx.text, p), data: { head: headQuote(ctx.text, p) } };
    });
  },
};
