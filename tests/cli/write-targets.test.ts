// Issue 11, items 1, 2 and 5 from the command line: -o never replaces a
// device or a FIFO, refuses what cannot take a file, and writing over the
// input (by any path to it) keeps every earlier version.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../shared/clean';
import { nullDevice } from '../helpers/device-node';
import { expectNoStack, ROOT, run } from './run';

const linux = process.platform === 'linux';
const S2 = path.join(ROOT, 'resources/samples/002_6323321094799b0d.txt');
const S1 = path.join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt');
const ORIGINAL = readFileSync(S2, 'utf8');
const CLEANED = cleanText(ORIGINAL).text;

function tmpPage(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-targets-'));
  const file = path.join(dir, 'p.txt');
  writeFileSync(file, ORIGINAL);
  return { dir, file };
}

/** A FIFO with `cat` reading it; resolves to what the reader got. */
function fifoWithReader(dir: string): { fifo: string; got: Promise<string> } {
  const fifo = path.join(dir, 'out.fifo');
  execFileSync('mkfifo', [fifo]);
  const reader = spawn('cat', [fifo], { timeout: 10_000 }); // a broken writer never opens it
  let data = '';
  reader.stdout.on('data', (d) => (data += d));
  return { fifo, got: new Promise((r) => reader.on('close', () => r(data))) };
}

describe.runIf(linux)('-o a device or a FIFO: written as a stream, never replaced', () => {
  it('clean -o and diff -o a null device leave it a device', async () => {
    const { dir, file } = tmpPage();
    const dev = nullDevice(dir);
    const c = await run(['clean', '-o', dev, file]);
    expect(c.code).toBe(0);
    const d = await run(['diff', '-o', dev, S1, file]);
    expect(d.code).toBe(1);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(readdirSync(path.dirname(dev)).filter((n) => n.includes('galley'))).toEqual([]);
  });

  it('clean -o FIFO: the reader gets the cleaned page, the FIFO stays a FIFO', async () => {
    const { dir, file } = tmpPage();
    const { fifo, got } = fifoWithReader(dir);
    const r = await run(['clean', '-o', fifo, file]);
    expect(r.code).toBe(0);
    expect(await got).toBe(CLEANED);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['out.fifo', 'p.txt']);
  });

  it('diff -o FIFO: the reader gets the JSON', async () => {
    const { dir, file } = tmpPage();
    const { fifo, got } = fifoWithReader(dir);
    const r = await run(['diff', '--format', 'json', '-o', fifo, S1, file]);
    expect(r.code).toBe(1);
    expect(JSON.parse(await got).equal).toBe(false);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('-o something that cannot take a file: one line, exit 2, nothing written', () => {
  it.each([
    ['clean', (dir: string, file: string) => ['clean', '--locale', 'en', '-o', dir, file]],
    ['diff', (dir: string, file: string) => ['diff', '--locale', 'en', '-o', dir, S1, file]],
  ])('%s -o a folder', async (_cmd, args) => {
    const { dir, file } = tmpPage();
    const r = await run(args(dir, file));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: cannot write ${dir}: is a directory\n`);
    expect(readdirSync(dir)).toEqual(['p.txt']);
  });

  it.runIf(process.platform !== 'win32')('clean and diff -o a socket', async () => {
    const { dir, file } = tmpPage();
    const sock = path.join(dir, 's.sock');
    const server = net.createServer().listen(sock);
    await new Promise((r) => server.once('listening', r));
    try {
      for (const args of [['clean', '-o', sock, file], ['diff', '-o', sock, S1, file]]) {
        const r = await run([args[0], '--locale', 'en', ...args.slice(1)]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`galley: cannot write ${sock}: is a socket, not a file\n`);
        expectNoStack(r.stderr);
      }
      expect(statSync(sock).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('clean -o FILE FILE keeps the original however often it runs', () => {
  it('each run adds a new backup; the user’s FILE.bak is never touched', async () => {
    const { dir, file } = tmpPage();
    writeFileSync(file + '.bak', 'the user’s own backup');
    // A page whose clean changes again on the second pass is not needed: the
    // point is that run 2 must not overwrite run 1's backup of the original.
    const first = await run(['clean', '-o', file, file]);
    const second = await run(['clean', '-o', file, file]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    const backups = readdirSync(dir).filter((n) => /^p\.txt\.\d{8}-\d{6}(-\d+)?\.bak$/.test(n)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    expect(backups).toHaveLength(2);
    expect(readFileSync(path.join(dir, backups[0]), 'utf8')).toBe(ORIGINAL);
    expect(readFileSync(path.join(dir, backups[1]), 'utf8')).toBe(CLEANED);
    expect(readFileSync(file + '.bak', 'utf8')).toBe('the user’s own backup');
    expect(readFileSync(file, 'utf8')).toBe(CLEANED);
    // Said in the user's language (Chinese by default).
    expect(first.stderr).toContain(`galley: 原文已另存为 ${path.join(dir, backups[0])}\n`);
  });

  it('finds the input behind another path (a symlinked folder) and backs it up', async () => {
    const { dir, file } = tmpPage();
    const link = path.join(dir, 'link');
    symlinkSync(dir, link);
    const r = await run(['clean', '-o', path.join(link, 'p.txt'), file]);
    expect(r.code).toBe(0);
    const backups = readdirSync(dir).filter((n) => n.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(dir, backups[0]), 'utf8')).toBe(ORIGINAL);
    expect(readFileSync(file, 'utf8')).toBe(CLEANED);
  });

  it('diff refuses -o onto a revision reached through a symlinked folder', async () => {
    const { dir, file } = tmpPage();
    symlinkSync(dir, path.join(dir, 'link'));
    const r = await run(['diff', '--locale', 'en', '--format', 'html', '-o', path.join(dir, 'link', 'p.txt'), S1, file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: cannot write ${path.join(dir, 'link', 'p.txt')}: it is one of the revisions being compared\n`);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
  });
});
