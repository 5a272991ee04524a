// Notices above the page about its review: a damaged sidecar kept aside, a new
// proof of the page (with the compare against the last closed round), and
// what other people just saved (who, what, when), as it arrives.
import { describeAudit } from '../../../shared/review-audit';
import { roundLabel } from '../../../shared/review';
import { formatLocalTime } from '../../../shared/time';
import type { Locale } from '../../../shared/types';
import { compareWithPrevious } from '../controller';
import { useLocale, useT } from '../hooks';
import { useReview, reviewStore } from '../store';
import type { ReviewNotice } from '../store/review';

type T = ReturnType<typeof useT>;

function RemoteEntries({ notice, t, locale }: { notice: Extract<ReviewNotice, { kind: 'remote' }>; t: T; locale: Locale }) {
  return (
    <div className="notice-body">
      <span>{t('remoteTitle')}</span>
      <ul className="notice-list">
        {notice.entries.map((e) => (
          <li key={e.id} data-testid="remote-entry">
            {t('remoteEntry', { who: e.by || t('someone'), when: formatLocalTime(e.at), what: describeAudit(e, locale) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function NewProof({ notice, t, locale }: { notice: Extract<ReviewNotice, { kind: 'new-proof' }>; t: T; locale: Locale }) {
  const previous = notice.previous;
  const label = previous?.round ? roundLabel(previous.round, locale) : undefined;
  return (
    <div className="notice-body">
      <span>{t('newProof')}</span>
      {previous && (
        <button type="button" className="notice-action" data-testid="compare-previous" onClick={() => compareWithPrevious(previous)}>
          {label ? t('compareWith', { label }) : t('comparePrevious')}
        </button>
      )}
    </div>
  );
}

export function ReviewNotices() {
  const t = useT();
  const locale = useLocale();
  const notices = useReview((s) => s.notices);
  return (
    <>
      {notices.map((n, i) => (
        <div key={i} className={'notice notice-' + n.kind} role={n.kind === 'remote' ? 'status' : 'alert'} data-testid="review-notice" data-kind={n.kind}>
          {n.kind === 'remote' ? (
            <RemoteEntries notice={n} t={t} locale={locale} />
          ) : n.kind === 'new-proof' ? (
            <NewProof notice={n} t={t} locale={locale} />
          ) : (
            <span>{t('reviewWarning', { warning: n.message })}</span>
          )}
          <button type="button" onClick={() => reviewStore.getState().dismissNotice(i)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </>
  );
}
