import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'sentence/broken',
  severity: 'warning',
  check: () => [],
};
