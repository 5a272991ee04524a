// The attribution pack: credits line, bylines and photo credits: what a page must carry and who signs it.
// A rule joins the pack with one line here; the order is the order rules run in.
import { definePack } from '../pack';
import { rule as creditsMissing } from './credits-missing';
import { rule as creditsIncomplete } from './credits-incomplete';
import { rule as creditsUnknownName } from './credits-unknown-name';
import { rule as bylineMissing } from './byline-missing';
import { rule as bylineMisplaced } from './byline-misplaced';
import { rule as captionMissingCredit } from './caption-missing-credit';

export const attributionPack = definePack({
  id: 'attribution',
  title: { zh: '署名与图片说明', en: 'Credits, bylines and captions' },
  rules: [
    creditsMissing,
    creditsIncomplete,
    creditsUnknownName,
    bylineMissing,
    bylineMisplaced,
    captionMissingCredit,
  ],
});
