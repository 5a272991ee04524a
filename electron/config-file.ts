// Finding and reading the newsroom config (galley.config.json) for the CLI
// and the main process alike: from the page's folder upward, like
// .editorconfig or .textlintrc. The text is handed on unparsed with the
// roster it names; shared/config.ts validates it wherever it is used, so the
// CLI and the app read a config the same way.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../shared/config';
import type { ConfigSource } from '../shared/ipc';
import type { Locale } from '../shared/types';
import { fsReason } from './io/reasons';

/** A config is a few KB; a roster a few hundred names. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_ROSTER_BYTES = 4 * 1024 * 1024;

/** The nearest galley.config.json at or above `dir`, if any. */
export async function findConfigFile(dir: string, cache?: Map<string, string | null>): Promise<string | undefined> {
  const seen: string[] = [];
  let found: string | null = null;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const known = cache?.get(d);
    if (known !== undefined) {
      found = known;
      break;
    }
    seen.push(d);
    const candidate = path.join(d, CONFIG_FILE_NAME);
    if (await isFile(candidate)) {
      found = candidate;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const d of seen) cache?.set(d, found);
  return found ?? undefined;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fsp.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Read a small regular file as UTF-8, refusing devices, FIFOs and big files. */
async function readSmallText(file: string, max: number): Promise<string> {
  const st = await fsp.stat(file);
  if (!st.isFile()) throw new Error('not a regular file');
  if (st.size > max) throw new Error(`larger than ${Math.round(max / 1024)} KB`);
  const fh = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(max + 1);
    const { bytesRead } = await fh.read(buf, 0, max + 1, 0);
    if (bytesRead > max) throw new Error(`larger than ${Math.round(max / 1024)} KB`);
    return new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/** Why a file could not be read: in `locale` when the caller speaks one
 *  (the CLI), else the short English the app's status has always shown. */
const reason = (e: unknown, locale?: Locale) => {
  if (locale && (e as NodeJS.ErrnoException)?.code) return fsReason(e, locale);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
};

/** The config file's text and the roster it names (read relative to it). */
export async function readConfigSource(file: string, locale?: Locale): Promise<ConfigSource> {
  let text: string;
  try {
    text = await readSmallText(file, MAX_CONFIG_BYTES);
  } catch (e) {
    return { file, error: reason(e, locale) };
  }
  const source: ConfigSource = { file, text };
  const rosterPath = rosterOf(text);
  if (rosterPath) {
    const rosterFile = path.resolve(path.dirname(file), rosterPath);
    try {
      source.roster = { file: rosterFile, text: await readSmallText(rosterFile, MAX_ROSTER_BYTES) };
    } catch (e) {
      source.roster = { file: rosterFile, error: reason(e, locale) };
    }
  }
  return source;
}

/** The roster path a config names, without validating the rest (that is
 *  shared/config.ts's job, done where the config is used). */
function rosterOf(text: string): string | undefined {
  try {
    const v = JSON.parse(text.replace(/^\uFEFF/, '')) as { roster?: unknown };
    return typeof v?.roster === 'string' && v.roster ? v.roster : undefined;
  } catch {
    return undefined;
  }
}

/** The config in force for a page in `dir` (undefined: none, defaults). */
export async function configSourceFor(
  dir: string,
  cache?: Map<string, string | null>,
): Promise<ConfigSource | undefined> {
  const file = await findConfigFile(dir, cache);
  return file ? readConfigSource(file) : undefined;
}
