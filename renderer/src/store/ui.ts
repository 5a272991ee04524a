// Transient interface state: review/edit mode, save status, short messages.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { reviewStore } from './index';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface UiStore {
  mode: 'review' | 'edit';
  /** ISO time of the last successful autosave, or an error. */
  saved: { at?: string; error?: string } | null;
  toasts: Toast[];
  /** Caret to place in the editor when switching to edit mode. */
  editorCaret: number | null;
  setMode(mode: UiStore['mode'], caret?: number): void;
  setSaved(saved: UiStore['saved']): void;
  toast(kind: Toast['kind'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const uiStore = createStore<UiStore>()((set, get) => ({
  mode: 'review',
  saved: null,
  toasts: [],
  editorCaret: null,
  setMode(mode, caret) {
    // The block view needs findings of the current text.
    reviewStore.getState().flush();
    set({ mode, editorCaret: caret ?? null });
  },
  setSaved(saved) {
    set({ saved });
  },
  toast(kind, text) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, text }].slice(-4) });
    if (kind === 'info') setTimeout(() => get().dismiss(id), 4000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const useUi = <T>(selector: (s: UiStore) => T): T => useStore(uiStore, selector);
