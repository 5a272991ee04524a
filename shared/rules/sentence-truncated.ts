import type { Rule } from './rule';

// PLACEHOLDER: being written; returns nothing yet.
export const rule: Rule = {
  id: 'sentence/truncated',
  severity: 'warning',
  check: () => [],
};
