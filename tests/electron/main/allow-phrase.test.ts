// "Add to allowlist" on the desktop: galley:allow-phrase writes the config in
// force for an open page (or a new one beside it), never a file the renderer
// names, keeping the other keys; the sender check guards it like the others.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, registerIpcHandlers, type Handler, type InvokeChannel, type MainDeps } from '../../../electron/main/ipc-handlers';
import { IPC, type AllowPhraseResult, type OpenedPage } from '../../../shared/ipc';
import { fakeDeps, type Picks } from './fake-deps';

let dir: string;
let h: Record<InvokeChannel, Handler>;
let deps: MainDeps;
let picks: Picks;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-allow-'));
  fs.mkdirSync(path.join(dir, 'news', 'a3'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'other'));
  fs.mkdirSync(path.join(dir, 'userData'));
  fs.writeFileSync(path.join(dir, 'news', 'a3', 'p1.txt'), '截止目前，全区已完成改造。\n');
  fs.writeFileSync(path.join(dir, 'news', 'a3', 'p2.txt'), '全区已完成改造。\n');
  fs.writeFileSync(path.join(dir, 'other', 'p3.txt'), '全区已完成改造。\n');
  picks = { files: [] };
  deps = fakeDeps(dir, picks);
  h = createHandlers(deps);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(...files: string[]): Promise<OpenedPage[]> {
  picks.files = files.map((f) => path.join(dir, f));
  return (await h[IPC.openFiles]()) as OpenedPage[];
}
const allow = (id: unknown, phrase: unknown) => h[IPC.allowPhrase](id, phrase) as Promise<AllowPhraseResult>;

describe('galley:allow-phrase', () => {
  it('adds to the config in force (found above the page), keeping its other keys, for every page it governs', async () => {
    const config = path.join(dir, 'news', 'galley.config.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'punct/halfwidth': 'off' }, allow: ['甲'] }));
    const [p1, p2, p3] = await open('news/a3/p1.txt', 'news/a3/p2.txt', 'other/p3.txt');
    expect(p1.config?.file).toBe(config);
    const r = await allow(p1.id, '截止目前');
    expect(r.error).toBeUndefined();
    expect(r.config?.file).toBe(config);
    expect(r.pageIds.sort()).toEqual([p1.id, p2.id].sort());
    expect(r.pageIds).not.toContain(p3.id);
    const written = fs.readFileSync(config, 'utf8');
    expect(JSON.parse(written)).toEqual({ rules: { 'punct/halfwidth': 'off' }, allow: ['甲', '截止目前'] });
    expect(written).toBe(JSON.stringify({ rules: { 'punct/halfwidth': 'off' }, allow: ['甲', '截止目前'] }, null, 2) + '\n');
    expect(r.config?.text).toBe(written);
    // no temp file left beside it
    expect(fs.readdirSync(path.join(dir, 'news')).sort()).toEqual(['a3', 'galley.config.json']);
  });

  it('no config in force: a new galley.config.json in the page’s folder', async () => {
    const [p1] = await open('news/a3/p1.txt', 'other/p3.txt');
    const r = await allow(p1.id, '截止目前');
    const file = path.join(dir, 'news', 'a3', 'galley.config.json');
    expect(r).toMatchObject({ pageIds: [p1.id], config: { file } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ allow: ['截止目前'] });
  });

  it('a bad config is refused with its one-line error and left as it was', async () => {
    const config = path.join(dir, 'news', 'galley.config.json');
    fs.writeFileSync(config, '{"allow": "x"}');
    const [p1] = await open('news/a3/p1.txt');
    const r = await allow(p1.id, '截止目前');
    expect(r.pageIds).toEqual([]);
    expect(r.error).toBe(`配置文件 ${config}: allow：应为不报告的词语列表（非空字符串）`);
    expect(fs.readFileSync(config, 'utf8')).toBe('{"allow": "x"}');
  });

  it('refuses ids it never handed out, paths, and phrases that are no phrase', async () => {
    const [p1] = await open('news/a3/p1.txt');
    for (const [id, phrase] of [
      ['p-unknown', '截止目前'],
      [path.join(dir, 'news', 'a3', 'p1.txt'), '截止目前'],
      [p1.id, ''],
      [p1.id, 'a\nb'],
      [p1.id, 42],
      [p1.id, 'x'.repeat(201)],
    ] as const) {
      const r = await allow(id, phrase);
      expect(r.error).toBeTruthy();
      expect(r.pageIds).toEqual([]);
    }
    expect(fs.existsSync(path.join(dir, 'news', 'a3', 'galley.config.json'))).toBe(false);
  });

  it('runs only for the trusted renderer (the sender check every channel has)', async () => {
    const FILE_URL = 'file:///app/out/renderer/index.html';
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = { handle: vi.fn((c: string, fn: never) => registered.set(c, fn)), removeHandler: vi.fn() };
    const spy = vi.fn(async () => ({ pageIds: [] }));
    registerIpcHandlers(ipcMain, { ...h, [IPC.allowPhrase]: spy }, () => ({ webContentsId: 1, rendererUrl: FILE_URL }));
    const fn = registered.get(IPC.allowPhrase)!;
    expect(() => fn({ sender: { id: 2 }, senderFrame: { url: FILE_URL, parent: null } }, 'p-1', '甲')).toThrow(/refused/);
    expect(() => fn({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }, 'p-1', '甲')).toThrow(/refused/);
    expect(spy).not.toHaveBeenCalled();
    await fn({ sender: { id: 1 }, senderFrame: { url: FILE_URL, parent: null } }, 'p-1', '甲');
    expect(spy).toHaveBeenCalledWith('p-1', '甲');
  });
});
