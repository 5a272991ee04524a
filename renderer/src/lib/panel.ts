// The findings panel's listing as data: by rule (errors first) or in page
// order, with the findings of one rule in one paragraph collapsed into one
// card. F8 walks `keys`, so the keyboard follows exactly what the panel shows.
// Pure, so the order is unit-tested without a DOM.
//
// `shownFindings` is the one place that decides which findings the reviewer
// sees: uncertain ones (weak evidence) only with 显示存疑 on. The panel, its
// counts, the page highlights, F8, "accept all safe fixes" and the exports all
// take their findings from it; the review store keeps every finding, so a
// decision on an uncertain one survives the switch going off and on.
import { visibleFindings } from '../../../shared/check';
import type { Decision } from '../../../shared/review';
import { RULE_IDS } from '../../../shared/rules';
import type { Block, Finding, RuleId, Severity } from '../../../shared/types';

export type FindingsOrder = 'rule' | 'page';

/** Fewer findings of a rule in a paragraph than this stay separate cards. */
export const CLUSTER_MIN = 3;

export type PanelItem =
  | { kind: 'finding'; finding: Finding }
  /** Findings of one rule in one paragraph (id: rule and block start). */
  | { kind: 'cluster'; id: string; rule: RuleId; findings: Finding[] };

export interface PanelGroup {
  /** The rule (by rule) or 'page' (page order: one group, no heading). */
  id: RuleId | 'page';
  severity: Severity;
  count: number;
  items: PanelItem[];
}

export interface PanelOptions {
  order: FindingsOrder;
  onlyOpen: boolean;
  /** 显示存疑: list uncertain findings too. */
  showUncertain: boolean;
  blocks: readonly Block[];
}

// One filtered array per findings array: React re-renders (and memoized
// views recompute) only when the findings or the switch change.
const sureOnly = new WeakMap<readonly Finding[], readonly Finding[]>();

/** The findings the reviewer is shown (see the head of this file). */
export function shownFindings(findings: readonly Finding[], showUncertain: boolean): readonly Finding[] {
  if (showUncertain) return findings;
  let shown = sureOnly.get(findings);
  if (!shown) {
    shown = findings.some((f) => f.uncertain) ? visibleFindings(findings, false) : findings;
    sureOnly.set(findings, shown);
  }
  return shown;
}

const SEV_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const isOpen = (d: Decision | undefined) => d === undefined || d === 'left';

const worst = (items: readonly Finding[]) =>
  items.reduce<Severity>((m, f) => (SEV_ORDER[f.severity] < SEV_ORDER[m] ? f.severity : m), 'info');

const byPlace = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/** Start of the block holding `at`, or null outside every block. */
function blockFinder(blocks: readonly Block[]): (at: number) => number | null {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  return (at) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let hit: Block | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= at) {
        hit = sorted[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit && at < hit.end ? hit.start : null;
  };
}

/** Findings (in the order given) as cards, one rule's findings in one block
 *  collapsed into a cluster placed where its first finding was. */
function cluster(findings: readonly Finding[], blockOf: (at: number) => number | null): PanelItem[] {
  const members = new Map<string, Finding[]>();
  const idOf = (f: Finding) => {
    const b = blockOf(f.start);
    return b === null ? null : `${f.rule}@${b}`;
  };
  for (const f of findings) {
    const id = idOf(f);
    if (id === null) continue;
    if (!members.has(id)) members.set(id, []);
    members.get(id)!.push(f);
  }
  const items: PanelItem[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const id = idOf(f);
    const group = id === null ? undefined : members.get(id);
    if (!group || group.length < CLUSTER_MIN) items.push({ kind: 'finding', finding: f });
    else if (!placed.has(id!)) {
      placed.add(id!);
      items.push({ kind: 'cluster', id: id!, rule: f.rule, findings: group });
    }
  }
  return items;
}

/** The panel's groups and cards. */
export function panelGroups(findings: readonly Finding[], decisions: Record<string, Decision>, options: PanelOptions): PanelGroup[] {
  const shown = shownFindings(findings, options.showUncertain).filter((f) => !options.onlyOpen || isOpen(decisions[f.key]));
  const blockOf = blockFinder(options.blocks);
  if (options.order === 'page') {
    if (shown.length === 0) return [];
    const sorted = [...shown].sort(byPlace);
    return [{ id: 'page', severity: worst(sorted), count: sorted.length, items: cluster(sorted, blockOf) }];
  }
  const by = new Map<RuleId, Finding[]>();
  for (const f of shown) {
    if (!by.has(f.rule)) by.set(f.rule, []);
    by.get(f.rule)!.push(f);
  }
  return [...by.entries()]
    .map(([rule, items]) => {
      const sorted = [...items].sort(byPlace);
      return { id: rule, severity: worst(sorted), count: sorted.length, items: cluster(sorted, blockOf) };
    })
    .sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || RULE_IDS.indexOf(a.id as RuleId) - RULE_IDS.indexOf(b.id as RuleId));
}

/** Finding keys in the order the panel lists them (a cluster's in place). */
export function panelKeys(groups: readonly PanelGroup[]): string[] {
  const keys: string[] = [];
  for (const g of groups) {
    for (const item of g.items) {
      if (item.kind === 'finding') keys.push(item.finding.key);
      else for (const f of item.findings) keys.push(f.key);
    }
  }
  return keys;
}

/**
 * The key F8 (dir 1) or Shift+F8 (dir -1) selects: the next listed finding
 * after the selected one, wrapping. When the selected finding is not listed
 * (decided while only open findings are shown, or an uncertain one hidden)
 * the walk starts from where it would stand in the unfiltered listing, so the
 * selection does not jump back to the top.
 */
export function stepKey(
  findings: readonly Finding[],
  decisions: Record<string, Decision>,
  options: PanelOptions,
  selectedKey: string | null,
  dir: 1 | -1,
  accept: (key: string) => boolean = () => true,
): string | null {
  const all = panelKeys(panelGroups(findings, decisions, { ...options, onlyOpen: false, showUncertain: true }));
  const listed = new Set(panelKeys(panelGroups(findings, decisions, options)));
  const ok = (k: string) => listed.has(k) && accept(k);
  const n = all.length;
  if (n === 0) return null;
  const i = selectedKey === null ? -1 : all.indexOf(selectedKey);
  const from = i === -1 ? (dir === 1 ? -1 : n) : i;
  for (let step = 1; step <= n; step++) {
    const k = all[(((from + dir * step) % n) + n) % n];
    if (k !== selectedKey && ok(k)) return k;
  }
  return selectedKey !== null && ok(selectedKey) ? selectedKey : null;
}
