import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, MIN_HEIGHT, MIN_WIDTH, restoreBounds, windowOptions } from '../../../electron/main/window-options';

describe('windowOptions', () => {
  const opts = windowOptions({ x: 10, y: 20, width: 1000, height: 700 }, '/app/out/preload/index.js');
  const web = opts.webPreferences!;

  it('turns on isolation and the sandbox, and Node off everywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, <webview> and experimental features', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('uses our preload and the remembered bounds', () => {
    expect(web.preload).toBe('/app/out/preload/index.js');
    expect(opts).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
  });

  it('has developer tools only when asked (development builds)', () => {
    expect(web.devTools).toBe(false);
    expect(windowOptions(DEFAULT_BOUNDS, '/p.js', { devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('leaves position to the OS when none is remembered', () => {
    const o = windowOptions({ width: 900, height: 600 }, '/p.js');
    expect('x' in o).toBe(false);
    expect('y' in o).toBe(false);
  });
});

describe('restoreBounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('uses the default size on first run', () => {
    expect(restoreBounds(undefined, screen)).toEqual(DEFAULT_BOUNDS);
  });

  it('restores a window that is on a connected display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1200, height: 800, maximized: true }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('drops the position of a window left on an unplugged monitor, keeping its size', () => {
    expect(restoreBounds({ x: 3000, y: 100, width: 1200, height: 800 }, screen)).toEqual({ width: 1200, height: 800, maximized: undefined });
  });

  it('never restores a window smaller than the minimum', () => {
    const b = restoreBounds({ x: 0, y: 0, width: 10, height: 10 }, screen);
    expect(b.width).toBe(MIN_WIDTH);
    expect(b.height).toBe(MIN_HEIGHT);
  });
});
