// Issue 6 bad input, as the desktop app meets it: the shared corpus
// (tests/fixtures/bad-input) opened one by one and as a folder through the
// IPC handlers. Each gives a page or a one-line reason; nothing throws or hangs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc-handlers';
import { PathAllowlist } from '../../../electron/main/path-allowlist';
import { readPage } from '../../../electron/main/page-files';
import { SettingsStore } from '../../../electron/main/settings-store';
import { IPC, type OpenedPage } from '../../../shared/ipc';
import { makeBadInputs } from '../../fixtures/bad-input/generate';

const { dir, cases } = makeBadInputs();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectOneLine(msg: string | undefined) {
  expect(msg).toBeTruthy();
  expect(msg).not.toMatch(/[\r\n]/);
  expect(msg).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  expect(msg!.length).toBeLessThan(300);
}

describe('bad input in the app', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const page = await readPage('p', path.join(dir, c.file), 'en');
    // The app opens an empty or blank page as what it is (the checker then
    // reports the missing credits); every other case the CLI refuses, the app
    // refuses too, with the decoder's one-line reason.
    const refused = c.reason !== null && !/empty|whitespace/.test(c.reason.source);
    if (refused) {
      expectOneLine(page.error);
      expect(page.error).toMatch(/^not readable text: /);
      expect(page.text).toBeUndefined();
    } else {
      expect(page.error).toBeUndefined();
      expect(typeof page.text).toBe('string');
      if (c.reason) expect(page.text).toBe(fs.readFileSync(path.join(dir, c.file), 'utf8')); // empty / blank, as is
      else expect(page.text!.length).toBeGreaterThan(0);
    }
  });

  it('opens the whole corpus as a folder: one entry per .txt, reasons for the bad, no hang on a FIFO', async () => {
    const unreadable = path.join(dir, 'unreadable');
    const h = createHandlers({
      allowlist: new PathAllowlist(),
      store: new SettingsStore(path.join(dir, 'settings', 'settings.json')),
      dialogs: { openFiles: async () => [], openFolder: async () => unreadable, openRoster: async () => undefined, saveFile: async () => undefined },
      argvPaths: () => [],
      samplePath: () => undefined,
      reviewDir: path.join(dir, 'reviews'),
      defaultExportDir: () => dir,
    });
    const pages = (await h[IPC.openFolder]()) as OpenedPage[];
    const byName = Object.fromEntries(pages.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['a-dangling.txt', 'b-fifo.txt', 'c-dir.txt', 'd-good.txt']);
    expect(byName['a-dangling.txt'].error).toMatch(/不存在/);
    expect(byName['b-fifo.txt'].error).toMatch(/不是普通文件/);
    expect(byName['c-dir.txt'].error).toMatch(/文件夹/);
    expect(byName['d-good.txt'].error).toBeUndefined();
    expect(byName['d-good.txt'].text).toContain('幸福市北');
  });
});
