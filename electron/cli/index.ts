// Entry of the bundled CLI (out/cli/galley.cjs, loaded by bin/galley.cjs).
// The same file is the pool's worker script: a worker thread runs the
// checker loop instead of the command line.
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './main';
import type { CliIo } from './io';
import { streamWriter } from './stdout';
import { runWorker } from './worker';

declare const __GALLEY_VERSION__: string;

function nodeIo(): CliIo {
  const write = streamWriter(process.stdout);
  return {
    out: write,
    outBytes: write,
    err: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    version: typeof __GALLEY_VERSION__ === 'string' ? __GALLEY_VERSION__ : 'dev',
    workerScript: __filename,
  };
}

if (!isMainThread && (workerData as { galleyWorker?: boolean } | null)?.galleyWorker) {
  runWorker();
} else {
  runCli(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`galley: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
