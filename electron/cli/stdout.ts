// Standard output as the CLI writes it: every write awaited, every failure
// reported (see streamWriter).
import type { Writable } from 'node:stream';
import { OutputError } from './io';

/** A write to stdout that settles when the bytes reached the OS: rejected
 *  with an OutputError when they could not (ENOSPC on a full disk or
 *  /dev/full, EPIPE from a closed pipe), so no failure passes for success. */
export function streamWriter(stream: Writable): (s: string | Uint8Array) => Promise<void> {
  let failed: NodeJS.ErrnoException | undefined;
  // The error also arrives as an event; the callback below reports it.
  stream.on('error', (e: NodeJS.ErrnoException) => void (failed ??= e));
  return (s) =>
    new Promise<void>((resolve, reject) => {
      if (failed) return reject(new OutputError(failed));
      stream.write(s, (e) => {
        if (e) failed ??= e as NodeJS.ErrnoException;
        if (failed) reject(new OutputError(failed));
        else resolve();
      });
    });
}
