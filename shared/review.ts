// Review state of one page: saved beside the page as a sidecar
// (`<page>.galley.json`) and autosaved (docs/design.md §6).
import type { CreditRole } from './types';

export type Decision = 'accepted' | 'rejected' | 'left';

export interface CreditConfirmation {
  role: CreditRole;
  /** Names as confirmed (may differ from the page after an edit). */
  names: string[];
  confirmedBy: string;
  /** ISO 8601 time. */
  confirmedAt: string;
}

export interface ReviewState {
  version: 1;
  /** File name of the page (not a path: the sidecar sits beside it). */
  page: string;
  /** Hash of the original page text the review started from. */
  sourceHash: string;
  /** The edited text (LF line ends), or undefined when unedited. */
  text?: string;
  /** Finding key → decision. Keys survive edits elsewhere on the page. */
  decisions: Record<string, Decision>;
  credits: Partial<Record<CreditRole, CreditConfirmation>>;
  updatedAt: string;
}

export const SIDECAR_SUFFIX = '.galley.json';

/** FNV-1a 32-bit over UTF-16 code units: cheap, stable, pure. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36);
}

export function emptyReview(page: string, sourceText: string, now = new Date()): ReviewState {
  return {
    version: 1,
    page,
    sourceHash: hashText(sourceText),
    decisions: {},
    credits: {},
    updatedAt: now.toISOString(),
  };
}

/** Validate a parsed sidecar; returns an error message instead of throwing. */
export function parseReview(json: string): { state?: ReviewState; error?: string } {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return { error: 'sidecar is not valid JSON' };
  }
  const o = v as Partial<ReviewState> | null;
  if (!o || typeof o !== 'object' || o.version !== 1 || typeof o.page !== 'string') {
    return { error: 'sidecar is not a Galley review (version 1)' };
  }
  if (typeof o.decisions !== 'object' || o.decisions === null || typeof o.credits !== 'object' || o.credits === null) {
    return { error: 'sidecar is missing decisions or credits' };
  }
  if (o.text !== undefined && typeof o.text !== 'string') return { error: 'sidecar text is not a string' };
  return { state: o as ReviewState };
}
