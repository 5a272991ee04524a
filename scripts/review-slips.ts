// Reviews a list of "wrong<TAB>right" misspellings before they join
// COMMON_SLIPS (shared/rules/words/data/misspellings.ts): each pair must be a
// one-character slip of a word jieba knows, and the wrong form must be no
// word, inside no common word, nothing two words side by side are likely to
// make, and absent from the clean and published pages of the harness.
// Writes the kept pairs to shared/rules/words/data/reviewed-slips.gen.ts and
// prints the dropped ones with the reason, for a person to read.
//
// Run: npx tsx scripts/review-slips.ts   (reads scripts/slips/*.tsv)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BY_HAND } from '../shared/rules/words/data/misspellings';
import { listPages, loadPage } from '../eval/harness/load';
import { CORPUS_DIR } from '../eval/harness/paths';
import { type Entry, FLOOR_FREQ, FREE_MORPHEME, gb2312, LEADING_WORD_FREQ, loadJieba, notSlips, STANDARD } from './words-data';

/** A word this common holding a wrong form makes the form a piece of it. */
const HOLDER_FREQ = 20;
/** Two words this common make a phrase as often as an idiom's slip. */
const COMMON_WORD = 1000;

/** The held-out pages and their corrected twins (words-slipped-ninth,
 *  words-clean-ninth): they measure the lists, so they must not shape them. */
const HELD_OUT = /^words-slipped-|^words-clean-(third|[a-z]+th)\./;

/** Every clean text the harness holds, less the held-out twins: pages whose
 *  words are all right. */
function cleanText(): string {
  return listPages(CORPUS_DIR)
    .filter((p) => !HELD_OUT.test(basename(p)))
    .map((p) => loadPage(p, CORPUS_DIR).text + '\n')
    .join('');
}

function holders(dict: Map<string, Entry>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [w, e] of dict) {
    if (e.freq < HOLDER_FREQ || w.length < 3) continue;
    for (let n = 2; n < w.length; n++)
      for (let i = 0; i + n <= w.length; i++) if (!out.has(w.slice(i, i + n))) out.set(w.slice(i, i + n), w);
  }
  return out;
}

export interface Review {
  /** Wrong forms a person read as correct somewhere (scripts/slips/not-slips.txt). */
  rejected: Map<string, string>;
  dict: Map<string, Entry>;
  held: Map<string, string>;
  gb: Set<string>;
  clean: string;
  listed: Set<string>;
}

export function reviewContext(): Review {
  const dict = loadJieba();
  return { rejected: notSlips(), dict, held: holders(dict), gb: new Set(gb2312()), clean: cleanText(), listed: new Set(BY_HAND.map(([w]) => w)) };
}


/** An idiom's doubled character slipped as a pair (虎视耽耽 for 虎视眈眈,
 *  鬼鬼崇崇 for 鬼鬼祟祟): one slip, as the idiom check reads it. */
function doubledSlip(wrong: string, right: string): boolean {
  if (wrong.length !== 4) return false;
  const diff = [...wrong].flatMap((c, i) => (c !== right[i] ? [i] : []));
  return diff.length === 2 && diff[1] === diff[0] + 1 && diff[0] % 2 === 0 && wrong[diff[0]] === wrong[diff[1]] && right[diff[0]] === right[diff[1]];
}

/** Why a pair is no one-character slip of a known word, if it is not. */
function shapeReason(wrong: string, right: string, { rejected, dict, gb, listed }: Review): string | undefined {
  if (wrong.length !== right.length || wrong.length < 2) return 'length';
  if ([...wrong].filter((c, i) => c !== right[i]).length !== 1 && !doubledSlip(wrong, right)) return 'not one character';
  if (![...wrong + right].every((c) => gb.has(c) && /\p{Script=Han}/u.test(c))) return 'not GB 2312';
  if (listed.has(wrong)) return 'listed already';
  if (rejected.has(wrong)) return `read as correct by a person: ${rejected.get(wrong)}`;
  if (STANDARD.has(wrong)) return 'a word or name jieba lacks';
  // A longer right form jieba lacks (物联网, 颗粒无收) is still taken: the
  // wrong form's checks are what keep correct text safe.
  const r = dict.get(right);
  if (right.length === 2 && (!r || r.freq <= FLOOR_FREQ)) return 'right form unknown to jieba';
  return undefined;
}

/** Why the wrong form may stand in correct text, if it may. */
function standsReason(wrong: string, right: string, { dict, held, clean }: Review): string | undefined {
  const w = dict.get(wrong);
  if (w && w.freq > FLOOR_FREQ) return `wrong form is a word: ${w.freq}`;
  const h = held.get(wrong);
  if (h) return `inside a common word: ${h}`;
  if (clean.includes(wrong)) return 'on a clean page';
  const i = [...wrong].findIndex((c, k) => c !== right[k]);
  const freq = (x: string) => dict.get(x)?.freq ?? 0;
  const free = (c: string) => freq(c) >= FREE_MORPHEME;
  // Two free characters, one of them a function word (既|将, 在|说): a
  // sentence holds them side by side as often as a writer slips.
  const grammatical = (c: string) => /^(p|c|d|u.*|r|f|q|m)$/.test(dict.get(c)?.pos ?? '');
  if (wrong.length === 2 && free(wrong[0]) && free(wrong[1]) && (grammatical(wrong[0]) || grammatical(wrong[1])))
    return 'two free characters, one a function word';
  if (wrong.length === 2 && i === 1 && freq(wrong[1]) >= LEADING_WORD_FREQ) return 'a function word after a character';
  // Two common words side by side (不能|自己 beside 不能自已).
  if (wrong.length === 4 && freq(wrong.slice(0, 2)) >= COMMON_WORD && freq(wrong.slice(2)) >= COMMON_WORD) return 'two common words';
  // A word and a free character at the edge (安全|戴 beside 安全带) is
  // kept: the check reads such a form across the next word (安全|戴好,
  // 体育|管理), and a second reading settles the rest (安全冒着).
  return undefined;
}

/** Why a pair is dropped, or undefined where it is kept. */
export function reason(wrong: string, right: string, review: Review): string | undefined {
  return shapeReason(wrong, right, review) ?? standsReason(wrong, right, review);
}

/** The kept "wrong right" pairs of the files, and the dropped ones by reason. */
export function review(files: string[], ctx: Review = reviewContext()): { kept: string[]; dropped: Map<string, string[]> } {
  const kept: string[] = [];
  const dropped = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const f of files)
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const [wrong, right] = line.trim().split(/\t|\s+/);
      if (!wrong || !right || seen.has(wrong)) continue;
      seen.add(wrong);
      const why = reason(wrong, right, ctx);
      if (!why) {
        kept.push(`${wrong} ${right}`);
        continue;
      }
      const [kind, detail] = why.split(': ');
      dropped.set(kind, [...(dropped.get(kind) ?? []), `${wrong}→${right}${detail ? ` (${detail})` : ''}`]);
    }
  return { kept, dropped };
}

export const SLIP_FILES = (): string[] => {
  const dir = new URL('slips/', import.meta.url).pathname;
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
};

function main(): void {
  const { kept, dropped } = review(SLIP_FILES());
  writeFileSync(
    new URL('../shared/rules/words/data/reviewed-slips.gen.ts', import.meta.url),
    '// GENERATED by scripts/review-slips.ts from scripts/slips/*.tsv — do not edit. Common slips, "wrong right" pairs.\n' +
      `export const REVIEWED_SLIPS = ${JSON.stringify(kept.join(' '))};\n`,
  );
  for (const [why, list] of dropped) console.error(`\n# ${why}: ${list.length}\n${list.join('  ')}`);
  console.error(`\nkept ${kept.length}`);
}

if (process.argv[1]?.endsWith('review-slips.ts')) main();
