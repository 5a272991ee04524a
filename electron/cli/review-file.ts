// A page and its review as `galley confirm` and `galley report` see them:
// the page decoded as the app decodes it (so the review's hash of it is the
// app's), the sidecar beside it (PAGE.galley.json) read without touching it,
// and the text the review is about.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../shared/check';
import { hashText, parseReview, SIDECAR_SUFFIX, type ReviewState } from '../../shared/review';
import { createSource } from '../../shared/source';
import type { CheckResult, Locale } from '../../shared/types';
import { MAX_SIDECAR_BYTES } from '../main/review-store';
import { settingsForPages, type Settings } from './config';
import { oneLine, UsageError, type CliIo } from './io';
import { fsReason, messages } from './messages';
import { ReadError, readPage } from './read';

export interface ReviewedPage {
  /** The page as given on the command line. */
  file: string;
  /** The sidecar's absolute path, and as shown to the user. */
  sidecar: string;
  sidecarShown: string;
  /** The page's file name: what a review records as its page. */
  name: string;
  /** The page text with LF line ends, as the app holds it. */
  source: string;
  review: ReviewState | null;
  settings: Settings;
}

export interface PageFlags {
  config?: string;
  profile?: string;
}

/** Read the page, the config in force for it and its review; any failure is
 *  a UsageError with one line naming the file. */
export async function openReviewed(file: string, io: CliIo, locale: Locale, flags: PageFlags): Promise<ReviewedPage> {
  let text: string;
  try {
    text = (await readPage(file, io.cwd, locale)).text;
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof ReadError ? e.message : oneLine(e)}`);
  }
  const { settings } = await settingsForPages([file], flags, io.cwd, locale);
  const sidecar = path.resolve(io.cwd, file) + SIDECAR_SUFFIX;
  const sidecarShown = file + SIDECAR_SUFFIX;
  const review = await readReview(sidecar, sidecarShown, locale);
  return { file, sidecar, sidecarShown, name: path.basename(file), source: createSource(text).text, review, settings: settings[0] };
}

/** The sidecar's review, or null when there is none. One that cannot be
 *  read is an error and is left where it is: a script must not decide to
 *  put a person's record aside (the app does, and says so). */
async function readReview(sidecar: string, shown: string, locale: Locale): Promise<ReviewState | null> {
  const t = messages(locale);
  const unreadable = (why: string) => new UsageError(t.reviewUnreadable(shown, why));
  let json: string;
  try {
    const st = await fsp.stat(sidecar);
    if (!st.isFile()) throw unreadable(fsReason({ code: st.isDirectory() ? 'EISDIR' : 'ENOTREG' }, locale));
    if (st.size > MAX_SIDECAR_BYTES) throw unreadable(t.reviewTooLarge);
    json = await fsp.readFile(sidecar, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(fsReason(e, locale));
  }
  const parsed = parseReview(json);
  if (!parsed.state) throw unreadable(parsed.error ?? 'not a Galley review');
  return parsed.state;
}

/** The text under review: the review's edited text while it belongs to this
 *  proof; the page file's once a new proof replaced it (the app then takes
 *  the new proof in, and checks that). */
export function textUnderReview(review: ReviewState | null, source: string): string {
  if (review && review.sourceHash === hashText(source) && review.text !== undefined) return review.text;
  return source;
}

/** The page under review checked as the app checks it: same text, same config. */
export function checkReviewed(p: ReviewedPage, locale: Locale): CheckResult {
  return checkText(textUnderReview(p.review, p.source), { locale, ...p.settings.options });
}
