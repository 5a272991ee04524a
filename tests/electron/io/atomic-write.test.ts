// The one atomic writer (CLI and app): what it replaces keeps its mode and
// its links; backups never land on an existing file.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFile, backupPathFor, writeFileAtomic, writeFileAtomicSync } from '../../../electron/io/atomic-write';

const posix = process.platform !== 'win32';
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-io-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe.runIf(posix)('writeFileAtomic keeps what it replaces', () => {
  it('a 0600 page stays 0600 (async and sync)', async () => {
    const target = path.join(dir, 'page.txt');
    fs.writeFileSync(target, 'old', { mode: 0o600 });
    fs.chmodSync(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(mode(target)).toBe(0o600);
    fs.chmodSync(target, 0o640);
    writeFileAtomicSync(target, 'newer');
    expect(mode(target)).toBe(0o640);
  });

  it('a new file gets the mode asked for', async () => {
    const target = path.join(dir, 'review.json');
    await writeFileAtomic(target, '{}', { mode: 0o600 });
    expect(mode(target)).toBe(0o600);
  });

  it('keeps the owner when root replaces another user’s file', async () => {
    if (process.getuid?.() !== 0) return; // only root can give files away
    const target = path.join(dir, 'page.txt');
    fs.writeFileSync(target, 'old');
    fs.chownSync(target, 12345, 23456);
    await writeFileAtomic(target, 'new');
    expect(fs.statSync(target)).toMatchObject({ uid: 12345, gid: 23456 });
  });

  it('writes through a symlink: the link stays a link, the file it names changes', async () => {
    const real = path.join(dir, 'real.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, link);
    await writeFileAtomic(link, 'new');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });
});

describe('backupFile', () => {
  const now = new Date(2026, 10, 29, 18, 6, 0);

  it('never overwrites a file already at the backup name (adds -2, -3)', async () => {
    const target = path.join(dir, 'p.txt');
    fs.writeFileSync(target, 'original');
    fs.writeFileSync(backupPathFor(target, now), 'someone else’s');
    const b = await backupFile(target, now);
    expect(b).toBe(`${target}.20261129-180600-2.bak`);
    expect(fs.readFileSync(backupPathFor(target, now), 'utf8')).toBe('someone else’s');
    expect(fs.readFileSync(b!, 'utf8')).toBe('original');
    expect(await backupFile(target, now)).toBe(`${target}.20261129-180600-3.bak`);
  });

  it.runIf(posix)('gives the backup the original’s mode', async () => {
    const target = path.join(dir, 'p.txt');
    fs.writeFileSync(target, 'secret');
    fs.chmodSync(target, 0o600);
    expect(mode((await backupFile(target, now))!)).toBe(0o600);
  });
});

describe('writeFileAtomic never replaces what is not a regular file', () => {
  it('refuses a folder and a FIFO, leaving them as they are', async () => {
    const sub = path.join(dir, 'folder');
    fs.mkdirSync(sub);
    await expect(writeFileAtomic(sub, 'x')).rejects.toMatchObject({ code: 'ENOTREG' });
    expect(() => writeFileAtomicSync(sub, 'x')).toThrow(/not a regular file/);
    expect(fs.statSync(sub).isDirectory()).toBe(true);
    if (process.platform === 'win32') return;
    const fifo = path.join(dir, 'f');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toMatchObject({ code: 'ENOTREG' });
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['f', 'folder']);
  });
});
