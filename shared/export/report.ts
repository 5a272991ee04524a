// The findings report: a printable 校对单 (proofing sheet) for sign-off, and
// a CSV of the same findings. The HTML is self-contained (inline CSS, no
// scripts, no remote content) and every piece of page text is escaped.
import type { Decision, ReviewState } from '../review';
import { CREDIT_ROLES, type Finding, type Locale, type Page, type Severity } from '../types';
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
    credits: '版面署名',
    role: '职责',
    onPage: '版面署名',
    confirmedNames: '确认姓名',
    by: '确认人',
    at: '确认时间',
    status: '状态',
    confirmed: '已确认',
    unconfirmed: '未确认',
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
    none: '没有发现问题。',
    summary: (n: number, e: number, w: number, i: number, open: number) =>
      `共 ${n} 条：错误 ${e}，警告 ${w}，提示 ${i}；待处理 ${open}`,
    sign: '签字',
    date: '日期',
    sev: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    dec: { accepted: '已采纳', rejected: '已驳回', left: '待处理' } as Record<Decision, string>,
    missing: '（缺）',
  },
  en: {
    title: 'Proofing sheet',
    page: 'Page file',
    masthead: 'Page',
    generated: 'Generated',
    credits: 'Credits',
    role: 'Role',
    onPage: 'On the page',
    confirmedNames: 'Confirmed names',
    by: 'Confirmed by',
    at: 'Confirmed at',
    status: 'Status',
    confirmed: 'confirmed',
    unconfirmed: 'not confirmed',
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
    none: 'No findings.',
    summary: (n: number, e: number, w: number, i: number, open: number) =>
      `${n} findings: ${e} errors, ${w} warnings, ${i} info; ${open} open`,
    sign: 'Signature',
    date: 'Date',
    sev: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    dec: { accepted: 'accepted', rejected: 'rejected', left: 'open' } as Record<Decision, string>,
    missing: '(missing)',
  },
};

export function decisionOf(f: Finding, review?: ReviewState | null): Decision {
  return review?.decisions?.[f.key] ?? 'left';
}

const CSS = `
body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;margin:24px;color:#111;font-size:14px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 6px;border-bottom:1px solid #444}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}.meta td{border:none;padding:1px 8px 1px 0}.ok{color:#060}.no{color:#a00}
.sev-error{color:#a00;font-weight:bold}.sev-warning{color:#850}.sev-info{color:#456}
.sign{display:flex;flex-wrap:wrap;gap:18px 40px;margin-top:28px}.sign div{min-width:260px}
.line{display:inline-block;border-bottom:1px solid #000;width:150px;height:1.2em}
@media print{body{margin:10mm}h2{break-after:avoid}tr{break-inside:avoid}}
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
}

export function reportHtml({ name, page, findings, review, locale = 'zh', now = new Date() }: ReportInput): string {
  const t = L[locale];
  const e = escapeHtml;
  const credits = creditsSummary(page);
  const creditRows = CREDIT_ROLES.map((role) => {
    const c = review?.credits?.[role];
    const onPage = credits[role];
    return `<tr><th>${e(role)}</th><td>${onPage ? e(onPage.join(' ')) : t.missing}</td><td>${
      c ? e(c.names.join(' ')) : ''
    }</td><td>${c ? e(c.confirmedBy) : ''}</td><td>${c ? e(c.confirmedAt) : ''}</td><td class="${c ? 'ok' : 'no'}">${
      c ? '✓ ' + t.confirmed : t.unconfirmed
    }</td></tr>`;
  }).join('\n');

  const articleRows = articlesSummary(page)
    .map(
      (a, i) =>
        `<tr><td>${i + 1}</td><td>${a.kicker ? e(a.kicker) + '<br>' : ''}<b>${e(a.headline ?? '')}</b></td><td>${a.bylines
          .map(e)
          .join('<br>')}</td><td>${a.paragraphs}</td></tr>`,
    )
    .join('\n');

  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const open = findings.filter((f) => decisionOf(f, review) === 'left').length;
  const findingRows = findings
    .map((f, i) => {
      const d = decisionOf(f, review);
      return `<tr><td>${i + 1}</td><td>${f.line}:${f.column}</td><td class="sev-${f.severity}">${e(
        t.sev[f.severity],
      )}</td><td><code>${e(f.rule)}</code></td><td>${e(f.message)}</td><td>${e(t.dec[d])}</td></tr>`;
    })
    .join('\n');

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
<tr><td>${t.generated}</td><td>${e(now.toISOString())}</td></tr>
</table>
<h2>${t.credits}</h2>
<table>
<tr><th>${t.role}</th><th>${t.onPage}</th><th>${t.confirmedNames}</th><th>${t.by}</th><th>${t.at}</th><th>${t.status}</th></tr>
${creditRows}
</table>
<h2>${t.articles}</h2>
<table>
<tr><th>#</th><th>${t.headline}</th><th>${t.bylines}</th><th>${t.paragraphs}</th></tr>
${articleRows}
</table>
<h2>${t.findings}</h2>
<p>${e(t.summary(findings.length, count('error'), count('warning'), count('info'), open))}</p>
${
  findings.length
    ? `<table>
<tr><th>#</th><th>${t.where}</th><th>${t.severity}</th><th>${t.rule}</th><th>${t.message}</th><th>${t.decision}</th></tr>
${findingRows}
</table>`
    : `<p>${t.none}</p>`
}
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

/** Findings as CSV: UTF-8 with BOM (so Excel reads Chinese), CRLF rows. */
export function reportCsv(findings: readonly Finding[], review?: ReviewState | null, locale: Locale = 'zh'): string {
  const head =
    locale === 'zh'
      ? ['行', '列', '结束行', '结束列', '级别', '规则', '说明', '处理', '键']
      : ['line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'decision', 'key'];
  const rows = findings.map((f) => [
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
    f.severity,
    f.rule,
    f.message,
    decisionOf(f, review),
    f.key,
  ]);
  return '\uFEFF' + [head, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
