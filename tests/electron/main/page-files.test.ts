// Bad input as the app meets it: every case gives a page or a one-line
// reason, never an exception (issue 6).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES, isPageFileName, listFolderPages, readPage } from '../../../electron/main/page-files';

const SAMPLE = path.join(__dirname, '../../../resources/samples/000_9801057ab119ebec.txt');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-pages-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const oneLine = (s: string | undefined) => {
  expect(s).toBeTruthy();
  expect(s).not.toMatch(/[\r\n]/);
  expect(s!.length).toBeLessThan(300);
};

describe('readPage', () => {
  it('reads a real sample page', async () => {
    const page = await readPage('p-1', SAMPLE, 'en');
    expect(page.error).toBeUndefined();
    expect(page.text).toContain('责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳');
    expect(page.encoding).toBe('utf-8');
    expect(page).toMatchObject({ id: 'p-1', name: '000_9801057ab119ebec.txt', path: SAMPLE });
  });

  it('reads GB18030 pages', async () => {
    const gb = new Uint8Array([0xd4, 0xf0, 0xb1, 0xe0, 0x0a]); // 责编\n
    const page = await readPage('p', file('gb.txt', gb), 'en');
    expect(page.text).toBe('责编\n');
    expect(page.encoding).toBe('gb18030');
  });

  it('gives an empty page for an empty file', async () => {
    const page = await readPage('p', file('empty.txt', ''), 'en');
    expect(page.error).toBeUndefined();
    expect(page.text).toBe('');
  });

  it('refuses an image named .txt with one line', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const page = await readPage('p', file('image.txt', png), 'en');
    expect(page.text).toBeUndefined();
    oneLine(page.error);
  });

  it('refuses random bytes and NUL bytes with one line', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    oneLine((await readPage('p', file('random.txt', random), 'en')).error);
    oneLine((await readPage('p', file('nul.txt', '编辑\0\0\0\0审读'), 'en')).error);
  });

  it('says so when the file is gone (vanished while opening)', async () => {
    const page = await readPage('p', path.join(dir, 'vanished.txt'), 'en');
    expect(page.error).toMatch(/not found/);
    expect((await readPage('p', path.join(dir, 'vanished.txt'), 'zh')).error).toMatch(/不存在/);
  });

  it('says a folder is a folder', async () => {
    fs.mkdirSync(path.join(dir, 'folder.txt'), { recursive: true });
    expect((await readPage('p', path.join(dir, 'folder.txt'), 'en')).error).toMatch(/folder/);
  });

  it('refuses a file over the size cap without reading it', async () => {
    const big = path.join(dir, 'huge.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_PAGE_BYTES + 1); // sparse: no 64 MB written
    const page = await readPage('p', big, 'en');
    expect(page.error).toMatch(/too large .*64 MB/);
  });

});

describe('listFolderPages', () => {
  it('lists .txt entries in name order, skipping hidden files, temp litter, sidecars and other kinds', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-folder-'));
    for (const n of ['002_c.txt', '000_a.TXT', '001_b.txt', 'notes.md', '.hidden.txt', '.000_a.txt.1f2e.galley-tmp', '000_a.txt.galley.json', '001_b.txt.20240501-093005.bak']) {
      fs.writeFileSync(path.join(folder, n), 'x');
    }
    // A folder named .txt is listed so that opening it can say what it is.
    fs.mkdirSync(path.join(folder, 'sub.txt'));
    expect((await listFolderPages(folder)).map((p) => path.basename(p))).toEqual(['000_a.TXT', '001_b.txt', '002_c.txt', 'sub.txt']);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('throws for a folder that does not exist (the caller turns it into one line)', async () => {
    await expect(listFolderPages(path.join(dir, 'nope'))).rejects.toThrow();
  });

  it('knows page file names', () => {
    expect(isPageFileName('000_x.txt')).toBe(true);
    expect(isPageFileName('x.txt.bak')).toBe(false);
    expect(isPageFileName('.x.txt')).toBe(false);
  });
});
