import { useT } from '../hooks';
import { uiStore, useUi } from '../store/ui';

export function Toasts() {
  const t = useT();
  const toasts = useUi((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((x) => (
        <div key={x.id} className={'toast ' + x.kind} data-testid="toast">
          <span>{x.text}</span>
          <button type="button" title={t('dismiss')} onClick={() => uiStore.getState().dismiss(x.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
