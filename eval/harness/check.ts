// The one place the harness calls the checker. It checks a page the way
// `galley check` does by default (no roster, no config), so the figures are
// what a newsroom sees on first use. When the checker learns to choose a
// house style or to hide uncertain findings by default, this is where the
// harness follows it; everything else only sees findings.
import { checkText, visibleFindings } from '../../shared/check';
import { RULE_IDS } from '../../shared/rules';
import type { Finding } from '../../shared/types';

/** What `galley check` shows by default: uncertain findings hidden; with
 *  `all` (as `galley check --all`, the app's 显示存疑) shown too. */
export function checkPage(text: string, all = false): Finding[] {
  return visibleFindings(checkText(text).findings, all);
}

export const ruleIds = (): readonly string[] => RULE_IDS;
