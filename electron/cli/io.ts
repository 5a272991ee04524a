// What a CLI command needs from the outside world, so tests can run the
// commands in-process with captured output.
import { parseArgs } from 'node:util';
import type { cleanText } from '../../shared/clean';
import type { Locale } from '../../shared/types';
import { messages, type Command } from './messages';

export interface CliIo {
  /** Write to stdout; may return a promise that resolves when it is safe to
   *  write more, and rejects with an OutputError when the write failed. */
  out(s: string): void | Promise<void>;
  /** Write raw bytes to stdout (encoded page text); falls back to out(). */
  outBytes?(b: Uint8Array): void | Promise<void>;
  /** Write to stderr. */
  err(s: string): void;
  cwd: string;
  version: string;
  /** Environment for the default locale (GALLEY_LOCALE, LC_ALL, LANG); none: Chinese. */
  env?: Record<string, string | undefined>;
  /** Path of the bundled CLI: enables the worker-thread pool for big batches. */
  workerScript?: string;
  /** Test hook: runs after a page was found and before it is opened. */
  beforeRead?(path: string): void;
  /** Test hook: the cleaner `galley clean` uses (shared/clean.ts's cleanText),
   *  so a refusal no real rule produces can be shown to write nothing. */
  cleaner?: typeof cleanText;
}

/** A failure the user caused or can fix: printed as one line (plus the
 *  command's usage line when given), exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: Command,
  ) {
    super(message);
  }
}

/** Standard output could not take what was written (a full disk, /dev/full,
 *  a closed pipe). The command stops: exit 2 with a reason, or quietly for a
 *  reader that went away (`galley check … | head`). */
export class OutputError extends Error {
  constructor(readonly cause: NodeJS.ErrnoException) {
    super(cause.message);
  }
  get closedPipe(): boolean {
    return this.cause.code === 'EPIPE' || this.cause.code === 'ERR_STREAM_DESTROYED';
  }
}

/** First line of an error's message, never a stack. */
export function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split(/\r?\n/)[0] || 'unknown error').trim();
}

/** parseArgs' English error, as one line in the locale. */
function parseErrorMessage(e: unknown, locale: Locale): string {
  const t = messages(locale);
  const code = (e as NodeJS.ErrnoException).code;
  const msg = e instanceof Error ? e.message : String(e);
  const quoted = /'([^']+)'/.exec(msg)?.[1]?.replace(/ <value>$/, '') ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t.unknownOption(quoted);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t.unexpectedArgument(quoted);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(msg) ? t.takesNoValue(quoted) : t.missingValue(quoted);
  }
  return oneLine(e);
}

/** A command's arguments, with -h/--help added; an unknown or malformed
 *  option is a UsageError that ends with the command's usage line. */
export function parseCommand<O extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  argv: string[],
  options: O,
  command: Command,
  locale: Locale,
) {
  const config = { args: argv, allowPositionals: true as const, strict: true as const, options: { ...options, help: { type: 'boolean' as const, short: 'h' } } };
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(parseErrorMessage(e, locale), command);
  }
}

/** An option's value, checked against its allowed values (`shown`: the
 *  ones to name in the message, when aliases are accepted too). */
export function pick<T extends string>(
  name: string,
  v: string | undefined,
  allowed: readonly T[],
  dflt: T,
  locale: Locale,
  shown: readonly string[] = allowed,
): T {
  if (v === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(messages(locale).oneOf(name, shown, v));
  return v as T;
}
