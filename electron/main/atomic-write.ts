// Every file the app writes goes through here: a temp file in the same
// directory (so rename stays on one filesystem and is atomic), fsync, rename,
// then fsync the directory where the platform allows it. A crash at any point
// leaves either the old file or the new one, never a mix (docs/design.md §6).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

/** Temp files are named `.<name>.<random>.galley-tmp` beside the target, so a
 *  crash leaves a dot-file that folder listings skip and cleanup can find. */
export const TEMP_SUFFIX = '.galley-tmp';

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

function toBuffer(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
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
    await handle?.close();
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

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  const bytes = toBuffer(data);
  let handle: fsp.FileHandle | undefined;
  try {
    // 'wx': never follow or clobber something already sitting at the temp name.
    handle = await fsp.open(tmp, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await fsyncDir(path.dirname(target));
}

/** Synchronous twin for places that cannot wait (window bounds on close). */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(target);
  const bytes = toBuffer(data);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', 0o644);
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
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
  fsyncDirSync(path.dirname(target));
}

/** `page.txt` → `page.txt.20240501-093000.bak` (timestamped, so a second
 *  export over the same page never overwrites the first backup). */
export function backupPathFor(target: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${target}.${stamp}.bak`;
}

/** Copies `target` aside (atomically) before it is overwritten. Returns the
 *  backup path, or undefined when there was nothing to back up. */
export async function backupFile(target: string, now = new Date()): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let backup = backupPathFor(target, now);
  // Two exports within one second: keep both backups.
  for (let i = 2; fs.existsSync(backup); i++) backup = backupPathFor(target, now).replace(/\.bak$/, `-${i}.bak`);
  await writeFileAtomic(backup, bytes);
  return backup;
}
