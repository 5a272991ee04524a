// Finding and reading page files: directories expanded to their *.txt pages
// (recursively, sorted), a size cap, FIFOs and devices refused without
// blocking, and every failure turned into a one-line reason.
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fsp, type Dirent } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../../shared/config';
import { decodeBytes, DecodeError, type Decoded } from '../../shared/encoding';
import type { Locale } from '../../shared/types';
import { MAX_ROSTER_BYTES } from '../io/limits';
import { readCappedSync, TooLargeError } from '../io/read-capped';
import { kindOf } from '../io/reasons';
import { decodeReason, fsReason, messages, notRegularReason, tooLargeReason } from './messages';

/** A newspaper page is about 15 KB; anything past this is not a page, and
 *  refusing it up front keeps time and memory bounded (a 5 MB page checks in seconds). */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export type Input = { path: string; skip?: string };

const isPageName = (name: string) => /\.txt$/i.test(name);
/** Galley's own files and hidden files are not pages and not worth a note. */
const isQuietSkip = (name: string) =>
  name.startsWith('.') || name.endsWith('.galley.json') || name.endsWith('.bak') || name === CONFIG_FILE_NAME;

/**
 * Expand command-line arguments into page files. Each entry is a path to
 * read, or a path with `skip` set (a reason it is not read: missing path,
 * non-text file in a directory).
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  locale: Locale,
): Promise<{ inputs: Input[]; notes: string[] }> {
  const t = messages(locale);
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
      inputs.push({ path: arg, skip: dangling ? t.brokenLink : fsReason(e, locale) });
      continue;
    }
    if (!st.isDirectory()) {
      inputs.push({ path: arg });
      continue;
    }
    const found: string[] = [];
    await walk(abs, arg, found, notes, new Set(), locale);
    if (found.length === 0) notes.push(`${arg}: ${t.noPagesInDir}`);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const f of found) inputs.push({ path: f });
  }
  return { inputs, notes };
}

async function walk(abs: string, shown: string, found: string[], notes: string[], seen: Set<string>, locale: Locale): Promise<void> {
  const t = messages(locale);
  let real: string;
  try {
    real = await fsp.realpath(abs);
  } catch (e) {
    notes.push(`${shown}: ${fsReason(e, locale)}`);
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(abs, { withFileTypes: true });
  } catch (e) {
    notes.push(`${shown}: ${t.cannotList(fsReason(e, locale))}`);
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
      if (!name.startsWith('.')) await walk(childAbs, childShown, found, notes, seen, locale);
    } else if (isPageName(name)) {
      // Whatever it is (FIFO, dangling link, unreadable), reading it reports why.
      found.push(childShown);
    } else if (!isQuietSkip(name)) {
      notes.push(`${childShown}: ${t.skippedNotPage}`);
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
export async function readPage(
  file: string,
  cwd: string,
  locale: Locale,
  beforeRead?: (p: string) => void,
): Promise<Decoded & { bytes: number }> {
  return readPageSync(file, cwd, locale, beforeRead);
}

export function readPageSync(file: string, cwd: string, locale: Locale, beforeRead?: (p: string) => void): Decoded & { bytes: number } {
  const t = messages(locale);
  beforeRead?.(file);
  const buf = readRegularCapped(path.resolve(cwd, file), MAX_PAGE_BYTES, 'page', locale);
  if (buf.length === 0) throw new ReadError(t.emptyFile);
  const decoded = decodeOrExplain(buf, locale);
  if (decoded.text.trim() === '') throw new ReadError(t.onlyWhitespace);
  return { ...decoded, bytes: buf.length };
}

/** A roster file's text: the page reader's protections (no FIFO, no device,
 *  the cap counted while reading), its own cap. */
export function readRosterSync(file: string, cwd: string, locale: Locale): string {
  const buf = readRegularCapped(path.resolve(cwd, file), MAX_ROSTER_BYTES, 'roster', locale);
  return decodeOrExplain(buf, locale).text;
}

function decodeOrExplain(buf: Uint8Array, locale: Locale): Decoded {
  try {
    return decodeBytes(buf);
  } catch (e) {
    if (e instanceof DecodeError) throw new ReadError(decodeReason(e, locale));
    throw e;
  }
}

/** The bytes of a regular file, at most `cap` of them. Never blocks on a
 *  FIFO (opened non-blocking, then refused), never reads a device, and
 *  counts while reading, so a file that reports size 0 and never ends
 *  (/proc/self/pagemap) stops at the cap. */
export function readRegularCapped(abs: string, cap: number, what: 'page' | 'roster', locale: Locale): Buffer {
  let fd: number | undefined;
  try {
    fd = openNonBlocking(abs, locale);
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadError(fsReason({ code: 'EISDIR' }, locale));
    if (!st.isFile()) throw new ReadError(notRegularReason(kindOf(st), what, locale));
    if (st.size > cap) throw new ReadError(tooLargeReason(st.size, cap, what, locale));
    try {
      return readCappedSync(fd, cap);
    } catch (e) {
      if (e instanceof TooLargeError) throw new ReadError(tooLargeReason(undefined, cap, what, locale));
      throw e;
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsReason(e, locale));
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

function openNonBlocking(abs: string, locale: Locale): number {
  // O_NONBLOCK: opening a FIFO must not wait for a writer that never comes.
  const flags = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);
  try {
    return openSync(abs, flags);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ReadError(fsReason(e, locale));
    let dangling = false;
    try {
      dangling = lstatSync(abs).isSymbolicLink();
    } catch {
      // gone altogether
    }
    throw dangling ? new ReadError(messages(locale).brokenLink) : new ReadError(fsReason(e, locale), 'vanished');
  }
}
