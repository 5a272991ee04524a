import { Suspense, useEffect, useState, type DragEvent } from 'react';
import { CreditsBar } from './components/CreditsBar';
import { PageList } from './components/PageList';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { Toolbar } from './components/Toolbar';
import { dispatch, openDropped, type Command } from './controller';
import { useT } from './hooks';
import { usePages, useReview } from './store';
import { VIEWS, viewById } from './views';

/** Fields where letters, Enter and Delete belong to the user's typing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Map a key press to a command (keyboard-first review, issue 3). */
export function commandForKey(e: KeyboardEvent): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key;
  if (key === 'F8') return e.shiftKey ? 'previous-finding' : 'next-finding';
  if (mod && !e.altKey) {
    const k = key.toLowerCase();
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y') return 'redo';
    if (key === 'Enter' && e.shiftKey) return 'apply-safe-fixes';
    if (k === 'o') return e.shiftKey ? 'open-folder' : 'open-files';
    return null;
  }
  // Esc leaves the editor (Ctrl+E is the desktop menu's export).
  if (key === 'Escape' && e.target instanceof HTMLTextAreaElement && e.target.dataset.testid === 'editor-input') return 'review-mode';
  if (e.altKey || isTyping(e.target)) return null;
  if (key === 'e' || key === 'E') return 'edit-mode';
  // Buttons keep Enter for themselves.
  if (key === 'Enter' && e.target instanceof HTMLButtonElement) return null;
  if (key === 'Enter' || key === 'a' || key === 'A') return 'accept';
  if (key === 'Delete' || key === 'r' || key === 'R') return 'reject';
  if (key === 'u' || key === 'U') return 'undecide';
  if (key === 'j') return 'next-finding';
  if (key === 'k') return 'previous-finding';
  return null;
}

export function App() {
  const t = useT();
  const view = usePages((s) => s.view);
  const hasPage = useReview((s) => s.pageId !== null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
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
      {view === 'page' && hasPage && <CreditsBar />}
      <div className="main">
        <PageList />
        <main className="view" data-view={entry.id}>
          <Suspense fallback={null}>
            <View />
          </Suspense>
        </main>
      </div>
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
