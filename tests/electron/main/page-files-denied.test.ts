// Permission denied, proven where the tests run as root too (CI does: chmod
// cannot lock root out, so the file system's answer is stood in for).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const denied = async (p: unknown) => {
    if (String(p).endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
    return real.open(p as string);
  };
  return { ...real, default: { ...real, open: denied }, open: denied };
});

const { readPage } = await import('../../../electron/main/page-files');

describe('readPage on a file the user may not read', () => {
  it('says permission denied in one line, in the interface language', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-denied-'));
    const p = path.join(dir, 'locked.txt');
    fs.writeFileSync(p, '责编 余瑞新');
    expect(await readPage('p', p, 'en')).toEqual({ id: 'p', name: 'locked.txt', path: p, error: 'permission denied reading this file' });
    expect((await readPage('p', p, 'zh')).error).toBe('没有读取这个文件的权限');
    // The look-alike: a readable file beside it opens.
    const ok = path.join(dir, 'open.txt');
    fs.writeFileSync(ok, '责编 余瑞新');
    expect((await readPage('q', ok, 'en')).text).toBe('责编 余瑞新');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
