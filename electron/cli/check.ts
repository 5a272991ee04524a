// `galley check [--format text|json] [--config FILE] [--profile NAME] [--all]
//               [--roster FILE] [--locale zh|en] [--jobs N] FILE_OR_DIR...`
// Exit: 0 no error-severity findings, 1 some, 2 when any input could not be
// checked (missing, unreadable, not text, empty, too large) or bad arguments
// or a bad config. Every file is still checked and printed; a bad one never
// stops the batch. Each page is checked under the config in force for it,
// and its output says which house style and config that was.
import os from 'node:os';
import { parseRoster } from '../../shared/roster';
import type { Locale, Roster } from '../../shared/types';
import { checkFile, failure, type CheckJob, type FileResult, type Format } from './check-file';
import { settingsForPages } from './config';
import { oneLine, parseCommand, pick, UsageError, type CliIo } from './io';
import { messages } from './messages';
import path from 'node:path';
import { folderStyles } from './folder-style';
import { runPool, type Task } from './pool';
import { expandInputs, ReadError, readRosterSync } from './read';

/** Below this many files, starting threads costs more than it saves. */
const POOL_MIN_FILES = 16;

function loadRoster(file: string, cwd: string, locale: Locale): Roster {
  const t = messages(locale);
  try {
    return parseRoster(readRosterSync(file, cwd, locale));
  } catch (e) {
    throw new UsageError(t.roster(file, e instanceof ReadError ? e.message : oneLine(e)));
  }
}

/**
 * Worker threads for a batch, 0 for none. Each thread is a fresh V8 isolate
 * that warms up its compiler on its own (the first ~200 pages run several
 * times slower than the rest), and a single isolate already keeps a second
 * core busy with V8's concurrent compiler and garbage collector. Measured
 * with `npm run bench` on 2 cores: one thread 1.7 s for 1,000 pages, two
 * workers 2.1 s. So threads only from four cores up, one per two cores.
 */
export function threadsFor(files: number, cores = availableCores()): number {
  if (files < POOL_MIN_FILES) return 0;
  const threads = Math.min(4, Math.floor(cores / 2), Math.ceil(files / 8));
  return threads >= 2 ? threads : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export async function runCheck(argv: string[], io: CliIo, locale: Locale): Promise<number> {
  const t = messages(locale);
  const parsed = parseCommand(
    argv,
    {
      format: { type: 'string' },
      config: { type: 'string' },
      profile: { type: 'string' },
      all: { type: 'boolean' },
      roster: { type: 'string' },
      locale: { type: 'string' },
      jobs: { type: 'string' },
    },
    'check',
    locale,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    await io.out(t.usage('check') + '\n');
    return 0;
  }
  const format = pick<Format>('format', values.format, ['text', 'json'], 'text', locale);
  pick<Locale>('locale', values.locale, ['zh', 'en'], locale, locale);
  if (positionals.length === 0) throw new UsageError(t.noFiles, 'check');
  const threadsFlag = values.jobs !== undefined ? Number(values.jobs) : undefined;
  if (threadsFlag !== undefined && !(Number.isInteger(threadsFlag) && threadsFlag >= 0 && threadsFlag <= 64)) {
    throw new UsageError(t.jobsRange);
  }
  const roster = values.roster ? loadRoster(values.roster, io.cwd, locale) : undefined;

  const { inputs, notes } = await expandInputs(positionals, io.cwd, locale);
  // Every config in force is read and validated before any output.
  const readable = inputs.filter((x) => !x.skip).map((x) => x.path);
  const flags = { config: values.config, profile: values.profile, roster };
  const { settings, of } = await settingsForPages(readable, flags, io.cwd, locale);
  // Where no house style is named, a folder's pages lend theirs to each other.
  const folders = folderStyles(readable.filter((_, i) => !settings[of[i]].profileBy), io.cwd, locale);
  const jobs: CheckJob[] = [];
  const jobOf = new Map<string, number>();
  const tasks: Task[] = readable.map((file, i) => {
    const s = settings[of[i]];
    const folder = s.profileBy ? undefined : folders.get(path.dirname(path.resolve(io.cwd, file)));
    const key = `${of[i]}|${folder?.id ?? ''}`;
    let job = jobOf.get(key);
    if (job === undefined) {
      const withFolder = folder ? { ...s, options: { ...s.options, folderProfile: folder } } : s;
      job = jobs.push({ format, locale, settings: withFolder, all: values.all === true }) - 1;
      jobOf.set(key, job);
    }
    return { file, job };
  });
  for (const n of notes) io.err(`galley: ${n}\n`);

  let files = 0;
  let failed = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let hidden = 0;
  let first = true;
  if (format === 'json') await io.out('{"files": [\n');
  const emit = async (r: FileResult) => {
    files++;
    if (r.failed) failed++;
    errors += r.errors;
    warnings += r.warnings;
    infos += r.infos;
    hidden += r.hidden;
    if (r.err) io.err(r.err + '\n');
    if (format === 'json') {
      await io.out((first ? '' : ',\n') + r.out);
      first = false;
    } else if (r.out) await io.out(r.out);
  };

  // Missing paths fail in place, in input order, without reaching a thread.
  const threads = io.workerScript ? (threadsFlag ?? threadsFor(readable.length)) : 0;
  if (threads > 0) {
    for (const x of inputs) if (x.skip) await emit(failure(x.path, x.skip, format));
    await runPool(tasks, jobs, io.cwd, io.workerScript!, threads, emit);
  } else {
    let next = 0;
    for (const x of inputs) {
      if (x.skip) await emit(failure(x.path, x.skip, format));
      else await emit(await checkFile(x.path, io.cwd, jobs[tasks[next++].job], io.beforeRead));
    }
  }

  if (format === 'json') await io.out('\n]}\n');
  else await io.out(t.summary(files - failed, errors, warnings, infos, failed, hidden) + '\n');
  return failed > 0 ? 2 : errors > 0 ? 1 : 0;
}
