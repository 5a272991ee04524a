// The typed bridge the renderer sees as `window.galley`. Built from the
// injected invoke/subscribe functions so it can be tested without Electron;
// it exposes named functions only — never ipcRenderer, never an IPC event
// (whose `sender` is ipcRenderer itself).
import {
  IPC,
  type DroppedFile,
  type ExportRequest,
  type GalleyBridge,
  type MenuCommand,
  type Settings,
} from '../../shared/ipc';
import type { ReviewState } from '../../shared/review';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'open-files',
  'open-folder',
  'export-text',
  'export-markdown',
  'export-json',
  'export-report-html',
  'export-report-csv',
  'next-finding',
  'previous-finding',
  'apply-safe-fixes',
  'undo',
  'redo',
  'compare',
  'load-roster',
  'toggle-locale',
];

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
    getSettings: () => invoke(IPC.getSettings),
    setSettings: (patch: Partial<Settings>) => invoke(IPC.setSettings, patch),
    onMenu: (listener: (command: MenuCommand) => void) => {
      const wrapped = (_event: unknown, command: unknown) => {
        if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
      };
      ipc.on(IPC.menu, wrapped);
      return () => {
        ipc.removeListener(IPC.menu, wrapped);
      };
    },
  };
}
