// Checking one page file and formatting its result: the unit of work that
// runs inline or in a worker thread. The result carries text ready to print,
// so workers never ship page models back to the main thread.
import { checkText } from '../../shared/check';
import { articlesSummary, creditsSummary, findingJson } from '../../shared/export/json';
import type { Locale, Roster } from '../../shared/types';
import { oneLine } from './io';
import { messages } from './messages';
import { ReadError, readPage } from './read';

export type Format = 'text' | 'json';

export interface CheckJob {
  format: Format;
  locale: Locale;
  roster?: Roster;
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
}

export function failure(file: string, reason: string, format: Format): FileResult {
  return {
    out: format === 'json' ? JSON.stringify({ path: file, error: reason }) : '',
    err: `galley: ${file}: ${reason}`,
    failed: true,
    errors: 0,
    warnings: 0,
    infos: 0,
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
    result = checkText(decoded.text, { locale: job.locale, roster: job.roster });
  } catch (e) {
    return failure(file, messages(job.locale).internalError(oneLine(e)), job.format);
  }
  const { page, findings } = result;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  let out: string;
  if (job.format === 'json') {
    out = JSON.stringify({
      path: file,
      encoding: decoded.encoding,
      credits: creditsSummary(page),
      articles: articlesSummary(page),
      findings: findings.map(findingJson),
    });
  } else {
    out = findings
      .map((f) => `${file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message.replace(/[\r\n]+/g, ' ')}\n`)
      .join('');
  }
  return { out, failed: false, errors, warnings, infos };
}
