// A pack groups the rules of one family (docs/design.md §3). Packs are the
// unit a newsroom thinks in (the words pack, the attribution pack) and the
// unit the registry orders.
import type { Localized, Rule } from './rule';

export interface Pack<R extends readonly Rule[] = readonly Rule[]> {
  readonly id: string;
  readonly title: Localized;
  readonly rules: R;
}

export function definePack<const R extends readonly Rule[]>(pack: Pack<R>): Pack<R> {
  return pack;
}
