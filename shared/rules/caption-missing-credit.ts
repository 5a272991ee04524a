import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'caption/missing-credit',
  severity: 'warning',
  check: () => [],
};
