import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'quote/doubled',
  severity: 'warning',
  check: () => [],
};
