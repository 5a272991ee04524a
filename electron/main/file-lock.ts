// A lock file beside a file that several processes read-merge-write (the
// review sidecar on a shared folder). Without it two saves that read at the
// same moment would each write a merge that lacks the other's change.
// The lock is `<file>.lock`, created whole (written to a temp name, then
// hard-linked into place, which fails if it exists) and holding who took it.
// A lock whose holder died (a kill during a save) is broken: on this host
// when its process is gone, anywhere when it is older than any save takes.
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';

export interface LockOptions {
  /** Give up after this long (another save is stuck, not just slow). */
  timeoutMs?: number;
  /** A lock older than this is a dead holder's, whatever host took it. */
  staleMs?: number;
}

interface Holder {
  token: string;
  pid: number;
  host: string;
  at: number;
}

export class LockTimeoutError extends Error {
  constructor(file: string) {
    super(`${file} is being saved by another process; try again`);
  }
}

export const lockPathFor = (file: string) => file + '.lock';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

async function create(lock: string, holder: Holder): Promise<boolean> {
  const body = JSON.stringify(holder);
  const tmp = `${lock}.${holder.token}.tmp`;
  await fsp.writeFile(tmp, body, { flag: 'wx', mode: 0o644 });
  try {
    await fsp.link(tmp, lock);
    return true;
  } catch (err) {
    if (code(err) === 'EEXIST') return false;
    // Filesystems without hard links: exclusive create (a kill between create
    // and write leaves an empty lock, broken by age).
    if (code(err) !== 'EPERM' && code(err) !== 'ENOTSUP' && code(err) !== 'ENOSYS') throw err;
    try {
      await fsp.writeFile(lock, body, { flag: 'wx', mode: 0o644 });
      return true;
    } catch (e2) {
      if (code(e2) === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    await fsp.rm(tmp, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return code(err) === 'EPERM'; // exists, someone else's
  }
}

async function readHolder(lock: string): Promise<{ raw: string; holder?: Holder; mtime: number } | undefined> {
  try {
    const [raw, st] = await Promise.all([fsp.readFile(lock, 'utf8'), fsp.stat(lock)]);
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(raw) as Holder;
    } catch {
      holder = undefined;
    }
    return { raw, holder, mtime: st.mtimeMs };
  } catch {
    return undefined; // released meanwhile
  }
}

function isStale(h: { holder?: Holder; mtime: number }, staleMs: number): boolean {
  if (Date.now() - h.mtime > staleMs) return true;
  const holder = h.holder;
  return !!holder && holder.host === os.hostname() && typeof holder.pid === 'number' && !alive(holder.pid);
}

/** Move a dead holder's lock away; if it turns out to be a fresh one that
 *  replaced it meanwhile, put that back (link fails rather than clobber). */
async function breakLock(lock: string, seen: string): Promise<void> {
  const aside = `${lock}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await fsp.rename(lock, aside);
  } catch {
    return;
  }
  const moved = await fsp.readFile(aside, 'utf8').catch(() => seen);
  if (moved !== seen) await fsp.link(aside, lock).catch(() => undefined);
  await fsp.rm(aside, { force: true });
}

async function release(lock: string, token: string): Promise<void> {
  const h = await readHolder(lock);
  if (h?.holder?.token === token) await fsp.rm(lock, { force: true });
}

/** Run `fn` while holding the lock of `file`. */
export async function withFileLock<T>(file: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { timeoutMs = 15_000, staleMs = 10_000 } = options;
  const lock = lockPathFor(file);
  const holder: Holder = { token: randomBytes(8).toString('hex'), pid: process.pid, host: os.hostname(), at: Date.now() };
  const giveUp = Date.now() + timeoutMs;
  for (let attempt = 0; !(await create(lock, holder)); attempt++) {
    const h = await readHolder(lock);
    if (h && isStale(h, staleMs)) await breakLock(lock, h.raw);
    else if (Date.now() > giveUp) throw new LockTimeoutError(file);
    else await sleep(2 + Math.random() * Math.min(40, 4 * (attempt + 1)));
  }
  try {
    return await fn();
  } finally {
    await release(lock, holder.token);
  }
}
