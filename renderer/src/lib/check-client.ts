// Runs the page check in a Web Worker (check.worker.ts), and on this thread
// when no worker can be had (a browser or a policy that refuses it, a worker
// that failed to load): checking must go on either way, only slower.
// One check at a time: while the worker is busy only the latest request
// waits; one that a newer request replaces is rejected as superseded (the
// review store ignores it: its text is no longer the page's). The app's
// client sends a request after the next frame is painted (`later`): the
// keystroke's frame does not wait for a copy of the page to the worker (or,
// with no worker, for the check itself on this thread), and keys typed
// within one frame are checked once, as the last one left it.
import { checkText } from '../../../shared/check';
import type { CheckOptions, CheckResult } from '../../../shared/types';

export interface CheckRequest {
  id: number;
  text: string;
  options: CheckOptions;
}

export type CheckResponse = { id: number; result: CheckResult; ms: number } | { id: number; error: string };

export interface CheckOutcome {
  result: CheckResult;
  ms: number;
  /** Where it ran: 'worker', or 'main' after a fallback. */
  where: 'worker' | 'main';
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((e: MessageEvent<CheckResponse>) => void) | null;
  onerror: ((e: Event) => void) | null;
};

interface Pending {
  request: CheckRequest;
  resolve: (o: CheckOutcome) => void;
  reject: (e: Error) => void;
}

function onMainThread(text: string, options: CheckOptions): CheckOutcome {
  const t0 = performance.now();
  const result = checkText(text, options);
  return { result, ms: performance.now() - t0, where: 'main' };
}

/** Runs `fn` once the next frame has been painted (a task after the
 *  animation frame), or after 100 ms when no frame comes (a hidden page). */
export function afterNextPaint(fn: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const fallback = setTimeout(go, 100);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
}

/** `later`: when to send a request while the worker is idle (default: at
 *  once). A reply sends the next waiting request at once. */
export function createCheckClient(makeWorker: () => WorkerLike | null, later?: (send: () => void) => void) {
  let worker: WorkerLike | null | undefined;
  let busy: Pending | null = null;
  /** The newest request not yet sent. */
  let waiting: Pending | null = null;
  let sendDue = false;
  let nextId = 1;

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    // Everything in flight is answered here instead.
    const all = [...(busy ? [busy] : []), ...(waiting ? [waiting] : [])];
    busy = null;
    waiting = null;
    for (const p of all) settleOnMain(p);
  };

  const send = () => {
    sendDue = false;
    if (busy || !waiting) return;
    if (!worker) {
      // No worker: the newest text checked here, still after the frame.
      const p = waiting;
      waiting = null;
      return settleOnMain(p);
    }
    busy = waiting;
    waiting = null;
    worker.postMessage(busy.request);
  };

  const settleOnMain = (p: Pending) => {
    try {
      p.resolve(onMainThread(p.request.text, p.request.options));
    } catch (e) {
      p.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };

  const start = (): WorkerLike | null => {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (!worker) return null;
    worker.onmessage = (e) => finish(e.data);
    // A worker that cannot load (CSP, missing file) reports here once.
    worker.onerror = () => fallBack();
    return worker;
  };

  const finish = (reply: CheckResponse) => {
    const done = busy;
    if (!done || reply.id !== done.request.id) return;
    busy = null;
    if ('error' in reply) done.reject(new Error(reply.error));
    else done.resolve({ result: reply.result, ms: reply.ms, where: 'worker' });
    send();
  };

  return {
    check(text: string, options: CheckOptions): Promise<CheckOutcome> {
      return new Promise((resolve, reject) => {
        const p: Pending = { request: { id: nextId++, text, options }, resolve, reject };
        const w = start();
        if (!w && !later) return settleOnMain(p);
        // Only the newest text is worth checking next.
        waiting?.reject(new Error('superseded'));
        waiting = p;
        if (busy || sendDue) return;
        if (later) {
          sendDue = true;
          later(send);
        } else send();
      });
    },
    /** For tests and shutdown. */
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}

/** The app's checker: a module worker built by Vite from check.worker.ts. */
export const checkClient = createCheckClient(
  () => (typeof Worker === 'undefined' ? null : (new Worker(new URL('../check.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike)),
  afterNextPaint,
);
