// Test helpers for the text rules: the real sample pages, their lines, and
// OCR-style damage applied to a real line (the samples hold no doubled marks
// or duplicate paragraphs, so those cases are made by damaging real text).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { checkText } from '../../../shared/check';
import { applyFindingFixes } from '../../../shared/fix';
import type { Finding, RuleId } from '../../../shared/types';

export const sample = (n: string) =>
  readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');

export const PAGES = {
  '000': sample('000_9801057ab119ebec.txt'),
  '001': sample('001_090f44e9df0cafa1.txt'),
  '002': sample('002_6323321094799b0d.txt'),
} as const;

/** 1-based line of a page. */
export function line(page: string, n: number): string {
  return page.split('\n')[n - 1];
}

/** Replace the one occurrence of `from` (fails if it is not exactly one). */
export function damage(page: string, from: string, to: string): string {
  const i = page.indexOf(from);
  expect(i, `"${from}" should be on the page`).toBeGreaterThanOrEqual(0);
  expect(page.indexOf(from, i + 1), `"${from}" should occur once`).toBe(-1);
  return page.slice(0, i) + to + page.slice(i + from.length);
}

export function findingsOf(text: string, rule: RuleId): Finding[] {
  return checkText(text).findings.filter((f) => f.rule === rule);
}

/** Apply every fix of the rule's findings; returns the new text. */
export function fixAll(text: string, rule: RuleId): string {
  return applyFindingFixes(text, findingsOf(text, rule)).text;
}

/** What a finding covers, for readable assertions. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}
