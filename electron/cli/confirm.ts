// `galley confirm --role 责编|美编|审读|排版 --by NAME [--config FILE] [--locale zh|en] PAGE`
// Records a credits confirmation in the page's review sidecar as the app's
// credits bar does (renderer/src/store/review.ts confirmCredit): the role's
// names as the page shows them, who, when, and an audit entry
// (shared/review-audit.ts). It is saved through the main process's own
// merge-safe save (electron/main/review-store.ts: a lock file, merged with
// what is on disk), so four desks confirming at once all keep theirs, and
// an app with the page open sees it. Exit 0 saved, 2 not (one line).
import { randomBytes } from 'node:crypto';
import { recordChanges, type ReviewSnapshot } from '../../shared/review-audit';
import { emptyReview, type ReviewState } from '../../shared/review';
import { formatLocalTime } from '../../shared/time';
import { CREDIT_ROLES, type CreditRole, type Locale } from '../../shared/types';
import { saveReviewFile } from '../main/review-store';
import { parseCommand, pick, UsageError, type CliIo } from './io';
import { fsReason, messages } from './messages';
import { checkReviewed, openReviewed, textUnderReview, type ReviewedPage } from './review-file';

export async function runConfirm(argv: string[], io: CliIo, locale: Locale): Promise<number> {
  const t = messages(locale);
  const { values, positionals } = parseCommand(
    argv,
    { role: { type: 'string' }, by: { type: 'string' }, config: { type: 'string' }, locale: { type: 'string' } },
    'confirm',
    locale,
  );
  if (values.help) {
    await io.out(t.usage('confirm') + '\n');
    return 0;
  }
  pick<Locale>('locale', values.locale, ['zh', 'en'], locale, locale);
  if (values.role === undefined) throw new UsageError(t.roleRequired, 'confirm');
  const role = pick<CreditRole>('role', values.role, CREDIT_ROLES, CREDIT_ROLES[0], locale);
  const by = values.by?.trim();
  if (!by) throw new UsageError(t.byRequired, 'confirm');
  if (positionals.length !== 1) throw new UsageError(t.exactlyOnePage, 'confirm');

  const page = await openReviewed(positionals[0], io, locale, { config: values.config });
  const names = namesOnPage(page, role, locale);
  const at = new Date();
  const saved = await saveReviewFile(page.sidecar, confirmed(page, role, names, by, at));
  if (!saved.ok) throw new UsageError(t.cannotSave(page.sidecarShown, saveReason(saved.error ?? '', locale)));
  // A sidecar that turned corrupt between our read and the save was kept aside.
  if (saved.warning) io.err(`galley: ${page.sidecarShown}: ${saved.warning}\n`);
  await io.out(t.confirmedLine(role, names, by, formatLocalTime(at)) + '\n');
  return 0;
}

/** The role's names on the page under review, as the credits bar shows them. */
function namesOnPage(page: ReviewedPage, role: CreditRole, locale: Locale): string[] {
  const entry = checkReviewed(page, locale).page.credits?.entries.find((e) => e.role === role);
  return (entry?.names ?? []).map((n) => n.name);
}

/** A review that was never saved. Its text stamp is the epoch, as the app's
 *  is (renderer EMPTY_LEDGER): a confirmation is not an edit, and a later
 *  stamp would win the merge over an edit the app has not saved yet. */
function freshReview(page: ReviewedPage, now: Date): ReviewState {
  return { ...emptyReview(page.name, page.source, now), textStamp: { by: '', at: new Date(0).toISOString() } };
}

/** The page's review with this confirmation recorded by the same code the
 *  app records it with: the confirmation stamped, its withdrawal cleared,
 *  an audit entry added. Everything else is as read; the save merges it with
 *  whatever others saved meanwhile, per role by time. */
function confirmed(page: ReviewedPage, role: CreditRole, names: string[], by: string, now: Date): ReviewState {
  const base = page.review ?? freshReview(page, now);
  const at = now.toISOString();
  const before: ReviewSnapshot = { text: textUnderReview(base, page.source), decisions: base.decisions, credits: base.credits };
  const after: ReviewSnapshot = { ...before, credits: { ...base.credits, [role]: { role, names, confirmedBy: by, confirmedAt: at } } };
  const r = recordChanges(before, after, base, { by, at, newId: auditId, ruleOf: () => undefined });
  return { ...base, credits: r.credits, withdrawn: r.withdrawn, audit: r.audit, updatedAt: at };
}

/** Audit ids must be unique across processes and desks without coordination. */
const auditId = () => `${Date.now().toString(36)}-cli-${randomBytes(6).toString('hex')}`;

/** The save's reason (English, from the main process's store) in the locale
 *  where it is one the user can act on. */
function saveReason(error: string, locale: Locale): string {
  if (/being saved by another process/.test(error)) return messages(locale).busy;
  const code = /^(E[A-Z]+)\b/.exec(error)?.[1];
  return code ? fsReason({ code }, locale) : error;
}
