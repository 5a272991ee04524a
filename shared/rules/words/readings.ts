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
/** Set beside the three numbers of a character with more readings (邪: xie
 *  ye yu …): its readings must be asked of the table. */
export const MORE_READINGS = 1 << 27;

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
      else ids[c] = v | MORE_READINGS;
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

let fuzzyIds: Uint16Array | undefined;

/** Can the two characters be read nearly alike (fuzzyReading)? Asked for
 *  every idiom a page's windows come near: by syllable numbers
 *  (syllableIds) and a table of their near readings' numbers, made once —
 *  no string is made per question. */
export function nearlyAlike(a: number, b: number): boolean {
  if (a === b) return true;
  const ids = syllableIds();
  if (!fuzzyIds) {
    fuzzyIds = new Uint16Array(512);
    const seen = new Map<string, number>();
    let n = 0;
    for (const line of READINGS.split('\n')) {
      const r = fuzzyReading(line.slice(0, line.indexOf(' ')));
      if (!seen.has(r)) seen.set(r, seen.size + 1);
      fuzzyIds[++n] = seen.get(r)!;
    }
  }
  const x = ids[a];
  const y = ids[b];
  if ((x | y) & MORE_READINGS) return (table().get(a) ?? []).some((r) => (table().get(b) ?? []).some((q) => fuzzyReading(r) === fuzzyReading(q)));
  for (let u = x; u !== 0; u >>>= 9) for (let v = y; v !== 0; v >>>= 9) if (fuzzyIds[u & 0x1ff] === fuzzyIds[v & 0x1ff]) return true;
  return false;
}
