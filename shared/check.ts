// The engine: parse, run every enabled rule, turn drafts into findings on
// the original text (offsets, 1-based line/column, message in the locale,
// the message data kept so another locale needs no re-check).
//
// The engine, not the rules, decides what a finding may carry: it fills in
// the rule id and severity (the newsroom's setting over the rule's default),
// drops a fix from a rule that declares none, marks a fix as needing a
// person when the rule does not declare its fixes safe, and drops any fix
// whose edits do not find the text they say they replace.
import { createAnalysisContext } from './analysis/context';
import { parsePage } from './parse';
import { formatMessage, RULES } from './rules';
import { resolveOptions, type Draft, type Rule, type RuleContext } from './rules/rule';
import type { Profile } from './profiles';
import { chooseProfile } from './profiles/detect';
import { createSource, type Source } from './source';
import type { CheckOptions, CheckResult, Finding, Fix, Page, RawFinding, RuleId, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Below this confidence a finding is uncertain: hidden by default, and its
 *  fix is never safe (weak evidence must not change a page unasked). */
export const UNCERTAIN_BELOW = 0.5;

export function runRules(
  page: Page,
  options: CheckOptions = {},
  rules: readonly Rule<RuleId>[] = RULES,
  profile: Profile = chooseProfile(page, options.profile, options.folderProfile).profile,
): RawFinding[] {
  const base = createAnalysisContext(page, profile);
  // One context for every rule (rules are pure and run one at a time); only
  // the options change from rule to rule.
  const ctx: RuleContext<unknown> = { ...base, roster: options.roster, options: undefined };
  const out: RawFinding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting?.severity === 'off') continue;
    ctx.options = setting?.options || Object.keys(rule.options).length > 0 ? resolveOptions(rule, setting?.options) : NO_OPTIONS;
    for (const draft of rule.check(ctx)) out.push(admit(rule, draft, page.text, setting?.severity));
  }
  return options.allow?.length ? dropAllowed(out, page.text, options.allow) : out;
}

const NO_OPTIONS = Object.freeze({});

/** A draft as a raw finding of its rule, its fix held to the rule's word.
 *  Drafts are the rule's own fresh objects: completed in place. */
function admit(rule: Rule<RuleId>, draft: Draft, text: string, severity?: Severity): RawFinding {
  const f = draft as RawFinding;
  f.rule = rule.id;
  f.severity = severity ?? draft.severity ?? rule.severity;
  if (f.fix) {
    // Only a verbatim copy's deletion may remove words (the cleaner's Han
    // check gives it credit); no other rule may claim it.
    if (f.fix.removesCopy && rule.id !== 'text/duplicate') f.fix = { ...f.fix, removesCopy: undefined };
    const uncertain = (f.confidence ?? 1) < UNCERTAIN_BELOW;
    if (rule.fix === 'none' || !editsMatch(f.fix, text)) delete f.fix;
    else if (f.fix.safe && (rule.fix !== 'safe' || uncertain)) f.fix = { ...f.fix, safe: false };
  }
  return f;
}

/** Does every edit find the text it expects to replace? */
export function editsMatch(fix: Fix, text: string): boolean {
  // startsWith, not slice: no string made per edit (hundreds on a page).
  return fix.edits.every((e) => e.start >= 0 && e.end - e.start === e.old.length && text.startsWith(e.old, e.start));
}

/** Drop findings that lie inside an allowed phrase on the page. */
function dropAllowed(findings: RawFinding[], text: string, allow: readonly string[]): RawFinding[] {
  const spans: [number, number][] = [];
  for (const phrase of allow) {
    if (!phrase) continue;
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) spans.push([i, i + phrase.length]);
  }
  if (spans.length === 0) return findings;
  return findings.filter((f) => !spans.some(([s, e]) => f.start >= s && f.end <= e));
}

/** Check a page's decoded text (any line ends). */
export function checkText(original: string, options: CheckOptions = {}): CheckResult {
  const source = createSource(original);
  const page = parsePage(source.text);
  const profile = chooseProfile(page, options.profile, options.folderProfile);
  const raw = runRules(page, options, RULES, profile.profile);
  return { page, findings: toFindings(raw, source, options), profile };
}

/** Edits move to the original text; `old` is read there again, so a join
 *  that spans a CRLF expects the CRLF it will delete. */
function mapFix(fix: Fix, source: Source): Fix {
  return {
    ...fix,
    edits: fix.edits.map((e) => {
      const start = source.toOriginal(e.start);
      const end = source.toOriginal(e.end);
      // The original may hold CRLF where the checked text held LF: `old` is
      // what the edit replaces there (checked against the LF text in admit).
      return { start, end, text: e.text, old: source.original.slice(start, end) };
    }),
  };
}

export function toFindings(raw: RawFinding[], source: Source, options: CheckOptions = {}): Finding[] {
  const locale = options.locale ?? 'zh';
  const findings: Finding[] = raw.map((r) => {
    const start = source.toOriginal(r.start);
    const end = source.toOriginal(r.end);
    const a = source.position(start);
    const b = source.position(end);
    return {
      rule: r.rule,
      severity: r.severity ?? 'warning',
      message: formatMessage(r.rule, r.data, locale),
      // Plain properties, not spreads: this runs for every finding.
      data: r.data,
      start,
      end,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      related: (r.related ?? []).map((x) => {
        const rs = source.toOriginal(x.start);
        const p = source.position(rs);
        return { start: rs, end: source.toOriginal(x.end), line: p.line, column: p.column, role: x.role };
      }),
      fix: r.fix ? mapFix(r.fix, source) : undefined,
      uncertain: (r.confidence ?? 1) < UNCERTAIN_BELOW || undefined,
      key: '',
    };
  });
  findings.sort(
    (x, y) => x.start - y.start || SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.end - y.end,
  );
  // Key = rule + the words around the finding + occurrence number of that
  // pair: edits elsewhere on the page leave it unchanged.
  const seen = new Map<string, number>();
  for (const f of findings) {
    const ctx = source.text.slice(
      Math.max(0, source.fromOriginal(f.start) - 6),
      source.fromOriginal(f.end) + 6,
    );
    const base = `${f.rule}|${ctx}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    f.key = `${base}|${n}`;
  }
  return findings;
}

/** The findings a user sees by default: uncertain ones only when asked. */
export function visibleFindings(findings: readonly Finding[], showUncertain = false): Finding[] {
  return showUncertain ? [...findings] : findings.filter((f) => !f.uncertain);
}
