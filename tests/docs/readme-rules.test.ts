// The README's rule table and docs/design.md's catalogue say what the rules
// say (scripts/rule-table.ts; docs/design.md §3.1). When a rule is added,
// renamed or its severity, summary or fix kind changes, this fails until
// `npm run docs:rules` rewrites the README and the catalogue is updated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS, RULE_IDS, RULES } from '../../shared/rules';
import { README, RULES_BEGIN, RULES_END, ruleTable, tableIn, withTable } from '../../scripts/rule-table';

const ROOT = path.resolve(__dirname, '../..');
const readme = readFileSync(README, 'utf8');
const design = readFileSync(path.join(ROOT, 'docs/design.md'), 'utf8');

/** Rule ids written as `a/b` in a stretch of Markdown. */
const idsIn = (md: string) => new Set([...md.matchAll(/`([a-z]+\/[a-z-]+)`/g)].map((m) => m[1]));

describe('the README rule table', () => {
  it('is the table the rules print (run `npm run docs:rules` if not)', () => {
    expect(tableIn(readme), 'README.md has no rules:begin/rules:end markers').not.toBeNull();
    expect(tableIn(readme)).toBe(ruleTable());
  });

  it('has one row per rule, in registry order, with its pack, severity, summary and fix kind', () => {
    const rows = ruleTable().trimEnd().split('\n').slice(2);
    expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual([...RULE_IDS]);
    const packOf = new Map(PACKS.flatMap((p) => p.rules.map((r) => [r.id, p.id] as const)));
    for (const [i, rule] of RULES.entries()) {
      const cells = rows[i].replace(/ \|$/, '').split(' | ');
      expect(cells[1]).toBe(packOf.get(rule.id));
      expect(cells[2]).toBe(rule.severity);
      expect(cells[3]).toBe(rule.summary.en);
      expect(cells[4]).toBe({ none: '—', person: 'needs a person', safe: 'safe' }[rule.fix]);
    }
  });

  it('a table that differs from the rules is caught, and --write mends only the marked part', () => {
    const table = ruleTable();
    // The README as it should be, whatever state the real one is in.
    const good = withTable(readme, table);
    expect(tableIn(good)).toBe(table);
    const firstRow = table.split('\n')[2];
    const stale = good.replace(firstRow, firstRow.replace(/ \| (error|warning|info) \| /, ' | severe | '));
    expect(stale).not.toBe(good);
    expect(tableIn(stale)).not.toBe(table);
    const dropped = withTable(good, table.split('\n').filter((l) => !l.includes('`text/duplicate`')).join('\n'));
    expect(tableIn(dropped)).not.toBe(table);
    // Rewriting restores the table and leaves the rest of the README alone.
    expect(withTable(stale, table)).toBe(good);
    expect(withTable(dropped, table)).toBe(good);
    expect(good.replace(/<!-- rules:begin[^]*<!-- rules:end -->/, '')).toBe(readme.replace(/<!-- rules:begin[^]*<!-- rules:end -->/, ''));
    expect(tableIn(good.replace(RULES_END, ''))).toBeNull();
    expect(() => withTable(good.replace(RULES_BEGIN, ''), table)).toThrow(/markers/);
  });
});

describe('docs/design.md', () => {
  const b = design.indexOf('<!-- catalogue:begin -->');
  const e = design.indexOf('<!-- catalogue:end -->');
  const catalogue = design.slice(b, e);

  it("lists every rule id in its catalogue, and no id the rules do not have", () => {
    expect(b, 'docs/design.md has no catalogue:begin/catalogue:end markers').toBeGreaterThanOrEqual(0);
    expect(e).toBeGreaterThan(b);
    const listed = idsIn(catalogue);
    expect(RULE_IDS.filter((id) => !listed.has(id)), 'rules missing from the catalogue').toEqual([]);
    expect([...listed].filter((id) => !(RULE_IDS as readonly string[]).includes(id)), 'ids in the catalogue that are not rules').toEqual([]);
  });

  it('numbers its sections §1, §2, … in order, so code can cite them', () => {
    const numbers = [...design.matchAll(/^## §(\d+) /gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
