// The main entry with a fake `electron`: the app wires every hardening piece
// (sandbox for all, session, web contents, sender-checked IPC, window options).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC, PUSH_CHANNELS } from '../../../shared/ipc';
import { DEFAULT_BOUNDS, windowOptions } from '../../../electron/main/window-options';

const fake = vi.hoisted(() => {
  // As `npm start` runs it: electron . resources/samples/000_….txt
  const savedArgv = process.argv;
  process.argv = ['electron', '.', 'resources/samples/000_9801057ab119ebec.txt'];
  const userData = require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'galley-main-'));
  const appListeners: Record<string, (...a: unknown[]) => void> = {};
  const handlers = new Map<string, (event: unknown, ...a: unknown[]) => unknown>();
  const windows: { options: Record<string, any>; loaded?: string; webContents: { id: number; send: ReturnType<typeof vi.fn> } }[] = [];
  const calls: string[] = [];
  class BrowserWindow {
    webContents = { id: 41, send: vi.fn() };
    loaded?: string;
    constructor(public options: Record<string, any>) {
      calls.push('new BrowserWindow');
      windows.push(this as never);
    }
    static getAllWindows = () => windows;
    loadFile(f: string) {
      this.loaded = f;
      return Promise.resolve();
    }
    loadURL(u: string) {
      this.loaded = u;
      return Promise.resolve();
    }
    once() {}
    on() {}
    maximize() {}
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
  return {
    savedArgv,
    userData,
    appListeners,
    handlers,
    windows,
    calls,
    session,
    electron: {
      app: {
        isPackaged: false,
        name: 'Galley',
        enableSandbox: vi.fn(() => calls.push('enableSandbox')),
        on: vi.fn((name: string, fn: (...a: unknown[]) => void) => (appListeners[name] = fn)),
        whenReady: vi.fn(() => Promise.resolve()),
        getPath: vi.fn(() => userData),
        getAppPath: vi.fn(() => process.cwd()),
        quit: vi.fn(),
      },
      BrowserWindow,
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      ipcMain: { handle: vi.fn((c: string, fn: never) => handlers.set(c, fn)), removeHandler: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: { defaultSession: session },
      shell: { openExternal: vi.fn() },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
        handle: vi.fn(() => calls.push('protocol.handle')),
      },
    },
  };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

await import('../../../electron/main/index');
await new Promise((r) => setTimeout(r, 0)); // let whenReady().then run
process.argv = fake.savedArgv;

const win = fake.windows[0];
const mainDir = path.resolve(__dirname, '../../../electron/main');

describe('main process wiring', () => {
  it('sandboxes every renderer and registers app:// before any window exists', () => {
    expect(fake.calls.indexOf('enableSandbox')).toBe(0);
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBe(1);
    expect(fake.calls.indexOf('protocol.handle')).toBeLessThan(fake.calls.indexOf('new BrowserWindow'));
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('creates one window from the hardened options, loading our renderer and preload', () => {
    expect(fake.windows).toHaveLength(1);
    const web = win.options.webPreferences;
    expect(web).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(web.preload).toBe(path.join(mainDir, '../preload/index.js'));
    // The literal restatement in index.ts and windowOptions() agree.
    expect(win.options).toEqual(windowOptions(DEFAULT_BOUNDS, web.preload, { devTools: true }));
    expect(win.loaded).toBe('app://galley/index.html');
  });

  it('hardens the session: permissions refused, CSP header, remote requests cancelled', () => {
    expect(fake.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(fake.session.webRequest.onBeforeRequest).toHaveBeenCalled();
  });

  it('hardens every web contents created (navigation, new windows, webview)', () => {
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    fake.appListeners['web-contents-created']({}, { on, setWindowOpenHandler });
    expect(on.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(setWindowOpenHandler.mock.calls[0][0]({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('registers a handler for every invoke channel, answering only our window', async () => {
    const invokeChannels = Object.values(IPC).filter((c) => !(PUSH_CHANNELS as readonly string[]).includes(c));
    expect([...fake.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    const ours = { sender: { id: 41 }, senderFrame: { url: 'app://galley/index.html', parent: null } };
    const settings = await fake.handlers.get(IPC.getSettings)!(ours);
    expect(settings).toMatchObject({ locale: 'zh' });
    expect(() => fake.handlers.get(IPC.getSettings)!({ ...ours, sender: { id: 99 } })).toThrow(/refused/);
  });

  it('opens the command-line page (npm start passes the sample)', async () => {
    const ours = { sender: { id: 41 }, senderFrame: { url: 'app://galley/index.html', parent: null } };
    const pages = (await fake.handlers.get(IPC.initialPages)!(ours)) as { name: string; text?: string; error?: string }[];
    expect(pages.map((p) => p.name)).toEqual(['000_9801057ab119ebec.txt']);
    expect(pages[0].error).toBeUndefined();
    expect(pages[0].text).toContain('幸福市北');
  });

  it('sends menu commands to the window on the menu channel', () => {
    const template = (fake.electron.Menu.buildFromTemplate.mock.calls[0] as unknown[])[0] as { submenu: { id?: string; click?: () => void }[] }[];
    const open = template.flatMap((m) => m.submenu).find((i) => i.id === 'open-files')!;
    open.click!();
    expect(win.webContents.send).toHaveBeenCalledWith(IPC.menu, 'open-files');
  });

  it('keeps settings in userData', () => {
    fake.handlers.get(IPC.setSettings)!({ sender: { id: 41 }, senderFrame: { url: 'app://galley/index.html', parent: null } }, { reviewer: '林艳' });
    expect(JSON.parse(fs.readFileSync(path.join(fake.userData, 'settings.json'), 'utf8')).settings.reviewer).toBe('林艳');
    fs.rmSync(fake.userData, { recursive: true, force: true });
  });
});
