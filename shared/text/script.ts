// Which script a page is set in, and its stops: the one count for the whole
// core. House-style detection reads it (Hong Kong / Taiwan, 、 as the old
// stop); the words pack leaves traditional pages alone (its tables are of
// the simplified standard). One pass per page text: both ask for the same
// text in one check, so the last answer is kept.

import { forLastText } from './last-text';

/** Common characters written differently in the two scripts, pair by pair. */
const TRADITIONAL = '們個這來時為爲說國會對經過從還與點問應現開關無發當實長動將區間學體後樣車東書見認議讓亞於業際華貨幣價錢門題氣數報導總統員萬億電話場務';
const SIMPLIFIED = '们个这来时为为说国会对经过从还与点问应现开关无发当实长动将区间学体后样车东书见认议让亚于业际华货币价钱门题气数报导总统员万亿电话场务';

/** Per code unit: 1 traditional only, 2 simplified only, 3 、, 4 a modern stop. */
const KIND = new Uint8Array(0x10000);
for (const ch of TRADITIONAL) KIND[ch.charCodeAt(0)] = 1;
for (const ch of SIMPLIFIED) if (KIND[ch.charCodeAt(0)] === 1) KIND[ch.charCodeAt(0)] = 0;
for (const ch of SIMPLIFIED) if (!TRADITIONAL.includes(ch)) KIND[ch.charCodeAt(0)] = 2;
KIND['、'.charCodeAt(0)] = 3;
for (const ch of '。，！？') KIND[ch.charCodeAt(0)] = 4;

export interface ScriptCounts {
  traditional: number;
  simplified: number;
  /** 、 */
  dun: number;
  /** 。，！？ */
  stops: number;
}

/** Counted once per page text (both askers ask about the same page). */
export const scriptCounts: (text: string) => ScriptCounts = forLastText((text) => {
  const n = [0, 0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) n[KIND[text.charCodeAt(i)]]++;
  return { traditional: n[1], simplified: n[2], dun: n[3], stops: n[4] };
});

/** More traditional-only than simplified-only characters. */
export function isTraditional(text: string): boolean {
  const c = scriptCounts(text);
  return c.traditional > c.simplified;
}
