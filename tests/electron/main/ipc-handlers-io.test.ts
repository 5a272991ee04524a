// Issue 11 in the main process: an export over the open page through
// another path to it keeps a backup; endless files and pipes opened as pages
// or rosters answer with a reason (capped while reading, never hanging);
// reasons in the app's language. Electron is faked as in ipc-handlers.test.ts
// (dialogs injected; the handlers never import electron).
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handler, type InvokeChannel } from '../../../electron/main/ipc-handlers';
import { readPage } from '../../../electron/main/page-files';
import { SettingsStore } from '../../../electron/main/settings-store';
import { IPC, type OpenedPage, type PickedText, type SaveResult } from '../../../shared/ipc';
import { nullDevice } from '../../helpers/device-node';
import { fakeDeps, type Picks } from './fake-deps';

const linux = process.platform === 'linux';
let dir: string;
let h: Record<InvokeChannel, Handler>;
let picks: Picks;
let store: SettingsStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-ipc-io-'));
  fs.mkdirSync(path.join(dir, 'pages'));
  fs.writeFileSync(path.join(dir, 'pages', 'p.txt'), '责编 张羽\n\n原文。\n');
  fs.symlinkSync(path.join(dir, 'pages'), path.join(dir, 'via-link'));
  picks = { files: [] };
  store = new SettingsStore(path.join(dir, 'settings.json'));
  const deps = fakeDeps(dir, picks, { store, reviewDir: path.join(dir, 'reviews') });
  h = createHandlers(deps);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openAndExportOver(target: string): Promise<SaveResult> {
  picks.files = [path.join(dir, 'pages', 'p.txt')];
  const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
  picks.save = target;
  return (await h[IPC.exportFile]({ kind: 'text', pageId: p.id, suggestedName: 'p.txt', text: '清样\n' })) as SaveResult;
}

describe('export over the open page by another path', () => {
  it('through a symlinked folder: backed up like the direct path', async () => {
    const r = await openAndExportOver(path.join(dir, 'via-link', 'p.txt'));
    expect(r.ok).toBe(true);
    expect(r.backup).toBeDefined();
    expect(fs.readFileSync(r.backup!, 'utf8')).toBe('责编 张羽\n\n原文。\n');
    expect(fs.readFileSync(path.join(dir, 'pages', 'p.txt'), 'utf8')).toBe('清样\n');
    expect(fs.lstatSync(path.join(dir, 'via-link')).isSymbolicLink()).toBe(true);
  });

  it('through a hard link: backed up too', async () => {
    fs.linkSync(path.join(dir, 'pages', 'p.txt'), path.join(dir, 'hard.txt'));
    const r = await openAndExportOver(path.join(dir, 'hard.txt'));
    expect(r.backup).toBeDefined();
  });

  it('another file with the same content is not the page: no backup', async () => {
    fs.copyFileSync(path.join(dir, 'pages', 'p.txt'), path.join(dir, 'copy.txt'));
    const r = await openAndExportOver(path.join(dir, 'copy.txt'));
    expect(r).toEqual({ ok: true, path: path.join(dir, 'copy.txt') });
  });

  it.runIf(process.platform !== 'win32')('a 0600 page stays 0600, and so does its backup', async () => {
    fs.chmodSync(path.join(dir, 'pages', 'p.txt'), 0o600);
    const r = await openAndExportOver(path.join(dir, 'pages', 'p.txt'));
    expect(fs.statSync(path.join(dir, 'pages', 'p.txt')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(r.backup!).mode & 0o777).toBe(0o600);
  });
});

describe.runIf(linux)('endless files and pipes in the app', () => {
  it('a folder with a link to /proc/self/pagemap: that page refused at the cap, the others open', async () => {
    symlinkIn('pages', 'endless.txt', '/proc/self/pagemap');
    picks.folder = path.join(dir, 'pages');
    const pages = (await h[IPC.openFolder]()) as OpenedPage[];
    const endless = pages.find((p) => p.name === 'endless.txt')!;
    expect(endless.text).toBeUndefined();
    expect(endless.error).toBe('文件太大（> 64.0 MB），超过 64 MB 上限，不像一个版面文本');
    expect(pages.find((p) => p.name === 'p.txt')!.text).toContain('原文');
  });

  it('a roster that is a FIFO, /dev/zero or endless: a reason each, no hang', async () => {
    const fifo = path.join(dir, 'roster.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [file, error] of [
      [fifo, '这不是普通文件'],
      ['/dev/zero', '这不是普通文件'],
      ['/proc/self/pagemap', '文件太大（> 4.0 MB），超过 4 MB 上限，不像人员名册'],
    ]) {
      picks.roster = file;
      expect(((await h[IPC.openRoster]()) as PickedText).error).toBe(error);
    }
  });
});

describe('reasons in the app’s language', () => {
  it('a binary page: Chinese in the Chinese app, English in the English one', async () => {
    const png = path.join(dir, 'pages', 'scan.txt');
    fs.writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect((await readPage('p', png, 'zh')).error).toBe('不是可识别的文本：二进制文件（PNG 图片），不是版面文本');
    expect((await readPage('p', png, 'en')).error).toBe('not readable text: binary file (PNG image), not page text');
    picks.files = [png];
    expect(((await h[IPC.openFiles]()) as OpenedPage[])[0].error).toMatch(/^不是可识别的文本：二进制文件（PNG 图片）/);
  });
});

function symlinkIn(folder: string, name: string, to: string): void {
  fs.symlinkSync(to, path.join(dir, folder, name));
}

describe.runIf(linux)('export to a FIFO, a device or a folder', () => {
  it('streams to a FIFO’s reader and to a null device; refuses a folder in the app’s words', async () => {
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { timeout: 10_000 });
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const closed = new Promise((r) => reader.on('close', r));
    expect(await openAndExportOver(fifo)).toEqual({ ok: true, path: fifo });
    await closed;
    expect(got).toBe('清样\n');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    const dev = nullDevice(dir);
    expect((await openAndExportOver(dev)).ok).toBe(true);
    expect(fs.statSync(dev).isCharacterDevice()).toBe(true);
    expect(await openAndExportOver(path.join(dir, 'pages'))).toEqual({ ok: false, error: '是一个目录' });
  });
});
