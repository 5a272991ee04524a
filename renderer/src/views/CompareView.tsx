// The compare view (对照, docs/design.md §7, issue 4): pick two revisions, read
// them side by side, step through the changes with F7 / Shift+F7 (or N / P),
// toggle what to ignore, export the HTML report.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { exportReport, comparePageWithClean, comparePageWithEdits, openSide, openTwo } from '../compare/actions';
import { CompareGrid } from '../compare/CompareGrid';
import { compareStore, OPTION_KEYS, type CompareStore, type OptionKey } from '../compare/store';
import { CHANGE_LABEL, useCt, type CompareKey } from '../compare/strings';
import { useLocale } from '../hooks';
import { useReview } from '../store';
import '../compare/compare.css';

const useCompare = <T,>(selector: (s: CompareStore) => T): T => useStore(compareStore, selector);

/** A number per revision object: a new pair (not an option toggle, which
 *  keeps both) gets a fresh grid, scrolled to the top. */
const revisionIds = new WeakMap<object, number>();
let lastRevisionId = 0;
function revisionId(r: object | null): number {
  if (!r) return 0;
  let id = revisionIds.get(r);
  if (id === undefined) revisionIds.set(r, (id = ++lastRevisionId));
  return id;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A ticked option box keeps the focus; N / P still step.
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Review keys (accept, reject, edit…) would act unseen on the page under
 *  this view: they are held back while the compare view is shown. */
const REVIEW_KEYS = new Set(['a', 'A', 'r', 'R', 'u', 'U', 'e', 'E', 'j', 'k', 'Delete', 'Enter', 'F8']);

const OPTION_LABEL: Record<OptionKey, { label: CompareKey; title: CompareKey; id: string }> = {
  ignoreWhitespace: { label: 'ignoreWhitespace', title: 'ignoreWhitespaceTitle', id: 'whitespace' },
  ignorePunctuationWidth: { label: 'ignorePunctuationWidth', title: 'ignorePunctuationWidthTitle', id: 'punctuation' },
  ignoreLineBreaks: { label: 'ignoreLineBreaks', title: 'ignoreLineBreaksTitle', id: 'line-breaks' },
};

export function CompareView() {
  const t = useCt();
  const locale = useLocale();
  const hasPage = useReview((s) => s.pageId !== null);
  const old = useCompare((s) => s.old);
  const next = useCompare((s) => s.new);
  const source = useCompare((s) => s.source);
  const options = useCompare((s) => s.options);
  const detailed = useCompare((s) => s.detailed);
  const current = useCompare((s) => s.current);
  const ms = useCompare((s) => s.ms);
  const error = useCompare((s) => s.error);
  const [note, setNote] = useState<string | null>(null);
  const noteTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flash = useCallback((text: string) => {
    setNote(text);
    clearTimeout(noteTimer.current);
    noteTimer.current = setTimeout(() => setNote(null), 1600);
  }, []);
  useEffect(() => () => clearTimeout(noteTimer.current), []);

  const step = useCallback(
    (dir: 1 | -1) => {
      const s = compareStore.getState();
      if (!s.detailed || s.detailed.comparison.changes.length === 0) return;
      const moved = dir > 0 ? s.next() : s.previous();
      setNote(null);
      if (!moved) flash(t(dir > 0 ? 'atLast' : 'atFirst'));
    },
    [flash, t],
  );

  // Active only while this view is mounted, i.e. only in the compare view.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      let dir: 1 | -1 | 0 = 0;
      if (e.key === 'F7') dir = e.shiftKey ? -1 : 1;
      else if (e.key === 'n' || e.key === 'N') dir = 1;
      else if (e.key === 'p' || e.key === 'P') dir = -1;
      if (dir) {
        e.preventDefault();
        e.stopPropagation();
        step(dir);
        return;
      }
      if (REVIEW_KEYS.has(e.key) && !(e.key === 'Enter' && e.target instanceof HTMLButtonElement)) e.stopPropagation();
    };
    // Capture phase: before the app's review keys on window.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [step]);

  const n = detailed?.comparison.changes.length ?? 0;
  const stats = detailed?.comparison.stats;
  const counter = !detailed ? '' : n === 0 ? t('noChanges') : current >= 0 ? t('counter', { i: current + 1, n }) : t('counterNone', { n });
  const pick = useCallback((i: number) => compareStore.getState().goTo(i), []);

  return (
    <section className="cmp" data-testid="compare-view" aria-label={t('title')}>
      <div className="cmp-bar">
        <div className="cmp-group">
          <button type="button" className="cmp-btn primary" title={t('openTwoTitle')} data-testid="compare-open-two" onClick={() => void openTwo()}>
            {t('openTwo')}
          </button>
          <button type="button" className="cmp-btn" title={t('openOldTitle')} data-testid="compare-open-old" onClick={() => void openSide('old')}>
            {t('openOld')}
          </button>
          <button type="button" className="cmp-btn" title={t('openNewTitle')} data-testid="compare-open-new" onClick={() => void openSide('new')}>
            {t('openNew')}
          </button>
          <button
            type="button"
            className="cmp-btn"
            title={t('swapTitle')}
            disabled={!old && !next}
            data-testid="compare-swap"
            onClick={() => compareStore.getState().swap()}
          >
            {t('swap')}
          </button>
          <span className="cmp-sep" />
          <button
            type="button"
            className={'cmp-btn' + (source === 'page-clean' ? ' on' : '')}
            title={t('pageCleanTitle')}
            disabled={!hasPage}
            data-testid="compare-page-clean"
            onClick={comparePageWithClean}
          >
            {t('pageClean')}
          </button>
          <button
            type="button"
            className={'cmp-btn' + (source === 'page-edits' ? ' on' : '')}
            title={t('pageEditsTitle')}
            disabled={!hasPage}
            data-testid="compare-page-edits"
            onClick={comparePageWithEdits}
          >
            {t('pageEdits')}
          </button>
        </div>
        <div className="cmp-spacer" />
        <div className="cmp-group cmp-options" role="group">
          {OPTION_KEYS.map((key) => (
            <label key={key} className={'cmp-toggle' + (options[key] ? ' on' : '')} title={t(OPTION_LABEL[key].title)}>
              <input
                type="checkbox"
                checked={options[key]}
                data-testid={'compare-ignore-' + OPTION_LABEL[key].id}
                onChange={() => compareStore.getState().toggleOption(key)}
              />
              {t(OPTION_LABEL[key].label)}
            </label>
          ))}
        </div>
      </div>

      {detailed && stats && (
        <div className="cmp-summary" data-testid="compare-summary">
          <div className="cmp-group cmp-nav">
            <button type="button" className="cmp-btn" title={t('previousTitle')} disabled={n === 0} data-testid="compare-previous" onClick={() => step(-1)}>
              ▲ {t('previous')}
            </button>
            <span className="cmp-counter" data-testid="compare-counter" aria-live="polite">
              {counter}
            </span>
            <button type="button" className="cmp-btn" title={t('nextTitle')} disabled={n === 0} data-testid="compare-next" onClick={() => step(1)}>
              ▼ {t('next')}
            </button>
          </div>
          <span className="cmp-sep" />
          {(['replace', 'insert', 'delete', 'move', 'split', 'join'] as const).map((type) => {
            const v = { replace: stats.replacements, insert: stats.insertions, delete: stats.deletions, move: stats.moves, split: stats.splits, join: stats.joins }[type];
            return (
              <span key={type} className={'cmp-chip t-' + type + (v ? '' : ' zero')} data-testid={'compare-stat-' + type}>
                <i />
                {CHANGE_LABEL[locale][type]} <b>{v}</b>
              </span>
            );
          })}
          <span className="cmp-chars">
            <span className="plus">{t('charsInserted', { n: stats.charsInserted })}</span>
            <span className="minus">{t('charsDeleted', { n: stats.charsDeleted })}</span>
          </span>
          <span className="cmp-spacer" />
          {note && (
            <span className="cmp-note" data-testid="compare-note">
              {note}
            </span>
          )}
          <span className="cmp-keys">{t('keys')}</span>
          <span className="cmp-ms">{t('took', { ms: ms < 10 ? ms.toFixed(1) : Math.round(ms) })}</span>
          <button type="button" className="cmp-btn primary" title={t('exportReportTitle')} data-testid="compare-export" onClick={() => void exportReport()}>
            {t('exportReport')}
          </button>
        </div>
      )}

      {error && (
        <div className="cmp-error" role="alert" data-testid="compare-error">
          {t('failed', { error })}
        </div>
      )}

      {detailed && old && next ? (
        <CompareGrid
          key={`${revisionId(old)}:${revisionId(next)}`}
          detailed={detailed} current={current} locale={locale} oldName={old.name} newName={next.name} onPick={pick} />
      ) : (
        <div className="cmp-empty" data-testid="compare-empty">
          <h2>{t('pickTitle')}</h2>
          <p>{t('pickHint')}</p>
          {(old || next) && (
            <p className="cmp-picked">
              {t('old')}：{old?.name ?? '—'} · {t('new')}：{next?.name ?? '—'}
            </p>
          )}
          <div className="cmp-choices">
            <button type="button" className="cmp-choice" onClick={() => void openTwo()} data-testid="compare-choice-files">
              <strong>{t('openTwo')}</strong>
              <span>{t('openTwoDesc')}</span>
            </button>
            <button type="button" className="cmp-choice" disabled={!hasPage} onClick={comparePageWithClean} data-testid="compare-choice-clean">
              <strong>{t('pageClean')}</strong>
              <span>{hasPage ? t('pageCleanDesc') : t('noPage')}</span>
            </button>
            <button type="button" className="cmp-choice" disabled={!hasPage} onClick={comparePageWithEdits} data-testid="compare-choice-edits">
              <strong>{t('pageEdits')}</strong>
              <span>{hasPage ? t('pageEditsDesc') : t('noPage')}</span>
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
