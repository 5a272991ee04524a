import type { CheckOptions, Page, RawFinding, RuleId, Severity } from '../types';

export interface RuleContext {
  page: Page;
  /** Same as page.text (LF-normalised). */
  text: string;
  options: CheckOptions;
  /** Share an analysis between rules within one check (e.g. the sentence
   *  continuations that both sentence/* and quote/unbalanced need). */
  memo<T>(key: string, compute: () => T): T;
}

/** A rule is a pure function of the page; lint and fix share it. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  check(ctx: RuleContext): RawFinding[];
}
