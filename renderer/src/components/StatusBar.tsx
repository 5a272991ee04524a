import { countChars } from '../../../shared/compare/units';
import { ct } from '../compare/strings';
import { useLocale, useT } from '../hooks';
import { usePages, useReview } from '../store';
import { useUi } from '../store/ui';

export function StatusBar() {
  const t = useT();
  const locale = useLocale();
  const saved = useUi((s) => s.saved);
  const view = usePages((s) => s.view);
  const pageId = useReview((s) => s.pageId);
  const text = useReview((s) => s.text);
  const checkMs = useReview((s) => s.checkMs);
  const lines = text ? text.split('\n').length : 0;
  return (
    <footer className="status-bar">
      {/* The keys of the view in front: the compare has its own. */}
      <span className="keys" data-testid="status-keys">
        {view === 'compare' ? ct(locale, 'keys') : t('keyboardHelp')}
      </span>
      <span className="tb-spacer" />
      {pageId && (
        <>
          <span>{t('lines', { n: lines })}</span>
          <span data-testid="char-count" title={t('charsTitle')}>
            {t('chars', { n: countChars(text) })}
          </span>
          <span data-testid="check-ms" title={t('checkTimeTitle')}>
            {t('checkTime', { ms: checkMs.toFixed(2) })}
          </span>
        </>
      )}
      {saved?.at && <span data-testid="saved">{t('saved', { time: new Date(saved.at).toLocaleTimeString() })}</span>}
      {saved?.error && <span className="error">{t('saveFailed', { error: saved.error })}</span>}
    </footer>
  );
}
