// The cap counts bytes as they arrive: a file that reports size 0 and never
// ends stops at the cap instead of filling memory.
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapped, readCappedSync, TooLargeError } from '../../../electron/io/read-capped';

const CAP = 1024 * 1024;

function syncRead(p: string, cap: number): Buffer {
  const fd = fs.openSync(p, 'r');
  try {
    return readCappedSync(fd, cap);
  } finally {
    fs.closeSync(fd);
  }
}

async function asyncRead(p: string, cap: number): Promise<Buffer> {
  const h = await fsp.open(p, 'r');
  try {
    return await readCapped(h, cap);
  } finally {
    await h.close();
  }
}

describe('readCapped', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-io-cap-'));
  const exact = path.join(dir, 'exact');
  fs.writeFileSync(exact, Buffer.alloc(CAP, 0x61));
  const over = path.join(dir, 'over');
  fs.writeFileSync(over, Buffer.alloc(CAP + 1, 0x61));

  it('reads a file of exactly the cap, refuses one byte more', async () => {
    expect(syncRead(exact, CAP).length).toBe(CAP);
    expect((await asyncRead(exact, CAP)).length).toBe(CAP);
    expect(() => syncRead(over, CAP)).toThrow(TooLargeError);
    await expect(asyncRead(over, CAP)).rejects.toThrow(TooLargeError);
  });

  it.runIf(process.platform === 'linux')('stops /proc/self/pagemap (size 0, endless) at the cap', async () => {
    expect(fs.statSync('/proc/self/pagemap').size).toBe(0);
    let seen = 0;
    try {
      syncRead('/proc/self/pagemap', CAP);
    } catch (e) {
      seen = (e as TooLargeError).seen;
    }
    expect(seen).toBeGreaterThan(CAP);
    expect(seen).toBeLessThanOrEqual(CAP + 64 * 1024); // one chunk past the cap, no more
    await expect(asyncRead('/proc/self/pagemap', CAP)).rejects.toThrow(TooLargeError);
  });
});
