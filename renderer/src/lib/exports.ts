// Export payloads for the current review, built with the core's exporters
// (shared/export/*). "Cleaned text" is the current text with the accepted
// fixes applied — what the person decided, not every safe fix.
import { checkText } from '../../../shared/check';
import { toJsonModel } from '../../../shared/export/json';
import { toMarkdown } from '../../../shared/export/markdown';
import { reportCsv, reportHtml } from '../../../shared/export/report';
import type { ExportKind, ExportRequest, Settings } from '../../../shared/ipc';
import type { ReviewStore } from '../store/review';

/** `001_x.txt` → `001_x`, for export names beside the page. */
export function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  return file.replace(/\.(txt|md|text)$/i, '') || 'page';
}

export async function buildExport(
  kind: ExportKind,
  review: Pick<ReviewStore, 'pageId' | 'pageName' | 'cleanedText' | 'options' | 'findings' | 'page' | 'reviewState'>,
  settings: Settings,
): Promise<ExportRequest> {
  const base = baseName(review.pageName);
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
      const { page, findings } = checkText(review.cleanedText(), review.options);
      return { kind, pageId, suggestedName: `${base}.json`, text: JSON.stringify(toJsonModel(page, findings), null, 2) + '\n' };
    }
    // The 校对单 lists the findings of the page as reviewed, with each
    // decision and the credit confirmations (who, when).
    case 'report-html': {
      if (!review.page) throw new Error('no page');
      const html = reportHtml({
        name: review.pageName,
        page: review.page,
        findings: review.findings,
        review: review.reviewState(),
        // The interface language (findings carry their message data).
        locale: settings.locale,
      });
      return { kind, pageId, suggestedName: `${base}.校对单.html`, text: html };
    }
    case 'report-csv': {
      const csv = reportCsv(review.findings, review.reviewState(), settings.locale, { page: review.page ?? undefined });
      return { kind, pageId, suggestedName: `${base}.校对单.csv`, text: csv };
    }
    default:
      throw new Error(`${kind}: not an export of the page view`);
  }
}
