// Toneless readings of characters (data/readings.gen.ts, from pinyin-pro),
// decoded on first use — only pages with a name to compare pay for it.
import { READINGS } from './data/readings.gen';

let byChar: Map<number, string[]> | undefined;

function table(): Map<number, string[]> {
  if (byChar) return byChar;
  byChar = new Map();
  for (const line of READINGS.split('\n')) {
    const sp = line.indexOf(' ');
    const syllable = line.slice(0, sp);
    for (let i = sp + 1; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const list = byChar.get(c);
      if (list) list.push(syllable);
      else byChar.set(c, [syllable]);
    }
  }
  return byChar;
}

/** Can the two characters be read alike (any reading in common)? */
export function soundAlike(a: number, b: number): boolean {
  if (a === b) return true;
  const x = table().get(a);
  const y = table().get(b);
  return !!x && !!y && x.some((r) => y.includes(r));
}

/** Same length, read alike character by character. */
export function namesSoundAlike(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!soundAlike(a.charCodeAt(i), b.charCodeAt(i))) return false;
  return true;
}

let ids: Uint32Array | undefined;

/** Per code unit, its readings as syllable numbers (1–511), up to three
 *  packed nine bits apart, 0 for none: two characters read alike when
 *  they share a number. For scans that ask of every character on a page
 *  (compounds.ts), where a Map of strings per character costs too much. */
export function syllableIds(): Uint32Array {
  if (ids) return ids;
  ids = new Uint32Array(0x10000);
  let n = 0;
  for (const line of READINGS.split('\n')) {
    const sp = line.indexOf(' ');
    n++;
    for (let i = sp + 1; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const v = ids[c];
      if (v < 1 << 18) ids[c] = v === 0 ? n : v < 1 << 9 ? v | (n << 9) : v | (n << 18);
    }
  }
  return ids;
}

/** A reading as the ear of much of the country hears it: zh ch sh as z c s,
 *  and -ang -eng -ing as -an -en -in (趁/乘, 胜/甚, 兴/新). Idioms only
 *  (idioms.ts): four characters are context enough for a near reading. */
export function fuzzyReading(r: string): string {
  return r.replace(/^([zcs])h/, '$1').replace(/([aei])ng$/, '$1n');
}

/** Can the two characters be read nearly alike (fuzzyReading)? Asked of
 *  the few idiom candidates on a page: the readings are compared as they
 *  come, not tabled for every character first (that cost a cold start
 *  ~40 ms). */
export function nearlyAlike(a: number, b: number): boolean {
  if (a === b) return true;
  const x = table().get(a);
  const y = table().get(b);
  if (!x || !y) return false;
  for (const r of x) for (const q of y) if (r === q || fuzzyReading(r) === fuzzyReading(q)) return true;
  return false;
}
