import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'text/repeated-char',
  severity: 'info',
  check: () => [],
};
