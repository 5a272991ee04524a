import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import { watchFiles, type WatchDeps } from '../../../electron/main/file-watch';

let dir: string;
let stop: (() => void) | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-watch-'));
});
afterEach(() => {
  stop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return cond();
};

describe('watchFiles', () => {
  it('notices a file replaced by rename (as every save does), once per change, and not its neighbours', async () => {
    const side = path.join(dir, 'p.txt.galley.json');
    const pageFile = path.join(dir, 'p.txt');
    fs.writeFileSync(side, '1');
    fs.writeFileSync(pageFile, 'a');
    const seen: string[] = [];
    stop = watchFiles([pageFile, side], (f) => seen.push(path.basename(f)), { debounceMs: 40 });
    await writeFileAtomic(side, '2');
    expect(await until(() => seen.length === 1)).toBe(true);
    // A second replace: the watch follows the name, not the old inode.
    await writeFileAtomic(side, '3');
    expect(await until(() => seen.length === 2)).toBe(true);
    fs.writeFileSync(path.join(dir, 'other.txt'), 'x');
    await writeFileAtomic(pageFile, 'b');
    expect(await until(() => seen.includes('p.txt'))).toBe(true);
    await new Promise((r) => setTimeout(r, 150));
    expect(seen).toEqual(['p.txt.galley.json', 'p.txt.galley.json', 'p.txt']);
  });

  it('falls back to polling where fs.watch is not available or fails later', () => {
    const polled: string[] = [];
    const failing = new EventEmitter() as EventEmitter & { close(): void };
    failing.close = vi.fn();
    const deps: WatchDeps = {
      watch: vi.fn(() => {
        throw new Error('ENOSYS');
      }) as never,
      watchFile: vi.fn((f: string) => polled.push(f)) as never,
      unwatchFile: vi.fn() as never,
    };
    stop = watchFiles(['/a/x', '/a/y'], () => undefined, { deps });
    expect(polled).toEqual(['/a/x', '/a/y']);
    stop();
    expect(deps.unwatchFile).toHaveBeenCalledTimes(2);

    polled.length = 0;
    deps.watch = vi.fn(() => failing) as never;
    stop = watchFiles(['/b/z'], () => undefined, { deps });
    expect(polled).toEqual([]);
    failing.emit('error', new Error('share went away'));
    expect(polled).toEqual(['/b/z']);
    expect(failing.close).toHaveBeenCalled();
  });

  it('a poll event is a change too', async () => {
    let listener: (() => void) | undefined;
    const deps: WatchDeps = {
      watch: vi.fn(() => {
        throw new Error('no');
      }) as never,
      watchFile: vi.fn((_f: string, _o: unknown, l: () => void) => (listener = l)) as never,
      unwatchFile: vi.fn() as never,
    };
    const seen: string[] = [];
    stop = watchFiles(['/a/x'], (f) => seen.push(f), { deps, debounceMs: 1 });
    listener!();
    expect(await until(() => seen.length === 1)).toBe(true);
  });
});
