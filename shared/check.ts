// The engine: parse, run every enabled rule, turn raw findings into findings
// on the original text (offsets, 1-based line/column, localized message).
import { formatMessage } from './messages';
import { parsePage } from './parse';
import { RULES } from './rules';
import type { RuleContext } from './rules/rule';
import { createSource, type Source } from './source';
import type { CheckOptions, CheckResult, Finding, Fix, Page, RawFinding, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runRules(page: Page, options: CheckOptions = {}): RawFinding[] {
  const memo = new Map<string, unknown>();
  const ctx: RuleContext = {
    page,
    text: page.text,
    options,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  const out: RawFinding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    for (const f of rule.check(ctx)) {
      if (setting) f.severity = setting;
      else if (!f.severity) f.severity = rule.severity;
      out.push(f);
    }
  }
  return out;
}

/** Check a page's decoded text (any line ends). */
export function checkText(original: string, options: CheckOptions = {}): CheckResult {
  const source = createSource(original);
  const page = parsePage(source.text);
  const raw = runRules(page, options);
  return { page, findings: toFindings(raw, source, options) };
}

function mapFix(fix: Fix, source: Source): Fix {
  return {
    safe: fix.safe,
    edits: fix.edits.map((e) => ({
      start: source.toOriginal(e.start),
      end: source.toOriginal(e.end),
      text: e.text,
    })),
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
