// Entry of a pool worker thread (same bundle as the CLI; see index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, failure } from './check-file';
import { oneLine } from './io';
import type { WorkerData } from './pool';

export function runWorker(): void {
  const { job, cwd } = workerData as WorkerData;
  parentPort!.on('message', async ({ i, file }: { i: number; file: string }) => {
    let r;
    try {
      r = await checkFile(file, cwd, job);
    } catch (e) {
      r = failure(file, `internal error: ${oneLine(e)}`, job.format);
    }
    parentPort!.postMessage({ i, r });
  });
}
