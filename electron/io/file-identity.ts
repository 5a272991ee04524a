// "Is this the same file?" by identity, not by spelling: a page reached
// through a symlinked folder, `a/../a/p.txt`, or (on Windows) a mapped drive
// and its UNC path are one file. Used wherever a write could land on a page
// being read (clean -o over its input, diff -o over a revision, an export
// over the open page).
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

const caseless = () => process.platform === 'win32' || process.platform === 'darwin';

function samePathString(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  return caseless() ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** True when `a` and `b` name one existing file (or the same path string).
 *  dev+ino first (bigint: NTFS file ids exceed 2^53); where a filesystem
 *  reports no inode (0, some network and FAT drives), the resolved paths. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (samePathString(a, b)) return true;
  const [sa, sb] = await Promise.all([
    fsp.stat(a, { bigint: true }).catch(() => null),
    fsp.stat(b, { bigint: true }).catch(() => null),
  ]);
  if (!sa || !sb) return false;
  if (sa.ino !== 0n && sb.ino !== 0n) return sa.dev === sb.dev && sa.ino === sb.ino;
  const [ra, rb] = await Promise.all([fsp.realpath(a).catch(() => a), fsp.realpath(b).catch(() => b)]);
  return samePathString(ra, rb);
}

/** The first of `candidates` that is the same file as `target`, if any. */
export async function findSameFile(target: string, candidates: Iterable<string>): Promise<string | undefined> {
  for (const c of candidates) if (await sameFile(target, c)) return c;
  return undefined;
}
