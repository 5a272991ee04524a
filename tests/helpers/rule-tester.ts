// The rule tester every rule's tests use (in the manner of textlint's and
// ESLint's): valid texts the rule must leave alone, invalid texts with the
// findings it must report, and the text after its fixes. The rule runs
// alone (every other rule off) through the real engine, so what is tested is
// what a user gets: ids, severities, fix kinds and `old` checks included.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { applyFindingFixes } from '../../shared/fix';
import { PROFILE_BY_ID } from '../../shared/profiles';
import { RULE_IDS } from '../../shared/rules';
import type { Rule } from '../../shared/rules/rule';
import type { CheckOptions, Finding, RuleId, Roster, Severity } from '../../shared/types';

export interface ValidCase {
  /** What the case shows (the look-alike's name). */
  name?: string;
  text: string;
  options?: Record<string, unknown>;
  roster?: Roster;
  /** The house style the page is checked in (detected when absent). */
  profile?: string;
}

export interface ExpectedFinding {
  /** 1-based line of the finding's start. */
  line?: number;
  column?: number;
  /** The page text the finding covers. */
  text?: string;
  /** A part of the Chinese message. */
  message?: string;
  severity?: Severity;
  /** 'safe', 'person', or 'none' (no fix). */
  fix?: 'safe' | 'person' | 'none';
  /** Weak evidence: hidden by default. */
  uncertain?: boolean;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The text after applying every fix of the rule's findings once. */
  output?: string;
}

export function optionsFor(rule: Rule, c: ValidCase): CheckOptions {
  const rules: CheckOptions['rules'] = {};
  for (const id of RULE_IDS) if (id !== rule.id) rules[id] = { severity: 'off' };
  if (c.options) rules[rule.id as RuleId] = { options: c.options };
  const profile = c.profile ? PROFILE_BY_ID.get(c.profile) : undefined;
  if (c.profile && !profile) throw new Error(`no house style ${c.profile}`);
  return { rules, roster: c.roster, ...(profile ? { profile } : {}) };
}

function fixKind(f: Finding): ExpectedFinding['fix'] {
  return !f.fix ? 'none' : f.fix.safe ? 'safe' : 'person';
}

function describeFinding(f: Finding, text: string, e: ExpectedFinding): ExpectedFinding {
  const got: ExpectedFinding = {};
  if (e.line !== undefined) got.line = f.line;
  if (e.column !== undefined) got.column = f.column;
  if (e.text !== undefined) got.text = text.slice(f.start, f.end);
  if (e.message !== undefined) got.message = f.message.includes(e.message) ? e.message : f.message;
  if (e.severity !== undefined) got.severity = f.severity;
  if (e.fix !== undefined) got.fix = fixKind(f);
  if (e.uncertain !== undefined) got.uncertain = f.uncertain === true;
  return got;
}

const label = (c: ValidCase, i: number) => c.name ?? `#${i + 1}: ${c.text.replace(/\s+/g, ' ').slice(0, 30)}`;

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id} (rule tester)`, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) =>
        it(label(c, i), () => {
          // Left alone as a user sees it: an uncertain finding is hidden.
          const { findings } = checkText(c.text, optionsFor(rule, c));
          expect(findings.filter((f) => !f.uncertain).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        }),
      );
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) =>
        it(label(c, i), () => {
          const { findings } = checkText(c.text, optionsFor(rule, c));
          expect(findings.every((f) => f.rule === rule.id)).toBe(true);
          const got = findings.map((f, k) => describeFinding(f, c.text, c.findings[k] ?? {}));
          expect(got).toEqual(c.findings);
          if (c.output !== undefined) expect(applyFindingFixes(c.text, findings).text).toBe(c.output);
        }),
      );
    });
  });
}
