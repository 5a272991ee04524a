// quote/unbalanced: “” ‘’ 《》 （） 【】 (and half-width () in Chinese text)
// that do not pair, on logical paragraphs (broken sentences read joined,
// multi-paragraph quotations allowed). See shared/analysis/quotes.ts. No fix:
// where the lost mark belongs needs a person.
import { unpairedMarksOf } from '../analysis/quotes';
import type { RawFinding } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'quote/unbalanced',
  severity: 'warning',
  check(ctx) {
    return unpairedMarksOf(ctx).map(
      (m): RawFinding => ({
        rule: 'quote/unbalanced',
        start: m.at,
        end: m.at + m.mark.length,
        data: { mark: m.mark, pair: m.pair },
      }),
    );
  },
};
