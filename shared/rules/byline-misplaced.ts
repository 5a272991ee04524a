import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'byline/misplaced',
  severity: 'warning',
  check: () => [],
};
