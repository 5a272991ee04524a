// Counting: true and false findings and misses, per rule, per page, for the
// structural rules together and for all rules. Precision is taken over what
// was reported and recall over what was expected; with nothing reported (or
// nothing expected) the figure is 1, so a rule that starts crying wolf on a
// page where it was silent lowers a figure that was perfect.
import type { JudgedPage } from './types';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Safe fixes the expectations say must not happen. */
  damage: number;
}

export interface Figures extends Tally {
  precision: number;
  recall: number;
}

/** Rules about the page's structure (issue #10's measure of precision). */
export const STRUCTURAL = ['credits/', 'byline/', 'caption/', 'sentence/'];

export const isStructural = (rule: string) => STRUCTURAL.some((p) => rule.startsWith(p));

/** The words pack's rules (issue #14's budgets). */
export const WORDS_PACK = ['word/', 'usage/', 'number/', 'name/'];
const isWordsPack = (rule: string) => WORDS_PACK.some((p) => rule.startsWith(p));

export interface WordsFigures {
  /** Wrong words (word/misspelling, word/confusable, items of `word/*`). */
  wrongWords: Figures;
  /** Words-pack findings on pages taken from papers (not written for the
   *  test): edited, published text, where each is a false alarm or a slip
   *  the paper printed. The issue's budget is on `word/*`: at most 0.5 per
   *  10,000 characters (`wordPer10k`); `per10k` counts the whole pack. */
  published: { findings: number; wordFindings: number; chars: number; per10k: number; wordPer10k: number };
}

function wordsFigures(pages: readonly JudgedPage[], byRule: Map<string, Tally>): WordsFigures {
  const wrong = [...byRule].filter(([r]) => r.startsWith('word/')).map(([, t]) => t);
  let findings = 0;
  let wordFindings = 0;
  let chars = 0;
  for (const p of pages) {
    if (!p.expectations || p.expectations.written) continue;
    chars += [...p.text].length;
    findings += p.findings.filter((j) => isWordsPack(j.finding.rule)).length;
    wordFindings += p.findings.filter((j) => j.finding.rule.startsWith('word/')).length;
  }
  const per10k = (n: number) => (chars ? (n * 10000) / chars : 0);
  return { wrongWords: figures(sum(wrong)), published: { findings, wordFindings, chars, per10k: per10k(findings), wordPer10k: per10k(wordFindings) } };
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, damage: 0 });

export function figures(t: Tally): Figures {
  return {
    ...t,
    precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
  };
}

/** Tallies per rule of one page (judged pages only; ignored findings and
 *  unjudged pages count nowhere). */
export function tallyPage(page: JudgedPage, into = new Map<string, Tally>()): Map<string, Tally> {
  if (!page.expectations) return into;
  const get = (rule: string) => {
    let t = into.get(rule);
    if (!t) into.set(rule, (t = emptyTally()));
    return t;
  };
  for (const j of page.findings) {
    if (j.verdict === 'true') get(j.finding.rule).tp++;
    else if (j.verdict === 'false') get(j.finding.rule).fp++;
  }
  for (const m of page.missed) get(m.expected.rule).fn += m.missing;
  for (const d of page.fixIssues) if (d.kind === 'damage') get(d.finding.rule).damage++;
  return into;
}

export function sum(tallies: Iterable<Tally>): Tally {
  const s = emptyTally();
  for (const t of tallies) {
    s.tp += t.tp;
    s.fp += t.fp;
    s.fn += t.fn;
    s.damage += t.damage;
  }
  return s;
}

export interface Scores {
  rules: Record<string, Figures>;
  pages: Record<string, Figures>;
  structural: Figures;
  overall: Figures;
  words: WordsFigures;
}

/** Scores of a run. Every rule id known to the checker is listed, so a rule
 *  silent today is held to its perfect figures. */
export function score(pages: readonly JudgedPage[], ruleIds: readonly string[]): Scores {
  const byRule = new Map<string, ReturnType<typeof emptyTally>>(ruleIds.map((r) => [r, emptyTally()]));
  const pageFigures: Record<string, Figures> = {};
  for (const p of pages) {
    if (!p.expectations) continue;
    tallyPage(p, byRule);
    pageFigures[p.name] = figures(sum(tallyPage(p).values()));
  }
  const rules: Record<string, Figures> = {};
  // Per rule: the checker's rules; misses of a pack pattern (`word/*`)
  // count in the totals and in the words figures.
  for (const [r, t] of [...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (!r.endsWith('/*')) rules[r] = figures(t);
  const structural = figures(sum([...byRule].filter(([r]) => isStructural(r)).map(([, t]) => t)));
  return { rules, pages: pageFigures, structural, overall: figures(sum(byRule.values())), words: wordsFigures(pages, byRule) };
}
