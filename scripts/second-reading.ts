// Settles a second reader's flags on the reviewed slips (see
// scripts/review-slips.ts). A flag is `form<TAB>why`, the why naming the
// correct phrase the form stands in (促消 → 促消费, 高端+装备) or what it is
// (a name, a variant). A form whose flag names no phrase is taken as correct
// somewhere and rejected; a form with phrases is rejected only if the
// words pack fires on one of them — the segmenter guard already holds the
// rest (权威|协会 for 威协). Rejected forms are appended to
// scripts/slips/not-slips.txt; run review-slips.ts afterwards.
//
// Run: npx tsx scripts/second-reading.ts FLAGS.txt [...]
import { appendFileSync, readFileSync } from 'node:fs';
import { checkText } from '../shared/check';
import { notSlips } from './words-data';

const HAN = /[\u4e00-\u9fff]+/g;

/** The phrases a flag names that hold the form: whole runs (促消费) and
 *  joined alternatives (高端/终端+装备 → 高端装备, 终端装备). */
export function phrasesOf(form: string, why: string): string[] {
  const out = new Set((why.match(HAN) ?? []).filter((m) => m !== form && m.includes(form)));
  const alts = '(?:[\\u4e00-\\u9fff]+[/、])*[\\u4e00-\\u9fff]+';
  for (const m of why.matchAll(new RegExp(`(${alts})\\+(${alts})`, 'g')))
    for (const a of m[1].split(/[/、]/)) for (const b of m[2].split(/[/、]/)) if ((a + b).includes(form)) out.add(a + b);
  return [...out];
}

/** Does the words pack flag the form inside the phrase, in a plain sentence? */
export function firesIn(form: string, phrase: string): boolean {
  const text = `据了解，${phrase}。`;
  return checkText(text).findings.some((f) => f.rule.startsWith('word/') && text.slice(f.start, f.end).includes(form));
}

function main(files: string[]): void {
  const rejected: string[] = [];
  for (const f of files)
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const [form, why = ''] = line.split('\t').map((x) => x.trim());
      if (!form) continue;
      const phrases = phrasesOf(form, why);
      if (phrases.length === 0 || phrases.some((p) => firesIn(form, p))) rejected.push(`${form}\t${why}`);
    }
  const known = notSlips();
  const fresh = rejected.filter((r) => !known.has(r.split('\t')[0]));
  if (fresh.length) appendFileSync(new URL('slips/not-slips.txt', import.meta.url), fresh.join('\n') + '\n');
  console.error(`rejected ${rejected.length}`);
}

if (process.argv[1]?.endsWith('second-reading.ts')) main(process.argv.slice(2));
