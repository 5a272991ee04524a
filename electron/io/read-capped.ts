// Reading with the cap enforced while the bytes arrive. A file's reported
// size is not a promise: /proc/self/pagemap says 0 and never ends, a log
// grows while read. So the loop counts and stops one chunk past the cap,
// and memory stays bounded whatever the file claims.
import * as fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

// Whole chunks, never a remainder: some kernel files (pagemap) accept only
// reads in multiples of 8 bytes. So at most cap + CHUNK bytes are held.
const CHUNK = 64 * 1024;

/** More than `cap` bytes were there; `seen` is how many were read (> cap). */
export class TooLargeError extends Error {
  constructor(
    readonly seen: number,
    readonly cap: number,
  ) {
    super(`more than ${cap} bytes`);
  }
}

/** Up to `cap` bytes of an open file, from its start; TooLargeError past it
 *  (having read at most one chunk more). */
export function readCappedSync(fd: number, cap: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    const n = fs.readSync(fd, buf, 0, buf.length, total);
    if (n === 0) break;
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
    if (total > cap) throw new TooLargeError(total, cap);
  }
  return Buffer.concat(chunks, total);
}

/** The same through a FileHandle (the main process reads off its thread). */
export async function readCapped(handle: FileHandle, cap: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    const { bytesRead: n } = await handle.read(buf, 0, buf.length, total);
    if (n === 0) break;
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
    if (total > cap) throw new TooLargeError(total, cap);
  }
  return Buffer.concat(chunks, total);
}
