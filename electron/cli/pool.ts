// Big batches are checked on every core: worker threads (one per core, at
// most 4) each read, decode, check and format files, and the main thread
// prints their results in input order as they arrive. At most WINDOW files
// are in flight or waiting to print, so memory stays flat however long the
// batch. A worker that dies fails only the files it held, and is replaced.
// Pages under different configs check differently: every worker holds all
// the jobs, and each file names its job, so one pool keeps the input order.
import { Worker } from 'node:worker_threads';
import { failure, type CheckJob, type FileResult } from './check-file';
import { oneLine } from './io';
import { messages } from './messages';

const PER_WORKER = 4;
const WINDOW = 64;
/** A file that keeps a worker busy this long is given up (never a hang). */
export const FILE_TIMEOUT_MS = Number(process.env.GALLEY_FILE_TIMEOUT_MS) || 120_000;

export interface WorkerData {
  galleyWorker: true;
  jobs: CheckJob[];
  cwd: string;
}

/** One file to check and the index of its job. */
export interface Task {
  file: string;
  job: number;
}

/** What the main thread sends a worker: task number, file, job index. */
export interface TaskMessage extends Task {
  i: number;
}

export function runPool(
  work: readonly Task[],
  jobs: CheckJob[],
  cwd: string,
  script: string,
  threads: number,
  emit: (r: FileResult) => void | Promise<void>,
): Promise<void> {
  const files = work.map((t) => t.file);
  // Every job shares the output format and the locale (one command line).
  const { format, locale } = jobs[0] ?? ({ format: 'text', locale: 'zh' } as const);
  return new Promise<void>((resolve, reject) => {
    const results = new Map<number, FileResult>();
    const held = new Map<Worker, Set<number>>();
    /** When each worker last finished a file (or got work while idle). */
    const lastProgress = new Map<Worker, number>();
    /** Files to hand out again after their worker was stopped. */
    const retry: number[] = [];
    let nextTask = 0;
    let nextEmit = 0;
    let flushing = false;
    let finished = false;

    const finish = (err?: unknown) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      for (const w of held.keys()) void w.terminate();
      held.clear();
      if (err) reject(err);
      else resolve();
    };

    const dispatch = () => {
      for (const [w, tasks] of held) {
        while (tasks.size < PER_WORKER && (retry.length || (nextTask < files.length && nextTask - nextEmit < WINDOW))) {
          const i = retry.length ? retry.shift()! : nextTask++;
          if (tasks.size === 0) lastProgress.set(w, Date.now());
          tasks.add(i);
          w.postMessage({ i, ...work[i] } satisfies TaskMessage);
        }
      }
    };

    const flush = async () => {
      if (flushing || finished) return;
      flushing = true;
      try {
        while (results.has(nextEmit)) {
          const r = results.get(nextEmit)!;
          results.delete(nextEmit);
          nextEmit++;
          await emit(r);
          dispatch();
        }
      } catch (e) {
        finish(e);
        return;
      } finally {
        flushing = false;
      }
      if (nextEmit === files.length) finish();
    };

    const spawn = () => {
      const w = new Worker(script, {
        workerData: { galleyWorker: true, jobs, cwd } satisfies WorkerData,
        // One page is at most 8 MB; a runaway check fails its file, not the batch.
        // A larger young generation: checking allocates many short-lived
        // strings, and fewer scavenges measurably cut a batch's CPU time.
        resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 48 },
        stdout: false,
        stderr: false,
      });
      held.set(w, new Set());
      w.on('message', (m: { i: number; r: FileResult }) => {
        held.get(w)?.delete(m.i);
        lastProgress.set(w, Date.now());
        results.set(m.i, m.r);
        dispatch();
        void flush();
      });
      const t = messages(locale);
      const lost = (why: string) => {
        const tasks = held.get(w);
        if (!tasks || finished) return;
        held.delete(w);
        for (const i of tasks) results.set(i, failure(files[i], t.internalError(why), format));
        if (nextTask < files.length || retry.length) spawn();
        dispatch();
        void flush();
      };
      w.on('error', (e) => lost(oneLine(e)));
      w.on('exit', (code) => lost(t.workerExited(code)));
    };

    // A worker checks its files one after another in the order sent, so
    // the stuck file is the lowest one it holds; the others go to a new worker.
    const watchdog = setInterval(() => {
      const now = Date.now();
      for (const [w, tasks] of held) {
        if (tasks.size === 0 || now - (lastProgress.get(w) ?? now) < FILE_TIMEOUT_MS) continue;
        const stuck = Math.min(...tasks);
        held.delete(w);
        void w.terminate();
        results.set(stuck, failure(files[stuck], messages(locale).gaveUp(Math.round(FILE_TIMEOUT_MS / 1000)), format));
        for (const i of tasks) if (i !== stuck) retry.push(i);
        retry.sort((a, b) => a - b);
        spawn();
        dispatch();
        void flush();
      }
    }, Math.min(1000, FILE_TIMEOUT_MS / 4));
    watchdog.unref();

    if (files.length === 0) {
      clearInterval(watchdog);
      return resolve();
    }
    for (let k = 0; k < Math.max(1, threads); k++) spawn();
    dispatch();
  });
}
