// The registry: fixes the order rules run in and their default severities
// (each rule file declares its own default; DESIGN.md §2 is the source).
import type { Rule } from './rule';
import { rule as creditsMissing } from './credits-missing';
import { rule as creditsIncomplete } from './credits-incomplete';
import { rule as creditsUnknownName } from './credits-unknown-name';
import { rule as bylineMissing } from './byline-missing';
import { rule as bylineMisplaced } from './byline-misplaced';
import { rule as captionMissingCredit } from './caption-missing-credit';
import { rule as sentenceBroken } from './sentence-broken';
import { rule as sentenceTruncated } from './sentence-truncated';
import { rule as sentenceFragment } from './sentence-fragment';
import { rule as quoteUnbalanced } from './quote-unbalanced';
import { rule as quoteDoubled } from './quote-doubled';
import { rule as textDuplicate } from './text-duplicate';
import { rule as punctHalfwidth } from './punct-halfwidth';
import { rule as textStrayLatin } from './text-stray-latin';
import { rule as textRepeatedChar } from './text-repeated-char';

export const RULES: readonly Rule[] = [
  creditsMissing,
  creditsIncomplete,
  creditsUnknownName,
  bylineMissing,
  bylineMisplaced,
  captionMissingCredit,
  sentenceBroken,
  sentenceTruncated,
  sentenceFragment,
  quoteUnbalanced,
  quoteDoubled,
  textDuplicate,
  punctHalfwidth,
  textStrayLatin,
  textRepeatedChar,
];

export const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r] as const));
