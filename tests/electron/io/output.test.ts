// Output targets: files replaced atomically, FIFOs and devices written as
// streams (never replaced), folders, sockets and disks refused.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { targetKind, TargetRefused, writeOutput } from '../../../electron/io/output';
import { nullDevice } from '../../helpers/device-node';

const linux = process.platform === 'linux';
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-io-out-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const refusal = (p: string) =>
  targetKind(p).then(
    () => 'accepted',
    (e) => (e instanceof TargetRefused ? e.why : `error ${e}`),
  );

describe('targetKind', () => {
  it('a new file, an existing file', async () => {
    expect(await targetKind(path.join(dir, 'new.txt'))).toBe('new');
    fs.writeFileSync(path.join(dir, 'old.txt'), 'x');
    expect(await targetKind(path.join(dir, 'old.txt'))).toBe('file');
  });

  it('refuses a folder, a missing folder and a socket', async () => {
    expect(await refusal(dir)).toBe('directory');
    expect(await refusal(path.join(dir, 'nope', 'x.txt'))).toBe('no-directory');
    if (process.platform === 'win32') return;
    const sock = path.join(dir, 's.sock');
    const server = net.createServer().listen(sock);
    await new Promise((r) => server.once('listening', r));
    try {
      expect(await refusal(sock)).toBe('socket');
    } finally {
      server.close();
    }
  });

  it.runIf(linux)('streams to devices, FIFOs and whatever /dev/stdout leads to', async () => {
    expect(await targetKind('/dev/null')).toBe('stream');
    execFileSync('mkfifo', [path.join(dir, 'f')]);
    expect(await targetKind(path.join(dir, 'f'))).toBe('stream');
  });
});

describe.runIf(linux)('writeOutput', () => {
  it('writes a null device as a stream and leaves it a device', async () => {
    const dev = nullDevice(dir);
    expect(await writeOutput(dev, new TextEncoder().encode('x'))).toBe('stream');
    expect(fs.statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('hands the bytes to a FIFO’s reader and leaves the FIFO in place', async () => {
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { timeout: 10_000 }); // a broken writer never opens it
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const done = new Promise((r) => reader.on('close', r));
    await writeOutput(fifo, new TextEncoder().encode('清样\n'));
    await done;
    expect(got).toBe('清样\n');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['out.fifo']);
  });

  it('replaces a regular file atomically, no temp left', async () => {
    const f = path.join(dir, 'out.txt');
    fs.writeFileSync(f, 'old');
    expect(await writeOutput(f, new TextEncoder().encode('new'))).toBe('file');
    expect(fs.readFileSync(f, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['out.txt']);
  });
});
