// sentence/truncated: a paragraph ends mid-sentence and nothing on the page
// continues it: text was lost. No fix (only a person can restore it).
import { continuationsOf } from '../analysis/continuations';
import { endRange, tailQuote } from '../analysis/excerpts';
import type { RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'sentence/truncated',
  severity: 'warning',
  check(ctx) {
    const cont = continuationsOf(ctx);
    return cont.truncated.map((i): RawFinding => {
      const p = cont.paragraphs[i];
      return { rule: 'sentence/truncated', ...endRange(ctx.text, p), data: { tail: tailQuote(ctx.text, p) } };
    });
  },
};
