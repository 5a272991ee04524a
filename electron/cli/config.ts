// The newsroom config on the command line (docs/design.md §4.1): `--config
// FILE`, else the galley.config.json nearest above each page, read once per
// file. What it sets travels to the checker as plain data (`Settings`), so a
// worker thread gets it in its job. A bad config is never half-used: its one
// line (file, key, why) ends the command with exit 2 before anything is
// checked, as a bad --roster does — checking with the defaults instead would
// report what the newsroom turned off.
import path from 'node:path';
import { configCheckOptions, configInForce, type GalleyConfig } from '../../shared/config';
import type { Profile } from '../../shared/profiles';
import { PROFILE_BY_ID } from '../../shared/profiles';
import { parseRoster } from '../../shared/roster';
import type { CheckOptions, Locale, Roster } from '../../shared/types';
import { findConfigFile, readConfigSource } from '../config-file';
import { oneLine, UsageError } from './io';
import { messages } from './messages';

/** What one config (or none) sets for the pages under it. Plain data. */
export interface Settings {
  /** The config file in force as shown to the user; null: none, defaults. */
  config: string | null;
  options: Pick<CheckOptions, 'rules' | 'allow' | 'profile' | 'roster' | 'folderProfile'>;
  /** Who named the house style; absent: detected from each page. */
  profileBy?: 'flag' | 'config';
}

export interface SettingsFlags {
  /** --config FILE as given (relative to cwd). */
  config?: string;
  /** --profile NAME. */
  profile?: string;
  /** --roster, already read: it wins over the config's roster. */
  roster?: Roster;
}

/** A path as the user would type it: relative when under cwd. */
export function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** The house style --profile names: the config's own first, then built-in. */
function profileNamed(name: string, config: GalleyConfig, locale: Locale): Profile {
  const p = config.profiles[name] ?? PROFILE_BY_ID.get(name);
  if (!p) throw new UsageError(messages(locale).unknownProfile(name, [...PROFILE_BY_ID.keys(), ...Object.keys(config.profiles)]));
  return p;
}

/** Read and validate one config file (absent: no config) into Settings. */
export async function loadSettings(abs: string | undefined, flags: SettingsFlags, cwd: string, locale: Locale): Promise<Settings> {
  const source = abs ? await readConfigSource(abs, locale) : undefined;
  if (source) {
    source.file = shownPath(abs!, cwd);
    if (source.roster) source.roster.file = shownPath(source.roster.file, cwd);
    // --roster replaces the config's roster: its absence is no problem then.
    if (flags.roster) delete source.roster;
  }
  const inForce = configInForce(source, locale);
  if (inForce.problem) throw new UsageError(inForce.problem);
  const options: Settings['options'] = configCheckOptions(inForce.config);
  const roster = flags.roster ?? (inForce.rosterText !== undefined ? rosterOf(inForce.rosterText, source!, locale) : undefined);
  if (roster) options.roster = roster;
  const settings: Settings = { config: inForce.file ?? null, options };
  if (flags.profile) {
    options.profile = profileNamed(flags.profile, inForce.config, locale);
    settings.profileBy = 'flag';
  } else if (options.profile) settings.profileBy = 'config';
  return settings;
}

function rosterOf(text: string, source: { file: string; roster?: { file: string } }, locale: Locale): Roster {
  try {
    return parseRoster(text);
  } catch (e) {
    throw new UsageError(messages(locale).configRoster(source.file, source.roster?.file ?? '', oneLine(e)));
  }
}

/**
 * The settings of every page: `settings` holds one entry per config in
 * force (read once however many pages share it), `of[i]` the entry of
 * `pages[i]`. Pages are paths as given, relative to cwd.
 */
export async function settingsForPages(
  pages: readonly string[],
  flags: SettingsFlags,
  cwd: string,
  locale: Locale,
): Promise<{ settings: Settings[]; of: number[] }> {
  const explicit = flags.config !== undefined ? path.resolve(cwd, flags.config) : undefined;
  const dirs = new Map<string, string | null>();
  const byFile = new Map<string, number>();
  const settings: Settings[] = [];
  const of: number[] = [];
  for (const page of pages) {
    const file = explicit ?? (await findConfigFile(path.dirname(path.resolve(cwd, page)), dirs));
    const key = file ?? '';
    let k = byFile.get(key);
    if (k === undefined) {
      k = settings.push(await loadSettings(file, flags, cwd, locale)) - 1;
      byFile.set(key, k);
    }
    of.push(k);
  }
  // No page to check still validates what was asked for (a typo in --profile).
  if (settings.length === 0) await loadSettings(explicit, flags, cwd, locale);
  return { settings, of };
}
