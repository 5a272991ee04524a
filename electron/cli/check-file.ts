// Checking one page file and formatting its result: the unit of work that
// runs inline or in a worker thread. The result carries text ready to print,
// so workers never ship page models back to the main thread.
import { checkText, visibleFindings } from '../../shared/check';
import { articlesSummary, creditsSummary, findingJson } from '../../shared/export/json';
import type { ProfileChoice } from '../../shared/profiles/detect';
import type { Finding, Locale } from '../../shared/types';
import type { Settings } from './config';
import { oneLine } from './io';
import { messages } from './messages';
import { ReadError, readPage } from './read';

export type Format = 'text' | 'json';

/** How to check a group of pages. Plain data: a worker thread gets it whole. */
export interface CheckJob {
  format: Format;
  locale: Locale;
  /** The config in force for these pages, with --roster and --profile. */
  settings: Settings;
  /** --all: uncertain findings too, marked. */
  all: boolean;
}

export interface FileResult {
  /** Text for stdout: lines (text format) or one JSON object (json format). */
  out: string;
  /** One-line reason on stderr when the file could not be checked. */
  err?: string;
  failed: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** Uncertain findings left out (no --all). */
  hidden: number;
}

export function failure(file: string, reason: string, format: Format): FileResult {
  return {
    out: format === 'json' ? JSON.stringify({ path: file, error: reason }) : '',
    err: `galley: ${file}: ${reason}`,
    failed: true,
    errors: 0,
    warnings: 0,
    infos: 0,
    hidden: 0,
  };
}

export async function checkFile(
  file: string,
  cwd: string,
  job: CheckJob,
  beforeRead?: (p: string) => void,
): Promise<FileResult> {
  let decoded;
  try {
    decoded = await readPage(file, cwd, job.locale, beforeRead);
  } catch (e) {
    if (e instanceof ReadError && e.code === 'vanished') {
      // It was listed a moment ago (expandInputs saw it).
      return failure(file, messages(job.locale).vanished, job.format);
    }
    return failure(file, e instanceof ReadError ? e.message : oneLine(e), job.format);
  }
  let result;
  try {
    result = checkText(decoded.text, { locale: job.locale, ...job.settings.options });
  } catch (e) {
    return failure(file, messages(job.locale).internalError(oneLine(e)), job.format);
  }
  const { page } = result;
  const findings = visibleFindings(result.findings, job.all);
  const counts = { errors: 0, warnings: 0, infos: 0, hidden: result.findings.length - findings.length };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  const profile = profileJson(result.profile, job);
  let out: string;
  if (job.format === 'json') {
    out = JSON.stringify({
      path: file,
      encoding: decoded.encoding,
      profile,
      config: job.settings.config,
      credits: creditsSummary(page),
      articles: articlesSummary(page),
      findings: findings.map((f) => (f.uncertain ? { ...findingJson(f), uncertain: true } : findingJson(f))),
    });
  } else {
    const t = messages(job.locale);
    out = `${file}: ${t.profileLine(profile.id, profile.reasons, job.settings.config)}\n` + findings.map((f) => findingLine(file, f)).join('');
  }
  return { out, failed: false, ...counts };
}

/** `PATH:LINE:COL  severity  rule  message`; `warning?` when uncertain. */
function findingLine(file: string, f: Finding): string {
  return `${file}:${f.line}:${f.column}  ${f.severity}${f.uncertain ? '?' : ''}  ${f.rule}  ${f.message.replace(/[\r\n]+/g, ' ')}\n`;
}

/** Which house style, whether the newsroom chose it, and why, in the
 *  locale. The core says "set in the config" for any choice; --profile is
 *  named as such so nobody hunts for a config that is not there. */
function profileJson(choice: ProfileChoice, job: CheckJob): { id: string; chosen: boolean; reasons: string[] } {
  const reasons =
    job.settings.profileBy === 'flag' ? [messages(job.locale).profileByFlag] : choice.reasons.map((r) => r[job.locale]);
  return { id: choice.profile.id, chosen: choice.chosen, reasons };
}
