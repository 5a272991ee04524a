// If anything in the interface throws while rendering, the window must not go
// blank: this shows what happened in the user's language (one line, no stack
// trace) and two ways to go on — render again, or close the page whose data
// caused it (the review is already saved; closing loses nothing).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n';
import { pagesStore, reviewStore, settingsStore } from '../store';

interface State {
  error: string | null;
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: oneLine(error) || '?' };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer console only; the user sees one line.
    console.error('Galley: render error', error, info.componentStack);
  }

  private retry = () => this.setState({ error: null });

  private closePage = () => {
    const id = reviewStore.getState().pageId;
    reviewStore.getState().clear();
    if (id) pagesStore.getState().closePage(id);
    this.setState({ error: null });
  };

  render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const locale = settingsStore.getState().settings.locale === 'en' ? 'en' : 'zh';
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string>) => translate(locale, k, p);
    return (
      <div className="error-boundary" role="alert" data-testid="error-boundary">
        <h2>{t('errorTitle')}</h2>
        <p>{t('errorBody', { error: this.state.error })}</p>
        <div className="error-actions">
          <button type="button" data-testid="error-retry" onClick={this.retry}>
            {t('errorRetry')}
          </button>
          <button type="button" data-testid="error-close-page" onClick={this.closePage}>
            {t('errorClosePage')}
          </button>
        </div>
      </div>
    );
  }
}
