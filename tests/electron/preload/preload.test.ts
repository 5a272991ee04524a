// The preload exposes `window.galley` with named functions only: never
// ipcRenderer, never an IPC event, nothing that sends on an arbitrary channel.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, type GalleyBridge } from '../../../shared/ipc';
import { emptyReview } from '../../../shared/review';

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]) => 'result'),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn((channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    }),
    removeListener: vi.fn((channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn)),
  };
  const exposed: Record<string, unknown> = {};
  return {
    listeners,
    ipcRenderer,
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
    webUtils: { getPathForFile: vi.fn((f: { name: string; path?: string }) => f.path ?? '') },
  };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer, webUtils: fake.webUtils }));

await import('../../../electron/preload/index');
const bridge = fake.exposed.galley as GalleyBridge;

const NAMED = [
  'allowPhrase',
  'exportFile',
  'getSettings',
  'initialPages',
  'kind',
  'loadReview',
  'onMenu',
  'onPageChanged',
  'onReviewChanged',
  'openDropped',
  'openFiles',
  'openFolder',
  'openRecent',
  'openRoster',
  'recentFiles',
  'savePdf',
  'saveReview',
  'setSettings',
];

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
});

describe('preload', () => {
  it('exposes exactly one object, window.galley', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(fake.exposed)).toEqual(['galley']);
  });

  it('exposes named functions only, never ipcRenderer or its methods', () => {
    expect(Object.keys(bridge).sort()).toEqual(NAMED);
    expect(bridge.kind).toBe('electron');
    for (const [key, value] of Object.entries(bridge)) {
      if (key === 'kind') continue;
      expect(typeof value, key).toBe('function');
      expect(Object.values(fake.ipcRenderer)).not.toContain(value);
    }
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer);
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('calls each contract channel with the arguments given', async () => {
    await bridge.openFiles();
    await bridge.openFolder();
    await bridge.openRecent('r-1');
    await bridge.recentFiles();
    await bridge.initialPages();
    await bridge.loadReview('p-1');
    await bridge.saveReview('p-1', { version: 1 } as never);
    await bridge.exportFile({ kind: 'text', suggestedName: 'a.txt', text: 'x' });
    await bridge.openRoster();
    await bridge.allowPhrase!('p-1', '截止目前');
    await bridge.getSettings();
    await bridge.setSettings({ locale: 'en' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC.openFiles],
      [IPC.openFolder],
      [IPC.openRecent, 'r-1'],
      [IPC.recentFiles],
      [IPC.initialPages],
      [IPC.loadReview, 'p-1'],
      [IPC.saveReview, 'p-1', { version: 1 }],
      [IPC.exportFile, { kind: 'text', suggestedName: 'a.txt', text: 'x' }],
      [IPC.openRoster],
      [IPC.allowPhrase, 'p-1', '截止目前'],
      [IPC.getSettings],
      [IPC.setSettings, { locale: 'en' }],
    ]);
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
    expect(fake.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('turns dropped files into paths with webUtils, leaving out files not on disk', async () => {
    await bridge.openDropped([{ name: 'a.txt', path: '/news/a.txt' }, { name: 'pasted.txt' }] as never);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.openDropped, ['/news/a.txt']);
  });

  it('passes menu commands to the listener without the IPC event, and unsubscribes', () => {
    const got: unknown[][] = [];
    const off = bridge.onMenu((...args: unknown[]) => got.push(args));
    const [wrapped] = fake.listeners.get(IPC.menu)!;
    wrapped({ sender: fake.ipcRenderer }, 'next-finding');
    wrapped({ sender: fake.ipcRenderer }, 'rm -rf'); // not a command: dropped
    expect(got).toEqual([['next-finding']]);
    off();
    expect(fake.listeners.get(IPC.menu)!.size).toBe(0);
  });

  it('passes another person’s review save on only when it is a valid review', () => {
    const got: unknown[] = [];
    const off = bridge.onReviewChanged((c) => got.push(c));
    const [wrapped] = fake.listeners.get(IPC.reviewChanged)!;
    const state = emptyReview('p.txt', '甲', new Date('2026-01-01T00:00:00Z'));
    wrapped({ sender: fake.ipcRenderer }, { pageId: 'p1', state });
    wrapped({ sender: fake.ipcRenderer }, { pageId: 'p1', state: { ...state, credits: { 责编: 'yes' } } });
    wrapped({ sender: fake.ipcRenderer }, { pageId: 7, state });
    wrapped({ sender: fake.ipcRenderer }, null);
    expect(got).toEqual([{ pageId: 'p1', state }]);
    off();
    expect(fake.listeners.get(IPC.reviewChanged)!.size).toBe(0);
  });

  it('passes a changed page file on only when it is a page with text', () => {
    const got: unknown[] = [];
    const off = bridge.onPageChanged((p) => got.push(p));
    const [wrapped] = fake.listeners.get(IPC.pageChanged)!;
    wrapped({ sender: fake.ipcRenderer }, { id: 'p1', name: 'p.txt', text: '新校样' });
    wrapped({ sender: fake.ipcRenderer }, { id: 'p1', name: 'p.txt', error: 'gone' });
    expect(got).toEqual([{ id: 'p1', name: 'p.txt', text: '新校样' }]);
    off();
  });

  it('prints the 校对单 through its own channel', async () => {
    await bridge.savePdf({ html: '<p>x</p>', suggestedName: 'a.pdf' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.savePdf, { html: '<p>x</p>', suggestedName: 'a.pdf' });
  });
});
