import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'credits/unknown-name',
  severity: 'warning',
  check: () => [],
};
