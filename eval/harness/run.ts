// One run of the harness over a folder: load, check, judge, score.
import { checkPage, ruleIds } from './check';
import { listPages, loadPage, validate } from './load';
import { judgePage, unjudgedPage } from './match';
import { score, type Scores } from './score';
import type { JudgedPage } from './types';

export interface EvalRun {
  root: string;
  pages: JudgedPage[];
  /** Expectations that do not fit their page (bad line, unknown rule…). */
  problems: string[];
  /** Over the pages with expectations. */
  scores: Scores;
  /** How many pages had expectations. */
  judged: number;
}

/** `all`: uncertain findings judged too (galley check --all). */
export function runEval(root: string, all = false): EvalRun {
  const ids = ruleIds();
  const problems: string[] = [];
  const pages = listPages(root).map((path) => {
    const p = loadPage(path, root);
    const findings = checkPage(p.text, all);
    if (!p.expectations) return unjudgedPage(p.path, p.name, p.text, findings);
    problems.push(...validate(p, ids));
    return judgePage(p.path, p.name, p.text, findings, p.expectations);
  });
  const judged = pages.filter((p) => p.expectations).length;
  return { root, pages, problems, scores: score(pages, ids), judged };
}
