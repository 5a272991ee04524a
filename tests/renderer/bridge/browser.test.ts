import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createBrowserBridge, readPageFile } from '../../../renderer/src/bridge/browser';
import { emptyReview } from '../../../shared/review';

class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
  keys() {
    return [...this.map.keys()];
  }
}

const fakeWindow = (storage = new MemoryStorage()) => ({ localStorage: storage, document: {} }) as unknown as Window;
const file = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('browser bridge', () => {
  it('decodes GB18030 pages and keeps CRLF', async () => {
    const text = '责编 余瑞新 美编 李晓萌\r\n\r\n幸福市北\r\n';
    const page = await readPageFile(file('a.txt', new Uint8Array(iconv.encode(text, 'gb18030'))));
    expect(page).toMatchObject({ id: 'browser:a.txt', name: 'a.txt', text, encoding: 'gb18030', eol: 'crlf' });
  });

  it('reports a binary file in one line instead of opening it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const page = await readPageFile(file('photo.txt', png));
    expect(page.text).toBeUndefined();
    expect(page.error).toMatch(/PNG/);
    expect(page.error).not.toMatch(/\n/);
  });

  it('saves and restores a review; a corrupt one is kept aside with a warning', async () => {
    const storage = new MemoryStorage();
    const bridge = createBrowserBridge(fakeWindow(storage));
    expect(await bridge.loadReview('browser:a.txt')).toEqual({ state: null });
    const state = { ...emptyReview('a.txt', '甲'), decisions: { k: 'accepted' as const } };
    expect((await bridge.saveReview('browser:a.txt', state)).ok).toBe(true);
    expect((await bridge.loadReview('browser:a.txt')).state).toEqual(state);

    storage.setItem('galley.review.browser:a.txt', '{not json');
    const loaded = await bridge.loadReview('browser:a.txt');
    expect(loaded.state).toBeNull();
    expect(loaded.warning).toMatch(/not valid JSON/);
    const aside = storage.keys().find((k) => k.startsWith('galley.review.browser:a.txt.corrupt-'));
    expect(aside && storage.getItem(aside)).toBe('{not json');
  });

  it('settings default to Chinese with the bundled roster, and persist patches', async () => {
    const storage = new MemoryStorage();
    const bridge = createBrowserBridge(fakeWindow(storage));
    const s = await bridge.getSettings();
    expect(s.locale).toBe('zh');
    expect(s.roster['责编']).toContain('余瑞新');
    await bridge.setSettings({ locale: 'en', reviewer: '王' });
    const again = await createBrowserBridge(fakeWindow(storage)).getSettings();
    expect(again).toMatchObject({ locale: 'en', reviewer: '王', exportEncoding: 'utf-8' });
  });

  it('reopens a recent page from storage (a browser cannot read a file twice)', async () => {
    const storage = new MemoryStorage();
    const bridge = createBrowserBridge(fakeWindow(storage));
    const bytes = new TextEncoder().encode('幸福市北\n');
    const opened = await bridge.openDropped([file('b.txt', bytes) as unknown as File]);
    expect(opened.map((p) => p.id)).toEqual(['browser:b.txt']);
    const recent = await bridge.recentFiles();
    expect(recent.map((r) => r.id)).toEqual(['browser:b.txt']);
    expect((await bridge.openRecent('browser:b.txt'))?.text).toBe('幸福市北\n');
    expect(await bridge.openRecent('browser:none')).toBeNull();
  });
});

describe('browser bridge: review storage shared by tabs', () => {
  const T = (min: number) => new Date(Date.UTC(2026, 10, 29, 16, min)).toISOString();

  it('merges a save with what another tab saved, as the desktop does with the sidecar', async () => {
    const storage = new MemoryStorage();
    const a = createBrowserBridge(fakeWindow(storage));
    const b = createBrowserBridge(fakeWindow(storage));
    const mine = emptyReview('p.txt', '甲');
    mine.credits.责编 = { role: '责编', names: ['张'], confirmedBy: '甲', confirmedAt: T(1) };
    await a.saveReview('p', mine);
    const theirs = emptyReview('p.txt', '甲');
    theirs.credits.审读 = { role: '审读', names: ['王'], confirmedBy: '乙', confirmedAt: T(2) };
    const r = await b.saveReview('p', theirs);
    expect(Object.keys(r.review!.credits).sort()).toEqual(['审读', '责编']);
    expect(Object.keys((await a.loadReview('p')).state!.credits).sort()).toEqual(['审读', '责编']);
  });

  it('hears another tab’s save through the storage event, only for reviews', () => {
    const storage = new MemoryStorage();
    const listeners: ((e: unknown) => void)[] = [];
    const win = { localStorage: storage, document: {}, addEventListener: (_: string, l: (e: unknown) => void) => listeners.push(l), removeEventListener: () => listeners.pop() } as unknown as Window;
    const got: unknown[] = [];
    const off = createBrowserBridge(win).onReviewChanged((c) => got.push(c));
    const state = emptyReview('p.txt', '甲');
    listeners[0]({ key: 'galley.review.browser:p.txt', newValue: JSON.stringify(state), storageArea: storage });
    listeners[0]({ key: 'galley.settings', newValue: '{}', storageArea: storage });
    listeners[0]({ key: 'galley.review.browser:p.txt.corrupt-2026', newValue: JSON.stringify(state), storageArea: storage });
    listeners[0]({ key: 'galley.review.browser:p.txt', newValue: '{"version":2,"credits":{"责编":"yes"}}', storageArea: storage });
    expect(got).toEqual([{ pageId: 'browser:p.txt', state }]);
    off();
    expect(listeners).toHaveLength(0);
  });

  it('keeps a damaged review where it is when storage is too full for the copy, and says so', async () => {
    const storage = new MemoryStorage();
    storage.setItem('galley.review.p', '{"version":2,"credits":{"责编":"yes"}}');
    const full = storage as unknown as { setItem: (k: string, v: string) => void };
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const bridge = createBrowserBridge(fakeWindow(storage));
    const loaded = await bridge.loadReview('p');
    expect(loaded.warning).toMatch(/left in place/);
    expect(storage.getItem('galley.review.p')).toContain('"yes"');
    // …and a save does not write over it either.
    const saved = await bridge.saveReview('p', emptyReview('p.txt', ''));
    expect(saved.ok).toBe(false);
    expect(storage.getItem('galley.review.p')).toContain('"yes"');
  });
});

