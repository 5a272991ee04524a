// The handlers against real temp folders, with dialogs faked: what the user
// picks can be opened, reviewed and exported over; nothing else can.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHandlers,
  registerIpcHandlers,
  safeFileName,
  validateExportRequest,
  type Handler,
  type InvokeChannel,
  type MainDeps,
} from '../../../electron/main/ipc-handlers';
import { IPC, PUSH_CHANNELS, type OpenedPage, type PickedText, type SaveResult } from '../../../shared/ipc';
import { emptyReview } from '../../../shared/review';
import { fakeDeps, type Picks } from './fake-deps';

const SAMPLE_TEXT = fs.readFileSync(path.join(__dirname, '../../../resources/samples/000_9801057ab119ebec.txt'), 'utf8');

let dir: string;
let deps: MainDeps;
let h: Record<InvokeChannel, Handler>;
let picks: Picks;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-ipc-'));
  fs.mkdirSync(path.join(dir, 'pages'));
  fs.mkdirSync(path.join(dir, 'userData'));
  fs.mkdirSync(path.join(dir, 'install', 'samples'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pages', '000_a.txt'), SAMPLE_TEXT);
  fs.writeFileSync(path.join(dir, 'pages', '001_b.txt'), '责编 张羽\n');
  fs.writeFileSync(path.join(dir, 'pages', 'secret.txt'), 'not picked');
  fs.writeFileSync(path.join(dir, 'install', 'samples', '000_sample.txt'), SAMPLE_TEXT);
  picks = { files: [] };
  deps = fakeDeps(dir, picks, {
    samplePath: () => path.join(dir, 'install', 'samples', '000_sample.txt'),
    onSettingsChanged: vi.fn(),
  });
  h = createHandlers(deps);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const page = (name: string) => path.join(dir, 'pages', name);

describe('IPC handlers', () => {
  it('has a handler for every invoke channel of the contract', () => {
    const invokeChannels = Object.values(IPC).filter((c) => !(PUSH_CHANNELS as readonly string[]).includes(c));
    expect(Object.keys(h).sort()).toEqual([...invokeChannels].sort());
  });

  it('opens what the open dialog picked, with opaque ids, and remembers it as recent', async () => {
    picks.files = [page('000_a.txt')];
    const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
    expect(p.text).toBe(SAMPLE_TEXT);
    expect(p.id).not.toContain(path.sep);
    const recent = (await h[IPC.recentFiles]()) as { id: string; path: string }[];
    expect(recent.map((r) => r.path)).toEqual([page('000_a.txt')]);
    const again = (await h[IPC.openRecent](recent[0].id)) as OpenedPage;
    expect(again.id).toBe(p.id);
    expect(await h[IPC.openRecent]('r-999')).toBeNull();
  });

  it('returns nothing when a dialog is cancelled', async () => {
    expect(await h[IPC.openFiles]()).toEqual([]);
    expect(await h[IPC.openFolder]()).toEqual([]);
  });

  it('opens a folder page by page, reporting a bad page and going on', async () => {
    fs.writeFileSync(page('002_image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0]));
    picks.folder = path.join(dir, 'pages');
    const pages = (await h[IPC.openFolder]()) as OpenedPage[];
    expect(pages.map((p) => p.name)).toEqual(['000_a.txt', '001_b.txt', '002_image.txt', 'secret.txt']);
    expect(pages[2].error).toBeTruthy();
    expect(pages[3].text).toBe('not picked'); // in the picked folder, so picked
  });

  it('reports an unreadable folder as one entry with a reason', async () => {
    picks.folder = path.join(dir, 'missing');
    const pages = (await h[IPC.openFolder]()) as OpenedPage[];
    expect(pages).toHaveLength(1);
    expect(pages[0].error).toBeTruthy();
  });

  it('opens dropped .txt files and folders, but nothing else', async () => {
    const pages = (await h[IPC.openDropped]([page('001_b.txt'), '/etc/passwd', 'relative.txt', path.join(dir, 'install')])) as OpenedPage[];
    expect(pages.map((p) => [p.name, Boolean(p.error)])).toEqual([
      ['001_b.txt', false],
      ['passwd', true],
    ]);
    expect(pages[1].text).toBeUndefined();
    // An entry that was not opened has an id that opens nothing.
    expect(pages[1].id).not.toBe(pages[0].id);
    expect(((await h[IPC.loadReview](pages[1].id)) as { state: unknown }).state).toBeNull();
    expect(((await h[IPC.saveReview](pages[1].id, emptyReview('passwd', ''))) as SaveResult).ok).toBe(false);
    expect(await h[IPC.openDropped]('not-an-array')).toEqual([]);
    expect(await h[IPC.openDropped]([42])).toEqual([]);
  });

  it('opens the command-line pages, or else the bundled sample', async () => {
    const [sample] = (await h[IPC.initialPages]()) as OpenedPage[];
    expect(sample.name).toBe('000_sample.txt');
    expect(sample.text).toBe(SAMPLE_TEXT);
    deps.argvPaths = () => [page('001_b.txt')];
    const argv = (await createHandlers(deps)[IPC.initialPages]()) as OpenedPage[];
    expect(argv.map((p) => p.name)).toEqual(['001_b.txt']);
  });

  it('saves and restores a review in the sidecar beside the page', async () => {
    picks.files = [page('000_a.txt')];
    const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
    const state = { ...emptyReview('000_a.txt', SAMPLE_TEXT), decisions: { k: 'rejected' as const } };
    expect(((await h[IPC.saveReview](p.id, state)) as SaveResult).ok).toBe(true);
    expect(fs.existsSync(page('000_a.txt.galley.json'))).toBe(true);
    expect(await h[IPC.loadReview](p.id)).toEqual({ state });
  });

  it('keeps the bundled sample review in userData, not in the installation', async () => {
    const [sample] = (await h[IPC.initialPages]()) as OpenedPage[];
    await h[IPC.saveReview](sample.id, emptyReview('000_sample.txt', SAMPLE_TEXT));
    expect(fs.readdirSync(path.join(dir, 'install', 'samples'))).toEqual(['000_sample.txt']);
    expect(fs.existsSync(path.join(dir, 'userData', 'reviews', '000_sample.txt.galley.json'))).toBe(true);
  });

  it('refuses reviews for ids it never handed out (a path is not an id)', async () => {
    const r = (await h[IPC.saveReview](page('secret.txt'), emptyReview('secret.txt', ''))) as SaveResult;
    expect(r.ok).toBe(false);
    expect(fs.existsSync(page('secret.txt.galley.json'))).toBe(false);
    expect(((await h[IPC.loadReview]('../../etc/passwd')) as { state: unknown }).state).toBeNull();
  });

  it('reads the roster file the dialog picked, decoded, without making it a page', async () => {
    const roster = path.join(dir, 'roster.txt');
    fs.writeFileSync(roster, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('责编 余瑞新 张羽\r\n排版 林艳\r\n')]));
    picks.roster = roster;
    const r = (await h[IPC.openRoster]()) as PickedText;
    expect(r).toEqual({ name: 'roster.txt', text: '责编 余瑞新 张羽\r\n排版 林艳\r\n' });
    // Picking a roster opens no page: it is not in the recent list.
    expect(await h[IPC.recentFiles]()).toEqual([]);
  });

  it('reports a roster it cannot read, and nothing when the dialog is cancelled', async () => {
    picks.roster = undefined;
    expect(await h[IPC.openRoster]()).toBeNull();
    picks.roster = path.join(dir, 'gone.txt');
    expect(await h[IPC.openRoster]()).toEqual({ name: 'gone.txt', error: '文件不存在（可能在打开时被移动或删除）' });
    const png = path.join(dir, 'roster.png');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    picks.roster = png;
    const bad = (await h[IPC.openRoster]()) as PickedText;
    expect(bad.text).toBeUndefined();
    expect(bad.error).toMatch(/^不是可识别的文本/);
  });

  it('exports through the save dialog, atomically', async () => {
    picks.save = path.join(dir, 'out.md');
    const r = (await h[IPC.exportFile]({ kind: 'markdown', suggestedName: 'out.md', text: '# 幸福市北\n' })) as SaveResult;
    expect(r).toEqual({ ok: true, path: picks.save });
    expect(fs.readFileSync(picks.save, 'utf8')).toBe('# 幸福市北\n');
  });

  it('keeps a backup when an export overwrites the source page', async () => {
    picks.files = [page('000_a.txt')];
    const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
    picks.save = page('000_a.txt');
    const bytes = new TextEncoder().encode('cleaned\n');
    const r = (await h[IPC.exportFile]({ kind: 'text', pageId: p.id, suggestedName: '000_a.txt', bytes })) as SaveResult;
    expect(r.ok).toBe(true);
    expect(r.backup).toMatch(/000_a\.txt\.\d{8}-\d{6}\.bak$/);
    expect(fs.readFileSync(r.backup!, 'utf8')).toBe(SAMPLE_TEXT);
    expect(fs.readFileSync(page('000_a.txt'), 'utf8')).toBe('cleaned\n');
    // The dialog was offered beside the page, under the suggested name only.
    expect(deps.dialogs.saveFile).toHaveBeenCalledWith({ defaultPath: page('000_a.txt'), kind: 'text' });
  });

  it('reports a cancelled export and a bad request without writing', async () => {
    expect(await h[IPC.exportFile]({ kind: 'text', suggestedName: 'x.txt', text: 'x' })).toEqual({ ok: false, cancelled: true });
    expect(((await h[IPC.exportFile]({ kind: 'exe', suggestedName: 'x', text: 'x' })) as SaveResult).error).toBeTruthy();
    expect(((await h[IPC.exportFile]({ kind: 'text', suggestedName: 'x' })) as SaveResult).error).toBeTruthy();
  });

  it('validates settings patches and tells the menu about changes', async () => {
    const next = (await h[IPC.setSettings]({ locale: 'en' })) as { locale: string };
    expect(next.locale).toBe('en');
    expect(deps.onSettingsChanged).toHaveBeenCalledTimes(1);
    const unchanged = (await h[IPC.setSettings]({ locale: 'xx', reviewer: 'a' })) as { locale: string; reviewer: string };
    expect(unchanged).toMatchObject({ locale: 'en', reviewer: '' });
    expect(((await h[IPC.getSettings]()) as { locale: string }).locale).toBe('en');
  });
});

describe('registerIpcHandlers', () => {
  const FILE_URL = 'file:///app/out/renderer/index.html';

  function register() {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = { handle: vi.fn((c: string, fn: never) => registered.set(c, fn)), removeHandler: vi.fn() };
    const spy = vi.fn(async () => 'answer');
    const handlers = Object.fromEntries(Object.values(IPC).filter((c) => !(PUSH_CHANNELS as readonly string[]).includes(c)).map((c) => [c, spy])) as unknown as Record<
      InvokeChannel,
      Handler
    >;
    registerIpcHandlers(ipcMain, handlers, () => ({ webContentsId: 1, rendererUrl: FILE_URL }));
    return { registered, spy };
  }

  it('registers every channel behind the sender check', async () => {
    const { registered, spy } = register();
    expect(registered.size).toBe(Object.values(IPC).length - PUSH_CHANNELS.length);
    for (const fn of registered.values()) {
      await expect(fn({ sender: { id: 1 }, senderFrame: { url: FILE_URL, parent: null } }, 'arg')).resolves.toBe('answer');
    }
    expect(spy).toHaveBeenCalledWith('arg');
  });

  it('rejects every channel for untrusted senders without running the handler', () => {
    const { registered, spy } = register();
    for (const [channel, fn] of registered) {
      expect(() => fn({ sender: { id: 2 }, senderFrame: { url: FILE_URL, parent: null } }), channel).toThrow(/refused/);
      expect(() => fn({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }), channel).toThrow(/refused/);
    }
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('argument checks', () => {
  it('reduces suggested names to a bare file name', () => {
    expect(safeFileName('../../etc/cron.d/job')).toBe('job');
    expect(safeFileName('..\\..\\x.txt')).toBe('x.txt');
    expect(safeFileName('..')).toBe('galley-export.txt');
    expect(safeFileName(undefined)).toBe('galley-export.txt');
    expect(safeFileName('校对单 000.html')).toBe('校对单 000.html');
  });

  it('needs exactly one of text and bytes', () => {
    expect(validateExportRequest({ kind: 'text', suggestedName: 'a', text: 'x', bytes: new Uint8Array(1) }).error).toBeTruthy();
    expect(validateExportRequest({ kind: 'json', suggestedName: 'a', text: '{}' }).request?.kind).toBe('json');
    expect(validateExportRequest(null).error).toBeTruthy();
  });
});

describe('IPC handlers: other people’s saves and new proofs', () => {
  const until = async (cond: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    return cond();
  };

  it('tells the window when someone else saves the open page’s review, not when it saves itself', async () => {
    const notify = vi.fn();
    h = createHandlers({ ...deps, notify });
    picks.files = [page('001_b.txt')];
    const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
    await h[IPC.loadReview](p.id);
    expect(((await h[IPC.saveReview](p.id, emptyReview('001_b.txt', '责编 张羽\n'))) as SaveResult).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(notify).not.toHaveBeenCalled();
    // Another Galley (another process) on the shared folder confirms 责编.
    const { saveReviewFile } = await import('../../../electron/main/review-store');
    const theirs = emptyReview('001_b.txt', '责编 张羽\n');
    theirs.credits.责编 = { role: '责编', names: ['张羽'], confirmedBy: '乙', confirmedAt: new Date().toISOString() };
    await saveReviewFile(page('001_b.txt') + '.galley.json', theirs);
    expect(await until(() => notify.mock.calls.length > 0)).toBe(true);
    const [channel, payload] = notify.mock.calls[0];
    expect(channel).toBe(IPC.reviewChanged);
    expect(payload.pageId).toBe(p.id);
    expect(payload.state.credits.责编.confirmedBy).toBe('乙');
  });

  it('tells the window when the open page’s file changes on disk (a new proof)', async () => {
    const notify = vi.fn();
    h = createHandlers({ ...deps, notify });
    picks.files = [page('001_b.txt')];
    const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
    await h[IPC.loadReview](p.id);
    fs.writeFileSync(page('001_b.txt') + '.new', '责编 张羽 新校样\n');
    fs.renameSync(page('001_b.txt') + '.new', page('001_b.txt'));
    expect(await until(() => notify.mock.calls.some((c) => c[0] === IPC.pageChanged))).toBe(true);
    const [, sent] = notify.mock.calls.find((c) => c[0] === IPC.pageChanged)!;
    expect(sent).toMatchObject({ id: p.id, name: '001_b.txt', text: '责编 张羽 新校样\n' });
  });

  it('prints the 校对单 to a PDF the user picked, beside the page by default', async () => {
    const renderPdf = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    h = createHandlers({ ...deps, renderPdf });
    picks.files = [page('001_b.txt')];
    const [p] = (await h[IPC.openFiles]()) as OpenedPage[];
    picks.save = path.join(dir, 'pages', '001_b.校对单.pdf');
    const r = (await h[IPC.savePdf]({ pageId: p.id, html: '<p>校对单</p>', suggestedName: '001_b.校对单.html' })) as SaveResult;
    expect(r).toEqual({ ok: true, path: picks.save });
    expect(renderPdf).toHaveBeenCalledWith('<p>校对单</p>');
    expect(fs.readFileSync(picks.save, 'latin1')).toBe('%PDF');
    expect(deps.dialogs.saveFile).toHaveBeenLastCalledWith({ defaultPath: path.join(dir, 'pages', '001_b.校对单.pdf'), kind: 'report-pdf' });
    // Never over the page itself, never without HTML, cancelled is not an error.
    picks.save = page('001_b.txt');
    expect(((await h[IPC.savePdf]({ pageId: p.id, html: '<p/>', suggestedName: 'x.pdf' })) as SaveResult).ok).toBe(false);
    expect(fs.readFileSync(page('001_b.txt'), 'utf8')).toBe('责编 张羽\n');
    expect(((await h[IPC.savePdf]({ suggestedName: 'x.pdf' })) as SaveResult).ok).toBe(false);
    picks.save = undefined;
    expect(await h[IPC.savePdf]({ html: '<p/>', suggestedName: 'x.pdf' })).toEqual({ ok: false, cancelled: true });
  });
});

