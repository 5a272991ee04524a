// Analyses are computed at most once per check and shared between rules
// (the sentence continuations feed sentence/*, quote/unbalanced and the
// joins). Each is a typed value, not a string key, so two rules can never
// disagree on what a cached entry holds. Analyses never import from rules/.
import { GENERAL_PROFILE, type Profile } from '../profiles';
import type { Page } from '../types';

export interface Analysis<T> {
  readonly name: string;
  compute(ctx: AnalysisContext): T;
}

export function defineAnalysis<T>(name: string, compute: (ctx: AnalysisContext) => T): Analysis<T> {
  return { name, compute };
}

/** What analyses see: the parsed page, its house style, the other analyses. */
export interface AnalysisContext {
  readonly page: Page;
  readonly profile: Profile;
  /** Same as page.text (LF-normalised). */
  readonly text: string;
  get<T>(analysis: Analysis<T>): T;
}

export function createAnalysisContext(page: Page, profile: Profile = GENERAL_PROFILE): AnalysisContext {
  const cache = new Map<Analysis<unknown>, unknown>();
  const ctx: AnalysisContext = {
    page,
    profile,
    text: page.text,
    get<T>(analysis: Analysis<T>): T {
      if (!cache.has(analysis)) cache.set(analysis, analysis.compute(ctx));
      return cache.get(analysis) as T;
    },
  };
  return ctx;
}
