// The words pack: wrong and confusable words, discouraged usage, number
// style and mismatches, names written two ways. Sources and licenses of its
// data: README "Words pack".
import { definePack } from '../pack';
import { rule as wordMisspelling } from './word-misspelling';
import { rule as wordConfusable } from './word-confusable';
import { rule as usageDiscouraged } from './usage-discouraged';
import { rule as numberStyle } from './number-style';
import { rule as numberMismatch } from './number-mismatch';
import { rule as nameVariant } from './name-variant';

export const wordsPack = definePack({
  id: 'words',
  title: { zh: '字词与数字', en: 'Words and numbers' },
  rules: [wordMisspelling, wordConfusable, usageDiscouraged, numberStyle, numberMismatch, nameVariant],
});
