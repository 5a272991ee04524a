import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TEMP_SUFFIX,
  backupFile,
  backupPathFor,
  isTempFile,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../../electron/main/atomic-write';
import { listFolderPages } from '../../../electron/main/page-files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-atomic-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file', async () => {
    const target = path.join(dir, 'page.txt');
    fs.writeFileSync(target, 'old');
    await writeFileAtomic(target, '新的内容');
    expect(fs.readFileSync(target, 'utf8')).toBe('新的内容');
    expect(fs.readdirSync(dir)).toEqual(['page.txt']);
    writeFileAtomicSync(target, new Uint8Array([0x41, 0x42]));
    expect(fs.readFileSync(target, 'utf8')).toBe('AB');
    expect(fs.readdirSync(dir)).toEqual(['page.txt']);
  });

  it('cleans up its temp file and keeps the old content when the write fails', async () => {
    const target = path.join(dir, 'missing-folder', 'page.txt');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    const existing = path.join(dir, 'page.txt');
    fs.writeFileSync(existing, 'old');
    // Renaming a file onto a directory fails after the temp file was written.
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(blocked);
    fs.writeFileSync(path.join(blocked, 'keep'), '');
    await expect(writeFileAtomic(blocked, 'x')).rejects.toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(['blocked', 'page.txt']);
    expect(fs.readFileSync(existing, 'utf8')).toBe('old');
  });

  it('survives a writer killed midway: the target is the old file or a new one, never a mix', { timeout: 90_000 }, async () => {
    const target = path.join(dir, 'page.txt');
    const OLD = 'A'.repeat(1000);
    fs.writeFileSync(target, OLD);
    const size = 24 * 1024 * 1024;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'atomic-writer-child.ts'), target, String(size)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal ? 0 : _code)));
    // Kill it while a temp file is on disk, i.e. in the middle of a write
    // (after at least one complete write, so "new" is a possible outcome too).
    let wrote = 0;
    child.stdout.on('data', (d: Buffer) => (wrote += String(d).split('\n').filter(Boolean).length));
    let killedMidWrite = false;
    // Bounded wait (the child needs a moment to start), not a speed check.
    const giveUp = Date.now() + 60_000;
    while (Date.now() < giveUp && child.exitCode === null) {
      if (wrote >= 1 && fs.readdirSync(dir).some(isTempFile)) {
        child.kill('SIGKILL');
        killedMidWrite = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    if (!killedMidWrite) child.kill('SIGKILL');
    await exited;
    expect(stderr).toBe('');
    expect(killedMidWrite).toBe(true);
    expect(wrote).toBeGreaterThanOrEqual(1);

    const bytes = fs.readFileSync(target);
    const first = String.fromCharCode(bytes[0]);
    const uniform = bytes.every((b) => b === bytes[0]);
    expect(uniform).toBe(true);
    if (first === 'A') expect(bytes.length).toBe(OLD.length);
    else {
      expect('BCDEFGH').toContain(first);
      expect(bytes.length).toBe(size);
    }
    // The interrupted temp file is a dot-file that nothing takes for a page.
    const litter = fs.readdirSync(dir).filter((n) => n !== 'page.txt');
    expect(litter.every((n) => n.startsWith('.') && n.endsWith(TEMP_SUFFIX))).toBe(true);
    expect(await listFolderPages(dir)).toEqual([target]);
  });
});

describe('backups', () => {
  it('names backups with a timestamp beside the file', () => {
    expect(backupPathFor('/x/page.txt', new Date(2024, 4, 1, 9, 30, 5))).toBe('/x/page.txt.20240501-093005.bak');
  });

  it('copies the file aside and never overwrites an earlier backup', async () => {
    const target = path.join(dir, 'page.txt');
    const now = new Date(2024, 4, 1, 9, 30, 5);
    fs.writeFileSync(target, 'first');
    const b1 = await backupFile(target, now);
    fs.writeFileSync(target, 'second');
    const b2 = await backupFile(target, now);
    expect(b1).not.toBe(b2);
    expect(fs.readFileSync(b1!, 'utf8')).toBe('first');
    expect(fs.readFileSync(b2!, 'utf8')).toBe('second');
  });

  it('has nothing to back up for a new file', async () => {
    expect(await backupFile(path.join(dir, 'new.txt'))).toBeUndefined();
  });
});
