// Cleaned-text export: the safe fixes applied, then the encoding and line
// ends the layout system or the archive wants.
import { cleanText, type CleanOptions } from '../clean';
import { encodeText, type Encoding, type EolOut } from '../encoding';
import type { Finding } from '../types';

export interface TextExportOptions extends CleanOptions {
  encoding?: Encoding;
  eol?: EolOut;
  /** Export the text as it is, without applying safe fixes. */
  raw?: boolean;
}

export function exportCleanText(
  original: string,
  options: TextExportOptions = {},
): { bytes: Uint8Array; text: string; applied: Finding[] } {
  const r = options.raw ? { text: original, applied: [] } : cleanText(original, options);
  const bytes = encodeText(r.text, options.encoding ?? 'utf-8', options.eol ?? 'keep');
  return { bytes, text: r.text, applied: r.applied };
}
