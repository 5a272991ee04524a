// Sandboxed preload: may only require 'electron'; shared/ipc.ts is bundled in
// (constants and types only). Exposes the bridge, nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'galley',
  createBridge(ipcRenderer, (file) => webUtils.getPathForFile(file as unknown as File)),
);
