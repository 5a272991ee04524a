// A page's check options: the newsroom config in force for it (desktop: the
// galley.config.json found beside the page; browser: the one the user
// loaded) over the app's settings. Pure, so a folder check and the open page
// agree on what is checked.
import { configCheckOptions, configInForce, type ConfigInForce } from '../../../shared/config';
import type { OpenedPage, Settings } from '../../../shared/ipc';
import { parseRoster } from '../../../shared/roster';
import type { CheckOptions, Locale, Roster } from '../../../shared/types';
import { parsePage } from '../../../shared/parse';
import type { Profile } from '../../../shared/profiles';
import { detectProfile, folderProfile, type ProfileChoice } from '../../../shared/profiles/detect';
import { createSource } from '../../../shared/source';

export interface PageOptions {
  options: CheckOptions;
  inForce: ConfigInForce;
}

// Parsed once per source text: a folder of pages shares one config.
const rosters = new Map<string, Roster | null>();
function rosterFrom(text: string | undefined): Roster | undefined {
  if (text === undefined) return undefined;
  if (!rosters.has(text)) {
    try {
      rosters.set(text, parseRoster(text));
    } catch {
      rosters.set(text, null);
    }
  }
  return rosters.get(text) ?? undefined;
}

export function pageOptions(
  page: Pick<OpenedPage, 'config'> | undefined,
  settings: Pick<Settings, 'roster' | 'config'>,
  locale: Locale,
  folder?: Profile,
): PageOptions {
  const inForce = configInForce(page?.config ?? settings.config, locale);
  const roster = rosterFrom(inForce.rosterText) ?? settings.roster;
  const options: CheckOptions = { ...configCheckOptions(inForce.config), roster };
  if (folder) options.folderProfile = folder;
  return { options, inForce };
}

/** Same options? (A re-check is needed only when they differ.) */
export function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  // The profile too: a config that names another house style changes every
  // structural finding.
  return (
    a.roster === b.roster &&
    JSON.stringify([a.rules, a.allow, a.profile, a.folderProfile?.id]) === JSON.stringify([b.rules, b.allow, b.profile, b.folderProfile?.id])
  );
}

// --------------------------------------------------------- folder's style

/** The folder a page was opened from ('' when unknown). */
export function folderOf(page: Pick<OpenedPage, 'path'>): string {
  const p = page.path ?? '';
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return cut > 0 ? p.slice(0, cut) : '';
}

// Detected once per page text: a folder of pages is asked again and again.
const styles = new Map<string, { text: string; choice: ProfileChoice }>();
function styleOf(page: Pick<OpenedPage, 'id' | 'text'>): ProfileChoice | undefined {
  if (page.text === undefined) return undefined;
  const known = styles.get(page.id);
  if (known && known.text === page.text) return known.choice;
  const choice = detectProfile(parsePage(createSource(page.text).text));
  styles.set(page.id, { text: page.text, choice });
  return choice;
}

/** The house style the pages open from `page`'s folder share, if any
 *  (shared/profiles/detect.ts folderProfile). */
export function folderStyle(
  page: Pick<OpenedPage, 'path'> | undefined,
  pages: readonly Pick<OpenedPage, 'id' | 'path' | 'text'>[],
): Profile | undefined {
  const dir = page ? folderOf(page) : '';
  if (!dir) return undefined;
  const choices = pages.filter((p) => folderOf(p) === dir).flatMap((p) => styleOf(p) ?? []);
  return folderProfile(choices);
}
