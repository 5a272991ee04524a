// Toneless readings of characters (data/readings.gen.ts, from pinyin-pro),
// decoded on first use into syllable numbers per character (syllableIds),
// which soundAlike and nearlyAlike compare.
import { READINGS } from './data/readings.gen';

/** Can the two characters be read alike (any reading in common)? */
export function soundAlike(a: number, b: number): boolean {
  return shareReading(a, b, keyTables().exact, (r) => r);
}

/** Same length, read alike character by character. */
export function namesSoundAlike(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!soundAlike(a.charCodeAt(i), b.charCodeAt(i))) return false;
  return true;
}

let ids: Uint32Array | undefined;
/** Syllable number → the syllable. */
const names: string[] = [''];
/** Every reading of the characters of more than three. */
const many = new Map<number, string[]>();
/** Set beside the three numbers of a character with more readings (邪: xie
 *  ye yu …): its readings are kept whole in `many`. */
export const MORE_READINGS = 1 << 27;

/** Per code unit, its readings as syllable numbers (1–511), up to three
 *  packed nine bits apart, 0 for none: two characters read alike when
 *  they share a number. Scans that ask of every character on a page
 *  (compounds.ts) read it directly. */
export function syllableIds(): Uint32Array {
  if (ids) return ids;
  ids = new Uint32Array(0x10000);
  let n = 0;
  for (const line of READINGS.split('\n')) {
    const sp = line.indexOf(' ');
    names[++n] = line.slice(0, sp);
    for (let i = sp + 1; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const v = ids[c];
      if (v < 1 << 18) ids[c] = v === 0 ? n : v < 1 << 9 ? v | (n << 9) : v | (n << 18);
      else ids[c] = v | MORE_READINGS;
      if (ids[c] & MORE_READINGS) many.set(c, [...(many.get(c) ?? readingsIn(v)), names[n]]);
    }
  }
  return ids;
}

/** The syllables of three packed numbers. */
function readingsIn(v: number): string[] {
  const out: string[] = [];
  for (let u = v & ~MORE_READINGS; u !== 0; u >>>= 9) out.push(names[u & 0x1ff]);
  return out;
}

/** A reading as the ear of much of the country hears it: zh ch sh as z c s,
 *  and -ang -eng -ing as -an -en -in (趁/乘, 胜/甚, 兴/新). Idioms only
 *  (idioms.ts): four characters are context enough for a near reading. */
export function fuzzyReading(r: string): string {
  return r.replace(/^([zcs])h/, '$1').replace(/([aei])ng$/, '$1n');
}

/** Can the two characters be read nearly alike (fuzzyReading)? Asked for
 *  every idiom a page's windows come near. */
export function nearlyAlike(a: number, b: number): boolean {
  return shareReading(a, b, keyTables().near, fuzzyReading);
}

let keys: { exact: Uint16Array; near: Uint16Array } | undefined;

/** Per syllable number, the number of the reading compared: itself, or
 *  its near reading's (fuzzyReading). Made once: no string per question. */
function keyTables(): { exact: Uint16Array; near: Uint16Array } {
  if (keys) return keys;
  const exact = new Uint16Array(512);
  const near = new Uint16Array(512);
  const seen = new Map<string, number>();
  let n = 0;
  for (const line of READINGS.split('\n')) {
    const r = fuzzyReading(line.slice(0, line.indexOf(' ')));
    if (!seen.has(r)) seen.set(r, seen.size + 1);
    exact[++n] = n;
    near[n] = seen.get(r)!;
  }
  return (keys = { exact, near });
}

/** Do a and b share a reading, readings compared by their numbers in
 *  `byNumber` — or, for a character of more than three readings, by
 *  `key` over the readings' strings? */
function shareReading(a: number, b: number, byNumber: Uint16Array, key: (r: string) => string): boolean {
  if (a === b) return true;
  const ids = syllableIds();
  const x = ids[a];
  const y = ids[b];
  if ((x | y) & MORE_READINGS) {
    const ka = (many.get(a) ?? readingsIn(x)).map(key);
    return (many.get(b) ?? readingsIn(y)).some((r) => ka.includes(key(r)));
  }
  for (let u = x; u !== 0; u >>>= 9) for (let v = y; v !== 0; v >>>= 9) if (byNumber[u & 0x1ff] === byNumber[v & 0x1ff]) return true;
  return false;
}
