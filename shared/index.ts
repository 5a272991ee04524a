// Public surface of the core, for electron/, renderer/ and the CLI.
export * from './types';
export { checkText, runRules, toFindings } from './check';
export { applyEdits, applyFixGroups, applyFindingFixes } from './fix';
export { parsePage } from './parse';
export { createSource, type Source } from './source';
export { PACKS, RULES, RULE_BY_ID, RULE_IDS, formatMessage, isRuleId, ruleTitle } from './rules';
