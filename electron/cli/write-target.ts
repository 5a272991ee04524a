// Output to `-o TARGET` for the commands that write a report (diff, report):
// never over one of the command's inputs (by file identity: a symlink or a
// second path to it counts), as a stream to a FIFO or device, atomically to
// a file (electron/io/output.ts). A failure is a UsageError with one line.
import path from 'node:path';
import type { Locale } from '../../shared/types';
import { findSameFile } from '../io/file-identity';
import { writeOutput } from '../io/output';
import { UsageError, type CliIo } from './io';
import { messages, writeReason } from './messages';

/** `isInput`: why TARGET may not be one of `inputs`, in the locale. */
export async function writeTarget(io: CliIo, locale: Locale, target: string, out: string, inputs: string[], isInput: string): Promise<void> {
  const t = messages(locale);
  const abs = path.resolve(io.cwd, target);
  if (await findSameFile(abs, inputs.map((p) => path.resolve(io.cwd, p)))) {
    throw new UsageError(t.cannotWrite(target, isInput));
  }
  try {
    await writeOutput(abs, new TextEncoder().encode(out));
  } catch (e) {
    throw new UsageError(t.cannotWrite(target, writeReason(e, locale)));
  }
}
