// Finding and reading page files: directories expanded to their *.txt pages
// (recursively, sorted), a size cap, FIFOs and devices refused without
// blocking, and every failure turned into a one-line reason.
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fsp, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { decodeBytes, DecodeError, type Decoded } from '../../shared/encoding';

/** A newspaper page is about 15 KB; anything past this is not a page, and
 *  refusing it up front keeps time and memory bounded (a 5 MB page checks in seconds). */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export type Input = { path: string; skip?: string };

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1) + ' MB';

/** Human reason for a file-system error. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'ENXIO':
      return 'no such device (a FIFO or socket with nobody on the other end)';
    default:
      return (e instanceof Error ? e.message.split('\n')[0] : String(e)) || 'cannot read';
  }
}

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }) {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const isPageName = (name: string) => /\.txt$/i.test(name);
/** Galley's own files and hidden files are not pages and not worth a note. */
const isQuietSkip = (name: string) => name.startsWith('.') || name.endsWith('.galley.json') || name.endsWith('.bak');

/**
 * Expand command-line arguments into page files. Each entry is a path to
 * read, or a path with `skip` set (a reason it is not read: missing path,
 * non-text file in a directory).
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<{ inputs: Input[]; notes: string[] }> {
  const inputs: Input[] = [];
  const notes: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let st;
    try {
      st = await fsp.stat(abs);
    } catch (e) {
      // Dangling symlink: lstat works where stat does not.
      const dangling = await fsp.lstat(abs).then((l) => l.isSymbolicLink(), () => false);
      inputs.push({ path: arg, skip: dangling ? 'broken symbolic link' : fsReason(e) });
      continue;
    }
    if (!st.isDirectory()) {
      inputs.push({ path: arg });
      continue;
    }
    const found: string[] = [];
    await walk(abs, arg, found, notes, new Set());
    if (found.length === 0) notes.push(`${arg}: no .txt pages in this directory`);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const f of found) inputs.push({ path: f });
  }
  return { inputs, notes };
}

async function walk(abs: string, shown: string, found: string[], notes: string[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fsp.realpath(abs);
  } catch (e) {
    notes.push(`${shown}: ${fsReason(e)}`);
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(abs, { withFileTypes: true });
  } catch (e) {
    notes.push(`${shown}: cannot list directory: ${fsReason(e)}`);
    return;
  }
  for (const ent of entries) {
    const name = ent.name;
    const childAbs = path.join(abs, name);
    const childShown = path.join(shown, name);
    let isDir = ent.isDirectory();
    if (ent.isSymbolicLink()) {
      isDir = await fsp.stat(childAbs).then((s) => s.isDirectory(), () => false);
    }
    if (isDir) {
      if (!name.startsWith('.')) await walk(childAbs, childShown, found, notes, seen);
    } else if (isPageName(name)) {
      // Whatever it is (FIFO, dangling link, unreadable), reading it reports why.
      found.push(childShown);
    } else if (!isQuietSkip(name)) {
      notes.push(`${childShown}: skipped, not a .txt page`);
    }
  }
}

export class ReadError extends Error {
  constructor(
    message: string,
    /** 'vanished': the path was gone when opened (a batch found it earlier). */
    readonly code?: 'vanished',
  ) {
    super(message);
  }
}

/** Read and decode one page. Throws ReadError with a one-line reason.
 *  Synchronous file calls on purpose: pages are small, and in a batch the
 *  thread-pool round trips of fs.promises cost more than the reads. */
export async function readPage(file: string, cwd: string, beforeRead?: (p: string) => void): Promise<Decoded & { bytes: number }> {
  return readPageSync(file, cwd, beforeRead);
}

export function readPageSync(file: string, cwd: string, beforeRead?: (p: string) => void): Decoded & { bytes: number } {
  const abs = path.resolve(cwd, file);
  let fd: number | undefined;
  try {
    beforeRead?.(file);
    // O_NONBLOCK: opening a FIFO must not wait for a writer that never comes.
    const flags = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);
    try {
      fd = openSync(abs, flags);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        let dangling = false;
        try {
          dangling = lstatSync(abs).isSymbolicLink();
        } catch {
          // gone altogether
        }
        throw dangling ? new ReadError('broken symbolic link') : new ReadError('no such file or directory', 'vanished');
      }
      throw new ReadError(fsReason(e));
    }
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadError('is a directory');
    if (!st.isFile()) throw new ReadError(`${kindOf(st)}, not a page file`);
    if (st.size > MAX_PAGE_BYTES) {
      throw new ReadError(`file too large: ${mb(st.size)} (a page is at most ${mb(MAX_PAGE_BYTES)})`);
    }
    let buf: Uint8Array;
    try {
      buf = readFileSync(fd);
    } catch (e) {
      throw new ReadError(fsReason(e));
    }
    // It may have grown since fstat.
    if (buf.length > MAX_PAGE_BYTES) {
      throw new ReadError(`file too large: ${mb(buf.length)} (a page is at most ${mb(MAX_PAGE_BYTES)})`);
    }
    if (buf.length === 0) throw new ReadError('empty file, nothing to check');
    let decoded: Decoded;
    try {
      decoded = decodeBytes(buf);
    } catch (e) {
      if (e instanceof DecodeError) throw new ReadError(e.message);
      throw e;
    }
    if (decoded.text.trim() === '') throw new ReadError('no text, only whitespace');
    return { ...decoded, bytes: buf.length };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsReason(e));
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do
      }
    }
  }
}
