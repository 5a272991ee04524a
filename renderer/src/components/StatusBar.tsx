import { useT } from '../hooks';
import { useReview } from '../store';
import { useUi } from '../store/ui';

export function StatusBar() {
  const t = useT();
  const saved = useUi((s) => s.saved);
  const pageId = useReview((s) => s.pageId);
  const text = useReview((s) => s.text);
  const checkMs = useReview((s) => s.checkMs);
  const lines = text ? text.split('\n').length : 0;
  return (
    <footer className="status-bar">
      <span className="keys">{t('keyboardHelp')}</span>
      <span className="tb-spacer" />
      {pageId && (
        <>
          <span>{t('lines', { n: lines })}</span>
          <span>{t('chars', { n: text.length })}</span>
          <span data-testid="check-ms" title="checkText">
            {checkMs.toFixed(2)} ms
          </span>
        </>
      )}
      {saved?.at && <span data-testid="saved">{t('saved', { time: new Date(saved.at).toLocaleTimeString() })}</span>}
      {saved?.error && <span className="error">{t('saveFailed', { error: saved.error })}</span>}
    </footer>
  );
}
