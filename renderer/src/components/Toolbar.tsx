import { useEffect, useRef, useState } from 'react';
import type { ExportKind, RecentEntry } from '../../../shared/ipc';
import { getBridge } from '../bridge';
import { applySafe, dispatch, exportAs, openFiles, openFolder, openRecent } from '../controller';
import { useT } from '../hooks';
import type { MessageKey } from '../i18n';
import { pagesStore, settingsStore, usePages, useReview, useSettings } from '../store';
import { uiStore, useUi } from '../store/ui';
import { VIEWS } from '../views';

/** A small dropdown that closes on outside click and Escape. */
function Menu({ label, title, testId, children }: { label: string; title?: string; testId: string; children: (close: () => void) => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button type="button" className="tb-button" title={title} aria-expanded={open} data-testid={testId} onClick={() => setOpen(!open)}>
        {label} ▾
      </button>
      {open && (
        <div className="menu-pop" role="menu">
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

const EXPORTS: { kind: ExportKind; label: MessageKey }[] = [
  { kind: 'text', label: 'exportText' },
  { kind: 'markdown', label: 'exportMarkdown' },
  { kind: 'json', label: 'exportJson' },
  { kind: 'report-html', label: 'exportReportHtml' },
  { kind: 'report-csv', label: 'exportReportCsv' },
  { kind: 'report-pdf', label: 'exportReportPdf' },
];

export function Toolbar() {
  const t = useT();
  const settings = useSettings((s) => s.settings);
  const view = usePages((s) => s.view);
  const hasPages = usePages((s) => s.pages.length > 0);
  const hasPage = useReview((s) => s.pageId !== null);
  const canUndo = useReview((s) => s.undoStack.length > 0);
  const canRedo = useReview((s) => s.redoStack.length > 0);
  const mode = useUi((s) => s.mode);
  const [recent, setRecent] = useState<RecentEntry[]>([]);

  return (
    <header className="toolbar" role="toolbar">
      <div className="brand" title="Galley">
        <span className="brand-mark">G</span>
        <span className="brand-name">{t('appName')}</span>
      </div>
      <div className="tb-group">
        <button type="button" className="tb-button primary" title={t('openTitle') + ' (Ctrl+O)'} data-testid="open-files" onClick={() => void openFiles()}>
          {t('open')}
        </button>
        <button type="button" className="tb-button" title={t('openFolder') + ' (Ctrl+Shift+O)'} data-testid="open-folder" onClick={() => void openFolder()}>
          {t('openFolder')}
        </button>
        <Menu label={t('recent')} testId="recent-menu">
          {(close) => (
            <RecentList
              onMount={() =>
                void getBridge()
                  .recentFiles()
                  .then(setRecent)
                  .catch(() => setRecent([]))
              }
              recent={recent}
              empty={t('recentEmpty')}
              onPick={(id) => {
                close();
                void openRecent(id);
              }}
            />
          )}
        </Menu>
      </div>

      <nav className="tb-group view-switch" aria-label={t('views')}>
        {VIEWS.filter((v) => !v.needsPage || hasPages).map((v) => (
          <button
            key={v.id}
            type="button"
            className={'tab' + (view === v.id ? ' active' : '')}
            aria-pressed={view === v.id}
            data-testid={'view-' + v.id}
            onClick={() => pagesStore.getState().setView(v.id)}
          >
            {t(v.label)}
          </button>
        ))}
      </nav>

      {view === 'page' && hasPage && (
        <div className="tb-group">
          <div className="segmented" title={t('modeTitle')}>
            <button type="button" className={mode === 'review' ? 'active' : ''} data-testid="mode-review" onClick={() => uiStore.getState().setMode('review')}>
              {t('modeReview')}
            </button>
            <button type="button" className={mode === 'edit' ? 'active' : ''} data-testid="mode-edit" onClick={() => uiStore.getState().setMode('edit')}>
              {t('modeEdit')}
            </button>
          </div>
          <button type="button" className="tb-button icon" title={t('undo') + ' (Ctrl+Z)'} disabled={!canUndo} data-testid="undo" onClick={() => dispatch('undo')}>
            ↶
          </button>
          <button type="button" className="tb-button icon" title={t('redo') + ' (Ctrl+Shift+Z)'} disabled={!canRedo} data-testid="redo" onClick={() => dispatch('redo')}>
            ↷
          </button>
          <button type="button" className="tb-button" title={t('applySafeTitle')} data-testid="apply-safe" onClick={applySafe}>
            {t('applySafe')}
          </button>
          <Menu label={t('export')} testId="export-menu">
            {(close) => (
              <div className="export-menu">
                {EXPORTS.map((x) => (
                  <button
                    key={x.kind}
                    type="button"
                    role="menuitem"
                    data-testid={'export-' + x.kind}
                    onClick={() => {
                      close();
                      void exportAs(x.kind);
                    }}
                  >
                    {t(x.label)}
                  </button>
                ))}
                <div className="menu-sep" />
                <label className="menu-field">
                  {t('exportEncoding')}
                  <select
                    value={settings.exportEncoding}
                    data-testid="export-encoding"
                    onChange={(e) => settingsStore.getState().update({ exportEncoding: e.target.value as 'utf-8' | 'gb18030' })}
                  >
                    <option value="utf-8">UTF-8</option>
                    <option value="gb18030">GB18030</option>
                  </select>
                </label>
                <label className="menu-field">
                  {t('exportEol')}
                  <select
                    value={settings.exportEol}
                    data-testid="export-eol"
                    onChange={(e) => settingsStore.getState().update({ exportEol: e.target.value as 'lf' | 'crlf' })}
                  >
                    <option value="lf">LF</option>
                    <option value="crlf">CRLF</option>
                  </select>
                </label>
              </div>
            )}
          </Menu>
        </div>
      )}

      <div className="tb-spacer" />
      <label className="reviewer">
        <span>{t('reviewer')}</span>
        <input
          id="reviewer-name"
          data-testid="reviewer"
          value={settings.reviewer}
          placeholder={t('reviewerPlaceholder')}
          maxLength={40}
          onChange={(e) => settingsStore.getState().update({ reviewer: e.target.value })}
        />
      </label>
      <button type="button" className="tb-button" title={t('languageTitle')} data-testid="toggle-locale" onClick={() => dispatch('toggle-locale')}>
        {t('language')}
      </button>
    </header>
  );
}

function RecentList({ recent, empty, onPick, onMount }: { recent: RecentEntry[]; empty: string; onPick: (id: string) => void; onMount: () => void }) {
  useEffect(onMount, []); // eslint-disable-line react-hooks/exhaustive-deps
  if (recent.length === 0) return <div className="menu-empty">{empty}</div>;
  return (
    <>
      {recent.map((r) => (
        <button key={r.id} type="button" role="menuitem" title={r.path ?? r.name} onClick={() => onPick(r.id)}>
          {r.name}
        </button>
      ))}
    </>
  );
}
