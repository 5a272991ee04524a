// Right column: findings grouped by rule, errors first; click to select and
// scroll the page to it; accept / reject per finding.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Decision } from '../../../shared/review';
import { formatMessage, RULE_IDS, ruleTitle } from '../../../shared/rules';
import type { Finding, Severity } from '../../../shared/types';
import { useLocale, useT } from '../hooks';
import { SEVERITY_LABEL } from '../i18n';
import { reviewStore, useReview } from '../store';

const SEV_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Show whitespace in fix previews (a join deletes line breaks). */
export function visible(s: string): string {
  return s.replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '·').replace(/\u3000/g, '□');
}

function FixPreview({ finding, text }: { finding: Finding; text: string }) {
  const t = useT();
  if (!finding.fix || finding.fix.edits.length === 0) return <span className="fix none">{t('noFix')}</span>;
  return (
    <span className={'fix' + (finding.fix.safe ? ' safe' : '')}>
      <span className="fix-label">{finding.fix.safe ? t('safeFix') : t('fix')}</span>
      {finding.fix.edits.slice(0, 3).map((e, i) => {
        const old = text.slice(e.start, e.end);
        return (
          <span key={i} className="edit">
            {old && <del>{visible(old.length > 24 ? old.slice(0, 24) + '…' : old)}</del>}
            {e.text && <ins>{visible(e.text.length > 24 ? e.text.slice(0, 24) + '…' : e.text)}</ins>}
          </span>
        );
      })}
    </span>
  );
}

/** A damaged page can carry thousands of findings of one rule: list the
 *  first ones (and always the selected one) until the group is expanded. */
export const GROUP_LIMIT = 200;
function visibleItems(items: Finding[], all: boolean, selectedKey: string | null): Finding[] {
  if (all || items.length <= GROUP_LIMIT) return items;
  const i = items.findIndex((f) => f.key === selectedKey);
  return items.slice(0, Math.max(GROUP_LIMIT, i + 1));
}

type ItemState = 'open' | 'accepted' | 'rejected';
const stateOf = (d: Decision | undefined): ItemState => (d === 'accepted' ? 'accepted' : d === 'rejected' ? 'rejected' : 'open');

interface ItemProps {
  finding: Finding;
  state: ItemState;
  selected: boolean;
  text: string;
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

/** One finding; re-rendered only when what it shows changes (a re-check
 *  after each keystroke makes new Finding objects for the same findings). */
const FindingItem = memo(
  function FindingItem({ finding: f, state, selected, text, onPick }: ItemProps) {
    const t = useT();
    const locale = useLocale();
    return (
      <li
        className={`finding sev-${f.severity} st-${state}` + (selected ? ' selected' : '')}
        data-testid="finding"
        data-rule={f.rule}
        data-state={state}
        data-selected={selected}
        onClick={() => onPick(f)}
      >
        <div className="finding-head">
          <span className="pos">
            {f.line}:{f.column}
          </span>
          <span className="msg">{formatMessage(f.rule, f.data, locale)}</span>
        </div>
        <div className="finding-foot">
          <FixPreview finding={f} text={text} />
          <span className="tb-spacer" />
          {state !== 'open' && <span className={'state ' + state}>{state === 'accepted' ? t('accepted') : t('rejected')}</span>}
          {state === 'open' ? (
            <>
              <button
                type="button"
                className="act accept"
                title={t('acceptTitle')}
                data-testid="accept"
                onClick={(e) => {
                  e.stopPropagation();
                  reviewStore.getState().decide('accepted', f.key);
                }}
              >
                ✓
              </button>
              <button
                type="button"
                className="act reject"
                title={t('rejectTitle')}
                data-testid="reject"
                onClick={(e) => {
                  e.stopPropagation();
                  reviewStore.getState().decide('rejected', f.key);
                }}
              >
                ✕
              </button>
            </>
          ) : (
            <button
              type="button"
              className="act"
              title={t('reset')}
              data-testid="undecide"
              onClick={(e) => {
                e.stopPropagation();
                reviewStore.getState().decide('left', f.key);
              }}
            >
              ↺
            </button>
          )}
        </div>
      </li>
    );
  },
  (a, b) =>
    a.state === b.state &&
    a.selected === b.selected &&
    a.onPick === b.onPick &&
    a.finding.key === b.finding.key &&
    a.finding.line === b.finding.line &&
    a.finding.column === b.finding.column &&
    a.finding.message === b.finding.message &&
    a.finding.severity === b.finding.severity &&
    sameEdits(a.finding, b.finding, a.text, b.text),
);

export function FindingsPanel({ onPick }: { onPick: (f: Finding) => void }) {
  const t = useT();
  const locale = useLocale();
  const findings = useReview((s) => s.findings);
  const decisions = useReview((s) => s.decisions);
  const selectedKey = useReview((s) => s.selectedKey);
  // The text the findings were computed on: typing on a slow page does not
  // re-render the list until the deferred re-check lands.
  const text = useReview((s) => s.checkedText);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const listRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => {
    const by = new Map<string, Finding[]>();
    for (const f of findings) {
      const d = decisions[f.key];
      if (onlyOpen && d && d !== 'left') continue;
      const k = f.rule;
      if (!by.has(k)) by.set(k, []);
      by.get(k)!.push(f);
    }
    return [...by.entries()]
      .map(([rule, items]) => ({
        rule: rule as Finding['rule'],
        items,
        severity: items.reduce<Severity>((m, f) => (SEV_ORDER[f.severity] < SEV_ORDER[m] ? f.severity : m), 'info'),
      }))
      .sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
  }, [findings, decisions, onlyOpen]);

  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0, open: 0 };
    for (const f of findings) {
      c[f.severity]++;
      const d = decisions[f.key];
      if (!d || d === 'left') c.open++;
    }
    return c;
  }, [findings, decisions]);

  useEffect(() => {
    if (!selectedKey || !listRef.current) return;
    const el = listRef.current.querySelector<HTMLElement>(`[data-selected="true"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  return (
    <aside className="findings" aria-label={t('findings')} data-testid="findings-panel">
      <div className="pane-title">
        {t('findings')}
        <span className="sev-counts">
          <span className="badge error" title={SEVERITY_LABEL[locale].error}>{counts.error}</span>
          <span className="badge warning" title={SEVERITY_LABEL[locale].warning}>{counts.warning}</span>
          <span className="badge info" title={SEVERITY_LABEL[locale].info}>{counts.info}</span>
        </span>
        <span className="tb-spacer" />
        <div className="segmented small">
          <button type="button" className={!onlyOpen ? 'active' : ''} onClick={() => setOnlyOpen(false)}>
            {t('filterAll')} {findings.length}
          </button>
          <button type="button" className={onlyOpen ? 'active' : ''} data-testid="filter-open" onClick={() => setOnlyOpen(true)}>
            {t('filterOpen')} {counts.open}
          </button>
        </div>
      </div>
      <div className="findings-list" ref={listRef}>
        {findings.length === 0 && <p className="empty">{t('noFindings')}</p>}
        {groups.map((g) => (
          <section key={g.rule} className={'group sev-' + g.severity} data-rule={g.rule}>
            <h3>
              <span className={'sev-dot sev-' + g.severity} />
              {ruleTitle(g.rule, locale)}
              <code>{g.rule}</code>
              <span className="count">{g.items.length}</span>
            </h3>
            <ol>
              {visibleItems(g.items, expanded.has(g.rule), selectedKey).map((f) => (
                <FindingItem
                  key={f.key}
                  finding={f}
                  state={stateOf(decisions[f.key])}
                  selected={f.key === selectedKey}
                  text={text}
                  onPick={onPick}
                />
              ))}
            </ol>
            {!expanded.has(g.rule) && g.items.length > visibleItems(g.items, false, selectedKey).length && (
              <button type="button" className="more" onClick={() => setExpanded(new Set([...expanded, g.rule]))}>
                {t('showMore', { n: g.items.length - visibleItems(g.items, false, selectedKey).length })}
              </button>
            )}
          </section>
        ))}
      </div>
    </aside>
  );
}
