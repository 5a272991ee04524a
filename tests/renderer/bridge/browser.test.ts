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
