// The main window's options, as a pure function so the hardening is tested
// rather than trusted (Electron security checklist items 2–4, 6, 12).
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './settings-store';

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 860 };
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Saved bounds if they still fit a connected display (a monitor may have
 *  been unplugged since), otherwise a default size the OS will centre. */
export function restoreBounds(saved: WindowBounds | undefined, workAreas: readonly Rect[]): WindowBounds {
  if (!saved) return { ...DEFAULT_BOUNDS };
  const width = Math.max(MIN_WIDTH, Math.round(saved.width));
  const height = Math.max(MIN_HEIGHT, Math.round(saved.height));
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const x = Math.round(saved.x);
  const y = Math.round(saved.y);
  // Visible enough: at least 100×50 px of the title area on some display.
  const visible = workAreas.some(
    (a) => x + width - 100 >= a.x && x + 100 <= a.x + a.width && y >= a.y - 10 && y + 50 <= a.y + a.height,
  );
  return visible ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

export function windowOptions(
  bounds: WindowBounds,
  preloadPath: string,
  opts: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Galley',
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows; denied anyway, and off here.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Developer tools only in development builds.
      devTools: opts.devTools ?? false,
    },
  };
}
