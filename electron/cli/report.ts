// `galley report [--format html|csv|json] [--config FILE] [--profile NAME]
//  [--all] [--locale zh|en] [-o OUT] PAGE`
// Writes the 校对单 of a page from its review (PAGE.galley.json), as the app
// exports it (shared/export/report.ts): the page under review checked under
// the config in force, each finding with its decision, the credits with
// their confirmations, the manual edits, the audit trail and the rounds, in
// the CLI's locale and local time with its offset. Exit 0 written, 2 not.
import { visibleFindings } from '../../shared/check';
import { ERROR_RATE_NOTE, errorRate } from '../../shared/export/error-rate';
import { findingJson, creditsSummary } from '../../shared/export/json';
import { messageOf, reportCsv, reportHtml } from '../../shared/export/report';
import type { Decision, ReviewState } from '../../shared/review';
import { ruleTitle } from '../../shared/rules/index';
import { formatLocalTime } from '../../shared/time';
import { CREDIT_ROLES, type Finding, type Locale, type Page } from '../../shared/types';
import { parseCommand, pick, UsageError, type CliIo } from './io';
import { messages } from './messages';
import { checkReviewed, openReviewed, type ReviewedPage } from './review-file';
import { writeTarget } from './write-target';

const FORMATS = ['html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export async function runReport(argv: string[], io: CliIo, locale: Locale): Promise<number> {
  const t = messages(locale);
  const { values, positionals } = parseCommand(
    argv,
    {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      profile: { type: 'string' },
      all: { type: 'boolean' },
      locale: { type: 'string' },
    },
    'report',
    locale,
  );
  if (values.help) {
    await io.out(t.usage('report') + '\n');
    return 0;
  }
  const format = pick<Format>('format', values.format, FORMATS, 'html', locale);
  pick<Locale>('locale', values.locale, ['zh', 'en'], locale, locale);
  if (positionals.length !== 1) throw new UsageError(t.exactlyOnePage, 'report');

  const page = await openReviewed(positionals[0], io, locale, { config: values.config, profile: values.profile });
  const out = render(format, page, locale, values.all === true);
  const target = values.output;
  if (target && target !== '-') {
    await writeTarget(io, locale, target, out, [page.file, page.sidecarShown], t.isPageOrReview);
    io.err(`galley: ${t.reportWritten(target)}\n`);
  } else {
    await io.out(out);
  }
  return 0;
}

function render(format: Format, p: ReviewedPage, locale: Locale, all: boolean): string {
  const result = checkReviewed(p, locale);
  const findings = listed(result.findings, p.review, all);
  if (format === 'html') return reportHtml({ name: p.name, page: result.page, findings, review: p.review, locale });
  if (format === 'csv') return reportCsv(findings, p.review, locale, { page: result.page });
  return JSON.stringify(reportJson(p, result.page, findings, locale), null, 2) + '\n';
}

/** The findings a 校对单 lists, as the app's (renderer/src/lib/exports.ts):
 *  those shown (uncertain ones with --all), and any hidden one a person
 *  decided — a decision stays on the record. */
function listed(findings: readonly Finding[], review: ReviewState | null, all: boolean): Finding[] {
  const shown = new Set(visibleFindings(findings, all));
  const decided = (f: Finding) => review?.decisions[f.key] === 'accepted' || review?.decisions[f.key] === 'rejected';
  return findings.filter((f) => shown.has(f) || decided(f));
}

// ------------------------------------------------------------ json
// {"page", "generated", "credits": [{"role", "onPage", "confirmed": {"names",
// "by", "at"} | null}], "findings": [{…check's finding, "ruleName", "key",
// "uncertain"?, "decision", "decidedBy", "decidedAt"}], "errorRate": {"chars",
// "errors", "perTenThousand", "findings", "inHeadlines", "inNames", "byRule",
// "rejected", "uncertain", "note"} (shared/export/error-rate.ts), "review": the
// sidecar | null}. Every time is ISO 8601 in local time with its offset
// (2026-11-30T00:06:12+08:00): as machine-readable as UTC, and the day a
// person on the paper would name.

/** `2026-11-30T00:06:12+08:00`; an unreadable time stays as it was. */
export function localIso(iso: string | Date): string {
  return formatLocalTime(iso, { seconds: true }).replace(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) ([+-]\d\d:\d\d)$/, '$1T$2$3');
}

/** The fields of a review that hold a time (shared/review.ts). */
const TIME_FIELDS = new Set(['at', 'confirmedAt', 'closedAt', 'updatedAt']);

/** A copy of the review with its times in local time (still a valid review). */
function localTimes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(localTimes);
  if (!v || typeof v !== 'object') return v;
  const entries = Object.entries(v).map(([k, x]) => [k, TIME_FIELDS.has(k) && typeof x === 'string' ? localIso(x) : localTimes(x)]);
  return Object.fromEntries(entries);
}

function creditsJson(page: Page, review: ReviewState | null) {
  const onPage = creditsSummary(page);
  return CREDIT_ROLES.map((role) => {
    const c = review?.credits[role];
    return { role, onPage: onPage[role] ?? null, confirmed: c ? { names: c.names, by: c.confirmedBy, at: localIso(c.confirmedAt) } : null };
  });
}

function findingReportJson(f: Finding, review: ReviewState | null, locale: Locale) {
  const decision: Decision = review?.decisions[f.key] ?? 'left';
  const stamp = decision !== 'left' ? review?.decisionStamps[f.key] : undefined;
  return {
    ...findingJson(f),
    message: messageOf(f, locale),
    ruleName: ruleTitle(f.rule, locale),
    key: f.key,
    ...(f.uncertain ? { uncertain: true } : {}),
    decision,
    decidedBy: stamp?.by ?? null,
    decidedAt: stamp ? localIso(stamp.at) : null,
  };
}

function reportJson(p: ReviewedPage, page: Page, findings: readonly Finding[], locale: Locale) {
  return {
    page: p.file,
    generated: localIso(new Date()),
    credits: creditsJson(page, p.review),
    findings: findings.map((f) => findingReportJson(f, p.review, locale)),
    errorRate: { ...errorRate(page, findings, p.review), note: ERROR_RATE_NOTE[locale] },
    review: p.review ? localTimes(p.review) : null,
  };
}
