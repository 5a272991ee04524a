// What a person's name looks like on a page: 2–4 Han characters (余瑞新), or
// a minority / transliterated name joined by a middle dot (阿依古丽·买买提).
// OCR and fonts produce several dots: · (U+00B7), ・ (U+30FB), • (U+2022), ‧.

export const NAME_DOTS = '·・•‧';
/** Regex source (no anchors, use with the `u` flag). */
export const NAME_SOURCE = `\\p{Script=Han}{2,4}|\\p{Script=Han}{1,8}(?:[${NAME_DOTS}]\\p{Script=Han}{1,8})+`;
export const NAME_RE = new RegExp(`^(?:${NAME_SOURCE})$`, 'u');

export function isName(s: string): boolean {
  return NAME_RE.test(s);
}
