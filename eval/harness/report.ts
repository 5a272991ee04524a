// What `npm run eval` prints: the figures (per rule, structural, overall,
// per page), every false finding and every miss with the reason the
// expectations give, counts for pages without expectations, and every fix.
import { pageFixes, type FixLine } from './fixes';
import type { EvalRun } from './run';
import { isStructural, type Figures } from './score';
import type { JudgedFinding, JudgedPage } from './types';

const pct = (x: number) => x.toFixed(2);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function figuresRow(name: string, f: Figures, width: number): string {
  const dmg = f.damage ? `  damage ${f.damage}` : '';
  return `${pad(name, width)} ${lpad(f.tp, 4)} ${lpad(f.fp, 4)} ${lpad(f.fn, 4)}   ${pct(f.precision)}  ${pct(f.recall)}${dmg}`;
}

export function figuresTable(run: EvalRun): string {
  const s = run.scores;
  const w = Math.max(24, ...Object.keys(s.pages).map((p) => p.length));
  const head = `${pad('', w)}   tp   fp   fn   prec  recall`;
  const rules = Object.entries(s.rules).map(([r, f]) => figuresRow(`${isStructural(r) ? '*' : ' '} ${r}`, f, w));
  const pages = Object.entries(s.pages).map(([p, f]) => figuresRow(p, f, w));
  return [
    `Judged ${run.judged} page(s) with expectations under ${run.root}`,
    '',
    'Per rule (* structural):',
    head,
    ...rules,
    '',
    figuresRow('STRUCTURAL', s.structural, w),
    figuresRow('ALL RULES', s.overall, w),
    figuresRow('WRONG WORDS (word/*)', s.words.wrongWords, w),
    `WORDS PACK on published pages (${s.words.published.chars} characters): word/* ${s.words.published.wordFindings} = ${s.words.published.wordPer10k.toFixed(2)} per 10,000 (budget ≤ 0.5); all its rules ${s.words.published.findings} = ${s.words.published.per10k.toFixed(2)} per 10,000`,
    '',
    'Per page:',
    head,
    ...pages,
  ].join('\n');
}

function snippet(page: JudgedPage, j: JudgedFinding): string {
  const t = page.text.slice(j.finding.start, j.finding.end).replace(/\r?\n/g, '⏎');
  return t.length > 24 ? `${t.slice(0, 12)}…${t.slice(-10)}` : t;
}

function findingLine(page: JudgedPage, j: JudgedFinding): string {
  const f = j.finding;
  const why = j.absent ? `  [absent: ${j.absent.why ?? 'must not fire here'}]` : '';
  return `  ${page.name}:${f.line}  ${f.rule}  ${f.message}  «${snippet(page, j)}»${why}`;
}

export function falseAndMissed(run: EvalRun): string {
  const out: string[] = ['False findings:'];
  for (const p of run.pages) {
    for (const j of p.findings) if (j.verdict === 'false') out.push(findingLine(p, j));
  }
  out.push('', 'Missed (expected, not reported):');
  for (const p of run.pages) {
    for (const m of p.missed) {
      const e = m.expected;
      const n = m.missing > 1 ? ` ×${m.missing}` : '';
      out.push(`  ${p.name}:${JSON.stringify(e.line)}  ${e.rule}${n}${e.text ? ` «${e.text}»` : ''}${e.why ? `  (${e.why})` : ''}`);
    }
  }
  return out.join('\n');
}

/** Findings per rule over every page, and per page, for folders without
 *  expectations (what a new paper's false alarms look like at a glance). */
export function countsTable(pages: readonly JudgedPage[]): string {
  const rules = new Map<string, { n: number; safe: number }>();
  const perPage: string[] = [];
  for (const p of pages) {
    const mine = new Map<string, number>();
    for (const { finding: f } of p.findings) {
      const r = rules.get(f.rule) ?? { n: 0, safe: 0 };
      r.n++;
      if (f.fix?.safe) r.safe++;
      rules.set(f.rule, r);
      mine.set(f.rule, (mine.get(f.rule) ?? 0) + 1);
    }
    const list = [...mine].sort().map(([r, n]) => `${r} ${n}`).join(', ');
    perPage.push(`  ${p.name}: ${p.findings.length} finding(s)${list ? ` — ${list}` : ''}`);
  }
  const ruleRows = [...rules].sort().map(([r, c]) => `  ${pad(r, 24)} ${lpad(c.n, 5)}   safe fixes ${c.safe}`);
  return ['Findings per rule:', ...ruleRows, '', 'Findings per page:', ...perPage].join('\n');
}

/** Consecutive fixes alike (same page, line, rule, kind, verdict, no issue)
 *  print as one line: a page set in half-width commas stays readable. */
export function fixesList(pages: readonly JudgedPage[]): string {
  const groups: FixLine[][] = [];
  for (const f of pages.flatMap(pageFixes)) {
    const g = groups.at(-1);
    const like = g && !f.issue && !g[0].issue && (['page', 'line', 'rule', 'safe', 'verdict'] as const).every((k) => g[0][k] === f[k]);
    if (like) g.push(f);
    else groups.push([f]);
  }
  const out = ['Fixes (SAFE ones are what `galley clean` applies; !! marks a fix the expectations forbid):'];
  for (const g of groups) {
    const f = g[0];
    const edits = g.flatMap((x) => x.edits.map((e) => `${e.line === f.line ? '' : `@${e.line} `}${e.before} → ${e.after}`));
    const n = g.length > 1 ? ` ×${g.length}` : '';
    const v = f.verdict === 'ignored' ? '' : ` [${f.verdict}]`;
    out.push(`  ${f.issue ? '!!' : '  '} ${f.page}:${f.line}  ${f.rule}  ${f.safe ? 'SAFE' : 'person'}${n}${v}  ${edits.join(' ; ')}`);
    if (f.issue) out.push(`       ${f.issue.kind}: ${f.issue.note}`);
  }
  return out.join('\n');
}

/** `--show RULE`: the rule's findings with the text they cover. */
export function showRule(pages: readonly JudgedPage[], rule: string): string {
  const out = [`Findings of ${rule}:`];
  for (const p of pages) {
    for (const j of p.findings) {
      if (j.finding.rule !== rule) continue;
      const v = j.verdict === 'ignored' ? '' : ` [${j.verdict}]`;
      const line = p.text.split('\n')[j.finding.line - 1]?.trim() ?? '';
      out.push(`  ${p.name}:${j.finding.line}:${j.finding.column}${v}  ${j.finding.message}`);
      out.push(`      «${snippet(p, j)}» in: ${line.length > 60 ? line.slice(0, 60) + '…' : line}`);
    }
  }
  return out.join('\n');
}

export function textReport(run: EvalRun, show?: string): string {
  const parts: string[] = [];
  if (run.problems.length) parts.push(['Expectation problems:', ...run.problems.map((p) => `  ${p}`)].join('\n'));
  if (run.judged > 0) parts.push(figuresTable(run), falseAndMissed(run));
  const unjudged = run.pages.filter((p) => !p.expectations);
  if (unjudged.length) parts.push(`${unjudged.length} page(s) without expectations:\n${countsTable(unjudged)}`);
  parts.push(fixesList(run.pages));
  if (show) parts.push(showRule(run.pages, show));
  return parts.join('\n\n') + '\n';
}

/** `--json`: the same, for machines. */
export function jsonReport(run: EvalRun): unknown {
  return {
    root: run.root,
    problems: run.problems,
    scores: run.judged > 0 ? run.scores : undefined,
    pages: run.pages.map((p) => ({
      page: p.name,
      judged: !!p.expectations,
      convention: p.expectations?.convention,
      figures: run.scores.pages[p.name],
      findings: p.findings.map((j) => ({
        rule: j.finding.rule,
        line: j.finding.line,
        column: j.finding.column,
        endLine: j.finding.endLine,
        message: j.finding.message,
        text: p.text.slice(j.finding.start, j.finding.end),
        verdict: j.verdict,
        ...(j.absent ? { absent: j.absent.why ?? true } : {}),
      })),
      missed: p.missed.map((m) => ({ ...m.expected, missing: m.missing })),
      fixes: pageFixes(p).map(({ issue, ...f }) => ({ ...f, ...(issue ? { issue: { kind: issue.kind, note: issue.note } } : {}) })),
    })),
  };
}
