// Open pages: the list on the left (a folder shows each page's status), the
// current page, the folder-check progress and the top-level view.
import { createStore } from 'zustand/vanilla';
import type { ConfigSource, OpenedPage } from '../../../shared/ipc';
import type { PageSummary } from './review';

export type PageStatus = 'pending' | 'checking' | 'done' | 'error';

export interface PageEntry extends OpenedPage {
  status: PageStatus;
  summary?: PageSummary;
}

export interface PagesData {
  pages: PageEntry[];
  currentId: string | null;
  /** While a batch of pages is being checked. */
  progress: { done: number; total: number } | null;
  /** Id of the top-level view (see views/index.ts). */
  view: string;
}

export interface PagesActions {
  /** Add opened pages (a page opened again replaces its entry). Returns the
   *  entries that are new or changed and need a check. Pages of the user's
   *  own take the bundled sample's place in the list. */
  addPages(opened: readonly OpenedPage[]): PageEntry[];
  setCurrent(id: string | null): void;
  closePage(id: string): void;
  setStatus(id: string, status: PageStatus, summary?: PageSummary): void;
  setProgress(progress: PagesData['progress']): void;
  setView(view: string): void;
  /** The config now in force for these pages (desktop "add to allowlist"). */
  setConfig(ids: readonly string[], config: ConfigSource): void;
}

export type PagesStore = PagesData & PagesActions;

export function createPagesStore() {
  return createStore<PagesStore>()((set, get) => ({
    pages: [],
    currentId: null,
    progress: null,
    view: 'page',

    addPages(opened) {
      const ids = new Set(opened.map((p) => p.id));
      const own = opened.some((p) => !p.sample && !p.error);
      // The sample makes way once the user opens a page (also the sample's
      // own file from its folder, which would otherwise be listed twice).
      const pages = own ? get().pages.filter((p) => !p.sample || ids.has(p.id)) : [...get().pages];
      const touched: PageEntry[] = [];
      for (const p of opened) {
        const entry: PageEntry = { ...p, status: p.error ? 'error' : 'pending' };
        const i = pages.findIndex((x) => x.id === p.id);
        if (i === -1) pages.push(entry);
        else if (pages[i].text !== p.text || pages[i].error !== p.error) pages[i] = entry;
        else {
          // Opened by the user now: no longer the sample that makes way.
          if (pages[i].sample && !p.sample) pages[i] = { ...pages[i], sample: undefined };
          continue;
        }
        touched.push(entry);
      }
      const currentId = pages.some((p) => p.id === get().currentId) ? get().currentId : null;
      set({ pages, currentId });
      return touched;
    },

    setConfig(ids, config) {
      const set_ = new Set(ids);
      set({ pages: get().pages.map((p) => (set_.has(p.id) ? { ...p, config } : p)) });
    },

    setCurrent(id) {
      set({ currentId: id });
    },

    closePage(id) {
      const { pages, currentId } = get();
      const i = pages.findIndex((p) => p.id === id);
      if (i === -1) return;
      const rest = pages.filter((p) => p.id !== id);
      const next = currentId === id ? (rest[Math.min(i, rest.length - 1)]?.id ?? null) : currentId;
      set({ pages: rest, currentId: next });
    },

    setStatus(id, status, summary) {
      // Nothing new (a re-check that left the counts as they were): no new
      // page list, so nothing that reads it re-renders.
      const p = get().pages.find((x) => x.id === id);
      if (p && p.status === status && (!summary || sameSummary(p.summary, summary))) return;
      set({
        pages: get().pages.map((p) => (p.id === id ? { ...p, status, summary: summary ?? p.summary } : p)),
      });
    },

    setProgress(progress) {
      set({ progress });
    },

    setView(view) {
      set({ view });
    },
  }));
}

function sameSummary(a: PageSummary | undefined, b: PageSummary): boolean {
  if (!a) return false;
  const ka = Object.keys(a) as (keyof PageSummary)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
