// Runs the CLI in-process with captured output (no build needed), or the
// built bundle as a child process (what `npx galley` runs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/main';

export const ROOT = path.resolve(__dirname, '../..');
export const BUILT = path.join(ROOT, 'out/cli/galley.cjs');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** In-process run. No environment unless given: the CLI's own default
 *  (Chinese); tests that read English text pass --locale en. */
export async function run(args: string[], opts: Partial<CliIo> = {}): Promise<Run & { bytes: Uint8Array[] }> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const io: CliIo = {
    out: (s) => void (stdout += s),
    outBytes: (b) => void bytes.push(b),
    err: (s) => void (stderr += s),
    cwd: ROOT,
    version: 'test',
    env: {},
    ...opts,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr, bytes };
}

/** Build the bundle from the current sources (a stale bundle would test old code). */
export function buildCli(): void {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('build-cli failed: ' + r.stderr);
}

/** The machine's locale settings, removed so that runs do not depend on them. */
const LOCALE_VARS = ['GALLEY_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'];

export function runBuilt(args: string[], cwd = ROOT, env: Record<string, string> = {}): Run {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LOCALE_VARS.includes(k)));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/galley.cjs'), ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A user never sees a stack trace: no "    at " frames, no Error: prefixes. */
export function expectNoStack(s: string): void {
  if (/^\s+at .+\(.+:\d+:\d+\)|^\s+at .+:\d+:\d+$|\n\s+at /m.test(s) || /\b(TypeError|RangeError|ReferenceError)\b/.test(s)) {
    throw new Error('stack trace in output:\n' + s);
  }
}
