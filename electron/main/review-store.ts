// Review sidecars (`<page>.galley.json`, docs/design.md §6). A sidecar that does
// not parse is never discarded: it is renamed aside as `.corrupt-<time>` and
// the renderer is told, so a bad write or a hand edit loses nothing.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { LoadedReview, SaveResult } from '../../shared/ipc';
import { parseReview, type ReviewState } from '../../shared/review';
import type { Locale } from '../../shared/types';
import { writeFileAtomic } from './atomic-write';
import { errnoMessage, oneLine } from './page-files';

/** A review holds at most an edited copy of the page plus decisions. */
export const MAX_SIDECAR_BYTES = 128 * 1024 * 1024;

export function corruptPathFor(sidecar: string, now = new Date()): string {
  return `${sidecar}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

export async function loadReviewFile(sidecar: string, locale: Locale = 'zh', now = new Date()): Promise<LoadedReview> {
  let json: string;
  try {
    const st = await fsp.stat(sidecar);
    if (!st.isFile() || st.size > MAX_SIDECAR_BYTES) {
      return { state: null, warning: warningText(locale, 'not a readable review file', undefined) };
    }
    json = await fsp.readFile(sidecar, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: null };
    return { state: null, warning: warningText(locale, errnoMessage(err, locale), undefined) };
  }
  const parsed = parseReview(json);
  if (parsed.state) return { state: parsed.state };
  const aside = corruptPathFor(sidecar, now);
  try {
    await fsp.rename(sidecar, aside);
  } catch (err) {
    return { state: null, warning: warningText(locale, `${parsed.error}; could not move it aside: ${oneLine(err)}`, undefined) };
  }
  return { state: null, warning: warningText(locale, parsed.error ?? 'unreadable', path.basename(aside)) };
}

function warningText(locale: Locale, why: string, keptAs: string | undefined): string {
  if (locale === 'en') {
    return keptAs
      ? `The saved review could not be read (${why}); it was kept aside as ${keptAs} and the page starts unreviewed.`
      : `The saved review could not be read (${why}).`;
  }
  return keptAs
    ? `已保存的校对记录无法读取（${why}），已另存为 ${keptAs}，本页从未校对状态开始。`
    : `已保存的校对记录无法读取（${why}）。`;
}

/** Shape check on what the renderer sends before it reaches the disk. */
export function validReviewState(v: unknown): v is ReviewState {
  if (!v || typeof v !== 'object') return false;
  return !parseReview(JSON.stringify(v)).error;
}

export async function saveReviewFile(sidecar: string, state: unknown): Promise<SaveResult> {
  if (!validReviewState(state)) return { ok: false, error: 'not a Galley review (version 1)' };
  try {
    const json = JSON.stringify(state, null, 2) + '\n';
    if (json.length > MAX_SIDECAR_BYTES) return { ok: false, error: 'review is too large to save' };
    await writeFileAtomic(sidecar, json);
    return { ok: true, path: sidecar };
  } catch (err) {
    return { ok: false, error: oneLine(err) };
  }
}
