// Review sidecars (`<page>.galley.json`, docs/design.md §6). A sidecar that does
// not parse is never discarded: it is renamed aside as `.corrupt-<time>` and
// the renderer is told, so a bad write or a hand edit loses nothing.
// Saves merge with what is on disk, under a lock: several people sign one page.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { LoadedReview, SaveResult } from '../../shared/ipc';
import { checkReview, parseReview, type ReviewState } from '../../shared/review';
import { mergeReviews } from '../../shared/review-merge';
import type { Locale } from '../../shared/types';
import { writeFileAtomic } from './atomic-write';
import { withFileLock, type LockOptions } from './file-lock';
import { errnoMessage, oneLine } from './page-files';

/** A review holds at most an edited copy of the page plus decisions. */
export const MAX_SIDECAR_BYTES = 128 * 1024 * 1024;

export function corruptPathFor(sidecar: string, now = new Date()): string {
  return `${sidecar}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** A sidecar that cannot be a review (too large, not a file) or does not
 *  parse is moved aside: the next save must not write over it. */
async function moveAside(sidecar: string, why: string, locale: Locale, now: Date): Promise<LoadedReview> {
  const aside = corruptPathFor(sidecar, now);
  try {
    await fsp.rename(sidecar, aside);
  } catch (err) {
    return { state: null, warning: warningText(locale, `${why}; could not move it aside: ${oneLine(err)}`, undefined) };
  }
  return { state: null, warning: warningText(locale, why, path.basename(aside)) };
}

export async function loadReviewFile(sidecar: string, locale: Locale = 'zh', now = new Date()): Promise<LoadedReview> {
  let json: string;
  try {
    const st = await fsp.stat(sidecar);
    if (!st.isFile()) return { state: null, warning: warningText(locale, 'not a readable review file', undefined) };
    if (st.size > MAX_SIDECAR_BYTES) return moveAside(sidecar, 'larger than a review can be', locale, now);
    json = await fsp.readFile(sidecar, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: null };
    return { state: null, warning: warningText(locale, errnoMessage(err, locale), undefined) };
  }
  const parsed = parseReview(json);
  if (parsed.state) return { state: parsed.state };
  return moveAside(sidecar, parsed.error ?? 'unreadable', locale, now);
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
  return !!checkReview(v).state;
}

function serialize(state: ReviewState): string | undefined {
  try {
    return JSON.stringify(state, null, 2) + '\n';
  } catch {
    return undefined; // a cycle or a BigInt cannot come from a real review
  }
}

/** Save a review merged with the one on disk (shared/review-merge.ts), under
 *  the sidecar's lock so concurrent saves from other processes and other
 *  machines all end up in it. Answers the merged review, which may hold
 *  other people's work the caller has not seen yet. */
export async function saveReviewFile(sidecar: string, state: unknown, options: LockOptions = {}): Promise<SaveResult> {
  const checked = checkReview(state);
  if (!checked.state) return { ok: false, error: checked.error ?? 'not a Galley review' };
  const mine = checked.state;
  try {
    return await withFileLock(
      sidecar,
      async () => {
        const disk = await loadReviewFile(sidecar, 'en');
        const merged = mergeReviews(disk.state, mine);
        const json = serialize(merged);
        if (json === undefined) return { ok: false, error: 'review cannot be written as JSON' };
        if (json.length > MAX_SIDECAR_BYTES) return { ok: false, error: 'review is too large to save' };
        await writeFileAtomic(sidecar, json);
        return { ok: true, path: sidecar, review: merged, ...(disk.warning ? { warning: disk.warning } : {}) };
      },
      options,
    );
  } catch (err) {
    return { ok: false, error: oneLine(err) };
  }
}
