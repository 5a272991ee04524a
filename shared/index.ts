// Public surface of the core, for electron/, renderer/ and the CLI.
export * from './types';
export { checkText, runRules, toFindings } from './check';
export { applyEdits, applyFixGroups, applyFindingFixes } from './fix';
export { parsePage } from './parse';
export { createSource, type Source } from './source';
export { formatMessage, MESSAGES } from './messages';
export { RULES, RULE_BY_ID } from './rules';
