// The marks pack: quotation marks, brackets and punctuation width.
// A rule joins the pack with one line here; the order is the order rules run in.
import { definePack } from '../pack';
import { rule as quoteUnbalanced } from './quote-unbalanced';
import { rule as quoteDoubled } from './quote-doubled';
import { rule as punctHalfwidth } from './punct-halfwidth';

export const marksPack = definePack({
  id: 'marks',
  title: { zh: '引号与标点', en: 'Quotation marks and punctuation' },
  rules: [
    quoteUnbalanced,
    quoteDoubled,
    punctHalfwidth,
  ],
});
