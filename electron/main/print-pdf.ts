// The 校对单 as a PDF: the report's HTML (self-contained, no scripts, its own
// strict CSP) is loaded into a hidden window with JavaScript off and no
// preload, printed to A4 with the page's own @page rules, and the window is
// destroyed. Electron is passed in, so this runs under test with a fake.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

type WindowCtor = new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindowType, 'loadURL' | 'destroy' | 'webContents'>;

export const PDF_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794, // A4 at 96 dpi, for layout before printing
  height: 1123,
  webPreferences: {
    javascript: false,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    devTools: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  },
};

export function reportDataUrl(html: string): string {
  return 'data:text/html;charset=utf-8;base64,' + Buffer.from(html, 'utf8').toString('base64');
}

export async function renderPdf(BrowserWindow: WindowCtor, html: string): Promise<Uint8Array> {
  // The hardening restated literally so static scanners (electronegativity) see it.
  const win = new BrowserWindow({
    ...PDF_WINDOW_OPTIONS,
    webPreferences: {
      ...PDF_WINDOW_OPTIONS.webPreferences,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadURL(reportDataUrl(html));
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
  }
}
