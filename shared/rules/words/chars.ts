// What the slip finders (idioms.ts, compounds.ts) ask of a single character:
// is it a GB 2312 one, is it a function word, and which characters are its
// listed look-alikes (data/confusable-pairs.ts). Built once, shared.
import { CONFUSABLE_PAIRS } from './data/confusable-pairs';
import { FREE_CHARS, GB2312, STANDING_CHARS, WORD_FINAL } from './data/idioms.gen';

let classes: Uint8Array | undefined;

/** Per code unit: 1 a GB 2312 character, 2 also a word on its own common
 *  enough to be a function word (FREE_CHARS: 的, 在, 要). */
export function charClasses(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let i = 0; i < GB2312.length; i++) classes[GB2312.charCodeAt(i)] = 1;
  for (let i = 0; i < FREE_CHARS.length; i++) classes[FREE_CHARS.charCodeAt(i)] |= 2;
  return classes;
}

/** A lookup by code unit for a string of characters, built on first use. */
function charTable(chars: string): (c: number) => boolean {
  let table: Uint8Array | undefined;
  return (c) => {
    if (!table) {
      table = new Uint8Array(0x10000);
      for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
    }
    return table[c] === 1;
  };
}

/** Is the character a word on its own at all (STANDING_CHARS: 栽, 催; not
 *  涣, 欣, which are bound to the words they make)? */
export const standsAsWord = charTable(STANDING_CHARS);

/** Does the character mostly end the words it is in (WORD_FINAL: 务 of 服务,
 *  业 of 产业)? One opening a paragraph is a lost word's end. */
export const isWordFinal = charTable(WORD_FINAL);

let lookAlikes: Map<number, number[]> | undefined;

/** Each character's listed look-alikes, both ways (栗 → 粟, 粟 → 栗). */
export function listedLookAlikes(): Map<number, number[]> {
  if (lookAlikes) return lookAlikes;
  lookAlikes = new Map();
  const add = (a: number, b: number) => lookAlikes!.set(a, [...(lookAlikes!.get(a) ?? []), b]);
  for (const p of CONFUSABLE_PAIRS) {
    add(p.charCodeAt(0), p.charCodeAt(1));
    add(p.charCodeAt(1), p.charCodeAt(0));
  }
  return lookAlikes;
}

/** Is b a listed look-alike of a? */
export function listedLookAlike(a: number, b: number): boolean {
  return listedLookAlikes().get(a)?.includes(b) ?? false;
}
