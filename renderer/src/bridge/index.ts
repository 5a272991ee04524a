// The one bridge the renderer talks to: the preload's `window.galley` in the
// desktop app, the browser implementation everywhere else.
import type { GalleyBridge } from '../../../shared/ipc';
import { createBrowserBridge } from './browser';

declare global {
  interface Window {
    galley?: GalleyBridge;
  }
}

let bridge: GalleyBridge | undefined;

export function getBridge(): GalleyBridge {
  if (!bridge) bridge = window.galley ?? createBrowserBridge(window);
  return bridge;
}
