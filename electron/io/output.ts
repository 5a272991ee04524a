// Where an output path leads, and writing it the way that kind needs. A
// regular file (or a new one) is replaced atomically; a FIFO or a character
// device (-o /dev/null, -o /dev/stdout, a named pipe) is written as a stream
// — renaming over it would replace /dev/null with a file, or leave a pipe's
// reader waiting forever. Anything else (a folder, a socket, a disk) is
// refused before a byte is written.
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export type TargetKind = 'file' | 'new' | 'stream';
/** Why a path cannot take output (the caller words it for the user). */
export type Refusal = 'directory' | 'socket' | 'block-device' | 'not-regular' | 'no-directory';

export class TargetRefused extends Error {
  constructor(readonly why: Refusal) {
    super(why);
  }
}

/** Windows device names (NUL, CON, \\.\pipe\x) have no inode to look at. */
function isWindowsDevice(p: string): boolean {
  return /^(nul|con)(\.[^\\/]*)?$/i.test(path.basename(p)) || /^\\\\[.?]\\/.test(p);
}

export async function targetKind(abs: string): Promise<TargetKind> {
  if (process.platform === 'win32' && isWindowsDevice(abs)) return 'stream';
  const st = await fsp.stat(abs).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (!st) {
    const dirOk = await fsp.stat(path.dirname(abs)).then((d) => d.isDirectory(), () => false);
    if (!dirOk) throw new TargetRefused('no-directory');
    return 'new';
  }
  if (st.isFIFO() || st.isCharacterDevice()) return 'stream';
  // /dev/stdout redirected to a file is a regular file, but the shell holds
  // it open: write through it, never rename a new file over /dev or /proc.
  if (st.isFile()) return /^\/(dev|proc)\//.test(abs) ? 'stream' : 'file';
  if (st.isDirectory()) throw new TargetRefused('directory');
  if (st.isSocket()) throw new TargetRefused('socket');
  if (st.isBlockDevice()) throw new TargetRefused('block-device');
  throw new TargetRefused('not-regular');
}

/** Write all bytes through an already existing FIFO or device. O_APPEND and
 *  no O_CREAT: a device is never created, a `>>` redirect is not truncated. */
async function writeStream(abs: string, bytes: Uint8Array): Promise<void> {
  const handle = await fsp.open(abs, fs.constants.O_WRONLY | fs.constants.O_APPEND);
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}

/** Write `bytes` to `abs` as its kind needs. Throws TargetRefused or the
 *  file-system error; a refused or failed write leaves no half-written file. */
export async function writeOutput(abs: string, bytes: Uint8Array, known?: TargetKind): Promise<TargetKind> {
  const kind = known ?? (await targetKind(abs));
  if (kind === 'stream') await writeStream(abs, bytes);
  else await writeFileAtomic(abs, bytes);
  return kind;
}
