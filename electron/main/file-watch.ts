// Watching the open page and its review sidecar for changes made by someone
// else (another Galley on a shared folder, `galley confirm`, the layout system
// writing a new proof). Files are replaced by rename, so the folder is
// watched, not the file (a watch on the file would follow the old inode).
// Where fs.watch is unavailable or fails (some network shares), the files are
// polled instead.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface WatchDeps {
  watch: typeof fs.watch;
  watchFile: typeof fs.watchFile;
  unwatchFile: typeof fs.unwatchFile;
}

export interface WatchOptions {
  /** Events within this window are one change (a rename is several events). */
  debounceMs?: number;
  /** Poll interval of the fallback. */
  pollMs?: number;
  deps?: WatchDeps;
}

const REAL: WatchDeps = { watch: fs.watch, watchFile: fs.watchFile, unwatchFile: fs.unwatchFile };

/** Calls onChange(file) after any of `files` changes; returns a stop function. */
export function watchFiles(files: readonly string[], onChange: (file: string) => void, options: WatchOptions = {}): () => void {
  const { debounceMs = 80, pollMs = 1000, deps = REAL } = options;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const stops: (() => void)[] = [];
  let stopped = false;
  const fire = (file: string) => {
    if (stopped) return;
    clearTimeout(timers.get(file));
    timers.set(file, setTimeout(() => !stopped && onChange(file), debounceMs));
  };
  const poll = (file: string) => {
    const listener = () => fire(file);
    deps.watchFile(file, { interval: pollMs, persistent: false }, listener);
    stops.push(() => deps.unwatchFile(file, listener));
  };
  const byDir = new Map<string, string[]>();
  for (const f of files) byDir.set(path.dirname(f), [...(byDir.get(path.dirname(f)) ?? []), f]);
  for (const [dir, inDir] of byDir) {
    try {
      const w = deps.watch(dir, { persistent: false }, (_event, name) => {
        // Some platforms give no name: then any of our files may have changed.
        for (const f of inDir) if (!name || String(name) === path.basename(f)) fire(f);
      });
      w.on('error', () => {
        w.close();
        if (!stopped) inDir.forEach(poll);
      });
      stops.push(() => w.close());
    } catch {
      inDir.forEach(poll);
    }
  }
  return () => {
    stopped = true;
    for (const t of timers.values()) clearTimeout(t);
    for (const stop of stops) stop();
  };
}
