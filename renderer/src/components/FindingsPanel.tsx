// Right column: the findings by rule (errors first) or in page order; the
// findings of one rule in one paragraph as one card; click to select and
// scroll the page to it; accept / reject per finding or per card. F8 walks
// the same order (lib/panel.ts), so the keyboard follows what is shown.
// Uncertain findings (weak evidence) are listed only with 显示存疑 on, and
// then marked as such.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Decision } from '../../../shared/review';
import { formatMessage, ruleTitle } from '../../../shared/rules';
import { wordsPack } from '../../../shared/rules/words';
import type { Finding } from '../../../shared/types';
import { allowPhrase, decideFinding, setShowUncertain } from '../controller';
import { useLocale, useShowUncertain, useT } from '../hooks';
import { SEVERITY_LABEL } from '../i18n';
import { isOpen, panelGroups, shownFindings, type PanelItem } from '../lib/panel';
import { excerpt, fixPreviews, type Excerpt } from '../lib/preview';
import { reviewStore, useReview } from '../store';
import { uiStore, useUi } from '../store/ui';

/** A finding this short (a mark, a doubled character) does not say where it
 *  is, and its message does not quote the text: show the text around it. */
const SHORT_FINDING = 2;

function FixPreview({ finding, text }: { finding: Finding; text: string }) {
  const t = useT();
  const previews = fixPreviews(text, finding.fix);
  if (previews.length === 0) return <span className="fix none">{t('noFix')}</span>;
  return (
    <span className={'fix' + (finding.fix!.safe ? ' safe' : '')} data-testid="fix-preview">
      <span className="fix-label">{finding.fix!.safe ? t('safeFix') : t('fix')}</span>
      {previews.map((p, i) =>
        p.kind === 'move' ? (
          <span key={i} className="edit move">
            <span className="move-label">{t('moveTo', { line: p.line })}</span>
            <span className="ctx">{p.before}</span>
            <ins>{p.moved}</ins>
            <span className="ctx">{p.after}</span>
          </span>
        ) : (
          <span key={i} className="edit">
            <span className="ctx">{p.before}</span>
            {p.del && <del>{p.del}</del>}
            {p.ins && <ins>{p.ins}</ins>}
            <span className="ctx">{p.after}</span>
          </span>
        ),
      )}
    </span>
  );
}

function Context({ value }: { value: Excerpt }) {
  return (
    <div className="context" data-testid="finding-context">
      {value.before}
      <mark>{value.hit || '⁁'}</mark>
      {value.after}
    </div>
  );
}

/** A damaged page can carry thousands of findings of one rule: list the
 *  first cards (and always the selected one) until the group is expanded. */
export const GROUP_LIMIT = 200;
const holds = (item: PanelItem, key: string | null) =>
  item.kind === 'finding' ? item.finding.key === key : item.findings.some((f) => f.key === key);
function visibleItems(items: PanelItem[], all: boolean, selectedKey: string | null): PanelItem[] {
  if (all || items.length <= GROUP_LIMIT) return items;
  const i = items.findIndex((x) => holds(x, selectedKey));
  return items.slice(0, Math.max(GROUP_LIMIT, i + 1));
}

/** Says a finding rests on weak evidence (shown only with 显示存疑 on). */
function UncertainTag() {
  const t = useT();
  return (
    <span className="uncertain-tag" data-testid="uncertain-tag" title={t('uncertainTitle')}>
      {t('uncertainTag')}
    </span>
  );
}

type ItemState = 'open' | 'accepted' | 'rejected';
const stateOf = (d: Decision | undefined): ItemState => (d === 'accepted' ? 'accepted' : d === 'rejected' ? 'rejected' : 'open');

interface ItemProps {
  finding: Finding;
  state: ItemState;
  selected: boolean;
  text: string;
  /** Show the text around the finding (short findings, cluster members). */
  withContext: boolean;
  onPick: (f: Finding) => void;
}

const sameEdits = (a: Finding, b: Finding, ta: string, tb: string) => {
  const ea = a.fix?.edits ?? [];
  const eb = b.fix?.edits ?? [];
  return (
    ea.length === eb.length &&
    a.fix?.safe === b.fix?.safe &&
    ea.every((e, i) => e.text === eb[i].text && ta.slice(e.start, e.end) === tb.slice(eb[i].start, eb[i].end))
  );
};

const sameExcerpt = (ta: string, fa: Finding, tb: string, fb: Finding, radius?: number) => {
  const x = excerpt(ta, fa, radius);
  const y = excerpt(tb, fb, radius);
  return x.before === y.before && x.hit === y.hit && x.after === y.after;
};

const sameContext = (a: ItemProps, b: ItemProps) => {
  if (a.withContext !== b.withContext) return false;
  if (!a.withContext) return true;
  return sameExcerpt(a.text, a.finding, b.text, b.finding);
};

/** What a finding's card shows of it, apart from the text around it. */
const sameShown = (a: Finding, b: Finding) =>
  a === b ||
  (a.key === b.key &&
    a.rule === b.rule &&
    a.line === b.line &&
    a.column === b.column &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.uncertain === b.uncertain &&
    a.end - a.start === b.end - b.start);

/** The words pack's findings: a newsroom's own word may be allowed. */
const ALLOWABLE = new Set<string>(wordsPack.rules.map((r) => r.id));

/** "Add to allowlist": the text the finding covers, never reported again. */
function Allow({ finding, text }: { finding: Finding; text: string }) {
  const t = useT();
  const phrase = text.slice(finding.start, finding.end).trim();
  if (!ALLOWABLE.has(finding.rule) || !phrase || phrase.length > 40 || /[\r\n]/.test(phrase)) return null;
  return (
    <button
      type="button"
      className="act wide allow"
      title={t('allowPhraseTitle', { phrase })}
      data-testid="allow-phrase"
      onClick={(e) => {
        e.stopPropagation();
        void allowPhrase(phrase);
      }}
    >
      {t('allowPhrase')}
    </button>
  );
}

function Decide({ finding, state }: { finding: Finding; state: ItemState }) {
  const t = useT();
  const act = (d: Decision) => (e: React.MouseEvent) => {
    e.stopPropagation();
    decideFinding(d, finding.key);
  };
  if (state !== 'open') {
    return (
      <>
        <span className={'state ' + state}>{state === 'accepted' ? t('accepted') : t('rejected')}</span>
        <button type="button" className="act" title={t('reset')} data-testid="undecide" onClick={act('left')}>
          ↺
        </button>
      </>
    );
  }
  return (
    <>
      <button type="button" className="act accept" title={t('acceptTitle')} data-testid="accept" onClick={act('accepted')}>
        ✓
      </button>
      <button type="button" className="act reject" title={t('rejectTitle')} data-testid="reject" onClick={act('rejected')}>
        ✕
      </button>
    </>
  );
}

/** One finding; re-rendered only when what it shows changes (a re-check
 *  after each keystroke makes new Finding objects for the same findings). */
const FindingItem = memo(
  function FindingItem({ finding: f, state, selected, text, withContext, onPick }: ItemProps) {
    const locale = useLocale();
    return (
      <li
        className={`finding sev-${f.severity} st-${state}` + (selected ? ' selected' : '') + (f.uncertain ? ' uncertain' : '')}
        data-testid="finding"
        data-rule={f.rule}
        data-state={state}
        data-selected={selected}
        data-uncertain={f.uncertain === true}
        onClick={() => onPick(f)}
      >
        <div className="finding-head">
          <span className="pos">
            {f.line}:{f.column}
          </span>
          <span className="msg">{formatMessage(f.rule, f.data, locale)}</span>
          {f.uncertain && <UncertainTag />}
        </div>
        {/* A fix preview already shows the text around the change. */}
        {withContext && !f.fix?.edits.length && <Context value={excerpt(text, f)} />}
        <div className="finding-foot">
          <FixPreview finding={f} text={text} />
          <span className="tb-spacer" />
          <Allow finding={f} text={text} />
          <Decide finding={f} state={state} />
        </div>
      </li>
    );
  },
  (a, b) =>
    a.state === b.state &&
    a.selected === b.selected &&
    a.onPick === b.onPick &&
    sameShown(a.finding, b.finding) &&
    (a.finding === b.finding && a.text === b.text ? true : sameEdits(a.finding, b.finding, a.text, b.text) && sameContext(a, b)),
);

interface ClusterProps {
  item: Extract<PanelItem, { kind: 'cluster' }>;
  decisions: Record<string, Decision>;
  selectedKey: string | null;
  text: string;
  open: boolean;
  onToggle: (item: Extract<PanelItem, { kind: 'cluster' }>, open: boolean) => void;
  onPick: (f: Finding) => void;
}

/** A card's findings show the same (what a memoised card compares): each
 *  member's text, state and selection, and the text around the ones shown. */
function sameCluster(a: ClusterProps, b: ClusterProps): boolean {
  if (a.open !== b.open || a.onToggle !== b.onToggle || a.onPick !== b.onPick || a.item.rule !== b.item.rule) return false;
  const fa = a.item.findings;
  const fb = b.item.findings;
  if (fa.length !== fb.length) return false;
  const sameText = a.text === b.text;
  for (let i = 0; i < fa.length; i++) {
    const x = fa[i];
    const y = fb[i];
    if (!sameShown(x, y)) return false;
    if (a.decisions[x.key] !== b.decisions[y.key]) return false;
    if ((x.key === a.selectedKey) !== (y.key === b.selectedKey)) return false;
    if (sameText && x === y) continue;
    // Closed: the first three places; open: every member's card.
    if (a.open) {
      if (!sameEdits(x, y, a.text, b.text) || !sameExcerpt(a.text, x, b.text, y)) return false;
    } else if (i < 3 && !sameExcerpt(a.text, x, b.text, y, 5)) return false;
  }
  return true;
}

/** Findings of one rule in one paragraph: one card with their places, a
 *  count, accept / reject all, and each finding when expanded. Re-rendered
 *  only when what it shows changes (sameCluster). */
const ClusterCard = memo(function ClusterCard({ item, decisions, selectedKey, text, open, onToggle: toggle, onPick }: ClusterProps) {
  const onToggle = () => toggle(item, open);
  const t = useT();
  const locale = useLocale();
  const first = item.findings[0];
  const openKeys = item.findings.filter((f) => isOpen(decisions[f.key])).map((f) => f.key);
  const same = item.findings.every((f) => f.message === first.message);
  const selectedInside = item.findings.some((f) => f.key === selectedKey);
  const uncertain = item.findings.every((f) => f.uncertain);
  const all = (d: Decision) => (e: React.MouseEvent) => {
    e.stopPropagation();
    reviewStore.getState().decideMany(openKeys, d);
  };
  return (
    <li
      className={
        `finding cluster sev-${first.severity}` + (openKeys.length === 0 ? ' st-done' : '') + (selectedInside ? ' holds-selected' : '') + (uncertain ? ' uncertain' : '')
      }
      data-testid="finding-cluster"
      data-rule={item.rule}
      data-count={item.findings.length}
      data-open={open}
    >
      <div className="finding-head" onClick={onToggle}>
        <span className="pos">
          {first.line}:{first.column}
        </span>
        <span className="msg">{same ? formatMessage(first.rule, first.data, locale) : ruleTitle(item.rule, locale)}</span>
        {uncertain && <UncertainTag />}
      </div>
      <div className="cluster-places" onClick={onToggle}>
        {item.findings.slice(0, open ? 0 : 3).map((f) => (
          <Context key={f.key} value={excerpt(text, f, 5)} />
        ))}
      </div>
      <div className="finding-foot">
        <button type="button" className="cluster-toggle" data-testid="cluster-toggle" aria-expanded={open} onClick={onToggle}>
          {open ? '▾' : '▸'} {t('clusterCount', { n: item.findings.length, open: openKeys.length })}
        </button>
        <span className="tb-spacer" />
        {openKeys.length > 0 && (
          <>
            <button type="button" className="act wide accept" data-testid="accept-all" title={t('acceptAllTitle')} onClick={all('accepted')}>
              ✓ {t('acceptAll', { n: openKeys.length })}
            </button>
            <button type="button" className="act wide reject" data-testid="reject-all" title={t('rejectAllTitle')} onClick={all('rejected')}>
              ✕ {t('rejectAll')}
            </button>
          </>
        )}
      </div>
      {open && (
        <ol className="cluster-items">
          {item.findings.map((f) => (
            <FindingItem
              key={f.key}
              finding={f}
              state={stateOf(decisions[f.key])}
              selected={f.key === selectedKey}
              text={text}
              withContext
              onPick={onPick}
            />
          ))}
        </ol>
      )}
    </li>
  );
}, sameCluster);

/** 显示存疑, with how many findings it concerns (so a hidden one is not a
 *  secret). */
function UncertainSwitch({ n }: { n: number }) {
  const t = useT();
  const on = useShowUncertain();
  return (
    <label className={'uncertain-switch' + (on ? ' on' : '')} title={t('showUncertainTitle')}>
      <input type="checkbox" data-testid="show-uncertain" checked={on} onChange={(e) => setShowUncertain(e.target.checked)} />
      {t('showUncertain')}
      <span className="count" data-testid="uncertain-count">
        {n}
      </span>
    </label>
  );
}

interface HeadProps {
  total: number;
  counts: { error: number; warning: number; info: number; open: number };
  /** Uncertain findings on the page, shown or not. */
  uncertain: number;
}

function PanelHead({ total, counts, uncertain }: HeadProps) {
  const t = useT();
  const locale = useLocale();
  const onlyOpen = useUi((s) => s.onlyOpen);
  const order = useUi((s) => s.findingsOrder);
  const ui = uiStore.getState();
  return (
    <div className="pane-title findings-title">
      <div className="pane-row">
        {t('findings')}
        <span className="sev-counts">
          <span className="badge error" title={SEVERITY_LABEL[locale].error}>{counts.error}</span>
          <span className="badge warning" title={SEVERITY_LABEL[locale].warning}>{counts.warning}</span>
          <span className="badge info" title={SEVERITY_LABEL[locale].info}>{counts.info}</span>
        </span>
        <span className="tb-spacer" />
        <div className="segmented small">
          <button type="button" className={!onlyOpen ? 'active' : ''} onClick={() => ui.setOnlyOpen(false)}>
            {t('filterAll')} {total}
          </button>
          <button type="button" className={onlyOpen ? 'active' : ''} data-testid="filter-open" onClick={() => ui.setOnlyOpen(true)}>
            {t('filterOpen')} {counts.open}
          </button>
        </div>
      </div>
      <div className="pane-row sub">
        <span className="pane-label">{t('orderLabel')}</span>
        <div className="segmented small" role="group" aria-label={t('orderLabel')}>
          <button type="button" className={order === 'rule' ? 'active' : ''} data-testid="order-rule" onClick={() => ui.setFindingsOrder('rule')}>
            {t('orderRule')}
          </button>
          <button type="button" className={order === 'page' ? 'active' : ''} data-testid="order-page" onClick={() => ui.setFindingsOrder('page')}>
            {t('orderPage')}
          </button>
        </div>
        <span className="tb-spacer" />
        <UncertainSwitch n={uncertain} />
      </div>
    </div>
  );
}

/** The cards' React key and the key of a user's open/closed choice: the
 *  first member's finding key, which typing elsewhere leaves unchanged (the
 *  cluster's id holds its paragraph's offset, which typing above moves). */
const clusterKey = (item: Extract<PanelItem, { kind: 'cluster' }>) => item.rule + '\u0000' + item.findings[0].key;

/** Memoised: the page view re-renders (the page list's status after each
 *  check) without the panel's props changing. */
export const FindingsPanel = memo(function FindingsPanel({ onPick }: { onPick: (f: Finding) => void }) {
  const t = useT();
  const locale = useLocale();
  const all = useReview((s) => s.findings);
  const showUncertain = useShowUncertain();
  // Everything below (cards, counts) is of the findings the reviewer is shown.
  const findings = shownFindings(all, showUncertain);
  const decisions = useReview((s) => s.decisions);
  const selectedKey = useReview((s) => s.selectedKey);
  const page = useReview((s) => s.page);
  // The text the findings were computed on: typing on a slow page does not
  // re-render the list until the re-check lands.
  const text = useReview((s) => s.checkedText);
  const onlyOpen = useUi((s) => s.onlyOpen);
  const order = useUi((s) => s.findingsOrder);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  /** Cards the user opened or closed, by the keys of their findings (a card
   *  keeps the choice while typing moves it, or a filter hides a member);
   *  the others are open while they hold the selected finding (F8 walks
   *  into them). */
  const [clusterChoice, setClusterChoice] = useState<Map<string, boolean>>(() => new Map());
  const listRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(
    () => panelGroups(findings, decisions, { order, onlyOpen, showUncertain, blocks: page?.blocks ?? [] }),
    [findings, decisions, order, onlyOpen, showUncertain, page],
  );

  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0, open: 0 };
    for (const f of findings) {
      c[f.severity]++;
      if (isOpen(decisions[f.key])) c.open++;
    }
    return c;
  }, [findings, decisions]);
  const uncertain = useMemo(() => all.filter((f) => f.uncertain).length, [all]);

  useEffect(() => {
    if (!selectedKey || !listRef.current) return;
    const el = listRef.current.querySelector<HTMLElement>(`[data-selected="true"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey, order]);

  const clusterOpen = (item: Extract<PanelItem, { kind: 'cluster' }>) => {
    for (const f of item.findings) {
      const choice = clusterChoice.get(f.key);
      if (choice !== undefined) return choice;
    }
    return holds(item, selectedKey);
  };
  const toggleCluster = useCallback((item: Extract<PanelItem, { kind: 'cluster' }>, open: boolean) => {
    setClusterChoice((prev) => {
      const next = new Map(prev);
      for (const f of item.findings) next.set(f.key, !open);
      return next;
    });
  }, []);

  return (
    <aside className="findings" aria-label={t('findings')} data-testid="findings-panel" data-order={order}>
      <PanelHead total={findings.length} counts={counts} uncertain={uncertain} />
      <div className="findings-list" ref={listRef}>
        {findings.length === 0 && <p className="empty">{t('noFindings')}</p>}
        {groups.map((g) => (
          <section key={g.id} className={'group sev-' + g.severity} data-rule={g.id}>
            {g.id !== 'page' && (
              <h3>
                <span className={'sev-dot sev-' + g.severity} />
                {ruleTitle(g.id, locale)}
                <code>{g.id}</code>
                <span className="count">{g.count}</span>
              </h3>
            )}
            <ol>
              {visibleItems(g.items, expanded.has(g.id), selectedKey).map((item) =>
                item.kind === 'finding' ? (
                  <FindingItem
                    key={item.finding.key}
                    finding={item.finding}
                    state={stateOf(decisions[item.finding.key])}
                    selected={item.finding.key === selectedKey}
                    text={text}
                    withContext={item.finding.end - item.finding.start <= SHORT_FINDING}
                    onPick={onPick}
                  />
                ) : (
                  <ClusterCard
                    key={clusterKey(item)}
                    item={item}
                    decisions={decisions}
                    selectedKey={selectedKey}
                    text={text}
                    open={clusterOpen(item)}
                    onToggle={toggleCluster}
                    onPick={onPick}
                  />
                ),
              )}
            </ol>
            {!expanded.has(g.id) && g.items.length > visibleItems(g.items, false, selectedKey).length && (
              <button type="button" className="more" onClick={() => setExpanded(new Set([...expanded, g.id]))}>
                {t('showMore', { n: g.items.length - visibleItems(g.items, false, selectedKey).length })}
              </button>
            )}
          </section>
        ))}
      </div>
    </aside>
  );
});
