// The sentence pack: paragraphs that layout or OCR broke mid-sentence.
// A rule joins the pack with one line here; the order is the order rules run in.
import { definePack } from '../pack';
import { rule as sentenceBroken } from './sentence-broken';
import { rule as sentenceTruncated } from './sentence-truncated';
import { rule as sentenceFragment } from './sentence-fragment';

export const sentencePack = definePack({
  id: 'sentence',
  title: { zh: '断句与残句', en: 'Broken sentences' },
  rules: [
    sentenceBroken,
    sentenceTruncated,
    sentenceFragment,
  ],
});
