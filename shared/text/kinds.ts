// Groups of block kinds that text rules share (see shared/types.ts BlockKind).
import type { BlockKind } from '../types';

/** Running text: sentences a reader reads as prose. */
export const PROSE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['body', 'lead', 'caption', 'list-item']);

/** Display lines of an article: short, no terminal punctuation by design. */
export const HEADING_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['kicker', 'headline', 'subhead', 'heading']);

/** Lines made of names and labels rather than sentences: the wording rules
 *  (stray Latin, doubled characters, duplicates) leave them alone. */
export const NAME_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'masthead',
  'masthead-pinyin',
  'folio',
  'credits',
  'byline',
]);
