import { describe, expect, it, vi } from 'vitest';
import { PDF_WINDOW_OPTIONS, renderPdf, reportDataUrl } from '../../../electron/main/print-pdf';

function fakeWindow(fail = false) {
  const made: { options: unknown; win: { loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; webContents: { printToPDF: ReturnType<typeof vi.fn> } } }[] = [];
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    destroy = vi.fn();
    webContents = {
      printToPDF: vi.fn(async () => {
        if (fail) throw new Error('printing failed');
        return new Uint8Array([1, 2, 3]);
      }),
    };
    constructor(options: unknown) {
      made.push({ options, win: this });
    }
  }
  return { BrowserWindow, made };
}

describe('renderPdf (the 校对单 as PDF)', () => {
  it('prints the report in a hidden, script-less, sandboxed window on A4, then destroys it', async () => {
    const { BrowserWindow, made } = fakeWindow();
    const pdf = await renderPdf(BrowserWindow as never, '<p>校对单</p>');
    expect(pdf).toEqual(new Uint8Array([1, 2, 3]));
    const [{ options, win }] = made;
    expect(options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect((options as { webPreferences: { preload?: string } }).webPreferences.preload).toBeUndefined();
    expect(win.loadURL).toHaveBeenCalledWith(reportDataUrl('<p>校对单</p>'));
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(win.destroy).toHaveBeenCalled();
    expect(Buffer.from(reportDataUrl('<p>校对单</p>').split(',')[1], 'base64').toString('utf8')).toBe('<p>校对单</p>');
  });

  it('destroys the window when printing fails', async () => {
    const { BrowserWindow, made } = fakeWindow(true);
    await expect(renderPdf(BrowserWindow as never, '<p/>')).rejects.toThrow('printing failed');
    expect(made[0].win.destroy).toHaveBeenCalled();
    expect(PDF_WINDOW_OPTIONS.webPreferences?.devTools).toBe(false);
  });
});
