// The registry: which packs exist and the order rules run in. Everything
// else about a rule — its id, severity, names, messages, fix kind, options —
// is declared in the rule's own file; the id list, the app's and the
// 校对单's rule names and the README's rule table are derived from here.
import { attributionPack } from './attribution';
import { marksPack } from './marks';
import { sentencePack } from './sentence';
import { textPack } from './text';
import { wordsPack } from './words';
import type { Locale } from '../types';
import type { MessageData, Rule } from './rule';

export const PACKS = [attributionPack, sentencePack, marksPack, textPack, wordsPack] as const;

export type RuleId = (typeof PACKS)[number]['rules'][number]['id'];

export const RULES: readonly Rule<RuleId>[] = PACKS.flatMap((p) => p.rules as readonly Rule<RuleId>[]);

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export const RULE_BY_ID: ReadonlyMap<string, Rule<RuleId>> = new Map(RULES.map((r) => [r.id, r] as const));

export function isRuleId(id: string): id is RuleId {
  return RULE_BY_ID.has(id);
}

/** The rule's short name in the interface language. */
export function ruleTitle(id: RuleId, locale: Locale): string {
  return RULE_BY_ID.get(id)?.title[locale] ?? id;
}

/** A finding's message in a locale, from the data the finding carries, so the
 *  app can switch language without checking the page again. */
export function formatMessage(id: RuleId, data: MessageData | undefined, locale: Locale = 'zh'): string {
  const rule = RULE_BY_ID.get(id);
  return rule ? rule.message[locale](data ?? {}) : id;
}
