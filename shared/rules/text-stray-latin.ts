import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'text/stray-latin',
  severity: 'info',
  check: () => [],
};
