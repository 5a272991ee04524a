// What a CLI command needs from the outside world, so tests can run the
// commands in-process with captured output.
import { parseArgs } from 'node:util';
export interface CliIo {
  /** Write to stdout; may return a promise that resolves when it is safe to write more. */
  out(s: string): void | Promise<void>;
  /** Write raw bytes to stdout (encoded page text); falls back to out(). */
  outBytes?(b: Uint8Array): void | Promise<void>;
  /** Write to stderr. */
  err(s: string): void;
  cwd: string;
  version: string;
  /** Path of the bundled CLI: enables the worker-thread pool for big batches. */
  workerScript?: string;
  /** Test hook: runs after a page was found and before it is opened. */
  beforeRead?(path: string): void;
}

/** A failure the user caused or can fix: printed as one line, exit 2. */
export class UsageError extends Error {}

/** First line of an error's message, never a stack. */
export function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split(/\r?\n/)[0] || 'unknown error').trim();
}

/** A command's arguments, with -h/--help added; an unknown or malformed
 *  option is a UsageError that ends with the command's usage line. */
export function parseCommand<O extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  argv: string[],
  options: O,
  usage: string,
) {
  const config = { args: argv, allowPositionals: true as const, strict: true as const, options: { ...options, help: { type: 'boolean' as const, short: 'h' } } };
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(`${oneLine(e)}\n${usage}`);
  }
}
