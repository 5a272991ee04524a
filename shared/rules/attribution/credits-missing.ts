// credits/missing: the page has no credits line (责编/美编/审读/排版). A page
// cannot go to print unsigned, hence an error — on a paper that prints a
// credits line (the house style says so). Many papers print none (People's
// Daily, the Hong Kong dailies, historical pages): there the rule is silent.
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'credits/missing',
  severity: 'error',
  title: { zh: '缺少版面署名', en: 'Credits missing' },
  summary: { zh: '版面没有署名行', en: 'no credits line on the page' },
  message: {
    zh: () => '版面缺少署名行（责编、美编、审读、排版）',
    en: () => 'The page has no credits line (责编, 美编, 审读, 排版)',
  },
  fix: 'none',
  check({ page, text, profile }) {
    if (page.credits || !profile.creditsLine) return [];
    // An empty page is not a page: the caller reports the empty file.
    const first = page.blocks[0];
    if (!first) return [];
    // Point at the first line of the page (where credits usually sit), not
    // at a whole first paragraph.
    const nl = text.indexOf('\n', first.textStart);
    const end = nl < 0 || nl > first.end ? first.end : nl;
    return [{ start: first.textStart, end }];
  },
});
