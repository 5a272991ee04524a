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
