import { Suspense, useEffect, useState, type DragEvent } from 'react';
import { CreditsBar } from './components/CreditsBar';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PageList } from './components/PageList';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { Toolbar } from './components/Toolbar';
import { dispatch, openDropped } from './controller';
import { commandForKey } from './keys';
import { useT } from './hooks';
import { pagesStore, usePages, useReview } from './store';
import { VIEWS, viewById } from './views';

const GLOBAL_COMMANDS = new Set<string>(['open-files', 'open-folder', 'toggle-locale']);

export function App() {
  const t = useT();
  const view = usePages((s) => s.view);
  const hasPage = useReview((s) => s.pageId !== null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      // Review keys act on the page view only (other views have their own).
      if (!GLOBAL_COMMANDS.has(command) && pagesStore.getState().view !== 'page') return;
      // In the editor Ctrl+Z is ours too: one history for edits and decisions.
      if ((command === 'undo' || command === 'redo') && e.target instanceof HTMLInputElement) return;
      e.preventDefault();
      dispatch(command, 'key');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) void openDropped(files);
  };

  const entry = viewById(view) ?? VIEWS[0];
  const View = entry.component;

  return (
    <div
      className="app"
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Toolbar />
      {/* A render error in the page keeps the toolbar: open another page, go on. */}
      <ErrorBoundary>
        {view === 'page' && hasPage && <CreditsBar />}
        <div className="main">
          <PageList />
          <main className="view" data-view={entry.id}>
            <Suspense fallback={null}>
              <View />
            </Suspense>
          </main>
        </div>
      </ErrorBoundary>
      <StatusBar />
      <Toasts />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropHere')}
        </div>
      )}
    </div>
  );
}
