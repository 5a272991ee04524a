import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'credits/missing',
  severity: 'error',
  check: () => [],
};
