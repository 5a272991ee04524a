// quote/unbalanced: “” ‘’ 《》 （） 【】 (and half-width () in Chinese text)
// that do not pair, on logical paragraphs (broken sentences read joined,
// multi-paragraph quotations allowed). See shared/analysis/quotes.ts. No fix:
// where the lost mark belongs needs a person. A quotation mark doubled
// (王刚说：““选择…”) is quote/doubled's where its fix balances it: not said
// twice; where both are unpaired (他说：““选择很重要。), one is.
import { UNPAIRED_MARKS } from '../../analysis/quotes';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';

const QUOTES = '“”‘’';

export const rule = defineRule({
  id: 'quote/unbalanced',
  severity: 'warning',
  title: { zh: '引号括号不配对', en: 'Unbalanced quotes' },
  summary: { zh: '引号、书名号、括号不配对（跨段引文除外）', en: '“” ‘’ 《》 （） 【】 do not pair (after joins; multi-paragraph quotations allowed)' },
  message: {
    zh: (d) => `「${s(d.mark)}」没有配对的「${s(d.pair)}」`,
    en: (d) => `Unpaired ${s(d.mark)}: no matching ${s(d.pair)}`,
  },
  fix: 'none',
  check(ctx) {
    const text = ctx.text;
    const marks = ctx.get(UNPAIRED_MARKS);
    const unpaired = new Set(marks.map((m) => m.at));
    // A doubled mark whose twin pairs: removing the extra one (quote/doubled's
    // fix) balances it. Where both are unpaired, one is still said.
    const twin = (at: number, mark: string) => (text[at - 1] === mark ? at - 1 : text[at + 1] === mark ? at + 1 : -1);
    const explained = (at: number, mark: string) => {
      if (!QUOTES.includes(mark)) return false;
      const other = twin(at, mark);
      return other >= 0 && (!unpaired.has(other) || other > at);
    };
    return marks.filter((m) => !explained(m.at, m.mark)).map(
      (m): Draft => ({
        start: m.at,
        end: m.at + m.mark.length,
        data: { mark: m.mark, pair: m.pair },
      }),
    );
  },
});
