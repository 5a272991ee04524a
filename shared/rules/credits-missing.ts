// credits/missing: the page has no credits line (责编/美编/审读/排版). A page
// cannot go to print unsigned, hence an error.
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'credits/missing',
  severity: 'error',
  check({ page, text }) {
    if (page.credits) return [];
    // An empty page is not a page: the caller reports the empty file.
    const first = page.blocks[0];
    if (!first) return [];
    // Point at the first line of the page (where credits usually sit), not
    // at a whole first paragraph.
    const nl = text.indexOf('\n', first.textStart);
    const end = nl < 0 || nl > first.end ? first.end : nl;
    return [{ rule: 'credits/missing', start: first.textStart, end }];
  },
};
