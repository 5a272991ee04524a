// Reading a folder of pages: every *.txt below it (sorted, so runs compare),
// decoded as the CLI decodes them, with NAME.expected.json beside it when the
// page has expectations. Expectations are checked against their page, so a
// typo in a line number fails loudly instead of turning into a "miss".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeBytes } from '../../shared/encoding';
import { lineRange, lineStarts, occurrences, ruleMatches } from './match';
import type { Absent, Expected, LineSpec, PageExpectations } from './types';

export interface PageFile {
  path: string;
  /** Relative to the folder run over, with `/` separators. */
  name: string;
  text: string;
  expectations?: PageExpectations;
}

export function listPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export const expectationsPath = (page: string) => page.replace(/\.txt$/, '.expected.json');

export function loadPage(path: string, root: string): PageFile {
  const text = decodeBytes(readFileSync(path)).text;
  const name = relative(root, path).split('\\').join('/');
  const ep = expectationsPath(path);
  if (!existsSync(ep)) return { path, name, text };
  const raw = JSON.parse(readFileSync(ep, 'utf8')) as PageExpectations;
  return { path, name, text, expectations: raw };
}

/** Problems with a page's expectations, one line each; [] when sound. */
export function validate(page: PageFile, ruleIds: readonly string[]): string[] {
  const exp = page.expectations;
  if (!exp) return [];
  const problems: string[] = [];
  const say = (s: string) => problems.push(`${page.name}: ${s}`);
  for (const k of ['paper', 'source', 'convention'] as const) {
    if (typeof exp[k] !== 'string' || !exp[k]) say(`"${k}" is required (free text)`);
  }
  if (!Array.isArray(exp.expected)) return [...problems, `${page.name}: "expected" must be a list (it may be empty)`];
  const starts = lineStarts(page.text);
  const lines = starts.length - 1;
  const items: [string, Expected | Absent][] = [
    ...exp.expected.map((e, i) => [`expected[${i}]`, e] as [string, Expected]),
    ...(exp.absent ?? []).map((a, i) => [`absent[${i}]`, a] as [string, Absent]),
  ];
  exp.expected.forEach((e, i) => {
    if (e.line === undefined) say(`expected[${i}]: "line" is required (a line or [from, to])`);
  });
  for (const [where, item] of items) {
    for (const p of placeProblems(item, ruleIds, lines, page.text, starts)) say(`${where}: ${p}`);
  }
  for (const p of exp.ignoreRules ?? []) {
    if (!ruleIds.some((r) => ruleMatches(p, r))) say(`ignoreRules: no rule "${p}"`);
  }
  return problems;
}

function placeProblems(
  item: { rule: string; line?: LineSpec; text?: string; count?: number },
  ruleIds: readonly string[],
  lines: number,
  text: string,
  starts: number[],
): string[] {
  const out: string[] = [];
  if (!ruleIds.some((r) => ruleMatches(item.rule, r))) out.push(`no rule "${item.rule}"`);
  if ('count' in item && item.count !== undefined && !(Number.isInteger(item.count) && item.count >= 1)) {
    out.push('count must be a whole number ≥ 1');
  }
  if (item.line !== undefined) {
    const [a, b] = lineRange(item.line);
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= b && b <= lines)) {
      out.push(`line ${JSON.stringify(item.line)} is not on the page (1–${lines})`);
      return out;
    }
  }
  if (item.text) {
    const range: [number, number] = item.line === undefined ? [1, lines] : lineRange(item.line);
    if (occurrences(text, starts, range, item.text).length === 0) {
      out.push(`text "${item.text}" is not on line(s) ${JSON.stringify(item.line ?? 'any')}`);
    }
  }
  return out;
}
