// Export payloads for the current review, built with the core's exporters
// (shared/export/*). "Cleaned text" is the current text with the accepted
// fixes applied — what the person decided, not every safe fix.
//
// The findings an export lists are the ones the panel shows (显示存疑 decides
// whether uncertain ones are among them, lib/panel.ts), so a 校对单 never
// lists what the reviewer was not shown — except a finding someone decided:
// its decision stays on the record, as it stays in the cleaned text.
import { checkText } from '../../../shared/check';
import { toJsonModel } from '../../../shared/export/json';
import { toMarkdown } from '../../../shared/export/markdown';
import { reportCsv, reportHtml } from '../../../shared/export/report';
import type { ExportKind, ExportRequest, Settings } from '../../../shared/ipc';
import type { Decision } from '../../../shared/review';
import type { Finding } from '../../../shared/types';
import type { ReviewStore } from '../store/review';
import { shownFindings } from './panel';

/** `001_x.txt` → `001_x`, for export names beside the page. */
export function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  return file.replace(/\.(txt|md|text)$/i, '') || 'page';
}

/** The findings a 校对单 lists: those shown, and any hidden one a person
 *  decided (accepted or rejected while uncertain findings were shown). */
export function reportFindings(findings: readonly Finding[], decisions: Record<string, Decision>, showUncertain: boolean): Finding[] {
  const shown = new Set(shownFindings(findings, showUncertain));
  return findings.filter((f) => shown.has(f) || decisions[f.key] === 'accepted' || decisions[f.key] === 'rejected');
}

export async function buildExport(
  kind: ExportKind,
  review: Pick<ReviewStore, 'pageId' | 'pageName' | 'cleanedText' | 'options' | 'findings' | 'decisions' | 'page' | 'reviewState'>,
  settings: Settings,
  showUncertain = false,
): Promise<ExportRequest> {
  const base = baseName(review.pageName);
  const listed = () => reportFindings(review.findings, review.decisions, showUncertain);
  const pageId = review.pageId ?? undefined;
  switch (kind) {
    case 'text': {
      // Loaded on first use: iconv-lite's tables are most of its weight.
      const { encodeText } = await import('../../../shared/encoding');
      const bytes = encodeText(review.cleanedText(), settings.exportEncoding, settings.exportEol);
      const suffix = settings.exportEncoding === 'gb18030' ? '.gb18030' : '';
      return { kind, pageId, suggestedName: `${base}.clean${suffix}.txt`, bytes };
    }
    case 'markdown': {
      const { page } = checkText(review.cleanedText(), review.options);
      return { kind, pageId, suggestedName: `${base}.md`, text: toMarkdown(page) };
    }
    case 'json': {
      // The cleaned page's own findings, as the panel would show them.
      const { page, findings } = checkText(review.cleanedText(), review.options);
      const shown = [...shownFindings(findings, showUncertain)];
      return { kind, pageId, suggestedName: `${base}.json`, text: JSON.stringify(toJsonModel(page, shown), null, 2) + '\n' };
    }
    // The 校对单 lists the findings of the page as reviewed, with each
    // decision and the credit confirmations (who, when).
    case 'report-html': {
      if (!review.page) throw new Error('no page');
      const html = reportHtml({
        name: review.pageName,
        page: review.page,
        findings: listed(),
        review: review.reviewState(),
        // The interface language (findings carry their message data).
        locale: settings.locale,
      });
      return { kind, pageId, suggestedName: `${base}.校对单.html`, text: html };
    }
    case 'report-csv': {
      const csv = reportCsv(listed(), review.reviewState(), settings.locale, { page: review.page ?? undefined });
      return { kind, pageId, suggestedName: `${base}.校对单.csv`, text: csv };
    }
    default:
      throw new Error(`${kind}: not an export of the page view`);
  }
}
