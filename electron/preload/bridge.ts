// The typed bridge the renderer sees as `window.galley`. Built from the
// injected invoke/subscribe functions so it can be tested without Electron;
// it exposes named functions only — never ipcRenderer, never an IPC event
// (whose `sender` is ipcRenderer itself).
import {
  IPC,
  MENU_COMMANDS,
  type DroppedFile,
  type ExportRequest,
  type GalleyBridge,
  type MenuCommand,
  type OpenedPage,
  type PdfRequest,
  type ReviewChange,
  type Settings,
} from '../../shared/ipc';
import { checkReview, type ReviewState } from '../../shared/review';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export { MENU_COMMANDS };

/** A push from the main process, checked before the renderer sees it. */
function subscribe<T>(ipc: IpcRendererLike, channel: string, accept: (v: unknown) => T | undefined, listener: (v: T) => void) {
  const wrapped = (_event: unknown, payload: unknown) => {
    const v = accept(payload);
    if (v !== undefined) listener(v);
  };
  ipc.on(channel, wrapped);
  return () => {
    ipc.removeListener(channel, wrapped);
  };
}

export function acceptReviewChange(v: unknown): ReviewChange | undefined {
  const c = v as Partial<ReviewChange> | null;
  if (!c || typeof c !== 'object' || typeof c.pageId !== 'string') return undefined;
  const { state } = checkReview(c.state);
  return state ? { pageId: c.pageId, state } : undefined;
}

export function acceptPage(v: unknown): OpenedPage | undefined {
  const p = v as Partial<OpenedPage> | null;
  if (!p || typeof p !== 'object' || typeof p.id !== 'string' || typeof p.name !== 'string' || typeof p.text !== 'string') return undefined;
  return p as OpenedPage;
}

export function createBridge(ipc: IpcRendererLike, getPathForFile: (file: DroppedFile) => string): GalleyBridge {
  const invoke = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;
  return {
    kind: 'electron',
    openFiles: () => invoke(IPC.openFiles),
    openFolder: () => invoke(IPC.openFolder),
    openDropped: (files: readonly DroppedFile[]) => {
      // webUtils.getPathForFile gives the path of a file the user dropped;
      // files that are not on disk give '' and are left out.
      const paths = Array.from(files ?? [])
        .map((f) => {
          try {
            return getPathForFile(f);
          } catch {
            return '';
          }
        })
        .filter((p) => typeof p === 'string' && p.length > 0);
      return invoke(IPC.openDropped, paths);
    },
    openRecent: (id: string) => invoke(IPC.openRecent, id),
    recentFiles: () => invoke(IPC.recentFiles),
    initialPages: () => invoke(IPC.initialPages),
    loadReview: (pageId: string) => invoke(IPC.loadReview, pageId),
    saveReview: (pageId: string, state: ReviewState) => invoke(IPC.saveReview, pageId, state),
    exportFile: (request: ExportRequest) => invoke(IPC.exportFile, request),
    openRoster: () => invoke(IPC.openRoster),
    allowPhrase: (pageId: string, phrase: string) => invoke(IPC.allowPhrase, pageId, phrase),
    getSettings: () => invoke(IPC.getSettings),
    setSettings: (patch: Partial<Settings>) => invoke(IPC.setSettings, patch),
    savePdf: (request: PdfRequest) => invoke(IPC.savePdf, request),
    onMenu: (listener: (command: MenuCommand) => void) =>
      subscribe(ipc, IPC.menu, (c) => (MENU_COMMANDS.includes(c as MenuCommand) ? (c as MenuCommand) : undefined), listener),
    onReviewChanged: (listener: (change: ReviewChange) => void) => subscribe(ipc, IPC.reviewChanged, acceptReviewChange, listener),
    onPageChanged: (listener: (page: OpenedPage) => void) => subscribe(ipc, IPC.pageChanged, acceptPage, listener),
  };
}
