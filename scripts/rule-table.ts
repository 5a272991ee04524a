// The README's "What it checks" table, made from the rules themselves
// (RULES and PACKS in shared/rules/index.ts; docs/design.md §3).
//
//   npx tsx scripts/rule-table.ts           print the table
//   npx tsx scripts/rule-table.ts --write   rewrite it in README.md (npm run docs:rules)
//   npx tsx scripts/rule-table.ts --check   exit 1 when README.md disagrees
//
// In README.md the table sits between RULES_BEGIN and RULES_END; nothing
// outside the markers is touched. tests/docs/readme-rules.test.ts fails
// when the README's table is not the one printed here.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKS } from '../shared/rules';
import type { FixKind } from '../shared/rules/rule';

export const RULES_BEGIN = '<!-- rules:begin (npm run docs:rules writes this table from shared/rules) -->';
export const RULES_END = '<!-- rules:end -->';

export const README = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

const FIX_WORDS: Record<FixKind, string> = {
  none: '—',
  person: 'needs a person',
  safe: 'safe',
};

/** A table cell: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The table, one row per rule in registry order (the order rules run in). */
export function ruleTable(): string {
  const rows = ['| id | pack | severity | reports | fix |', '| --- | --- | --- | --- | --- |'];
  for (const pack of PACKS) {
    for (const rule of pack.rules) {
      rows.push(`| \`${rule.id}\` | ${pack.id} | ${rule.severity} | ${cell(rule.summary.en)} | ${FIX_WORDS[rule.fix]} |`);
    }
  }
  return rows.join('\n') + '\n';
}

/** The text between the markers, or null when the markers are missing or out of order. */
export function tableIn(readme: string): string | null {
  const b = readme.indexOf(RULES_BEGIN);
  const e = readme.indexOf(RULES_END);
  if (b < 0 || e < b || readme.indexOf(RULES_BEGIN, b + 1) >= 0) return null;
  return readme.slice(b + RULES_BEGIN.length, e).replace(/^\n+/, '').replace(/\n*$/, '\n');
}

/** The README with the table between the markers replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const b = readme.indexOf(RULES_BEGIN);
  const e = readme.indexOf(RULES_END);
  if (b < 0 || e < b) throw new Error(`README.md: the markers ${RULES_BEGIN} … ${RULES_END} are missing`);
  return readme.slice(0, b + RULES_BEGIN.length) + '\n' + table + readme.slice(e);
}

function main(args: string[]): number {
  const table = ruleTable();
  if (args.length === 0) {
    process.stdout.write(table);
    return 0;
  }
  const readme = readFileSync(README, 'utf8');
  if (args[0] === '--check') {
    if (tableIn(readme) === table) return 0;
    process.stderr.write('README.md: the rule table disagrees with shared/rules; run npm run docs:rules\n');
    return 1;
  }
  if (args[0] === '--write') {
    const next = withTable(readme, table);
    if (next !== readme) writeFileSync(README, next);
    process.stdout.write(next !== readme ? 'README.md: rule table rewritten\n' : 'README.md: rule table up to date\n');
    return 0;
  }
  process.stderr.write('usage: tsx scripts/rule-table.ts [--write | --check]\n');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
