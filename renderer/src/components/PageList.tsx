// Left column: the open pages with their status (errors, warnings, credits
// confirmed) and the progress bar while a folder is being checked.
import { selectPage } from '../controller';
import { useT } from '../hooks';
import { pagesStore, usePages } from '../store';
import { ProgressBar } from './ProgressBar';

export function PageList() {
  const t = useT();
  const pages = usePages((s) => s.pages);
  const currentId = usePages((s) => s.currentId);
  const progress = usePages((s) => s.progress);
  return (
    <aside className="page-list" aria-label={t('pages')}>
      <div className="pane-title">
        {t('pages')} <span className="count">{pages.length}</span>
      </div>
      {progress && <ProgressBar done={progress.done} total={progress.total} label={t('checking', progress)} />}
      {pages.length === 0 && <p className="empty">{t('noPages')}</p>}
      <ul>
        {pages.map((p) => {
          const s = p.summary;
          return (
            <li key={p.id} className={(p.id === currentId ? 'current ' : '') + 'status-' + p.status} data-testid="page-item" data-name={p.name}>
              <button
                type="button"
                className="page-link"
                title={p.path ?? p.name}
                onClick={() => {
                  void selectPage(p.id);
                  pagesStore.getState().setView('page');
                }}
              >
                <span className="page-name">{p.name}</span>
                <span className="page-badges">
                  {p.status === 'error' && <span className="badge error">!</span>}
                  {s && s.errors > 0 && <span className="badge error" title={t('colErrors')}>{s.errors}</span>}
                  {s && s.warnings > 0 && <span className="badge warning" title={t('colWarnings')}>{s.warnings}</span>}
                  {s && s.confirmed === 4 && <span className="badge ok" title={t('allConfirmed')}>✓</span>}
                </span>
              </button>
              <button type="button" className="page-close" title={t('close')} aria-label={t('close')} onClick={() => closeAndReselect(p.id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

function closeAndReselect(id: string) {
  const before = pagesStore.getState().currentId;
  pagesStore.getState().closePage(id);
  const after = pagesStore.getState().currentId;
  if (after !== before || before === id) void selectPage(after);
}
