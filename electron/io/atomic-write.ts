// The one atomic writer of the main process and the CLI: a temp file in the
// target's directory (so the rename stays on one filesystem and is atomic),
// fsync, rename, then fsync the directory where the platform allows it. A
// crash at any point leaves the old file or the new one, never a mix.
// The replaced file's mode (and, as root, its owner) carries over: a 0600
// page exported over stays 0600. A symlink as the target is followed, so the
// link survives and the file it names gets the new content.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

/** Temp files are named `.<name>.<random>.galley-tmp` beside the target, so a
 *  crash leaves a dot-file that folder listings skip and cleanup can find. */
export const TEMP_SUFFIX = '.galley-tmp';

export interface WriteOptions {
  /** Mode of a new file (before the umask); a replaced file keeps its own. */
  mode?: number;
}

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The file a write to `target` lands in: a symlink's final target, so the
 *  rename replaces the file and not the link. Missing or dangling: as given. */
async function landingPath(target: string): Promise<string> {
  return fsp.realpath(target).catch(() => target);
}

function landingPathSync(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    return target;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is still atomic there.
  if (process.platform === 'win32') return;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: some filesystems refuse directory fsync.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort, as above.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Give the temp file the replaced file's mode and owner, before any byte is
 *  written (a 0600 page's text is never readable by others, not even briefly). */
async function adoptOwnership(handle: fsp.FileHandle, old: fs.Stats | undefined): Promise<void> {
  if (!old || process.platform === 'win32') return;
  await handle.chmod(old.mode & 0o7777);
  // Only root can give a file away; for anyone else the file is theirs anyway.
  if (isRoot()) await handle.chown(old.uid, old.gid).catch(() => undefined);
}

function adoptOwnershipSync(fd: number, old: fs.Stats | undefined): void {
  if (!old || process.platform === 'win32') return;
  fs.fchmodSync(fd, old.mode & 0o7777);
  if (isRoot()) {
    try {
      fs.fchownSync(fd, old.uid, old.gid);
    } catch {
      // best effort, as above
    }
  }
}

/** Renaming over a device, a FIFO or a folder would replace it (as root,
 *  /dev/null with a file): refused here whatever the caller checked. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(target: string) {
    super(`not a regular file, not replaced: ${target}`);
  }
}

function refuseNonRegular(dest: string, old: fs.Stats | undefined): void {
  if (old && !old.isFile()) throw new NotRegularFileError(dest);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const dest = await landingPath(target);
  const tmp = tempPathFor(dest);
  const old = await fsp.stat(dest).catch(() => undefined);
  refuseNonRegular(dest, old);
  let handle: fsp.FileHandle | undefined;
  try {
    // 'wx': never follow or clobber something already sitting at the temp name.
    handle = await fsp.open(tmp, 'wx', opts.mode ?? 0o666);
    await adoptOwnership(handle, old);
    await handle.writeFile(toBytes(data));
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, dest);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await fsyncDir(path.dirname(dest));
}

/** Synchronous twin for places that cannot wait (window bounds on close). */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  const dest = landingPathSync(target);
  const tmp = tempPathFor(dest);
  let old: fs.Stats | undefined;
  try {
    old = fs.statSync(dest);
  } catch {
    // a new file
  }
  refuseNonRegular(dest, old);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', opts.mode ?? 0o666);
    adoptOwnershipSync(fd, old);
    fs.writeFileSync(fd, toBytes(data));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, dest);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fsyncDirSync(path.dirname(dest));
}

/** `page.txt` → `page.txt.20240501-093000.bak`: timestamped, so backups of
 *  one page sort by time and a second one never lands on the first. */
export function backupPathFor(target: string, now = new Date(), attempt = 1): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${target}.${stamp}${attempt > 1 ? `-${attempt}` : ''}.bak`;
}

/** Create `bytes` at the first free backup name. 'wx' makes "free" and
 *  "mine" one step: no existing file (the user's own, an earlier backup)
 *  is ever overwritten, even by two writers racing. */
async function createBackup(target: string, bytes: Uint8Array, mode: number, now: Date): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const name = backupPathFor(target, now, attempt);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(name, 'wx', mode);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 1000) continue;
      throw err;
    }
    try {
      await handle.chmod(mode).catch(() => undefined);
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
      return name;
    } catch (err) {
      // A half-written backup is no backup: remove it and report.
      await handle.close().catch(() => undefined);
      await fsp.rm(name, { force: true }).catch(() => undefined);
      throw err;
    }
  }
}

/** Copies `target` aside before it is overwritten, with its mode. Returns
 *  the backup path, or undefined when there was nothing to back up. The
 *  original is untouched until the backup is complete on disk. */
export async function backupFile(target: string, now = new Date()): Promise<string | undefined> {
  let bytes: Buffer;
  let st: fs.Stats;
  try {
    st = await fsp.stat(target);
    bytes = await fsp.readFile(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const backup = await createBackup(target, bytes, st.mode & 0o7777, now);
  await fsyncDir(path.dirname(backup));
  return backup;
}
