// The text pack: passages read twice, stray Latin words, doubled characters.
// A rule joins the pack with one line here; the order is the order rules run in.
import { definePack } from '../pack';
import { rule as textDuplicate } from './text-duplicate';
import { rule as textStrayLatin } from './text-stray-latin';
import { rule as textRepeatedChar } from './text-repeated-char';

export const textPack = definePack({
  id: 'text',
  title: { zh: '重复与杂字', en: 'Repeats and stray text' },
  rules: [
    textDuplicate,
    textStrayLatin,
    textRepeatedChar,
  ],
});
