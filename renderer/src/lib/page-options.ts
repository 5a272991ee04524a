// A page's check options: the newsroom config in force for it (desktop: the
// galley.config.json found beside the page; browser: the one the user
// loaded) over the app's settings. Pure, so a folder check and the open page
// agree on what is checked.
import { configCheckOptions, configInForce, type ConfigInForce } from '../../../shared/config';
import type { OpenedPage, Settings } from '../../../shared/ipc';
import { parseRoster } from '../../../shared/roster';
import type { CheckOptions, Locale, Roster } from '../../../shared/types';

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
): PageOptions {
  const inForce = configInForce(page?.config ?? settings.config, locale);
  const roster = rosterFrom(inForce.rosterText) ?? settings.roster;
  return { options: { ...configCheckOptions(inForce.config), roster }, inForce };
}

/** Same options? (A re-check is needed only when they differ.) */
export function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  // The profile too: a config that names another house style changes every
  // structural finding.
  return a.roster === b.roster && JSON.stringify([a.rules, a.allow, a.profile]) === JSON.stringify([b.rules, b.allow, b.profile]);
}
