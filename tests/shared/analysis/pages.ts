// Test helpers for the sentence and quotation analyses: the real sample pages
// by their number, paragraph-level surgery that imitates what layout and OCR
// do to a page (split a paragraph, lose a paragraph, move one elsewhere), and
// findings of the four rules in a compact, readable form.
import { expect } from 'vitest';
import { analyzeContinuations, type Continuations } from '../../../shared/analysis/continuations';
import { checkText } from '../../../shared/check';
import { applyFindingFixes } from '../../../shared/fix';
import { parsePage } from '../../../shared/parse';
import type { Finding, RuleId } from '../../../shared/types';
import { sample } from '../../helpers/samples';

export const PAGES = { '000': sample('000'), '001': sample('001'), '002': sample('002') } as const;
export type PageId = keyof typeof PAGES;

export const SENTENCE_RULES: readonly RuleId[] = [
  'sentence/broken',
  'sentence/truncated',
  'sentence/fragment',
  'quote/unbalanced',
];

/** 1-based line of a text. */
export function line(text: string, n: number): string {
  return text.split('\n')[n - 1];
}

/** 1-based number of the line holding `needle` (must occur once). */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  expect(i, `"${needle}" should be in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, i + 1), `"${needle}" should occur once`).toBe(-1);
  return text.slice(0, i).split('\n').length;
}

/** Replace the one occurrence of `from`. */
export function damage(text: string, from: string, to: string): string {
  lineOf(text, from);
  const i = text.indexOf(from);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The whole line (paragraph) that holds `needle`. */
export function paragraphWith(text: string, needle: string): string {
  return line(text, lineOf(text, needle));
}

/** Remove the paragraph holding `needle` and the blank line after it. */
export function dropParagraph(text: string, needle: string): string {
  const p = paragraphWith(text, needle);
  return damage(text, p + '\n\n', '');
}

/** Move the paragraph holding `needle` to just before the paragraph holding
 *  `before` (as a layout with a scrambled reading order does). */
export function moveParagraph(text: string, needle: string, before: string): string {
  const p = paragraphWith(text, needle);
  const without = damage(text, p + '\n\n', '');
  const target = paragraphWith(without, before);
  return damage(without, target, p + '\n\n' + target);
}

/** Split a paragraph in two at `at` (column break: a blank line in between). */
export function splitAt(text: string, at: string, offsetInAt: number): string {
  return damage(text, at, at.slice(0, offsetInAt) + '\n\n' + at.slice(offsetInAt));
}

export function findingsOf(text: string, rule: RuleId): Finding[] {
  return checkText(text).findings.filter((f) => f.rule === rule);
}

/** `rule line` for each finding of the four rules, in page order; a broken
 *  sentence shows where it continues: `sentence/broken 29→31`. */
export function summary(text: string): string[] {
  return checkText(text)
    .findings.filter((f) => SENTENCE_RULES.includes(f.rule))
    .map((f) =>
      f.rule === 'sentence/broken'
        ? `${f.rule} ${f.line}→${f.related[0].line}`
        : f.rule === 'quote/unbalanced'
          ? `${f.rule} ${f.line} ${text.slice(f.start, f.end)}`
          : `${f.rule} ${f.line}`,
    );
}

/** Apply all broken-sentence fixes. */
export function joinAll(text: string): string {
  return applyFindingFixes(text, findingsOf(text, 'sentence/broken')).text;
}

/** The Han characters of a text, as a sorted multiset. */
export function hanOf(text: string): string {
  return [...text].filter((c) => /\p{Script=Han}/u.test(c)).sort().join('');
}

export function analyze(text: string): Continuations {
  return analyzeContinuations(parsePage(text));
}

/** `from→to` line pairs of the analysis' links. */
export function linkLines(text: string): string[] {
  const c = analyze(text);
  return c.links.map((l) => `${c.paragraphs[l.from].line}→${c.paragraphs[l.to].line}`);
}
