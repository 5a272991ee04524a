// Atomic writes for the CLI: a temp file in the target's directory, flushed,
// then renamed over the target, so a crash leaves the old file or the new
// one, never a mix. Rename within one directory is atomic on POSIX and NTFS.
import { promises as fsp } from 'node:fs';
import path from 'node:path';

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.galley-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(tmp, 'wx', 0o644);
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = undefined;
    // Keep the mode of the file being replaced.
    const old = await fsp.stat(target).catch(() => undefined);
    if (old) await fsp.chmod(tmp, old.mode & 0o7777).catch(() => {});
    await fsp.rename(tmp, target);
  } catch (e) {
    await fh?.close().catch(() => {});
    await fsp.unlink(tmp).catch(() => {});
    throw e;
  }
}
