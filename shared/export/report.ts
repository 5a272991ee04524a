// The findings report: a printable 校对单 (proofing sheet) for sign-off, and
// a CSV of the same findings. The HTML is self-contained (inline CSS, no
// scripts, no remote content) and every piece of page text is escaped.
// It is the record the paper keeps, so it says what the app says: rule names
// and decision words of the interface, local times with their offset, who
// did what (decisions, confirmations, manual edits with before and after) and
// the closed proof rounds. It prints on A4 (and the app saves it as PDF).
import { formatMessage, ruleTitle } from '../rules/index';
import { roundLabel, type AuditEntry, type Decision, type ReviewState } from '../review';
import { decisionWord, describeAudit } from '../review-audit';
import { formatLocalTime } from '../time';
import { CREDIT_ROLES, type Finding, type Locale, type Page, type Severity } from '../types';
import { ERROR_RATE_NOTE, errorRate, type ErrorRate } from './error-rate';
import { articlesSummary, creditsSummary } from './json';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const L = {
  zh: {
    title: '校对单',
    page: '版面文件',
    masthead: '版名',
    generated: '生成时间',
    currentRound: '当前校次',
    credits: '版面署名',
    role: '职责',
    onPage: '版面署名',
    confirmedNames: '确认姓名',
    by: '确认人',
    at: '确认时间',
    status: '状态',
    confirmed: '已确认',
    unconfirmed: '未确认',
    rounds: '校次',
    round: '校次',
    closedBy: '结束人',
    closedAt: '结束时间',
    signoffs: '署名确认',
    decisions: '处理',
    noRounds: '尚未结束任何校次。',
    roundDecisions: (a: number, r: number) => `已接受 ${a}，已忽略 ${r}`,
    articles: '稿件',
    headline: '标题',
    bylines: '署名',
    paragraphs: '段落',
    findings: '检查结果',
    where: '位置',
    severity: '级别',
    rule: '规则',
    message: '说明',
    decision: '处理',
    decidedBy: '处理人',
    none: '没有发现问题。',
    summary: (n: number, e: number, w: number, i: number, open: number) =>
      `共 ${n} 条：错误 ${e}，警告 ${w}，提示 ${i}；待处理 ${open}`,
    edits: '人工修改',
    noEdits: '没有人工修改。',
    when: '时间',
    who: '修改人',
    place: '位置',
    before: '修改前',
    after: '修改后',
    line: (n: number) => `第 ${n} 行`,
    creditsLine: (role: string) => `署名·${role}`,
    trail: '审阅记录',
    person: '人员',
    action: '操作',
    noTrail: '没有记录。',
    sign: '签字',
    date: '日期',
    sev: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    missing: '（缺）',
    nobody: '（未署名）',
    errorRate: '差错率（估算）',
    rate: (r: ErrorRate) => (r.perTenThousand === null ? '—（版面没有汉字）' : `万分之 ${r.perTenThousand.toFixed(2)}`),
    rateCounts: (r: ErrorRate) =>
      `差错 ${r.errors} 个（计入 ${r.findings} 条，其中标题中 ${r.inHeadlines} 条、人名 ${r.inNames} 条加倍），汉字 ${r.chars} 个；未计入：已忽略 ${r.rejected} 条，存疑 ${r.uncertain} 条`,
    rateHead: ['差错率（每万字）', '差错', '汉字', '计入条数', '标题中', '人名', '已忽略', '存疑'],
  },
  en: {
    title: 'Proofing sheet',
    page: 'Page file',
    masthead: 'Page',
    generated: 'Generated',
    currentRound: 'Current round',
    credits: 'Credits',
    role: 'Role',
    onPage: 'On the page',
    confirmedNames: 'Confirmed names',
    by: 'Confirmed by',
    at: 'Confirmed at',
    status: 'Status',
    confirmed: 'confirmed',
    unconfirmed: 'not confirmed',
    rounds: 'Proof rounds',
    round: 'Round',
    closedBy: 'Closed by',
    closedAt: 'Closed at',
    signoffs: 'Credits confirmed',
    decisions: 'Decisions',
    noRounds: 'No round closed yet.',
    roundDecisions: (a: number, r: number) => `${a} accepted, ${r} rejected`,
    articles: 'Articles',
    headline: 'Headline',
    bylines: 'Bylines',
    paragraphs: 'Paragraphs',
    findings: 'Findings',
    where: 'Where',
    severity: 'Severity',
    rule: 'Rule',
    message: 'Message',
    decision: 'Decision',
    decidedBy: 'Decided by',
    none: 'No findings.',
    summary: (n: number, e: number, w: number, i: number, open: number) =>
      `${n} findings: ${e} errors, ${w} warnings, ${i} info; ${open} open`,
    edits: 'Manual edits',
    noEdits: 'No manual edits.',
    when: 'When',
    who: 'By',
    place: 'Where',
    before: 'Before',
    after: 'After',
    line: (n: number) => `line ${n}`,
    creditsLine: (role: string) => `credits · ${role}`,
    trail: 'Audit trail',
    person: 'By',
    action: 'What',
    noTrail: 'Nothing recorded.',
    sign: 'Signature',
    date: 'Date',
    sev: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    missing: '(missing)',
    nobody: '(unnamed)',
    errorRate: 'Error rate (estimate)',
    rate: (r: ErrorRate) => (r.perTenThousand === null ? '— (no Han characters on the page)' : `${r.perTenThousand.toFixed(2)} per 10,000 characters`),
    rateCounts: (r: ErrorRate) =>
      `${r.errors} errors (${r.findings} findings counted; ${r.inHeadlines} in headlines and ${r.inNames} in names count double), ${r.chars} Han characters; not counted: ${r.rejected} rejected, ${r.uncertain} uncertain`,
    rateHead: ['error rate (per 10,000)', 'errors', 'Han characters', 'findings counted', 'in headlines', 'in names', 'rejected', 'uncertain'],
  },
};

export function decisionOf(f: Finding, review?: ReviewState | null): Decision {
  return review?.decisions?.[f.key] ?? 'left';
}

/** A finding's message in the report's language (findings carry their data). */
export function messageOf(f: Finding, locale: Locale): string {
  return f.data ? formatMessage(f.rule, f.data, locale) : f.message;
}

const CSS = `
body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;margin:24px auto;max-width:190mm;color:#111;font-size:14px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 6px;border-bottom:1px solid #444}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eee}.meta td{border:none;padding:1px 8px 1px 0}.ok{color:#060}.no{color:#a00}
.sev-error{color:#a00;font-weight:bold}.sev-warning{color:#850}.sev-info{color:#456}
.num,.nw{white-space:nowrap;width:1%}.time{white-space:nowrap}.del{color:#a00;text-decoration:line-through}.ins{color:#060}
.sign{display:flex;flex-wrap:wrap;gap:18px 40px;margin-top:28px}.sign div{min-width:260px}
.note{font-size:12px;color:#444}
.line{display:inline-block;border-bottom:1px solid #000;width:150px;height:1.2em}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}
thead{display:table-header-group}tr,.sign>div{break-inside:avoid}h2{break-after:avoid}.sign{break-inside:avoid}}
`;

export interface ReportInput {
  /** Page file name shown at the top. */
  name: string;
  page: Page;
  findings: readonly Finding[];
  review?: ReviewState | null;
  locale?: Locale;
  /** Time printed as "generated"; defaults to now. */
  now?: Date;
  /** IANA zone the times are printed in; defaults to the runtime's. */
  timeZone?: string;
}

type Labels = (typeof L)['zh'];
interface Ctx {
  t: Labels;
  locale: Locale;
  time: (iso: string) => string;
  review?: ReviewState | null;
}

const e = escapeHtml;

function table(head: string[], rows: string[]): string {
  return `<table>\n<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function creditsSection(page: Page, c: Ctx): string {
  const { t, review } = c;
  const onPage = creditsSummary(page);
  const rows = CREDIT_ROLES.map((role) => {
    const k = review?.credits?.[role];
    const names = onPage[role];
    return `<tr><th>${e(role)}</th><td>${names ? e(names.join(' ')) : t.missing}</td><td>${k ? e(k.names.join(' ')) : ''}</td><td>${
      k ? e(k.confirmedBy) : ''
    }</td><td class="time">${k ? e(c.time(k.confirmedAt)) : ''}</td><td class="${k ? 'ok' : 'no'}">${k ? '✓ ' + t.confirmed : t.unconfirmed}</td></tr>`;
  });
  return `<h2>${t.credits}</h2>\n` + table([t.role, t.onPage, t.confirmedNames, t.by, t.at, t.status], rows);
}

function roundsSection(c: Ctx): string {
  const { t, locale } = c;
  const rounds = c.review?.rounds ?? [];
  if (!rounds.length) return `<h2>${t.rounds}</h2>\n<p>${t.noRounds}</p>`;
  const rows = rounds.map((r) => {
    const signed = CREDIT_ROLES.filter((role) => r.credits[role])
      .map((role) => `${e(role)} ${e(r.credits[role]!.confirmedBy)}（${e(c.time(r.credits[role]!.confirmedAt))}）`)
      .join('<br>');
    const d = Object.values(r.decisions);
    const counts = t.roundDecisions(d.filter((x) => x === 'accepted').length, d.filter((x) => x === 'rejected').length);
    return `<tr><td class="num">${e(roundLabel(r.n, locale))}</td><td>${e(r.closedBy || t.nobody)}</td><td class="time">${e(
      c.time(r.closedAt),
    )}</td><td>${signed}</td><td>${e(counts)}</td></tr>`;
  });
  return `<h2>${t.rounds}</h2>\n` + table([t.round, t.closedBy, t.closedAt, t.signoffs, t.decisions], rows);
}

function articlesSection(page: Page, t: Labels): string {
  const rows = articlesSummary(page).map(
    (a, i) =>
      `<tr><td class="num">${i + 1}</td><td>${a.kicker ? e(a.kicker) + '<br>' : ''}<b>${e(a.headline ?? '')}</b></td><td>${a.bylines
        .map(e)
        .join('<br>')}</td><td class="num">${a.paragraphs}</td></tr>`,
  );
  return `<h2>${t.articles}</h2>\n` + table(['#', t.headline, t.bylines, t.paragraphs], rows);
}

function findingsSection(findings: readonly Finding[], c: Ctx): string {
  const { t, locale, review } = c;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const open = findings.filter((f) => decisionOf(f, review) === 'left').length;
  const summary = `<p>${e(t.summary(findings.length, count('error'), count('warning'), count('info'), open))}</p>`;
  if (!findings.length) return `<h2>${t.findings}</h2>\n${summary}\n<p>${t.none}</p>`;
  const rows = findings.map((f, i) => {
    const d = decisionOf(f, review);
    const stamp = d !== 'left' ? review?.decisionStamps?.[f.key] : undefined;
    const who = stamp ? `${e(stamp.by || t.nobody)}<br><span class="time">${e(c.time(stamp.at))}</span>` : '';
    return `<tr><td class="num">${i + 1}</td><td class="num">${f.line}:${f.column}</td><td class="nw sev-${f.severity}">${e(
      t.sev[f.severity],
    )}</td><td>${e(ruleTitle(f.rule, locale))}</td><td>${e(messageOf(f, locale))}</td><td class="nw">${e(decisionWord(d, locale))}</td><td>${who}</td></tr>`;
  });
  return `<h2>${t.findings}</h2>\n${summary}\n` + table(['#', t.where, t.severity, t.rule, t.message, t.decision, t.decidedBy], rows);
}

function errorRateSection(page: Page, findings: readonly Finding[], c: Ctx): string {
  const { t, locale } = c;
  const r = errorRate(page, findings, c.review);
  return `<h2>${t.errorRate}</h2>\n<p class="rate"><b>${e(t.rate(r))}</b></p>\n<p>${e(t.rateCounts(r))}</p>\n<p class="note">${e(ERROR_RATE_NOTE[locale])}</p>`;
}

const isManual = (a: AuditEntry) => a.kind === 'edit' || a.kind === 'credit-name';

function editsSection(c: Ctx): string {
  const { t } = c;
  const edits = (c.review?.audit ?? []).filter(isManual);
  if (!edits.length) return `<h2>${t.edits}</h2>\n<p>${t.noEdits}</p>`;
  const rows = edits.map((a, i) => {
    const place = a.kind === 'credit-name' ? t.creditsLine(a.role ?? '') : a.line ? t.line(a.line) : '';
    return `<tr><td class="num">${i + 1}</td><td class="time">${e(c.time(a.at))}</td><td>${e(a.by || t.nobody)}</td><td>${e(
      place,
    )}</td><td class="del">${e(a.before ?? '')}</td><td class="ins">${e(a.after ?? '')}</td></tr>`;
  });
  return `<h2>${t.edits}</h2>\n` + table(['#', t.when, t.who, t.place, t.before, t.after], rows);
}

function trailSection(c: Ctx): string {
  const { t, locale } = c;
  const audit = c.review?.audit ?? [];
  if (!audit.length) return `<h2>${t.trail}</h2>\n<p>${t.noTrail}</p>`;
  const rows = audit.map(
    (a) => `<tr><td class="time">${e(c.time(a.at))}</td><td>${e(a.by || t.nobody)}</td><td>${e(describeAudit(a, locale))}</td></tr>`,
  );
  return `<h2>${t.trail}</h2>\n` + table([t.when, t.person, t.action], rows);
}

export function reportHtml({ name, page, findings, review, locale = 'zh', now = new Date(), timeZone }: ReportInput): string {
  const t = L[locale];
  const c: Ctx = { t, locale, review, time: (iso) => formatLocalTime(iso, { timeZone }) };
  const rounds = review?.rounds ?? [];
  const current = roundLabel(rounds.reduce((m, r) => Math.max(m, r.n), 0) + 1, locale);
  const signRoles = CREDIT_ROLES.map(
    (r) => `<div>${e(r)} ${t.sign}：<span class="line"></span> ${t.date}：<span class="line" style="width:90px"></span></div>`,
  ).join('\n');

  return `<!DOCTYPE html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(t.title)} — ${e(name)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${e(t.title)}</h1>
<table class="meta">
<tr><td>${t.page}</td><td>${e(name)}</td></tr>
<tr><td>${t.masthead}</td><td>${e(page.masthead?.name ?? '')}</td></tr>
<tr><td>${t.currentRound}</td><td>${e(current)}</td></tr>
<tr><td>${t.generated}</td><td>${e(formatLocalTime(now, { timeZone }))}</td></tr>
</table>
${creditsSection(page, c)}
${roundsSection(c)}
${articlesSection(page, t)}
${findingsSection(findings, c)}
${errorRateSection(page, findings, c)}
${editsSection(c)}
${trailSection(c)}
<div class="sign">
${signRoles}
</div>
</body>
</html>
`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line
 *  end; a leading = + - @ is prefixed with ' so spreadsheets never run a
 *  formula taken from page text. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export interface CsvOptions {
  /** The page, for the names its credits line shows. */
  page?: Page;
  timeZone?: string;
}

/** Line breaks inside a field become ⏎: one finding is one line of the file. */
const oneLine = (v: string | number) => (typeof v === 'string' ? v.replace(/\r\n|[\r\n\u2028\u2029]/g, '⏎') : v);
const csvRow = (r: (string | number)[]) => r.map((v) => csvField(oneLine(v))).join(',');

/** Findings as CSV: UTF-8 with BOM (so Excel reads Chinese), CRLF rows; one
 *  line per finding, levels, rules and decisions in the interface language;
 *  then, after a blank line, the credits with their confirmations. */
export function reportCsv(findings: readonly Finding[], review?: ReviewState | null, locale: Locale = 'zh', options: CsvOptions = {}): string {
  const t = L[locale];
  const time = (iso: string) => formatLocalTime(iso, { timeZone: options.timeZone });
  const head =
    locale === 'zh'
      ? ['行', '列', '结束行', '结束列', '级别', '规则', '说明', '处理', '处理人', '处理时间', '键']
      : ['line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'decision', 'decided by', 'decided at', 'key'];
  const rows = findings.map((f) => {
    const d = decisionOf(f, review);
    const stamp = d !== 'left' ? review?.decisionStamps?.[f.key] : undefined;
    return [f.line, f.column, f.endLine, f.endColumn, t.sev[f.severity], ruleTitle(f.rule, locale), messageOf(f, locale), decisionWord(d, locale), stamp?.by ?? '', stamp ? time(stamp.at) : '', f.key];
  });
  const onPage = options.page ? creditsSummary(options.page) : {};
  const credits = CREDIT_ROLES.map((role) => {
    const k = review?.credits?.[role];
    const names = (onPage as Record<string, string[] | undefined>)[role];
    return [role, names ? names.join(' ') : options.page ? t.missing : '', k ? k.names.join(' ') : '', k?.confirmedBy ?? '', k ? time(k.confirmedAt) : '', k ? t.confirmed : t.unconfirmed];
  });
  const lines = [head, ...rows].map(csvRow);
  lines.push('', csvRow([t.role, t.onPage, t.confirmedNames, t.by, t.at, t.status]), ...credits.map(csvRow));
  if (options.page) {
    const r = errorRate(options.page, findings, review);
    const rate = r.perTenThousand === null ? '' : r.perTenThousand.toFixed(2);
    lines.push('', csvRow(t.rateHead), csvRow([rate, r.errors, r.chars, r.findings, r.inHeadlines, r.inNames, r.rejected, r.uncertain]), csvRow([ERROR_RATE_NOTE[locale]]));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
