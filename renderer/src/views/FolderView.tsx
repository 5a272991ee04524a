// The folder view: every open page with its status — open errors and
// warnings, credits confirmed — and a progress bar while they are checked.
import { ProgressBar } from '../components/ProgressBar';
import { openFolder, selectPage } from '../controller';
import { useT } from '../hooks';
import type { MessageKey } from '../i18n';
import { pagesStore, usePages } from '../store';
import type { PageStatus } from '../store/pages';

const STATUS_LABEL: Record<PageStatus, MessageKey> = {
  pending: 'statusPending',
  checking: 'statusChecking',
  done: 'statusDone',
  error: 'statusError',
};

export function FolderView() {
  const t = useT();
  const pages = usePages((s) => s.pages);
  const progress = usePages((s) => s.progress);
  const currentId = usePages((s) => s.currentId);
  const totals = pages.reduce(
    (a, p) => ({
      errors: a.errors + (p.summary?.errors ?? 0),
      warnings: a.warnings + (p.summary?.warnings ?? 0),
      infos: a.infos + (p.summary?.infos ?? 0),
      confirmed: a.confirmed + (p.summary?.confirmed === 4 ? 1 : 0),
    }),
    { errors: 0, warnings: 0, infos: 0, confirmed: 0 },
  );
  return (
    <div className="folder-view" data-testid="folder-view">
      <div className="folder-head">
        <h2>{t('folderTitle')}</h2>
        <span className="meta">
          {pages.length} · <span className="badge error">{totals.errors}</span> <span className="badge warning">{totals.warnings}</span>{' '}
          <span className="badge info">{totals.infos}</span> · ✓ {totals.confirmed}/{pages.length}
        </span>
        <span className="tb-spacer" />
        <button type="button" className="tb-button" onClick={() => void openFolder()}>
          {t('openFolder')}
        </button>
      </div>
      {progress && <ProgressBar done={progress.done} total={progress.total} label={t('checking', progress)} />}
      {pages.length === 0 ? (
        <p className="empty">{t('noPages')}</p>
      ) : (
        <table className="folder-table">
          <thead>
            <tr>
              <th>{t('colName')}</th>
              <th>{t('colStatus')}</th>
              <th className="num">{t('colErrors')}</th>
              <th className="num">{t('colWarnings')}</th>
              <th className="num">{t('colInfos')}</th>
              <th>{t('colConfirmed')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((p) => {
              const s = p.summary;
              return (
                <tr
                  key={p.id}
                  className={(p.id === currentId ? 'current ' : '') + 'status-' + p.status}
                  data-testid="folder-row"
                  onClick={() => {
                    void selectPage(p.id);
                    pagesStore.getState().setView('page');
                  }}
                >
                  <td className="name" title={p.path ?? p.name}>
                    {p.name}
                    {p.path && p.path !== p.name && <span className="row-path">{p.path}</span>}
                  </td>
                  <td>{p.error ? <span className="error-text">{p.error}</span> : t(STATUS_LABEL[p.status])}</td>
                  <td className="num">{s ? <span className={s.errors ? 'badge error' : 'zero'}>{s.errors}</span> : '—'}</td>
                  <td className="num">{s ? <span className={s.warnings ? 'badge warning' : 'zero'}>{s.warnings}</span> : '—'}</td>
                  <td className="num">{s ? <span className={s.infos ? 'badge info' : 'zero'}>{s.infos}</span> : '—'}</td>
                  <td>
                    {s ? (
                      <span className={'confirm-meter' + (s.confirmed === 4 ? ' full' : '')}>
                        {[0, 1, 2, 3].map((i) => (
                          <span key={i} className={i < s.confirmed ? 'on' : ''} />
                        ))}
                        <span className="label">{s.confirmed === 4 ? t('confirmedYes') : `${s.confirmed}/4`}</span>
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
