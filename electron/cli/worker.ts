// Entry of a pool worker thread (same bundle as the CLI; see index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, failure } from './check-file';
import { oneLine } from './io';
import { messages } from './messages';
import type { TaskMessage, WorkerData } from './pool';

export function runWorker(): void {
  const { jobs, cwd } = workerData as WorkerData;
  // Test hook (tests/cli/bin.test.ts): a file whose name contains this stalls,
  // to prove the pool's watchdog gives up on it and the batch goes on.
  const stall = process.env.GALLEY_TEST_STALL;
  parentPort!.on('message', async ({ i, file, job: k }: TaskMessage) => {
    const job = jobs[k];
    let r;
    try {
      if (stall && file.includes(stall)) for (;;);
      r = await checkFile(file, cwd, job);
    } catch (e) {
      r = failure(file, messages(job.locale).internalError(oneLine(e)), job.format);
    }
    parentPort!.postMessage({ i, r });
  });
}
