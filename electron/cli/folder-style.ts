// One paper's pages share one house style (docs/design.md §4.2): before a
// batch is checked, the pages of each folder are read and their styles
// detected, and a folder whose pages mostly show the layout export's
// conventions lends that style to a page of it that lost its evidence (its
// credits line dropped). Pages are small and parsing is cheap beside the
// rules, so this costs a fraction of the check itself.
import path from 'node:path';
import { parsePage } from '../../shared/parse';
import { detectProfile, folderProfile, type ProfileChoice } from '../../shared/profiles/detect';
import type { Profile } from '../../shared/profiles';
import { createSource } from '../../shared/source';
import type { Locale } from '../../shared/types';
import { readPageSync } from './read';

/** Folder → its house style, for folders that have one to lend. */
export function folderStyles(files: readonly string[], cwd: string, locale: Locale): Map<string, Profile> {
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const dir = path.dirname(path.resolve(cwd, f));
    const list = byFolder.get(dir);
    if (list) list.push(f);
    else byFolder.set(dir, [f]);
  }
  const out = new Map<string, Profile>();
  for (const [dir, list] of byFolder) {
    if (list.length < 3) continue;
    const choices: ProfileChoice[] = [];
    for (const f of list) {
      try {
        choices.push(detectProfile(parsePage(createSource(readPageSync(f, cwd, locale).text).text)));
      } catch {
        // An unreadable page is reported when it is checked; here it just
        // says nothing about its folder.
      }
    }
    const style = folderProfile(choices);
    if (style) out.set(dir, style);
  }
  return out;
}
