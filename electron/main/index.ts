// Galley's main process: app lifecycle, the one window, menus, dialogs and
// the IPC handlers. The decisions live in small tested modules beside this
// file; this one wires them to Electron.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session } from 'electron';
import type { ExportKind, MenuCommand, Settings } from '../../shared/ipc';
import { IPC } from '../../shared/ipc';
import { argvPagePaths } from './argv';
import { createHandlers, registerIpcHandlers, type SaveDialogRequest } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { PathAllowlist } from './path-allowlist';
import { RENDERER_SCHEME_PRIVILEGES, RENDERER_URL, registerRendererProtocol } from './renderer-protocol';
import { hardenContents, hardenSession } from './security';
import { SettingsStore, defaultSettings } from './settings-store';
import { restoreBounds, windowOptions } from './window-options';
import { renderPdf } from './print-pdf';

// Sandbox every renderer, whatever a window's options say (checklist item 4).
app.enableSandbox();
// The renderer is served from app://galley/, not file:// (checklist item 18).
protocol.registerSchemesAsPrivileged([RENDERER_SCHEME_PRIVILEGES]);

const isDev = !app.isPackaged;
const devServerUrl = (isDev && process.env.ELECTRON_RENDERER_URL) || undefined;
const rendererDir = path.join(__dirname, '../renderer');
const rendererUrl = devServerUrl ?? RENDERER_URL;
const preloadPath = path.join(__dirname, '../preload/index.js');

let mainWindow: BrowserWindow | null = null;
/** Pages handed to us by the OS before the window exists (macOS open-file). */
const pendingPaths: string[] = [];

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
}

function samplePath(): string | undefined {
  const dir = path.join(resourcesDir(), 'samples');
  try {
    const first = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()[0];
    return first ? path.join(dir, first) : undefined;
  } catch {
    return undefined;
  }
}

function defaultRoster(): Record<string, string[]> {
  try {
    const roster = JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'roster.json'), 'utf8')) as unknown;
    return roster && typeof roster === 'object' && !Array.isArray(roster) ? (roster as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

const EXPORT_FILTERS: Record<ExportKind, { name: string; extensions: string[] }> = {
  text: { name: 'Text', extensions: ['txt'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
  'report-html': { name: 'HTML', extensions: ['html'] },
  'report-csv': { name: 'CSV', extensions: ['csv'] },
  'compare-html': { name: 'HTML', extensions: ['html'] },
  'report-pdf': { name: 'PDF', extensions: ['pdf'] },
};

function sendMenu(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC.menu, command);
}

function installMenu(settings: Settings): void {
  const template = buildMenuTemplate({ platform: process.platform, locale: settings.locale, appName: app.name, isDev, send: sendMenu });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(store: SettingsStore): BrowserWindow {
  const bounds = restoreBounds(
    store.windowBounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const options = windowOptions(bounds, preloadPath, { devTools: isDev });
  // The hardening is restated literally so static scanners (electronegativity)
  // see it here; tests/electron/main/index.test.ts checks both agree.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    try {
      store.setWindowBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch {
      // Remembering the size must never block closing.
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(rendererUrl);
  return win;
}

function main(): void {
  app.on('open-file', (event, filePath) => {
    // macOS file association: before ready, keep for initialPages.
    event.preventDefault();
    pendingPaths.push(filePath);
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devServerUrl);
    registerRendererProtocol(protocol, rendererDir);
    const store = new SettingsStore(path.join(app.getPath('userData'), 'settings.json'), defaultSettings(defaultRoster()));
    const allowlist = new PathAllowlist();
    const argvPaths = argvPagePaths(process.argv, app.isPackaged, process.cwd());

    const handlers = createHandlers({
      allowlist,
      store,
      reviewDir: path.join(app.getPath('userData'), 'reviews'),
      defaultExportDir: () => app.getPath('documents'),
      argvPaths: () => [...argvPaths, ...pendingPaths.splice(0)],
      samplePath,
      onSettingsChanged: installMenu,
      notify: (channel, payload) => mainWindow?.webContents.send(channel, payload),
      renderPdf: (html) => renderPdf(BrowserWindow, html),
      dialogs: {
        async openFiles() {
          if (!mainWindow) return [];
          const r = await dialog.showOpenDialog(mainWindow, {
            properties: ['openFile', 'multiSelections'],
            filters: [
              { name: 'Page text', extensions: ['txt'] },
              { name: 'All files', extensions: ['*'] },
            ],
          });
          return r.canceled ? [] : r.filePaths;
        },
        async openFolder() {
          if (!mainWindow) return undefined;
          const r = await dialog.showOpenDialog(mainWindow, { properties: ['openDirectory'] });
          return r.canceled ? undefined : r.filePaths[0];
        },
        async openRoster() {
          if (!mainWindow) return undefined;
          const r = await dialog.showOpenDialog(mainWindow, {
            properties: ['openFile'],
            filters: [
              { name: 'Roster', extensions: ['txt', 'json'] },
              { name: 'All files', extensions: ['*'] },
            ],
          });
          return r.canceled ? undefined : r.filePaths[0];
        },
        async saveFile(request: SaveDialogRequest) {
          if (!mainWindow) return undefined;
          const r = await dialog.showSaveDialog(mainWindow, {
            defaultPath: request.defaultPath,
            filters: [EXPORT_FILTERS[request.kind]],
            properties: ['createDirectory', 'showOverwriteConfirmation'],
          });
          return r.canceled || !r.filePath ? undefined : r.filePath;
        },
      },
    });
    registerIpcHandlers(ipcMain, handlers, () => ({ webContentsId: mainWindow?.webContents.id, rendererUrl }));

    installMenu(store.settings);
    mainWindow = createWindow(store);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(store);
    });
  });
}

main();
