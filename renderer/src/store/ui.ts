// Transient interface state: review/edit mode, save status, short messages.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { FindingsOrder } from '../lib/panel';
import { reviewStore } from './index';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** What the toast is about, so it can be withdrawn once it stops being
   *  true (a reviewer name asked for, then typed). */
  topic?: string;
}

/** How long a toast stays: long enough to read an error, not for ever. */
export const TOAST_MS = { info: 4000, error: 8000 } as const;

export interface UiStore {
  mode: 'review' | 'edit';
  /** ISO time of the last successful autosave, or an error. */
  saved: { at?: string; error?: string } | null;
  toasts: Toast[];
  /** Caret to place in the editor when switching to edit mode. */
  editorCaret: number | null;
  /** The findings panel: by rule or in page order; only open findings. */
  findingsOrder: FindingsOrder;
  onlyOpen: boolean;
  setMode(mode: UiStore['mode'], caret?: number): void;
  setSaved(saved: UiStore['saved']): void;
  toast(kind: Toast['kind'], text: string, topic?: string): void;
  dismiss(id: number): void;
  /** Withdraw the toasts about a topic. */
  dismissTopic(topic: string): void;
  setFindingsOrder(order: FindingsOrder): void;
  setOnlyOpen(onlyOpen: boolean): void;
}

let nextId = 1;

export const uiStore = createStore<UiStore>()((set, get) => ({
  mode: 'review',
  saved: null,
  toasts: [],
  editorCaret: null,
  findingsOrder: 'rule',
  onlyOpen: false,
  setMode(mode, caret) {
    // The block view needs findings of the current text.
    reviewStore.getState().flush();
    set({ mode, editorCaret: caret ?? null });
  },
  setSaved(saved) {
    set({ saved });
  },
  toast(kind, text, topic) {
    const id = nextId++;
    // The same message again replaces the old one (and restarts its time).
    const rest = get().toasts.filter((t) => t.text !== text && (topic === undefined || t.topic !== topic));
    set({ toasts: [...rest, { id, kind, text, topic }].slice(-4) });
    setTimeout(() => get().dismiss(id), TOAST_MS[kind]);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  dismissTopic(topic) {
    if (get().toasts.some((t) => t.topic === topic)) set({ toasts: get().toasts.filter((t) => t.topic !== topic) });
  },
  setFindingsOrder(findingsOrder) {
    set({ findingsOrder });
  },
  setOnlyOpen(onlyOpen) {
    set({ onlyOpen });
  },
}));

export const useUi = <T>(selector: (s: UiStore) => T): T => useStore(uiStore, selector);
