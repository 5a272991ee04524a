// Quoting page text inside a message: one line, short.

/** Shorten quoted page text so a message stays one line. */
export function excerpt(text: string, max = 16): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

/** A message parameter as text ('' when absent). */
export const s = (v: unknown): string => (v === undefined ? '' : String(v));
