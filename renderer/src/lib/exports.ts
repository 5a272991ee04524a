// Export payloads for the current review, built with the core's exporters
// (shared/export/*). "Cleaned text" is the current text with the accepted
// fixes applied — what the person decided, not every safe fix.
import { checkText } from '../../../shared/check';
import { encodeText } from '../../../shared/encoding';
import { toJsonModel } from '../../../shared/export/json';
import { toMarkdown } from '../../../shared/export/markdown';
import type { ExportKind, ExportRequest, Settings } from '../../../shared/ipc';
import type { ReviewStore } from '../store/review';

/** `001_x.txt` → `001_x`, for export names beside the page. */
export function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  return file.replace(/\.(txt|md|text)$/i, '') || 'page';
}

export function buildExport(
  kind: ExportKind,
  review: Pick<ReviewStore, 'pageId' | 'pageName' | 'cleanedText' | 'options' | 'findings' | 'decisions' | 'credits' | 'page' | 'text'>,
  settings: Settings,
): ExportRequest {
  const base = baseName(review.pageName);
  const pageId = review.pageId ?? undefined;
  switch (kind) {
    case 'text': {
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
    default:
      throw new Error(`${kind}: not available yet`);
  }
}
