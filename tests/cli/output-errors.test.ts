// Issue 11, item 3: output that could not be written is never reported as
// success. A full device (/dev/full, a full disk) → one line and exit 2, for
// check (text and JSON), clean -o - and -o FILE, diff; a reader that closed
// the pipe (`| head`) → a quiet end.
import { closeSync, createWriteStream, mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError, type CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/main';
import { streamWriter } from '../../electron/cli/stdout';
import { charDevice } from '../helpers/device-node';
import { expectNoStack, ROOT } from './run';

const S1 = path.join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt');
const S2 = path.join(ROOT, 'resources/samples/002_6323321094799b0d.txt');
const COMMANDS = [
  ['check', S2],
  ['check', '--format', 'json', S2],
  ['clean', '-o', '-', S2],
  ['diff', S1, S2],
  ['diff', '--format', 'json', S1, S2],
];

/** A stdout that fails every write with `code`, as a full disk or a closed pipe does. */
function failingStream(code: string): Writable {
  return new Writable({
    write(_chunk, _enc, cb) {
      cb(Object.assign(new Error(`${code}: write failed`), { code }));
    },
  });
}

async function runWith(args: string[], stdout: Writable): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const write = streamWriter(stdout);
  const io: CliIo = { out: write, outBytes: write, err: (s) => void (stderr += s), cwd: ROOT, version: 'test', env: { LANG: 'en_US.UTF-8' } };
  const code = await runCli(args, io);
  return { code, stderr };
}

describe('a failed write of output', () => {
  it.each(COMMANDS)('%s %s …: one line and exit 2 on a mocked full disk', async (...args) => {
    const r = await runWith(args, failingStream('ENOSPC'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('galley: cannot write to standard output: no space left on device\n');
  });

  it.runIf(process.platform === 'linux').each(COMMANDS)('%s %s …: the same on /dev/full', async (...args) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await runWith(args, createWriteStream('', { fd, autoClose: false }));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('galley: cannot write to standard output: no space left on device\n');
      expectNoStack(r.stderr);
    } finally {
      closeSync(fd);
    }
  });

  it('clean -o a full device: its name and the reason, exit 2, the device still a device', async () => {
    if (process.platform !== 'linux') return;
    const full = charDevice(mkdtempSync(path.join(os.tmpdir(), 'galley-full-')), 'full');
    const r = await runWith(['clean', '-o', full, S2], new Writable({ write: (_c, _e, cb) => cb() }));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: cannot write ${full}: no space left on device\n`);
    expect(statSync(full).isCharacterDevice()).toBe(true);
  });

  it.each(COMMANDS)('%s %s …: a closed pipe ends quietly', async (...args) => {
    const r = await runWith(args, failingStream('EPIPE'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('in Chinese by default', async () => {
    let stderr = '';
    const io: CliIo = {
      out: () => Promise.reject(new OutputError(Object.assign(new Error('x'), { code: 'ENOSPC' }))),
      err: (s) => void (stderr += s),
      cwd: ROOT,
      version: 'test',
    };
    expect(await runCli(['check', S2], io)).toBe(2);
    expect(stderr).toBe('galley: 无法写入标准输出：磁盘空间不足\n');
  });

  it('a batch stops at the first failed write instead of checking on into the void', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-out-'));
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `p${i}.txt`), '责编 张三\n\n正文。\n');
    let writes = 0;
    const stdout = new Writable({
      write(_c, _e, cb) {
        writes++;
        cb(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
      },
    });
    const r = await runWith(['check', '--format', 'json', dir], stdout);
    expect(r.code).toBe(2);
    expect(writes).toBe(1);
  });
});
